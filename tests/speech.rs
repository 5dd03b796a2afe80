//! Read aloud (src/speech.rs): the voice for every UI language from a list
//! of voices, with the fallbacks (Easy German → German, Farsi → Dari,
//! Kurmanji → "Kurdish"), and what of an offer page is read, in which order.

#![cfg(not(target_arch = "wasm32"))] // renders the page natively (src/prerender.rs)
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

use std::sync::Arc;

use wegweiser::domain::parse_directory;
use wegweiser::i18n::Lang;
use wegweiser::speech::{choose, pieces, Voice};

fn voice(lang: &str, name: &str, local: bool) -> Voice {
    Voice { lang: lang.into(), name: name.into(), local }
}

/// A device with many voices (as Android or macOS list them).
fn many() -> Vec<Voice> {
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
        let chosen = choose(lang.code(), &voices).map(|i| voices[i].name.as_str());
        assert_eq!(chosen, Some(name), "{}", lang.code());
    }
}

#[test]
fn fallbacks_and_no_voice() {
    // Dari speaks Farsi; a region-only German voice speaks Easy German; any Arabic voice speaks Arabic.
    let sparse =
        vec![voice("prs-AF", "Dari", true), voice("de-CH", "Schweizerdeutsch", true), voice("ar-EG", "مصري", false)];
    let name = |code: &str| choose(code, &sparse).map(|i| sparse[i].name.clone());
    assert_eq!(name("fa").as_deref(), Some("Dari"));
    assert_eq!(name("de-ls").as_deref(), Some("Schweizerdeutsch"));
    assert_eq!(name("ar").as_deref(), Some("مصري"));
    for code in ["uk", "ru", "tr", "fr", "kmr", "ti", "en"] {
        assert_eq!(name(code), None, "{code}: no voice");
    }
    assert_eq!(choose("ar", &[]), None, "a device without voices (Chromium on Debian)");
    // A "Kurdish" voice tagged ku-TR speaks Kurmanji; "ku-IQ" (Sorani's region) only as a last resort.
    let kurdish = vec![voice("ku-IQ", "Sorani", true), voice("ku-TR", "Kurmancî", true)];
    assert_eq!(choose("kmr", &kurdish).map(|i| kurdish[i].name.as_str()), Some("Kurmancî"));
    // The offline voice before the network one of the same language.
    let two = vec![voice("ar", "online", false), voice("ar", "offline", true)];
    assert_eq!(choose("ar", &two), Some(1));
}

#[test]
fn an_offer_page_is_read_heading_first_without_navigation_and_with_phone_numbers_in_groups() {
    let dir = Arc::new(parse_directory(include_str!("../public/directory.json")).unwrap());
    let (_, body) = wegweiser::prerender::render(&dir, "/offer/jobcenter-moers", 1_796_000_000);
    let main = &body[body.find("<main").unwrap()..body.find("</main>").unwrap()];
    let read = pieces(main);
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
