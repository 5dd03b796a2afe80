//! Read aloud (src/speech.rs): the voice for every UI language from a list
//! of voices, with the fallbacks (Easy German → German, Farsi → Dari,
//! Kurmanji → "Kurdish"), and what of an offer page is read, in which order.

#![cfg(not(target_arch = "wasm32"))] // renders the page natively (src/prerender.rs)
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

use std::sync::Arc;

use wegweiser::domain::parse_directory;
use wegweiser::i18n::Lang;
use wegweiser::speech::{choose, pieces, PageNode, Voice};

/// A device's voice and its name (which the app does not need: the tests
/// name the voice they expect).
fn voice(lang: &str, name: &str, local: bool) -> (Voice, String) {
    (Voice { lang: lang.into(), local }, name.into())
}

/// The name of the voice `choose` picks for `ui` from `voices`.
fn chosen(ui: &str, voices: &[(Voice, String)]) -> Option<String> {
    let list: Vec<Voice> = voices.iter().map(|(v, _)| v.clone()).collect();
    choose(ui, &list).map(|i| voices[i].1.clone())
}

/// A device with many voices (as Android or macOS list them).
fn many() -> Vec<(Voice, String)> {
    vec![
        voice("en-US", "English US (network)", false),
        voice("en-GB", "English UK", true),
        voice("de-AT", "Deutsch Österreich", true),
        voice("de_DE", "Deutsch", true),
        voice("ar-SA", "العربية", true),
        voice("fa-IR", "فارسی", true),
        voice("uk-UA", "Українська", true),
        voice("ru-RU", "Русский", false),
        voice("ru-RU", "Русский офлайн", true),
        voice("tr-TR", "Türkçe", true),
        voice("fr-CA", "Français Canada", true),
        voice("fr-FR", "Français", true),
        voice("ku", "Kurdî", true),
        voice("ti-ER", "ትግርኛ", true),
    ]
}

#[test]
fn every_ui_language_gets_its_voice_from_a_full_list() {
    let voices = many();
    let expected = [
        (Lang::De, "Deutsch"),
        (Lang::DeEasy, "Deutsch"),
        (Lang::En, "English UK"),
        (Lang::Ar, "العربية"),
        (Lang::Fa, "فارسی"),
        (Lang::Uk, "Українська"),
        (Lang::Ru, "Русский офлайн"),
        (Lang::Tr, "Türkçe"),
        (Lang::Fr, "Français"),
        (Lang::Kmr, "Kurdî"),
        (Lang::Ti, "ትግርኛ"),
    ];
    assert_eq!(expected.len(), Lang::ALL.len(), "every UI language in the table");
    for (lang, name) in expected {
        assert_eq!(chosen(lang.code(), &voices).as_deref(), Some(name), "{}", lang.code());
    }
}

#[test]
fn fallbacks_and_no_voice() {
    // Dari speaks Farsi; a region-only German voice speaks Easy German; any Arabic voice speaks Arabic.
    let sparse =
        vec![voice("prs-AF", "Dari", true), voice("de-CH", "Schweizerdeutsch", true), voice("ar-EG", "مصري", false)];
    let name = |code: &str| chosen(code, &sparse);
    assert_eq!(name("fa").as_deref(), Some("Dari"));
    assert_eq!(name("de-ls").as_deref(), Some("Schweizerdeutsch"));
    assert_eq!(name("ar").as_deref(), Some("مصري"));
    for code in ["uk", "ru", "tr", "fr", "kmr", "ti", "en"] {
        assert_eq!(name(code), None, "{code}: no voice");
    }
    assert_eq!(choose("ar", &[]), None, "a device without voices (Chromium on Debian)");
    // A "Kurdish" voice tagged ku-TR speaks Kurmanji; "ku-IQ" (Sorani's region) only as a last resort.
    let kurdish = vec![voice("ku-IQ", "Sorani", true), voice("ku-TR", "Kurmancî", true)];
    assert_eq!(chosen("kmr", &kurdish).as_deref(), Some("Kurmancî"));
    // The offline voice before the network one of the same language.
    let two = vec![voice("ar", "online", false), voice("ar", "offline", true)];
    assert_eq!(chosen("ar", &two).as_deref(), Some("offline"));
}

#[test]
fn tags_compare_in_any_case_with_underscores_and_whole_subtags_only() {
    // "deu" or "arn" (Mapuche) are not German or Arabic; "AR_sa" is Arabic.
    let odd =
        vec![voice("deu", "not German", true), voice("arn", "Mapudungun", true), voice(" AR_sa ", "Arabisch", false)];
    assert_eq!(chosen("de", &odd), None);
    assert_eq!(chosen("ar", &odd).as_deref(), Some("Arabisch"));
    // Exactly "de-DE" first, even listed after a region-less German voice; "de-DE-1996" is a region of "de" only.
    let german =
        vec![voice("de-DE-1996", "1996", true), voice("DE", "ohne Region", true), voice("de_de", "Deutschland", false)];
    assert_eq!(chosen("de", &german).as_deref(), Some("Deutschland"));
    assert_eq!(chosen("de", &german[..2]).as_deref(), Some("ohne Region"));
    assert_eq!(chosen("de", &german[..1]).as_deref(), Some("1996"));
}

