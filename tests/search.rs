//! Search over the real Moers directory: what newcomers type, and what must
//! come first. Each row: UI language, query, expected first result.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use wegweiser::domain::{parse_directory, Directory};
use wegweiser::search::{documents, SearchIndex};

fn directory() -> Directory {
    parse_directory(include_str!("../public/directory.json")).expect("bundled directory is valid")
}

fn top(dir: &Directory, lang: &str, query: &str) -> Option<String> {
    let index = SearchIndex::build(&documents(dir, lang));
    index.search(query).first().map(|h| dir.services[h.doc].id.clone())
}

const CASES: &[(&str, &str, &str)] = &[
    // German, with and without umlauts, with typos.
    ("de", "Servicestelle Zuwanderung", "servicestelle-zuwanderung"),
    ("de", "servicestelle", "servicestelle-zuwanderung"),
    ("de", "Zuwanderung", "servicestelle-zuwanderung"),
    ("de", "Lotse", "servicestelle-zuwanderung"),
    ("de", "Ausländerbehörde", "auslaenderbehoerde-moers"),
    ("de", "Auslanderbehorde", "auslaenderbehoerde-moers"),
    ("de", "Auslaenderbehoerde", "auslaenderbehoerde-moers"),
    ("de", "Auslänerbehörde", "auslaenderbehoerde-moers"),
    ("de", "Aufenthaltstitel", "auslaenderbehoerde-moers"),
    ("de", "Jobcenter", "jobcenter-moers"),
    ("de", "Jobcentr", "jobcenter-moers"),
    ("de", "jobcetner", "jobcenter-moers"),
    ("de", "Bürgergeld", "jobcenter-moers"),
    ("de", "Burgergeld", "jobcenter-moers"),
    ("de", "Integrationskurs", "vhs-moers-integrationskurse"),
    ("de", "deutschkurs", "vhs-moers-integrationskurse"),
    ("de", "Sprachkurs", "vhs-moers-integrationskurse"),
    ("de", "sprach kurs", "vhs-moers-integrationskurse"),
    ("de", "Sprach-Kurs", "vhs-moers-integrationskurse"),
    ("de", "Einbürgerung", "einbuergerung-moers"),
    ("de", "Einburgerung", "einbuergerung-moers"),
    ("de", "Tafel", "moerser-tafel"),
    ("de", "Lebensmittel", "moerser-tafel"),
    ("de", "Frauenberatung", "frauenberatung-moers"),
    ("de", "Schulden", "diakonie-schuldnerberatung-moers"),
    ("de", "Verbraucherzentrale", "verbraucherzentrale-moers"),
    ("de", "Verbraucherzentrle", "verbraucherzentrale-moers"),
    ("de", "Anerkennung", "ihk-anerkennung"),
    ("de", "Wohnsitz anmelden", "buergerservice-moers"),
    ("de", "Giftnotruf", "giftnotruf-nrw"),
    ("de", "Bunter Tisch", "bunter-tisch-moers"),
    ("de", "Kirchstraße", "verbraucherzentrale-moers"),
    ("de", "Kirchstrasse", "verbraucherzentrale-moers"),
    ("de", "Trauma", "awo-psz-niederrhein"),
    // English.
    ("en", "immigration office", "auslaenderbehoerde-moers"),
    ("en", "German course", "vhs-moers-integrationskurse"),
    ("en", "job", "jobcenter-moers"),
    ("en", "Jobcentre", "jobcenter-moers"),
    ("en", "naturalisation", "einbuergerung-moers"),
    ("en", "food bank", "moerser-tafel"),
    ("en", "debt", "diakonie-schuldnerberatung-moers"),
    ("en", "recognition of qualifications", "ihk-anerkennung"),
    ("en", "crisis", "telefonseelsorge"),
    ("en", "doctor", "aerztlicher-bereitschaftsdienst"),
    ("en", "first steps", "servicestelle-zuwanderung"),
    // German terms while the UI is in English.
    ("en", "Ausländerbehörde", "auslaenderbehoerde-moers"),
    ("en", "Deutschkurs", "vhs-moers-integrationskurse"),
    // Arabic.
    ("ar", "عمل", "jobcenter-moers"),
    ("ar", "دورة لغة", "vhs-moers-integrationskurse"),
    ("ar", "طبيب", "aerztlicher-bereitschaftsdienst"),
    ("ar", "مكتب الاجانب", "auslaenderbehoerde-moers"),
    // Ukrainian.
    ("uk", "робота", "jobcenter-moers"),
    ("uk", "німецька мова", "vhs-moers-integrationskurse"),
    ("uk", "посвідка", "auslaenderbehoerde-moers"),
    ("uk", "лікар", "aerztlicher-bereitschaftsdienst"),
    // Turkish.
    ("tr", "iş", "jobcenter-moers"),
    ("tr", "almanca kurs", "vhs-moers-integrationskurse"),
    ("tr", "doktor", "aerztlicher-bereitschaftsdienst"),
    ("tr", "Yabancılar dairesi", "auslaenderbehoerde-moers"),
];

