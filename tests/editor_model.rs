//! The editor's model (src/domain/edit.rs, src/i18n/editor.rs): edits on the
//! file's own form, validated by the app's validator, saved, parsed back;
//! ids for new entries; the change summary; and every problem in plain words.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

use wegweiser::domain::date::Date;
use wegweiser::domain::edit::{
    self, changes, german_changed, mark_ended, new_organization, new_service, save, translation_updated,
};
use wegweiser::domain::file::{FileDirectory, FileException, FilePhone, FileSchedule, FileSlot, FileSource};
use wegweiser::domain::{parse_directory, read_file, Problem, Text};
use wegweiser::i18n::editor::{check_file, ed, field_label, problem_text, EdMsg};
use wegweiser::i18n::Lang;

const BUNDLED: &str = include_str!("../public/directory.json");

fn file() -> FileDirectory {
    read_file(BUNDLED).expect("the bundled directory reads")
}

fn today() -> Date {
    Date::parse("2026-12-02").unwrap()
}

fn slot(days: &[&str], opens: &str, closes: &str, mode: Option<&str>) -> FileSlot {
    FileSlot {
        days: days.iter().map(|d| d.to_string()).collect(),
        opens: opens.into(),
        closes: closes.into(),
        mode: mode.map(str::to_string),
    }
}

#[test]
fn an_edit_is_validated_saved_and_parsed_back_unchanged() {
    let base = file();
    let mut draft = base.clone();
    let s = draft.services.iter_mut().find(|s| s.id == "servicestelle-zuwanderung").unwrap();
    s.phones.push(FilePhone { number: "02841 201-999".into(), description: Text::from_pairs(&[("de", "Beratung")]) });
    s.schedule = Some(FileSchedule {
        slots: vec![slot(&["tu", "th"], "09:00", "12:00", Some("walk_in"))],
        exceptions: vec![FileException { date: "2026-12-24".into(), slots: vec![], note: Text::default() }],
        ..FileSchedule::default()
    });
    let text = save(&draft, &base, today()).expect("a valid edit saves");
    let saved = parse_directory(&text).expect("the saved file is one the app reads");
    assert_eq!(saved.data_version, "2026-12-02.1", "a change raises the data version");
    let s = saved.service("servicestelle-zuwanderung").unwrap();
    assert_eq!(s.phones.last().unwrap().number, "02841 201-999");
    assert_eq!(s.schedule.as_ref().unwrap().slots[0].opens.to_string(), "09:00");
    // Saving what was saved changes nothing, byte for byte.
    let again = read_file(&text).unwrap();
    assert_eq!(save(&again, &again, today()).unwrap(), text);
    // The same edit read back from the file's own form equals the draft's directory.
    let mut expected = draft.clone();
    expected.data_version = "2026-12-02.1".into();
    assert_eq!(wegweiser::domain::validate(expected).unwrap(), saved);
}

#[test]
fn a_broken_edit_cannot_be_saved_and_says_where() {
    let base = file();
    let mut draft = base.clone();
    let s = draft.services.iter_mut().find(|s| s.id == "servicestelle-zuwanderung").unwrap();
    s.schedule = Some(FileSchedule { slots: vec![slot(&["mo"], "12:00", "09:00", None)], ..FileSchedule::default() });
    let issues = save(&draft, &base, today()).unwrap_err();
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0].entry, "services[servicestelle-zuwanderung]");
    assert_eq!(issues[0].field, "schedule.slots[0].closes");
    assert_eq!(problem_text(Lang::De, &issues[0].problem), "Das Ende muss nach dem Beginn liegen.");
    assert_eq!(field_label(Lang::De, &issues[0].field), "Öffnungszeiten › Zeitfenster 1 › bis");
}

