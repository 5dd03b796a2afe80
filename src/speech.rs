//! Read aloud, without a browser: which of the device's voices speaks a UI
//! language, and what of a page is spoken, in which order. The speaking
//! itself is the device's own speech synthesis (`platform`); nothing is
//! downloaded or sent anywhere.

/// One voice the device offers (`speechSynthesis.getVoices()`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    /// BCP 47, as the device reports it (`ar-SA`, `de_DE`, `fa`).
    pub lang: String,
    /// Works without a connection (`localService`).
    pub local: bool,
}

/// The language tags that can speak a UI language, best first: Easy German
/// (`de-ls`) is spoken by a German voice, Farsi also by Dari (`prs`),
/// Kurmanji also by a voice tagged only "Kurdish" (`ku`).
pub fn tags_for(ui: &str) -> &'static [&'static str] {
    match ui {
        "de" | "de-ls" => &["de-DE", "de"],
        "en" => &["en-GB", "en-US", "en"],
        "ar" => &["ar"],
        "fa" => &["fa-IR", "fa", "prs-AF", "prs"],
        "uk" => &["uk-UA", "uk"],
        "ru" => &["ru-RU", "ru"],
        "tr" => &["tr-TR", "tr"],
        "fr" => &["fr-FR", "fr"],
        "kmr" => &["kmr", "ku-TR", "ku"],
        "ti" => &["ti-ER", "ti-ET", "ti"],
        _ => &[],
    }
}

/// Whether the language tag `lang` (as a device reports it: `de_DE`,
/// `AR-sa`) starts with `tag` (`de-DE`), in any case, whole subtags only:
/// `exact` asks for the whole tag.
fn fits(lang: &str, tag: &str, exact: bool) -> bool {
    let lang = lang.trim().as_bytes();
    let tag = tag.as_bytes();
    let same = lang.len() >= tag.len()
        && lang.iter().zip(tag).all(|(&l, &t)| if l == b'_' { t == b'-' } else { l.eq_ignore_ascii_case(&t) });
    same && match lang.get(tag.len()) {
        None => true,
        Some(&next) => !exact && (next == b'-' || next == b'_'),
    }
}

/// The voice for `ui` among `voices`: the first tag of [`tags_for`] that a
/// voice has exactly, else (for a tag without a region) one whose language
/// is that tag; a voice that works offline before one that does not.
/// `None`: the device cannot speak this language.
pub fn choose(ui: &str, voices: &[Voice]) -> Option<usize> {
    for tag in tags_for(ui) {
        // The tag itself, then (for a tag without a region) any region of it.
        for exact in [true, tag.contains('-')] {
            let find = |local: bool| voices.iter().position(|v| v.local >= local && fits(&v.lang, tag, exact));
            if let Some(i) = find(true).or_else(|| find(false)) {
                return Some(i);
            }
        }
    }
    None
}

/// A phone number as spoken: digit by digit, group by group ("02841 201-0"
/// → "0 2 8 4 1, 2 0 1, 0"), so no voice reads it as a large number.
pub fn spoken_number(number: &str) -> String {
    let mut out = String::new();
    let mut gap = "";
    for c in number.chars() {
        if " -/()".contains(c) {
            if !out.is_empty() {
                gap = ", ";
            }
        } else {
            out.push_str(gap);
            out.push(c);
            gap = " ";
        }
    }
    out
}

/// Elements whose text is not read: navigation, controls and forms, hidden
/// parts, whatever is marked `data-no-speech`, and links other than phone
/// numbers (an address or a map link read aloud is noise).
const SKIPPED: [&str; 11] =
    ["nav", "button", "script", "style", "svg", "select", "template", "noscript", "label", "form", "textarea"];
/// Elements that end a spoken piece (a pause between them).
const BLOCKS: [&str; 16] =
    ["h1", "h2", "h3", "h4", "p", "li", "dt", "dd", "div", "section", "article", "td", "th", "address", "ul", "dl"];

/// A node of a page as read aloud sees it: in the browser the DOM's own
/// (`platform`), which has parsed the markup and its entities already.
pub trait PageNode: Sized {
    /// A text node's text; `None` for anything else.
    fn text(&self) -> Option<String>;
    /// An element's name in lower case; `None` for text and comments.
    fn element(&self) -> Option<String>;
    /// An element's attribute (`Some("")` when present without a value);
    /// asked only of a node that [`Self::element`] named.
    fn attribute(&self, name: &str) -> Option<String>;
    fn first_child(&self) -> Option<Self>;
    fn next_sibling(&self) -> Option<Self>;
}

/// What of a page's main content (`root`) is read, in document order, one
/// piece per block (heading, paragraph, list item): its text without
/// navigation, controls or hidden parts. A phone link's number (the app
/// writes it in a `<bdi>`) is spoken digit group by digit group; a phone
/// link that shows no number gets its `tel:` number spoken. A phone link is
/// one piece with the block around it, whatever it holds.
pub fn pieces<N: PageNode>(root: &N) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    read(root, &mut current, &mut out, false);
    flush(&mut current, &mut out);
    out
}

/// Ends the piece read so far, its spaces collapsed.
fn flush(current: &mut String, out: &mut Vec<String>) {
    let mut piece = String::new();
    for word in current.split_whitespace() {
        if !piece.is_empty() {
            piece.push(' ');
        }
        piece.push_str(word);
    }
    if !piece.is_empty() {
        out.push(piece);
    }
    current.clear();
}

fn read_children<N: PageNode>(node: &N, current: &mut String, out: &mut Vec<String>, phone: bool) {
    let mut child = node.first_child();
    while let Some(c) = child {
        read(&c, current, out, phone);
        child = c.next_sibling();
    }
}

/// `phone`: inside a phone link.
fn read<N: PageNode>(node: &N, current: &mut String, out: &mut Vec<String>, phone: bool) {
    let Some(name) = node.element() else {
        if let Some(text) = node.text() {
            current.push_str(&text);
        }
        return;
    };
    let hidden = node.attribute("aria-hidden").as_deref() == Some("true")
        || node.attribute("hidden").is_some()
        || node.attribute("data-no-speech").is_some();
    if hidden || SKIPPED.contains(&name.as_str()) {
        return;
    }
    // A phone link is read as one piece, blocks inside it too: so its text
    // only grows `current`, and what it showed is `current[before..]`.
    let block = !phone && BLOCKS.contains(&name.as_str());
    if block {
        flush(current, out);
    }
    // Inline elements are words of their own ("08:00–15:30" "telefonisch").
    current.push(' ');
    if name == "a" {
        // Of the links only phone links are read (an address or a map link read aloud is noise).
        let Some(number) = node.attribute("href").and_then(|h| h.strip_prefix("tel:").map(str::to_string)) else {
            return;
        };
        let before = current.len();
        read_children(node, current, out, true);
        if !current[before..].contains(|c: char| c.is_ascii_digit()) {
            current.push(' ');
            current.push_str(&spoken_number(&number));
        }
    } else if name == "bdi" && phone {
        let mut shown = String::new();
        read_children(node, &mut shown, out, true);
        current.push_str(&spoken_number(shown.trim()));
    } else {
        read_children(node, current, out, phone);
    }
    current.push(' ');
    if block {
        flush(current, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_spoken_digit_group_by_digit_group() {
        assert_eq!(spoken_number("02841 201-0"), "0 2 8 4 1, 2 0 1, 0");
        assert_eq!(spoken_number("+49 2841 201-600"), "+ 4 9, 2 8 4 1, 2 0 1, 6 0 0");
        assert_eq!(spoken_number("116 117"), "1 1 6, 1 1 7");
    }
}
