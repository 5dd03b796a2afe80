//! The web app manifest is complete and its icons exist at the stated sizes.

use serde_json::Value;

const MANIFEST: &str = include_str!("../public/manifest.webmanifest");

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let signature = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    if bytes.len() < 24 || bytes[..8] != signature || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let word = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((word(16), word(20)))
}

#[test]
fn manifest_has_the_required_fields() {
    let m: Value = serde_json::from_str(MANIFEST).expect("manifest is JSON");
    for field in ["name", "short_name", "start_url", "scope", "display", "theme_color", "background_color", "icons"] {
        assert!(m.get(field).is_some(), "missing {field}");
    }
    assert_eq!(m["display"], "standalone");
    // Relative to the manifest, so a site under a sub-path needs no other one.
    assert_eq!(m["start_url"], "./");
    assert_eq!(m["scope"], "./");
    assert_eq!(m["prefer_related_applications"], false);
    assert!(m["short_name"].as_str().is_some_and(|s| s.chars().count() <= 12));
}

#[test]
fn icons_exist_at_their_stated_sizes_including_a_maskable_one() {
    let m: Value = serde_json::from_str(MANIFEST).expect("manifest is JSON");
    let icons = m["icons"].as_array().expect("icons");
    let mut sizes = Vec::new();
    let mut maskable = false;
    for icon in icons {
        let src = icon["src"].as_str().expect("src");
        assert!(!src.starts_with('/'), "{src}: relative to the manifest (below the base path)");
        let path = format!("{}/public/{src}", env!("CARGO_MANIFEST_DIR"));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        if icon["type"] == "image/png" {
            let (w, h) = png_size(&bytes).unwrap_or_else(|| panic!("{src} is not a PNG"));
            assert_eq!(icon["sizes"].as_str(), Some(format!("{w}x{h}").as_str()), "{src}");
            // Flat drawings with a few colours: stored with a palette (IHDR colour
            // type 3), a third of the bytes of the same pixels as RGB. An icon
            // exported anew as RGB fails here instead of growing the first visit.
            assert_eq!(bytes[25], 3, "{src}: store it with a palette (indexed colour)");
            sizes.push(w);
        }
        maskable |= icon["purpose"].as_str().is_some_and(|p| p.contains("maskable"));
    }
    assert!(sizes.contains(&192) && sizes.contains(&512), "{sizes:?}");
    assert!(maskable, "no maskable icon");
}

#[test]
fn the_service_worker_has_placeholders_for_the_build_hook() {
    let sw = include_str!("../public/sw.js");
    assert!(sw.contains("'__WEGWEISER_VERSION__'") && sw.contains("['__WEGWEISER_PRECACHE__']"));
}