#[test]
fn a_new_offer_gets_a_unique_stable_id_and_needs_its_required_fields() {
    let base = file();
    let mut draft = base.clone();
    let org = new_organization(&draft, "Stadt Moers");
    assert_eq!(org.id, "stadt-moers-2", "the id is unique: stadt-moers is taken");
    let first = new_service(&draft, "Beratung für Neuzugewanderte", "stadt-moers", today());
    assert_eq!(first.id, "beratung-fuer-neuzugewanderte");
    draft.services.push(first.clone());
    let second = new_service(&draft, "Beratung für Neuzugewanderte", "stadt-moers", today());
    assert_eq!(second.id, "beratung-fuer-neuzugewanderte-2");
    // Proposing again for the same state gives the same id: stable.
    assert_eq!(new_service(&draft, "Beratung für Neuzugewanderte", "stadt-moers", today()).id, second.id);
    // Without summary, topic and source it cannot be saved …
    let issues = save(&draft, &base, today()).unwrap_err();
    let fields: Vec<&str> = issues.iter().map(|i| i.field.as_str()).collect();
    assert_eq!(fields, ["summary", "categories", "sources"], "{issues:?}");
    // … with them it can, and it is in the saved file.
    let s = draft.services.last_mut().unwrap();
    s.summary = Text::from_pairs(&[("de", "Erste Fragen nach der Ankunft.")]);
    s.categories = vec![base.categories[0].id.clone()];
    s.sources = vec![FileSource { url: "https://www.moers.de/".into(), date: Some("2026-12".into()), kind: None }];
    let saved = parse_directory(&save(&draft, &base, today()).unwrap()).unwrap();
    assert!(saved.service("beratung-fuer-neuzugewanderte").is_some());
    assert!(!edit::is_published(&base, "beratung-fuer-neuzugewanderte"));
    assert!(edit::is_published(&base, "servicestelle-zuwanderung"));
}

#[test]
fn an_ended_offer_stays_in_the_file_with_its_date() {
    let base = file();
    let mut draft = base.clone();
    let s = draft.services.iter_mut().find(|s| s.id == "jobcenter-moers").unwrap();
    mark_ended(s, today(), "Das Angebot gibt es nicht mehr.");
    let saved = parse_directory(&save(&draft, &base, today()).unwrap()).unwrap();
    let s = saved.service("jobcenter-moers").expect("still in the file");
    assert_eq!(s.status.ended_on, Some(today()));
    assert_eq!(s.status.notice.get("de").text, "Das Angebot gibt es nicht mehr.");
}

#[test]
fn the_change_summary_names_entry_field_before_and_after() {
    let base = file();
    let mut draft = base.clone();
    let s = draft.services.iter_mut().find(|s| s.id == "jobcenter-moers").unwrap();
    let old_name = s.name.0["de"].clone();
    s.name.0.insert("de".into(), "Jobcenter Moers (neu)".into());
    draft.services.push(new_service(&draft, "Neues Angebot", "stadt-moers", today()));
    let list = changes(&base, &draft);
    assert_eq!(list.len(), 2, "{list:?}");
    assert_eq!(list[0].entry, "services[jobcenter-moers]");
    assert_eq!((list[0].field.as_str(), list[0].before.as_str()), ("name.de", old_name.as_str()));
    assert_eq!(list[0].after, "Jobcenter Moers (neu)");
    assert_eq!((list[1].entry.as_str(), list[1].field.as_str()), ("services[neues-angebot]", ""));
    assert!(changes(&base, &base).is_empty());
}

#[test]
fn every_validation_problem_has_a_plain_german_and_english_text() {
    let v = || "x".to_string();
    let all = [
        Problem::Missing,
        Problem::MissingGerman,
        Problem::BadLanguage(v()),
        Problem::BadId(v()),
        Problem::Duplicate(v()),
        Problem::Unknown { kind: "organization", id: v() },
        Problem::Unknown { kind: "category", id: v() },
        Problem::Unknown { kind: "target group", id: v() },
        Problem::Unknown { kind: "service", id: v() },
        Problem::BadDate(v()),
        Problem::BadTime(v()),
        Problem::TimesOutOfOrder,
        Problem::PeriodOutOfOrder,
        Problem::BadWeekday(v()),
        Problem::NotOneOf { value: v(), allowed: "a, b" },
        Problem::BadUrl(v()),
        Problem::BadEmail(v()),
        Problem::BadPhone(v()),
        Problem::EndedWithoutDate,
        Problem::EndDateWithoutEnd,
        Problem::BadCoordinates,
    ];
    for problem in &all {
        for lang in [Lang::De, Lang::En] {
            let text = problem_text(lang, problem);
            assert!(text.len() > 10, "{problem:?}: {text}");
            assert!(!text.contains('{') && !text.contains('_'), "{problem:?}: {text}");
            // No JSON field names and no English in the German texts.
            assert!(!text.contains("valid_") && !text.contains("ended_on"), "{text}");
        }
        assert_ne!(problem_text(Lang::De, problem), problem.to_string(), "German, not the English log text");
    }
    assert_eq!(ed(Lang::De, EdMsg::ProblemMissing), "Pflichtangabe: bitte ausfüllen.");
}

