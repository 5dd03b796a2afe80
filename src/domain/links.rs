//! URIs an offer page hands to the device: phone, email, maps.

use super::model::Location;

/// A `tel:` URI for a German phone number as people write it.
///
/// `02841 / 201-666` → `tel:+492841201666`; short numbers (`110`, `116 117`)
/// stay as they are, since they have no area code.
pub fn tel_uri(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let international = if number.trim_start().starts_with('+') {
        format!("+{digits}")
    } else if let Some(rest) = digits.strip_prefix("00") {
        format!("+{rest}")
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("+49{rest}")
    } else {
        digits
    };
    format!("tel:{international}")
}

pub fn mailto_uri(email: &str) -> String {
    format!("mailto:{email}")
}

/// A `geo:` URI that opens the device's map app: a pin when coordinates are
/// known, otherwise a search for the address (RFC 5870 with the `q` query
/// that Android and most map apps accept).
pub fn geo_uri(location: &Location) -> String {
    match (location.latitude, location.longitude) {
        (Some(lat), Some(lon)) => format!("geo:{lat},{lon}"),
        _ => format!("geo:0,0?q={}", percent_encode(&location.address.one_line())),
    }
}

/// An OpenStreetMap link for the same place (opened only when the user taps it).
pub fn osm_url(location: &Location) -> String {
    match (location.latitude, location.longitude) {
        (Some(lat), Some(lon)) => {
            format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}")
        }
        _ => format!("https://www.openstreetmap.org/search?query={}", percent_encode(&location.address.one_line())),
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters (UTF-8).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A URL without scheme and trailing slash, for reading.
pub fn display_url(url: &str) -> String {
    let short = url.trim_start_matches("https://").trim_start_matches("http://");
    short.trim_end_matches('/').to_string()
}

/// Decodes `%XX` escapes (UTF-8); invalid escapes are kept as they are.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Address, Text};

    fn location(street: &str, postal: &str, coords: Option<(f64, f64)>) -> Location {
        Location {
            name: Text::default(),
            address: Address {
                street: street.into(),
                postal_code: postal.into(),
                city: "Moers".into(),
                room: String::new(),
            },
            latitude: coords.map(|c| c.0),
            longitude: coords.map(|c| c.1),
            step_free: None,
            accessibility: Text::default(),
            transportation: Text::default(),
        }
    }

    #[test]
    fn tel_uris() {
        assert_eq!(tel_uri("02841 / 201-666"), "tel:+492841201666");
        assert_eq!(tel_uri("0281 9620777"), "tel:+492819620777");
        assert_eq!(tel_uri("+49 30 1815-1111"), "tel:+493018151111");
        assert_eq!(tel_uri("0049 911 943-0"), "tel:+499119430");
        assert_eq!(tel_uri("0800 111 0 111"), "tel:+498001110111");
        assert_eq!(tel_uri("110"), "tel:110");
        assert_eq!(tel_uri("116 117"), "tel:116117");
    }

    #[test]
    fn map_links() {
        let plain = location("Rathausplatz 1", "47441", None);
        assert_eq!(geo_uri(&plain), "geo:0,0?q=Rathausplatz%201%2C%2047441%20Moers");
        assert_eq!(osm_url(&plain), "https://www.openstreetmap.org/search?query=Rathausplatz%201%2C%2047441%20Moers");
        let pinned = location("Hopfenstraße 10-12", "", Some((51.45, 6.63)));
        assert_eq!(geo_uri(&pinned), "geo:51.45,6.63");
        assert!(osm_url(&pinned).contains("mlat=51.45&mlon=6.63"));
        assert_eq!(percent_encode("ß"), "%C3%9F");
        assert_eq!(percent_decode("%D8%B9%D9%85%D9%84"), "عمل");
        assert_eq!(percent_decode(&percent_encode("Ausländer behörde & co")), "Ausländer behörde & co");
        assert_eq!(mailto_uri("a@b.de"), "mailto:a@b.de");
    }

    #[test]
    fn urls_are_shown_without_scheme_and_trailing_slash() {
        assert_eq!(display_url("https://www.moers.de/"), "www.moers.de");
        assert_eq!(display_url("http://example.org/a/b"), "example.org/a/b");
        assert_eq!(display_url("www.vhs-moers.de"), "www.vhs-moers.de");
    }
}
