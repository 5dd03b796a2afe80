//! QR codes made on the device, with no network and no image library: the
//! `qrcode` crate computes the modules, and we draw them as one SVG path.
//! Pure and natively tested (a QR decoder reads them back).

use qrcode::{Color, EcLevel, QrCode};

/// The dark/light modules of a QR code, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

/// Light modules around the code that readers need (the standard asks for 4).
pub const QUIET_ZONE: usize = 4;

impl QrMatrix {
    /// The QR code for `text` with medium error correction (good on a
    /// scratched screen, still small). `None` only when the text is too long.
    pub fn encode(text: &str) -> Option<QrMatrix> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        let width = code.width();
        let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
        Some(QrMatrix { width, dark })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// Side length including the quiet zone, in modules (the SVG viewBox).
    pub fn size_with_quiet_zone(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// SVG path data: one horizontal run of dark modules per `M x y h n v1 h-n z`.
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.width && self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                d.push_str(&format!("M{} {}h{run}v1h-{run}z", start + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
        d
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))] // rqrr is a native dev-dependency
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    /// Paints the matrix like the SVG does (quiet zone, `scale` pixels per module)
    /// and decodes it with an independent QR reader.
    fn decode(m: &QrMatrix, scale: usize) -> String {
        let side = m.size_with_quiet_zone() * scale;
        let pixel = |x: usize, y: usize| {
            let (mx, my) = ((x / scale).checked_sub(QUIET_ZONE), (y / scale).checked_sub(QUIET_ZONE));
            match (mx, my) {
                (Some(mx), Some(my)) if m.is_dark(mx, my) => 0u8,
                _ => 255u8,
            }
        };
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, pixel);
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code");
        grids[0].decode().expect("decodes").1
    }

    #[test]
    fn an_offer_link_reads_back() {
        let url = "https://wegweiser.example/offer/servicestelle-zuwanderung?lang=ar";
        let m = QrMatrix::encode(url).unwrap();
        assert_eq!(decode(&m, 4), url);
    }

    #[test]
    fn a_long_referral_link_reads_back() {
        let url = "https://wegweiser.example/referral?offers=jobcenter-moers,vhs-moers-integrationskurse,\
                   caritas-beratungsstelle-moers,diakonie-sozialberatung-moers,frauenberatung-moers,\
                   verbraucherzentrale-moers,moerser-tafel,auslaenderbehoerde-moers&lang=uk";
        let m = QrMatrix::encode(url).unwrap();
        assert_eq!(decode(&m, 3), url);
    }

    #[test]
    fn the_svg_path_draws_exactly_the_dark_modules() {
        let m = QrMatrix::encode("https://wegweiser.example/").unwrap();
        let mut painted = vec![false; m.width * m.width];
        for cmd in m.svg_path().split('z').filter(|c| !c.is_empty()) {
            let nums: Vec<usize> = cmd
                .trim_start_matches('M')
                .split(['h', 'v', ' '])
                .filter(|n| !n.is_empty() && !n.starts_with('-'))
                .map(|n| n.parse().unwrap())
                .collect();
            let (x, y, run) = (nums[0] - QUIET_ZONE, nums[1] - QUIET_ZONE, nums[2]);
            for i in 0..run {
                painted[y * m.width + x + i] = true;
            }
        }
        assert_eq!(painted, m.dark);
    }

    #[test]
    fn text_too_long_for_any_qr_code_is_refused() {
        assert!(QrMatrix::encode(&"x".repeat(5000)).is_none());
    }
}