#[test]
fn what_newcomers_type_finds_the_right_offer_first() {
    let dir = directory();
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|(lang, query, expected)| {
            let got = top(&dir, lang, query);
            (got.as_deref() != Some(*expected)).then(|| format!("[{lang}] {query:?}: expected {expected}, got {got:?}"))
        })
        .collect();
    assert!(CASES.len() >= 40);
    assert!(failures.is_empty(), "{} of {} cases fail:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn nonsense_finds_nothing() {
    let dir = directory();
    assert_eq!(top(&dir, "de", "Xylophonreparatur"), None);
    assert_eq!(top(&dir, "en", "qwertzuiop"), None);
}

#[test]
fn ended_offers_come_after_current_ones() {
    let dir = directory();
    let index = SearchIndex::build(&documents(&dir, "de"));
    let hits = index.search("Beratung");
    assert!(hits.len() > 5);
    let first_ended = hits.iter().position(|h| !dir.services[h.doc].is_current()).expect("some ended");
    assert!(hits[first_ended..].iter().all(|h| !dir.services[h.doc].is_current()));
}

#[test]
fn every_offer_is_found_by_its_own_title_in_every_ui_language() {
    let dir = directory();
    for lang in wegweiser::i18n::Lang::ALL.map(|l| l.code()) {
        let index = SearchIndex::build(&documents(&dir, lang));
        for (i, s) in dir.services.iter().enumerate() {
            let title = s.name.get(lang).text;
            let hits = index.search(title);
            assert_eq!(
                hits.first().map(|h| h.doc),
                Some(i),
                "[{lang}] {title:?} → {:?}",
                hits.first().map(|h| &dir.services[h.doc].id)
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Filters, on the real directory.

use wegweiser::domain::date::{Date, TimeOfDay};
use wegweiser::domain::hours::LocalTime;
use wegweiser::finder::{counseling_languages, find};
use wegweiser::route::SearchParams;

fn ids(found: &wegweiser::finder::Found) -> Vec<String> {
    found.services.iter().map(|s| s.id.clone()).collect()
}

/// Tuesday 24 November 2026, 10:30 in Moers.
fn tuesday_morning() -> LocalTime {
    LocalTime { date: Date::new(2026, 11, 24).unwrap(), time: TimeOfDay(10 * 60 + 30) }
}

#[test]
fn language_filter_combines_with_topic_and_query() {
    let dir = directory();
    let index = SearchIndex::build(&documents(&dir, "de"));
    let params = SearchParams { topic: Some("work".into()), language: Some("ar".into()), ..Default::default() };
    assert_eq!(ids(&find(&dir, &index, &params, tuesday_morning())), vec!["integration-point-moers"]);
    let with_query = SearchParams { q: "Arbeit".into(), ..params.clone() };
    assert_eq!(ids(&find(&dir, &index, &with_query, tuesday_morning())), vec!["integration-point-moers"]);
    let ukrainian = SearchParams { language: Some("uk".into()), ..Default::default() };
    let found = find(&dir, &index, &ukrainian, tuesday_morning());
    assert_eq!(ids(&found), vec!["hilfetelefon-gewalt-gegen-frauen"], "ended AWO offer is hidden");
    assert_eq!(found.hidden_ended, 1);
    let shown = find(&dir, &index, &SearchParams { show_ended: true, ..ukrainian }, tuesday_morning());
    assert_eq!(ids(&shown), vec!["hilfetelefon-gewalt-gegen-frauen", "awo-beratungszentrum-ukraine"]);
}

#[test]
fn open_now_uses_the_real_hours() {
    let dir = directory();
    let index = SearchIndex::build(&documents(&dir, "de"));
    let open = SearchParams { open_now: true, ..Default::default() };
    let morning = ids(&find(&dir, &index, &open, tuesday_morning()));
    for id in ["jobcenter-moers", "caritas-beratungsstelle-moers", "frauenberatung-moers", "telefonseelsorge"] {
        assert!(morning.contains(&id.to_string()), "{id} should be open: {morning:?}");
    }
    assert!(!morning.contains(&"servicestelle-zuwanderung".to_string()), "unknown hours are never 'open'");
    // Christmas Day at 10:30: only the round-the-clock lines.
    let christmas = LocalTime { date: Date::new(2026, 12, 25).unwrap(), time: TimeOfDay(10 * 60 + 30) };
    let mut holiday = ids(&find(&dir, &index, &open, christmas));
    holiday.sort();
    assert_eq!(
        holiday,
        vec!["giftnotruf-nrw", "hilfetelefon-gewalt-gegen-frauen", "schwangere-in-not", "telefonseelsorge"]
    );
}

#[test]
fn counseling_languages_come_from_the_directory() {
    let langs = counseling_languages(&directory());
    for code in ["ar", "uk", "ru", "tr", "fa", "en"] {
        assert!(langs.contains(&code.to_string()), "{code} in {langs:?}");
    }
    let mut sorted = langs.clone();
    sorted.dedup();
    assert_eq!(sorted, langs);
}
