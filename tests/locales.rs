//! Every UI language is complete: each locale file has every message, with
//! the placeholders of the German source, and the directory has a title and
//! a summary for every offer in every UI language.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use wegweiser::domain::parse_directory;
use wegweiser::i18n::catalog::parse_catalog;
use wegweiser::i18n::{install, is_installed, tr, Lang, Msg, GERMAN_SOURCE};

fn locale_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/locales")
}

fn locale(lang: Lang) -> String {
    let path = locale_dir().join(format!("{}.ftl", lang.code()));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_language_in_the_chooser_has_a_complete_locale() {
    let german = parse_catalog(GERMAN_SOURCE, None).expect("German source");
    for lang in Lang::ALL {
        let source = locale(lang);
        if let Err(errors) = parse_catalog(&source, Some(&german)) {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("{}.ftl:\n  {}", lang.code(), list.join("\n  "));
        }
        install(lang, &source).unwrap();
        assert!(is_installed(lang));
    }
}

#[test]
fn there_are_no_locale_files_for_languages_the_app_does_not_offer() {
    let files: BTreeSet<String> =
        fs::read_dir(locale_dir()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    let offered: BTreeSet<String> = Lang::ALL.iter().map(|l| format!("{}.ftl", l.code())).collect();
    assert_eq!(files, offered);
}

#[test]
fn translations_are_translations() {
    // A copied German line would pass the completeness check; catch the obvious case.
    for lang in Lang::ALL.into_iter().filter(|l| !matches!(l, Lang::De | Lang::DeEasy)) {
        install(lang, &locale(lang)).unwrap();
        let same: Vec<&str> = Msg::ALL
            .iter()
            .filter(|m| {
                tr(lang, **m) == tr(Lang::De, **m)
                    && tr(Lang::De, **m).chars().filter(|c| c.is_alphabetic()).count() > 12
            })
            .map(|m| m.key())
            .collect();
        assert!(same.len() <= 2, "{}: still German: {same:?}", lang.code());
    }
}

#[test]
fn right_to_left_languages_are_marked() {
    // The rule itself is tested in `lang.rs`; this pins that both are there.
    let rtl: Vec<&str> = Lang::ALL.iter().filter(|l| l.is_rtl()).map(|l| l.code()).collect();
    assert_eq!(rtl, ["ar", "fa"]);
}

#[test]
fn every_offer_has_a_title_and_summary_in_every_ui_language() {
    let text = fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/directory.json")).unwrap();
    let dir = parse_directory(&text).expect("directory");
    let mut missing = Vec::new();
    for s in &dir.services {
        for lang in Lang::ALL {
            for (field, t) in [("name", &s.name), ("summary", &s.summary)] {
                if t.exact(lang.code()).is_none() {
                    missing.push(format!("{} {field} {}", s.id, lang.code()));
                }
            }
        }
        // Descriptions: at least German, English, Arabic and Ukrainian where there is one.
        if !s.description.is_empty() {
            for code in ["de", "en", "ar", "uk"] {
                if s.description.exact(code).is_none() {
                    missing.push(format!("{} description {code}", s.id));
                }
            }
        }
    }
    for c in &dir.categories {
        for lang in Lang::ALL {
            if c.name.exact(lang.code()).is_none() {
                missing.push(format!("category {} name {}", c.id, lang.code()));
            }
        }
    }
    for t in &dir.target_groups {
        for lang in Lang::ALL {
            if t.name.exact(lang.code()).is_none() {
                missing.push(format!("target group {} name {}", t.id, lang.code()));
            }
        }
    }
    assert!(missing.is_empty(), "{} texts missing, e.g. {:?}", missing.len(), &missing[..missing.len().min(10)]);
}
