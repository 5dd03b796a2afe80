//! The bundled Moers directory validates and says what it must; each kind of
//! defect in a directory file gives its own, precise error.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use wegweiser::domain::date::Date;
use wegweiser::domain::{parse_directory, DirectoryError, Problem, State};

const BUNDLED: &str = include_str!("../public/directory.json");

fn bundled() -> wegweiser::domain::Directory {
    match parse_directory(BUNDLED) {
        Ok(d) => d,
        Err(e) => panic!("bundled directory is invalid:\n{e}"),
    }
}

#[test]
fn bundled_directory_validates() {
    let dir = bundled();
    assert_eq!(dir.municipality.name, "Moers");
    assert!(dir.services.len() >= 35, "only {} services", dir.services.len());
    assert!(dir.categories.len() >= 6);
}

#[test]
fn servicestelle_is_the_first_stop_and_the_first_entry() {
    let dir = bundled();
    assert_eq!(dir.first_stop, "servicestelle-zuwanderung");
    assert_eq!(dir.services[0].id, "servicestelle-zuwanderung");
    let s = dir.first_stop().expect("first stop exists");
    assert_eq!(s.status.state, State::Active);
    assert!(s.name.exact("de").unwrap().contains("Servicestelle Zuwanderung"));
}

#[test]
fn every_awo_migration_service_is_ended_on_31_12_2025() {
    let dir = bundled();
    let awo: Vec<_> = dir.services.iter().filter(|s| s.organization_id == "awo-kreisverband-wesel").collect();
    assert!(awo.len() >= 4);
    for s in awo {
        assert_eq!(s.status.state, State::Ended, "{}", s.id);
        assert_eq!(s.status.ended_on, Date::new(2025, 12, 31), "{}", s.id);
        assert!(s.status.notice.exact("de").is_some(), "{} has no notice", s.id);
    }
}

#[test]
fn every_service_has_sources_check_date_and_german_and_english_texts() {
    let dir = bundled();
    for s in &dir.services {
        assert!(!s.sources.is_empty(), "{}", s.id);
        assert!(s.assured_date <= Date::new(2026, 11, 24).unwrap(), "{} checked in the future", s.id);
        for lang in ["de", "en"] {
            assert!(s.name.exact(lang).is_some(), "{} name {lang}", s.id);
            assert!(s.summary.exact(lang).is_some(), "{} summary {lang}", s.id);
        }
        // The research found no coordinates for any place: none may be invented.
        assert!(s.locations.iter().all(|l| l.latitude.is_none()), "{} has coordinates", s.id);
    }
}

#[test]
fn nationwide_hotlines_and_emergency_numbers_are_there() {
    let dir = bundled();
    let numbers: Vec<&str> = dir.emergency.iter().map(|e| e.number.as_str()).collect();
    assert!(numbers.contains(&"110") && numbers.contains(&"112"), "{numbers:?}");
    let helplines = dir.services_in("helplines");
    for number in ["116 016", "0800 111 0 111", "116 111", "0800 40 40 020", "+49 911 943-0", "115"] {
        assert!(helplines.iter().any(|s| s.phones.iter().any(|p| p.number == number)), "no helpline with {number}");
    }
}

#[test]
fn category_counts_add_up_and_ended_offers_sort_last() {
    let dir = bundled();
    for (cat, count) in dir.category_counts() {
        let list = dir.services_in(&cat.id);
        assert_eq!(list.len(), count);
        assert!(count > 0, "empty category {}", cat.id);
        let first_ended = list.iter().position(|s| !s.is_current()).unwrap_or(list.len());
        assert!(list[first_ended..].iter().all(|s| !s.is_current()), "{}", cat.id);
    }
}

// ---------------------------------------------------------------------------
// Malformed files: each defect yields its own error.

/// The bundled file with one textual replacement (which must apply).
fn variant(from: &str, to: &str) -> String {
    assert!(BUNDLED.contains(from), "fixture text not found: {from}");
    BUNDLED.replacen(from, to, 1)
}

fn issues(json: &str) -> Vec<wegweiser::domain::Issue> {
    match parse_directory(json) {
        Err(DirectoryError::Invalid(issues)) => issues,
        other => panic!("expected validation issues, got {other:?}"),
    }
}

fn single_issue(json: &str) -> (String, String, Problem) {
    let found = issues(json);
    assert_eq!(found.len(), 1, "{found:?}");
    let i = found.into_iter().next().unwrap();
    (i.entry, i.field, i.problem)
}

#[test]
fn not_json_is_a_syntax_error_with_position() {
    let truncated = &BUNDLED[..BUNDLED.len() / 2];
    match parse_directory(truncated) {
        Err(DirectoryError::Syntax { line, .. }) => assert!(line > 1),
        other => panic!("{other:?}"),
    }
    assert!(matches!(parse_directory(""), Err(DirectoryError::Syntax { .. })));
}

#[test]
fn other_json_and_newer_versions_are_refused() {
    assert_eq!(parse_directory("{\"hello\": 1}"), Err(DirectoryError::NotADirectory));
    assert_eq!(
        parse_directory(&variant("\"format_version\": 1", "\"format_version\": 99")),
        Err(DirectoryError::UnsupportedVersion { found: 99, supported: 1 })
    );
}

#[test]
fn unknown_and_missing_fields_are_syntax_errors() {
    let typo = variant("\"summary\":", "\"sumary\":");
    match parse_directory(&typo) {
        Err(DirectoryError::Syntax { message, .. }) => assert!(message.contains("sumary"), "{message}"),
        other => panic!("{other:?}"),
    }
    let no_sources = variant("\"assured_date\": \"2026-11-24\",", "");
    assert!(matches!(parse_directory(&no_sources), Err(DirectoryError::Syntax { .. })));
}

