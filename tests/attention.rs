//! The editor's "Zu prüfen" list (src/domain/attention.rs): one offer per
//! rule on a fixture directory, with the clock fixed in the test.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use wegweiser::domain::attention::{counts, mark_checked, needs_attention, reasons, Reason};
use wegweiser::domain::date::{Date, PartialDate};
use wegweiser::domain::edit::changes;
use wegweiser::domain::file::{
    FileDirectory, FileLocation, FilePhone, FileSchedule, FileService, FileSlot, FileSource,
};
use wegweiser::domain::{read_file, Address, Text};

fn today() -> Date {
    Date::parse("2026-12-02").unwrap()
}

/// An offer that needs nothing: checked this year, a recent source, phone, address and hours.
fn clean(id: &str) -> FileService {
    FileService {
        id: id.into(),
        organization_id: "stadt-moers".into(),
        name: Text::from_pairs(&[("de", id)]),
        assured_date: "2026-06-01".into(),
        sources: vec![FileSource { url: "https://www.moers.de/".into(), date: Some("2026-05".into()), kind: None }],
        phones: vec![FilePhone { number: "02841 201-0".into(), description: Text::default() }],
        locations: vec![FileLocation {
            address: Address { street: "Rathausplatz 1".into(), city: "Moers".into(), ..Address::default() },
            ..FileLocation::default()
        }],
        schedule: Some(FileSchedule {
            slots: vec![FileSlot {
                days: vec!["mo".into()],
                opens: "09:00".into(),
                closes: "12:00".into(),
                mode: None,
            }],
            ..FileSchedule::default()
        }),
        status: wegweiser::domain::file::FileStatus { state: "active".into(), ..Default::default() },
        ..FileService::default()
    }
}

fn fixture() -> FileDirectory {
    let mut services = vec![clean("in-ordnung")];
    let mut case = |id: &str, change: fn(&mut FileService)| {
        let mut s = clean(id);
        change(&mut s);
        services.push(s);
    };
    case("nicht-geprueft", |s| s.assured_date = "2025-11-30".into());
    case("zeiten-abgelaufen", |s| s.schedule.as_mut().unwrap().valid_to = Some("2026-11-30".into()));
    case("unbestaetigt", |s| s.status.state = "unconfirmed".into());
    case("ohne-quelle", |s| s.sources.clear());
    case("alte-quelle", |s| s.sources[0].date = Some("2023".into()));
    case("ohne-telefon", |s| s.phones.clear());
    case("ohne-adresse", |s| s.locations.clear());
    case("ohne-zeiten", |s| s.schedule = None);
    case("maschinell", |s| s.machine_translated = vec!["ar".into(), "uk".into()]);
    case("veraltete-uebersetzung", |s| s.needs_update = vec!["uk".into()]);
    case("beendet", |s| {
        s.status.state = "ended".into();
        s.assured_date = "2020-01-01".into();
        s.phones.clear();
    });
    FileDirectory { services, ..FileDirectory::default() }
}

#[test]
fn one_offer_per_rule_and_nothing_for_a_clean_or_ended_one() {
    let dir = fixture();
    let list = needs_attention(&dir, today());
    let by_offer: Vec<(&str, &str)> =
        list.iter().map(|a| (dir.services[a.index].id.as_str(), a.reason.kind())).collect();
    assert_eq!(
        by_offer,
        [
            ("nicht-geprueft", "not_checked"),
            ("zeiten-abgelaufen", "hours_expired"),
            ("unbestaetigt", "unconfirmed"),
            ("ohne-quelle", "no_source"),
            ("alte-quelle", "old_sources"),
            ("ohne-telefon", "no_phone"),
            ("ohne-adresse", "no_address"),
            ("ohne-zeiten", "no_hours"),
            ("maschinell", "not_reviewed"),
            ("veraltete-uebersetzung", "needs_update"),
        ]
    );
    assert!(counts(&list).iter().all(|(_, n)| *n == 1), "{:?}", counts(&list));
    // The details each line shows.
    assert_eq!(list[0].reason, Reason::NotChecked { days: Some(367) });
    assert_eq!(list[1].reason, Reason::HoursExpired { valid_to: Date::parse("2026-11-30").unwrap() });
    assert_eq!(list[4].reason, Reason::OldSources { newest: PartialDate::Year(2023) });
    assert_eq!(list[8].reason, Reason::NotReviewed { languages: vec!["ar".into(), "uk".into()] });
    assert_eq!(list[9].reason, Reason::TranslationsOutdated { languages: vec!["uk".into()] });
    assert_eq!(list[0].reason.field(), "assured_date");
}