#[test]
fn an_offer_page_is_read_heading_first_without_navigation_and_with_phone_numbers_in_groups() {
    let dir = Arc::new(parse_directory(include_str!("../public/directory.json")).unwrap());
    let (_, body) = wegweiser::prerender::render(&dir, "/offer/jobcenter-moers", 1_796_000_000);
    let tree = html::parse(&body);
    let main = html::find(&tree, "main").expect("the page has a main element");
    let read = pieces(&main);
    let service = dir.service("jobcenter-moers").unwrap();
    assert_eq!(read[0], service.name.get("de").text, "the heading first");
    let summary = read.iter().position(|p| p.contains(service.summary.get("de").text)).expect("the summary is read");
    let spoken = wegweiser::speech::spoken_number(&service.phones[0].number);
    assert!(spoken.contains(", "), "{spoken}: groups");
    let phone = read.iter().position(|p| p.contains(&spoken)).unwrap_or_else(|| panic!("{spoken} in {read:?}"));
    assert!(summary < phone, "{read:?}");
    let everything = read.join(" | ");
    assert!(everything.contains("08:00–15:30 telefonisch"), "words apart: {everything}");
    for never in ["Meine Kontakte", "Über die App", "Teilen", "Sprache des Links", "OpenStreetMap"] {
        assert!(!everything.contains(never), "{never} is navigation or a control: {everything}");
    }
    assert!(!everything.contains('<') && !everything.contains("&amp;"), "{everything}");
}

#[test]
fn controls_hidden_parts_and_other_links_are_skipped_and_phone_links_read_in_groups() {
    let tree = html::parse(
        "<main><h1>Jobcenter</h1><nav><a href=/>Start</a></nav><p>Beratung &amp; Hilfe <a href=/x>Karte</a></p>\
         <p><button type=button>Teilen</button><a class=\"button call\" href=\"tel:+49284191390\">Anrufen <bdi dir=ltr>02841 9139-0</bdi></a></p>\
         <p aria-hidden=\"true\">✓</p><div data-no-speech><p>nicht</p></div><p hidden>versteckt</p><p>Seit <bdi>2026</bdi></p>\
         <ul><li>Mo<!-- -->–Fr</li><li><a href=\"tel:116117\">Bereitschaftsdienst</a></li></ul></main>",
    );
    let main = html::find(&tree, "main").unwrap();
    assert_eq!(
        pieces(&main),
        [
            "Jobcenter",
            "Beratung & Hilfe",
            "Anrufen 0 2 8 4 1, 9 1 3 9, 0",
            "Seit 2026",
            "Mo–Fr",
            "Bereitschaftsdienst 1 1 6 1 1 7"
        ]
    );
}

/// A phone link is one piece, a block inside it too: the number it shows
/// after the block still counts as shown, and nothing is cut inside a
/// character (a panic would abort the app).
#[test]
fn a_block_inside_a_phone_link_is_read_with_the_link() {
    let tree = html::parse(
        "<main><p>Nummer <a href=\"tel:0284122\">Arzt<div>x</div>ÄÄÄÄÄÄ</a></p>\
         <p><a href=\"tel:116117\">Ärzte<div><bdi>116 117</bdi></div></a></p></main>",
    );
    let main = html::find(&tree, "main").unwrap();
    assert_eq!(pieces(&main), ["Nummer Arzt x ÄÄÄÄÄÄ 0 2 8 4 1 2 2", "Ärzte 1 1 6, 1 1 7"]);
}

/// A page's markup as a tree, as the browser parses it for read aloud (the
/// subset the app's views write: elements, attributes, text with entities,
/// comments, void elements).
mod html {
    use super::PageNode;

    type Attributes = Vec<(String, String)>;

    pub enum Node {
        Text(String),
        Comment,
        Element { name: String, attributes: Attributes, children: Vec<Node> },
    }

