//! Read aloud, without a browser: which of the device's voices speaks a UI
//! language, and what of a page is spoken, in which order. The speaking
//! itself is the device's own speech synthesis (`platform`); nothing is
//! downloaded or sent anywhere.

/// One voice the device offers (`speechSynthesis.getVoices()`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    /// BCP 47, as the device reports it (`ar-SA`, `de_DE`, `fa`).
    pub lang: String,
    pub name: String,
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

fn normal(tag: &str) -> String {
    tag.trim().replace('_', "-").to_ascii_lowercase()
}

/// The voice for `ui` among `voices`: the first tag of [`tags_for`] that a
/// voice has exactly, else one whose language (before the region) is that
/// tag's; a voice that works offline before one that does not. `None`: the
/// device cannot speak this language.
pub fn choose(ui: &str, voices: &[Voice]) -> Option<usize> {
    let best = |fits: &dyn Fn(&str) -> bool| {
        let mut fitting = voices.iter().enumerate().filter(|(_, v)| fits(&normal(&v.lang)));
        let all: Vec<(usize, &Voice)> = fitting.by_ref().collect();
        all.iter().find(|(_, v)| v.local).or(all.first()).map(|(i, _)| *i)
    };
    for tag in tags_for(ui) {
        let tag = normal(tag);
        if let Some(i) = best(&|lang| lang == tag) {
            return Some(i);
        }
        if !tag.contains('-') {
            if let Some(i) = best(&|lang| lang.split('-').next() == Some(tag.as_str())) {
                return Some(i);
            }
        }
    }
    None
}

/// A phone number as spoken: digit by digit, group by group ("02841 201-0"
/// → "0 2 8 4 1, 2 0 1, 0"), so no voice reads it as a large number.
pub fn spoken_number(number: &str) -> String {
    number
        .split([' ', '-', '/', '(', ')'])
        .filter(|g| !g.is_empty())
        .map(|g| g.chars().map(String::from).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `text` with each phone number in it spoken digit group by digit group.
fn numbers_spoken(text: &str) -> String {
    let mut out = String::new();
    let mut number = String::new();
    let part_of_number = |c: char, number: &str| {
        c.is_ascii_digit() || (!number.is_empty() && " -/()".contains(c)) || (c == '+' && number.is_empty())
    };
    for c in text.chars() {
        if part_of_number(c, &number) {
            number.push(c);
        } else {
            push_number(&mut out, &mut number);
            out.push(c);
        }
    }
    push_number(&mut out, &mut number);
    out
}

fn push_number(out: &mut String, number: &mut String) {
    let trailing = number.len() - number.trim_end().len();
    if number.chars().filter(char::is_ascii_digit).count() >= 3 {
        out.push_str(&spoken_number(number.trim_end()));
        out.push_str(&" ".repeat(trailing));
    } else {
        out.push_str(number);
    }
    number.clear();
}

/// Elements whose text is not read: navigation, controls and forms, hidden
/// parts, whatever is marked `data-no-speech`, and links other than phone
/// numbers (an address or a map link read aloud is noise).
const SKIPPED: [&str; 11] =
    ["nav", "button", "script", "style", "svg", "select", "template", "noscript", "label", "form", "textarea"];
/// Elements that end a spoken piece (a pause between them).
const BLOCKS: [&str; 16] =
    ["h1", "h2", "h3", "h4", "p", "li", "dt", "dd", "div", "section", "article", "td", "th", "address", "ul", "dl"];

/// What of a page's main content is read, in document order, one piece per
/// block (heading, paragraph, list item): the text of `html` (the content's
/// markup, as the app draws it) without navigation, buttons or hidden parts,
/// with each phone link's number spoken digit group by digit group.
pub fn pieces(html: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    // Open elements that are skipped, and open phone links.
    let mut skip_depth: Vec<String> = Vec::new();
    let mut phone: Option<(String, String)> = None;
    let mut rest = html;
    let flush = |current: &mut String, out: &mut Vec<String>| {
        let piece = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !piece.is_empty() {
            out.push(piece);
        }
        current.clear();
    };
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_depth.is_empty() {
                current.push_str(&decode(rest));
            }
            break;
        };
        let text = &rest[..lt];
        if skip_depth.is_empty() {
            match &mut phone {
                Some((_, shown)) => shown.push_str(&decode(text)),
                None => current.push_str(&decode(text)),
            }
        }
        let Some(gt) = rest[lt..].find('>').map(|g| lt + g) else { break };
        let tag = &rest[lt + 1..gt];
        rest = &rest[gt + 1..];
        if tag.starts_with('!') {
            continue; // comments, doctype, hydration markers
        }
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if closing {
            if skip_depth.last() == Some(&name) {
                skip_depth.pop();
                continue;
            }
            if !skip_depth.is_empty() {
                continue;
            }
            current.push(' ');
            if name == "a" {
                if let Some((number, shown)) = phone.take() {
                    // The number as shown, grouped as shown; else the link's.
                    let spoken = numbers_spoken(&shown);
                    let spoken = if spoken == shown { format!("{shown} {}", spoken_number(&number)) } else { spoken };
                    current.push(' ');
                    current.push_str(&spoken);
                    current.push(' ');
                }
            }
            if BLOCKS.contains(&name.as_str()) {
                flush(&mut current, &mut out);
            }
            continue;
        }
        if !skip_depth.is_empty() {
            let void = tag.ends_with('/') || ["br", "img", "input", "meta", "link", "hr"].contains(&name.as_str());
            if !void && skip_depth.last() == Some(&name) {
                skip_depth.push(name);
            }
            continue;
        }
        let hidden = attribute(tag, "aria-hidden").as_deref() == Some("true")
            || attribute(tag, "hidden").is_some()
            || attribute(tag, "data-no-speech").is_some();
        if SKIPPED.contains(&name.as_str()) || hidden {
            if !tag.ends_with('/') {
                skip_depth.push(name);
            }
            continue;
        }
        // Inline elements are words of their own ("08:00–15:30" "telefonisch").
        current.push(' ');
        if name == "a" {
            match attribute(tag, "href").and_then(|h| h.strip_prefix("tel:").map(str::to_string)) {
                Some(number) => phone = Some((number, String::new())),
                None => {
                    skip_depth.push(name);
                    continue;
                }
            }
        }
        if BLOCKS.contains(&name.as_str()) {
            flush(&mut current, &mut out);
        }
    }
    flush(&mut current, &mut out);
    out
}