#[test]
fn the_command_line_check_names_line_column_and_place() {
    assert!(check_file(Lang::De, BUNDLED).is_empty(), "{:?}", check_file(Lang::De, BUNDLED));
    let broken = BUNDLED.replacen("\"opens\": \"", "\"opens\": \"2", 1);
    let problems = check_file(Lang::De, &broken);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    let line = broken.lines().position(|l| l.contains("\"opens\": \"2")).unwrap() + 1;
    assert_eq!(p.line, Some(line));
    assert!(p.text.contains("Öffnungszeiten › Zeitfenster") && p.text.contains("ist keine Uhrzeit"), "{}", p.text);
    let cut = &BUNDLED[..BUNDLED.len() / 2];
    let problems = check_file(Lang::De, cut);
    assert!(problems[0].line.is_some() && problems[0].text.starts_with("Die Datei ist beschädigt"));
}

#[test]
fn a_german_change_marks_the_translations_and_newcomers_read_german_until_they_are_updated() {
    let base = file();
    let mut draft = base.clone();
    let s = draft.services.iter_mut().find(|s| s.id == "jobcenter-moers").unwrap();
    s.summary.0.insert("de".into(), "Neue Zuständigkeit ab 2027: Bürgergeld und Arbeitsvermittlung.".into());
    german_changed(s);
    assert!(s.needs_update.contains(&"fa".to_string()) && s.needs_update.contains(&"uk".to_string()));
    assert!(!s.needs_update.contains(&"de".to_string()));
    let text = save(&draft, &base, today()).unwrap();
    // Newcomers (the build's per-language files do the same): the Farsi
    // reader gets the German summary, marked as a fallback.
    let newcomers = |text: &str| {
        let mut dir = parse_directory(text).unwrap();
        dir.hide_outdated();
        dir
    };
    let seen = newcomers(&text);
    let summary = seen.service("jobcenter-moers").unwrap().summary.get("fa");
    assert!(summary.fallback && summary.text.starts_with("Neue Zuständigkeit"));
    // The editor keeps the old translations for the translators.
    let kept = parse_directory(&text).unwrap();
    assert!(kept.service("jobcenter-moers").unwrap().summary.exact("fa").is_some());
    // The translation updated: shown again.
    let mut again = read_file(&text).unwrap();
    let s = again.services.iter_mut().find(|s| s.id == "jobcenter-moers").unwrap();
    translation_updated(s, "fa");
    let seen = newcomers(&save(&again, &base, today()).unwrap());
    assert!(!seen.service("jobcenter-moers").unwrap().summary.get("fa").fallback);
    assert!(seen.service("jobcenter-moers").unwrap().summary.get("uk").fallback, "uk still needs its update");
}

#[test]
fn a_minor_edit_leaves_the_translations_current() {
    let base = file();
    let mut draft = base.clone();
    let s = draft.services.iter_mut().find(|s| s.id == "jobcenter-moers").unwrap();
    let fixed = s.summary.0["de"].replace('.', " .").replace(" .", ".");
    s.summary.0.insert("de".into(), format!("{fixed} "));
    // (A minor edit: the editor does not call `german_changed`.)
    let seen = parse_directory(&save(&draft, &base, today()).unwrap()).unwrap();
    let s = seen.service("jobcenter-moers").unwrap();
    assert!(s.needs_update.is_empty());
    assert!(!s.summary.get("fa").fallback && !s.summary.get("uk").fallback);
}
