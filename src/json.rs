//! The app's one JSON codec. In the browser the text goes through the
//! browser's own `JSON.parse`/`JSON.stringify` and `serde-wasm-bindgen`
//! (no JSON parser or number formatting of our own in the wasm: −12.7 KB
//! brotli); natively (tests, build tools) through `serde_json`. Both read and
//! write the same text, so the directory, backups and the stored contacts do
//! not depend on where they were written. No I/O: a pure codec, with one
//! implementation per target.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Why a text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// Not JSON at all (or cut off), rather than JSON of the wrong shape.
    pub syntax: bool,
    /// Where, when known (1-based; 0 when the browser does not say).
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Reads `text` as a `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    imp::from_str(text)
}

/// Writes `value` as compact JSON text.
pub fn to_string<T: Serialize>(value: &T) -> String {
    imp::to_string(value)
}

/// "… (line 3 column 5)" / "… at line 3 column 5 …", as browsers word it.
pub fn position_in(message: &str) -> (usize, usize) {
    let number_after = |word: &str| {
        let at = message.find(word)? + word.len();
        message[at..].trim_start().split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
    };
    match (number_after("line"), number_after("column")) {
        (Some(line), Some(column)) => (line, column),
        _ => (0, 0),
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{position_in, JsonError};
    use serde::de::DeserializeOwned;
    use serde::Serialize;

    pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
        let value = js_sys::JSON::parse(text).map_err(|e| {
            let message = js_sys::Error::from(e).message().as_string().unwrap_or_default();
            let (line, column) = position_in(&message);
            JsonError { syntax: true, line, column, message }
        })?;
        serde_wasm_bindgen::from_value(value).map_err(|e| JsonError {
            syntax: false,
            line: 0,
            column: 0,
            message: e.to_string(),
        })
    }

    pub fn to_string<T: Serialize>(value: &T) -> String {
        // Maps as plain objects, as JSON has them.
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        value
            .serialize(&serializer)
            .ok()
            .and_then(|v| js_sys::JSON::stringify(&v).ok())
            .map(String::from)
            .unwrap_or_default()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::JsonError;
    use serde::de::DeserializeOwned;
    use serde::Serialize;

    pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
        serde_json::from_str(text).map_err(|e| JsonError {
            syntax: e.is_syntax() || e.is_eof(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })
    }

    pub fn to_string<T: Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_as_browsers_word_them() {
        assert_eq!(
            position_in("Expected ',' or '}' after property value in JSON at position 42 (line 3 column 5)"),
            (3, 5)
        );
        assert_eq!(position_in("JSON.parse: expected ',' at line 12 column 1 of the JSON data"), (12, 1));
        assert_eq!(position_in("JSON Parse error: Expected '}'"), (0, 0));
    }

    #[test]
    fn syntax_and_shape_errors_are_told_apart() {
        let cut: JsonError = from_str::<Vec<u8>>("[1, 2").unwrap_err();
        assert!(cut.syntax && cut.line == 1);
        let shape = from_str::<Vec<u8>>("{\"a\": 1}").unwrap_err();
        assert!(!shape.syntax);
        assert_eq!(to_string(&vec![1, 2]), "[1,2]");
    }
}