/// The value of `name` in a start tag's text (`a href="tel:+49…" class=x`);
/// `Some("")` for an attribute without a value.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().last();
        let after = &rest[at + name.len()..];
        rest = after;
        if !matches!(before, Some(' ' | '\t' | '\n')) {
            continue;
        }
        let after = after.trim_start();
        let Some(value) = after.strip_prefix('=') else {
            if after.is_empty()
                || after.starts_with([' ', '/', '>'])
                || after.chars().next().is_some_and(char::is_alphabetic)
            {
                return Some(String::new());
            }
            continue;
        };
        let value = value.trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or("").to_string(),
            _ => value.split([' ', '>']).next().unwrap_or("").to_string(),
        });
    }
    None
}

fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|e| *e <= 6).unwrap_or(0);
        let c = match &rest[..=end] {
            "&amp;" => '&',
            "&lt;" => '<',
            "&gt;" => '>',
            "&quot;" => '"',
            "&#39;" | "&#x27;" => '\'',
            "&nbsp;" => ' ',
            _ => {
                out.push('&');
                rest = &rest[1..];
                continue;
            }
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
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

    #[test]
    fn pieces_skip_controls_and_hidden_parts_and_read_phone_numbers() {
        let html = "<h1>Jobcenter</h1><nav><a href=/>Start</a></nav><p>Beratung &amp; Hilfe <a href=/x>Karte</a></p>\
            <p><button type=button>Teilen</button><a class=\"button call\" href=\"tel:+49284191390\">Anrufen <bdi dir=ltr>02841 9139-0</bdi></a></p>\
            <p aria-hidden=\"true\">✓</p><div data-no-speech><p>nicht</p></div><ul><li>Mo<!-- -->–Fr</li></ul>";
        assert_eq!(
            pieces(html),
            vec![
                "Jobcenter".to_string(),
                "Beratung & Hilfe".to_string(),
                "Anrufen 0 2 8 4 1, 9 1 3 9, 0".to_string(),
                "Mo–Fr".to_string(),
            ]
        );
    }
}
