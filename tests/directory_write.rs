//! The directory writer (src/domain/write.rs): what it writes parses back to
//! the same directory, edits survive the trip, and a broken edit is refused by
//! the same validator the app uses.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

use wegweiser::domain::date::{Date, TimeOfDay};
use wegweiser::domain::{
    parse_directory, write_directory, Directory, DirectoryError, Exception, Mode, Phone, Problem, Schedule, Slot,
    State, Text, Weekday,
};

fn bundled() -> Directory {
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/directory.json")).unwrap();
    parse_directory(&json).expect("the bundled directory")
}

#[test]
fn the_bundled_directory_survives_the_round_trip_unchanged() {
    let dir = bundled();
    let written = write_directory(&dir);
    assert_eq!(parse_directory(&written).expect("what the writer wrote"), dir);
    // Writing is stable: the same directory gives the same bytes.
    assert_eq!(write_directory(&parse_directory(&written).unwrap()), written);
    // German first in every text, then the UI languages in their order.
    let name = written.find("\"name\": {").unwrap();
    assert!(written[name..].trim_start_matches("\"name\": {").trim_start().starts_with("\"de\""));
    assert!(written.ends_with("}\n"));
}

#[test]
fn an_edit_to_an_offer_survives_the_round_trip() {
    let mut dir = bundled();
    let s = dir.services.iter_mut().find(|s| s.id == "servicestelle-zuwanderung").unwrap();
    s.phones.push(Phone { number: "02841 201-123".into(), description: Text::from_pairs(&[("de", "Beratung")]) });
    let time = |t: &str| TimeOfDay::parse(t).unwrap();
    let slot = Slot {
        days: vec![Weekday::Tu, Weekday::Th],
        opens: time("09:00"),
        closes: time("12:30"),
        mode: Some(Mode::WalkIn),
    };
    let closed = Exception {
        date: Date::parse("2026-12-24").unwrap(),
        slots: vec![],
        note: Text::from_pairs(&[("de", "Heiligabend")]),
    };
    s.schedule = Some(Schedule { slots: vec![slot], exceptions: vec![closed], ..Schedule::default() });
    s.status.state = State::Active;
    let back = parse_directory(&write_directory(&dir)).expect("the edited directory");
    assert_eq!(back, dir);
    let s = back.service("servicestelle-zuwanderung").unwrap();
    assert_eq!(s.phones.last().unwrap().number, "02841 201-123");
    assert_eq!(s.schedule.as_ref().unwrap().exceptions[0].date.to_string(), "2026-12-24");
}

#[test]
fn an_offer_marked_ended_keeps_its_entry_and_date() {
    let mut dir = bundled();
    let s = dir.services.iter_mut().find(|s| s.id == "jobcenter-moers").unwrap();
    s.status.state = State::Ended;
    s.status.ended_on = Some(Date::parse("2026-12-31").unwrap());
    let back = parse_directory(&write_directory(&dir)).unwrap();
    let s = back.service("jobcenter-moers").expect("still in the file");
    assert_eq!((s.status.state, s.status.ended_on.map(|d| d.to_string())), (State::Ended, Some("2026-12-31".into())));
}

#[test]
fn a_broken_edit_is_refused_by_the_apps_own_validator() {
    let mut dir = bundled();
    let s = dir.services.iter_mut().find(|s| s.id == "servicestelle-zuwanderung").unwrap();
    let time = |t: &str| TimeOfDay::parse(t).unwrap();
    s.schedule = Some(Schedule {
        slots: vec![Slot { days: vec![Weekday::Mo], opens: time("14:00"), closes: time("09:00"), mode: None }],
        ..Schedule::default()
    });
    match parse_directory(&write_directory(&dir)) {
        Err(DirectoryError::Invalid(issues)) => {
            assert!(
                issues.iter().any(|i| i.entry == "services[servicestelle-zuwanderung]"
                    && i.field.contains("slots[0]")
                    && i.problem == Problem::TimesOutOfOrder),
                "{issues:?}"
            );
        }
        other => panic!("expected the closing time before the opening time to be refused, got {other:?}"),
    }
}