#[test]
fn missing_german_text_names_offer_and_field() {
    let json = variant("\"name\": {\n        \"de\": \"Servicestelle Zuwanderung\",", "\"name\": {");
    assert_eq!(
        single_issue(&json),
        ("services[servicestelle-zuwanderung]".into(), "name".into(), Problem::MissingGerman)
    );
}

#[test]
fn duplicate_and_malformed_ids() {
    let dup = variant("\"id\": \"buergerservice-moers\"", "\"id\": \"servicestelle-zuwanderung\"");
    let found = issues(&dup);
    assert!(found.iter().any(|i| i.problem == Problem::Duplicate("servicestelle-zuwanderung".into())), "{found:?}");
    let bad = variant("\"id\": \"buergerservice-moers\"", "\"id\": \"Bürgerservice\"");
    assert!(issues(&bad).iter().any(|i| i.problem == Problem::BadId("Bürgerservice".into())));
}

#[test]
fn unknown_references() {
    let cat = variant("\"categories\": [ \"first-steps\" ],", "\"categories\": [ \"nowhere\" ],");
    assert_eq!(single_issue(&cat).2, Problem::Unknown { kind: "category", id: "nowhere".into() });
    let org = variant("\"organization_id\": \"stadt-moers\",", "\"organization_id\": \"stadt-xyz\",");
    assert_eq!(
        single_issue(&org),
        (
            "services[servicestelle-zuwanderung]".into(),
            "organization_id".into(),
            Problem::Unknown { kind: "organization", id: "stadt-xyz".into() }
        )
    );
    let first = variant("\"first_stop\": \"servicestelle-zuwanderung\"", "\"first_stop\": \"gone\"");
    assert_eq!(single_issue(&first).1, "first_stop");
}

#[test]
fn bad_dates_times_and_schedule_rules() {
    let date = variant("\"assured_date\": \"2026-11-24\"", "\"assured_date\": \"2026-02-30\"");
    assert_eq!(single_issue(&date).2, Problem::BadDate("2026-02-30".into()));

    let time = variant("\"opens\": \"08:00\", \"closes\": \"15:30\"", "\"opens\": \"08:00\", \"closes\": \"25:30\"");
    let (entry, field, problem) = single_issue(&time);
    assert_eq!((entry.as_str(), field.as_str()), ("services[jobcenter-moers]", "schedule.slots[0].closes"));
    assert_eq!(problem, Problem::BadTime("25:30".into()));

    let order = variant("\"opens\": \"08:00\", \"closes\": \"15:30\"", "\"opens\": \"16:00\", \"closes\": \"15:30\"");
    assert_eq!(single_issue(&order).2, Problem::TimesOutOfOrder);

    let day = variant("\"days\": [ \"fr\" ]", "\"days\": [ \"friday\" ]");
    assert_eq!(single_issue(&day).2, Problem::BadWeekday("friday".into()));

    let mode = variant("\"mode\": \"phone\"", "\"mode\": \"fax\"");
    assert!(matches!(single_issue(&mode).2, Problem::NotOneOf { .. }));
}

#[test]
fn status_rules() {
    let no_date = variant("\"state\": \"ended\",\n        \"ended_on\": \"2025-12-31\",", "\"state\": \"ended\",");
    assert_eq!(single_issue(&no_date).2, Problem::EndedWithoutDate);
    let active_with_date = variant(
        "\"status\": { \"state\": \"active\" },",
        "\"status\": { \"state\": \"active\", \"ended_on\": \"2025-01-01\" },",
    );
    assert_eq!(single_issue(&active_with_date).2, Problem::EndDateWithoutEnd);
    let unknown = variant("\"status\": { \"state\": \"active\" },", "\"status\": { \"state\": \"open\" },");
    assert!(matches!(single_issue(&unknown).2, Problem::NotOneOf { .. }));
}

#[test]
fn bad_contact_channels_and_languages() {
    let email = variant("\"buergerservice@moers.de\"", "\"buergerservice(at)moers.de\"");
    assert_eq!(single_issue(&email).2, Problem::BadEmail("buergerservice(at)moers.de".into()));
    let phone = variant("\"number\": \"02841 201-666\"", "\"number\": \"call the town hall\"");
    assert_eq!(single_issue(&phone).2, Problem::BadPhone("call the town hall".into()));
    let url = variant("\"website\": \"https://www.vhs-moers.de\",", "\"website\": \"www.vhs-moers.de\",");
    assert_eq!(single_issue(&url).2, Problem::BadUrl("www.vhs-moers.de".into()));
    let lang = variant("\"languages\": [ \"uk\", \"ru\" ]", "\"languages\": [ \"uk\", \"Russian\" ]");
    assert_eq!(single_issue(&lang).2, Problem::BadLanguage("Russian".into()));
    let source = variant("{ \"url\": \"https://www.kreis-wesel.de/ki\" }", "{ \"url\": \"kreis-wesel\" }");
    let found = issues(&source);
    assert!(found.iter().all(|i| matches!(i.problem, Problem::BadUrl(_))), "{found:?}");
}

#[test]
fn all_problems_of_a_file_are_reported_together() {
    let json = variant("\"assured_date\": \"2026-11-24\"", "\"assured_date\": \"yesterday\"").replacen(
        "\"buergerservice@moers.de\"",
        "\"nope\"",
        1,
    );
    assert_eq!(issues(&json).len(), 2);
}

#[test]
fn error_messages_name_place_and_rule() {
    let json = variant("\"days\": [ \"fr\" ]", "\"days\": [ \"friday\" ]");
    let text = parse_directory(&json).unwrap_err().to_string();
    assert!(text.contains("services[jobcenter-moers].schedule.slots[1].days"), "{text}");
    assert!(text.contains("friday"), "{text}");
}