    /// A node in its parent's list of children.
    #[derive(Clone, Copy)]
    pub struct At<'a> {
        siblings: &'a [Node],
        index: usize,
    }

    impl PageNode for At<'_> {
        fn text(&self) -> Option<String> {
            match &self.siblings[self.index] {
                Node::Text(t) => Some(t.clone()),
                _ => None,
            }
        }
        fn element(&self) -> Option<String> {
            match &self.siblings[self.index] {
                Node::Element { name, .. } => Some(name.clone()),
                _ => None,
            }
        }
        fn attribute(&self, wanted: &str) -> Option<String> {
            match &self.siblings[self.index] {
                Node::Element { attributes, .. } => {
                    attributes.iter().find(|(n, _)| n == wanted).map(|(_, v)| v.clone())
                }
                _ => None,
            }
        }
        fn first_child(&self) -> Option<Self> {
            match &self.siblings[self.index] {
                Node::Element { children, .. } if !children.is_empty() => Some(At { siblings: children, index: 0 }),
                _ => None,
            }
        }
        fn next_sibling(&self) -> Option<Self> {
            (self.index + 1 < self.siblings.len()).then_some(At { siblings: self.siblings, index: self.index + 1 })
        }
    }

    /// The first element called `name`, depth first.
    pub fn find<'a>(nodes: &'a [Node], name: &str) -> Option<At<'a>> {
        nodes.iter().enumerate().find_map(|(index, node)| match node {
            Node::Element { name: n, .. } if n == name => Some(At { siblings: nodes, index }),
            Node::Element { children, .. } => find(children, name),
            _ => None,
        })
    }

    const VOID: [&str; 8] = ["br", "img", "input", "meta", "link", "hr", "source", "wbr"];

    pub fn parse(html: &str) -> Vec<Node> {
        // Open elements: name, attributes, children so far.
        let mut open: Vec<(String, Attributes, Vec<Node>)> = vec![(String::new(), Vec::new(), Vec::new())];
        let mut rest = html;
        while !rest.is_empty() {
            let lt = rest.find('<').unwrap_or(rest.len());
            if lt > 0 {
                open.last_mut().unwrap().2.push(Node::Text(decode(&rest[..lt])));
            }
            rest = &rest[lt..];
            if rest.is_empty() {
                break;
            }
            if let Some(comment) = rest.strip_prefix("<!--") {
                let end = comment.find("-->").expect("comment closed");
                open.last_mut().unwrap().2.push(Node::Comment);
                rest = &comment[end + 3..];
            } else if rest.starts_with("<!") {
                rest = &rest[rest.find('>').unwrap() + 1..];
            } else if let Some(closing) = rest.strip_prefix("</") {
                let gt = closing.find('>').unwrap();
                let name = closing[..gt].trim().to_ascii_lowercase();
                rest = &closing[gt + 1..];
                if open.iter().skip(1).any(|(n, _, _)| *n == name) {
                    loop {
                        let (n, attributes, children) = open.pop().unwrap();
                        let done = n == name;
                        open.last_mut().unwrap().2.push(Node::Element { name: n, attributes, children });
                        if done {
                            break;
                        }
                    }
                }
            } else {
                let (name, attributes, self_closing, after) = start_tag(&rest[1..]);
                rest = after;
                if self_closing || VOID.contains(&name.as_str()) {
                    open.last_mut().unwrap().2.push(Node::Element { name, attributes, children: Vec::new() });
                } else if name == "script" || name == "style" {
                    let end = rest.find(&format!("</{name}")).unwrap();
                    let children = vec![Node::Text(rest[..end].to_string())];
                    rest = &rest[end + rest[end..].find('>').unwrap() + 1..];
                    open.last_mut().unwrap().2.push(Node::Element { name, attributes, children });
                } else {
                    open.push((name, attributes, Vec::new()));
                }
            }
        }
        while open.len() > 1 {
            let (name, attributes, children) = open.pop().unwrap();
            open.last_mut().unwrap().2.push(Node::Element { name, attributes, children });
        }
        open.pop().unwrap().2
    }

    /// A start tag's name, attributes and whether it closes itself; then the rest after `>`.
    fn start_tag(tag: &str) -> (String, Attributes, bool, &str) {
        let end_of_name = tag.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap();
        let name = tag[..end_of_name].to_ascii_lowercase();
        let mut rest = &tag[end_of_name..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start();
            if let Some(after) = rest.strip_prefix("/>") {
                return (name, attributes, true, after);
            }
            if let Some(after) = rest.strip_prefix('>') {
                return (name, attributes, false, after);
            }
            if let Some(after) = rest.strip_prefix('/') {
                rest = after;
                continue;
            }
            let end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/').unwrap();
            let attribute = rest[..end].to_ascii_lowercase();
            rest = rest[end..].trim_start();
            let value = if let Some(after) = rest.strip_prefix('=') {
                let after = after.trim_start();
                let (value, tail) = match after.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let close = after[1..].find(q).unwrap() + 1;
                        (&after[1..close], &after[close + 1..])
                    }
                    _ => {
                        let e = after.find(|c: char| c.is_whitespace() || c == '>').unwrap();
                        (&after[..e], &after[e..])
                    }
                };
                rest = tail;
                decode(value)
            } else {
                String::new()
            };
            attributes.push((attribute, value));
        }
    }

    fn decode(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find('&') {
            out.push_str(&rest[..at]);
            rest = &rest[at..];
            let entity = [
                ("&amp;", "&"),
                ("&lt;", "<"),
                ("&gt;", ">"),
                ("&quot;", "\""),
                ("&#39;", "'"),
                ("&#x27;", "'"),
                ("&nbsp;", "\u{a0}"),
            ]
            .into_iter()
            .find(|(e, _)| rest.starts_with(e));
            match entity {
                Some((e, c)) => {
                    out.push_str(c);
                    rest = &rest[e.len()..];
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }
}