#[test]
fn the_limits_are_a_year_and_two_years_to_the_day() {
    let mut s = clean("grenze");
    s.assured_date = "2025-12-02".into(); // 365 days: still fine
    s.sources[0].date = Some("2024-12".into()); // at most 2024-12-31: within two years
    assert!(reasons(&s, today()).is_empty(), "{:?}", reasons(&s, today()));
    s.assured_date = "2025-12-01".into();
    s.sources[0].date = Some("2024-11-30".into());
    let kinds: Vec<&str> = reasons(&s, today()).iter().map(Reason::kind).collect();
    assert_eq!(kinds, ["not_checked", "old_sources"]);
}

#[test]
fn checked_today_changes_only_the_check_date_and_who_checked() {
    let base = read_file(include_str!("../public/directory.json")).unwrap();
    let mut draft = base.clone();
    let s = draft.services.iter_mut().find(|s| s.id == "jobcenter-moers").unwrap();
    mark_checked(s, today(), "Servicestelle Zuwanderung");
    let fields: Vec<String> = changes(&base, &draft).into_iter().map(|c| format!("{}.{}", c.entry, c.field)).collect();
    assert_eq!(fields, ["services[jobcenter-moers].assured_date", "services[jobcenter-moers].assured_by"]);
    assert!(reasons(draft.services.iter().find(|s| s.id == "jobcenter-moers").unwrap(), today())
        .iter()
        .all(|r| r.kind() != "not_checked"));
}

#[test]
fn the_bundled_directory_has_its_list() {
    let dir = read_file(include_str!("../public/directory.json")).unwrap();
    let list = needs_attention(&dir, today());
    // The research left many offers without hours or phone (README "The directory").
    let count = |kind: &str| counts(&list).into_iter().find(|(k, _)| *k == kind).unwrap().1;
    assert!(count("no_hours") > 10 && count("no_phone") > 5, "{:?}", counts(&list));
    assert!(list.iter().all(|a| dir.services[a.index].status.state != "ended"));
}

#[test]
fn the_provider_sheet_holds_the_data_and_what_is_missing_and_the_answer_counts_as_a_check() {
    use wegweiser::domain::attention::record_confirmation;
    use wegweiser::i18n::editor::provider_sheet;
    use wegweiser::i18n::Lang;
    let mut dir = fixture();
    let i = dir.services.iter().position(|s| s.id == "ohne-zeiten").unwrap();
    let sheet = provider_sheet(Lang::De, &dir, i, today()).unwrap();
    let fact = |label: &str| sheet.facts.iter().find(|(k, _)| k == label).map(|(_, v)| v.clone());
    assert_eq!(fact("Telefon").as_deref(), Some("02841 201-0"));
    assert_eq!(fact("Adresse").as_deref(), Some("Rathausplatz 1, Moers"));
    assert_eq!(sheet.missing, ["Öffnungszeiten", "E-Mail", "Website"]);
    // The answer: a source of kind "provider confirmation", and a check on its date.
    let answered = Date::parse("2026-11-20").unwrap();
    record_confirmation(&mut dir.services[i], answered, "https://www.moers.de/", "Servicestelle Zuwanderung");
    let s = &dir.services[i];
    assert_eq!(s.sources.last().unwrap().kind.as_deref(), Some("provider_confirmation"));
    assert_eq!(s.assured_date, "2026-11-20");
    assert!(reasons(s, today()).iter().all(|r| r.kind() != "not_checked"));
}
