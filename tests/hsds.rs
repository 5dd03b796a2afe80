//! HSDS 3.0 exchange (src/hsds.rs): ids that never change, the round trip
//! our directory → HSDS → our directory, and what a list from another
//! system (no extension) keeps. The schema validation of the export runs in
//! `make test` with ajv (tests/hsds/validate.mjs).

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

use serde_json::Value;
use wegweiser::domain::file::FileDirectory;
use wegweiser::domain::{read_file, validate};
use wegweiser::hsds::{self, export, import, uuid, EXTENSION};

const BUNDLED: &str = include_str!("../public/directory.json");

fn file() -> FileDirectory {
    read_file(BUNDLED).expect("the bundled directory reads")
}

fn strip_extensions(value: &mut Value) {
    match value {
        Value::Object(o) => {
            o.remove(EXTENSION);
            o.values_mut().for_each(strip_extensions);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_extensions),
        _ => {}
    }
}

fn ids(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(o) => {
            if let Some(Value::String(id)) = o.get("id") {
                out.push(id.clone());
            }
            o.iter().filter(|(k, _)| *k != EXTENSION).for_each(|(_, v)| ids(v, out));
        }
        Value::Array(a) => a.iter().for_each(|v| ids(v, out)),
        _ => {}
    }
}

#[test]
fn ids_are_uuid_v5_of_our_slugs_and_never_change() {
    // Pinned: a change of namespace or naming would give every consumer new entries.
    // (Python agrees: uuid.uuid5(UUID("5c1e0d2a-7b3f-4e6a-9d10-8a4b2f6ce901"), "Moers/service/jobcenter-moers").)
    assert_eq!(uuid("Moers", "service", "jobcenter-moers"), "24d9acb9-2a21-57a9-b4cd-10cc33f774b3");
    let id = uuid("Moers", "service", "jobcenter-moers");
    assert_eq!(id.len(), 36);
    assert_eq!(&id[14..15], "5", "version 5");
    assert_ne!(id, uuid("Musterstadt", "service", "jobcenter-moers"), "towns never collide");
    assert_ne!(id, uuid("Moers", "organization", "jobcenter-moers"));
    let a = export(&file());
    let b = export(&file());
    assert_eq!(a, b, "the same file gives the same export");
    let mut all = Vec::new();
    ids(&a, &mut all);
    // Organizations, taxonomy terms are embedded once per service; everything else is unique.
    let services = a["contents"].as_array().unwrap();
    let shared: Vec<String> = services
        .iter()
        .flat_map(|s| {
            let mut v = vec![s["organization"]["id"].as_str().unwrap().to_string()];
            for attr in s["attributes"].as_array().into_iter().flatten() {
                v.push(attr["taxonomy_term"]["id"].as_str().unwrap().to_string());
            }
            v
        })
        .collect();
    let mut unique: Vec<&String> = all.iter().filter(|id| !shared.contains(id)).collect();
    let count = unique.len();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), count, "no id twice");
}

#[test]
fn our_directory_to_hsds_and_back_is_the_same_directory() {
    let ours = file();
    let exported = export(&ours);
    assert_eq!(exported["total_items"], ours.services.len());
    let back = import(&exported, &ours);
    assert_eq!(back.notes, vec![], "nothing unmapped from our own export");
    // Entry by entry first, so that a failure names the entry.
    assert_eq!(back.file.organizations, ours.organizations);
    for (a, b) in ours.services.iter().zip(&back.file.services) {
        assert_eq!(a, b, "{}", a.id);
    }
    assert_eq!(back.file, ours);
    validate(back.file).expect("valid");
}

#[test]
fn the_mapping_follows_hsds_enums_and_required_fields() {
    let ours = file();
    let exported = export(&ours);
    let services = exported["contents"].as_array().unwrap();
    for (s, h) in ours.services.iter().zip(services) {
        let expected = match s.status.state.as_str() {
            "temporarily_closed" => "temporarily closed",
            "ended" => "defunct",
            _ => "active",
        };
        assert_eq!(h["status"], expected, "{}", s.id);
        if s.status.state == "unconfirmed" {
            assert!(h["alert"].as_str().unwrap().starts_with("Nicht bestätigt"), "{}", s.id);
        }
        if s.status.state == "ended" {
            let on = s.status.ended_on.clone().unwrap();
            assert!(h["alert"].as_str().unwrap().contains(&format!("Beendet am {on}")), "{}", s.id);
        }
        assert!(!h["organization"]["description"].as_str().unwrap().is_empty(), "required by HSDS");
        for sal in h["service_at_locations"].as_array().into_iter().flatten() {
            let address = &sal["location"]["addresses"][0];
            assert_eq!(address["state_province"], "Nordrhein-Westfalen");
            assert_eq!(address["country"], "DE");
        }
        if let Some(schedule) = &s.schedule {
            let hs = h["schedules"].as_array().map(Vec::len).unwrap_or(0);
            assert_eq!(hs, schedule.slots.len(), "one HSDS schedule per slot: {}", s.id);
            for (slot, hsched) in schedule.slots.iter().zip(h["schedules"].as_array().into_iter().flatten()) {
                assert_eq!(hsched["freq"], "WEEKLY");
                assert_eq!(hsched["opens_at"], slot.opens.as_str());
                assert_eq!(hsched["byday"].as_str().unwrap().split(',').count(), slot.days.len());
            }
            if !schedule.open_on_holidays && !schedule.slots.is_empty() {
                assert!(h["schedules"][0]["notes"].as_str().unwrap().contains("Feiertagen (NRW) geschlossen"));
            }
        }
        assert_eq!(h[EXTENSION]["id"], s.id.as_str(), "our slug travels in the extension");
    }
    let ended = services.iter().filter(|h| h["status"] == "defunct").count();
    assert!(ended >= 1, "the AWO services ended on 31.12.2025 are in the export as defunct");
}

#[test]
fn a_list_from_another_system_keeps_every_field_hsds_carries_and_reports_the_rest() {
    let ours = file();
    let mut exported = export(&ours);
    strip_extensions(&mut exported);
    // Another system's extras and shapes we cannot take.
    let at = ours.services.iter().position(|s| s.schedule.as_ref().is_some_and(|h| !h.slots.is_empty())).unwrap();
    let first = &mut exported["contents"][at];
    first["eligibility_description"] = "Ab 18 Jahren".into();
    first["schedules"].as_array_mut().unwrap().push(serde_json::json!({ "id": uuid("x", "schedule", "m"), "freq": "MONTHLY", "byday": "1SA", "opens_at": "10:00", "closes_at": "12:00" }));
    let back = import(&exported, &ours);
    let notes_of =
        |name: &str| back.notes.iter().filter(|n| n.entry == name).map(|n| n.message.clone()).collect::<Vec<_>>();
    let first_name = ours.services[at].name.0["de"].clone();
    assert!(notes_of(&first_name).iter().any(|m| m.contains("eligibility_description")), "{:?}", notes_of(&first_name));
    assert!(notes_of(&first_name).iter().any(|m| m.contains("MONTHLY")));
    assert_eq!(back.file.services.len(), ours.services.len());
    for (s, t) in ours.services.iter().zip(&back.file.services) {
        let id = &s.id;
        assert_eq!(id, &t.id, "recognised by its UUID");
        assert_eq!(s.name.0["de"], t.name.0["de"], "{id}");
        assert_eq!(t.name.0.len(), 1, "{id}: German only, the other languages are in the extension");
        // Summary and description came as one text; together they are the same.
        let join = |x: &wegweiser::domain::file::FileService| {
            [x.summary.0.get("de"), x.description.0.get("de")]
                .into_iter()
                .flatten()
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            join(s).split_whitespace().collect::<Vec<_>>(),
            join(t).split_whitespace().collect::<Vec<_>>(),
            "{id}"
        );
        assert_eq!(s.website, t.website, "{id}");
        assert_eq!(s.emails.first(), t.emails.first(), "{id}");
        assert_eq!(s.assured_date, t.assured_date, "{id}");
        assert_eq!(s.languages, t.languages, "{id}");
        assert_eq!(s.categories, t.categories, "{id}: topics from the attributes");
        assert_eq!(s.target_groups, t.target_groups, "{id}");
        let numbers = |x: &wegweiser::domain::file::FileService| {
            x.phones.iter().map(|p| (p.number.clone(), p.description.0.get("de").cloned())).collect::<Vec<_>>()
        };
        assert_eq!(numbers(s), numbers(t), "{id}");
        assert_eq!(s.locations.len(), t.locations.len(), "{id}");
        for (a, b) in s.locations.iter().zip(&t.locations) {
            assert_eq!(a.address, b.address, "{id}");
            assert_eq!((a.latitude, a.longitude), (b.latitude, b.longitude), "{id}");
            assert_eq!(a.name.0.get("de"), b.name.0.get("de"), "{id}");
            assert_eq!(a.transportation.0.get("de"), b.transportation.0.get("de"), "{id}");
        }
        let slots = |x: &wegweiser::domain::file::FileService| {
            x.schedule
                .as_ref()
                .map(|h| {
                    h.slots.iter().map(|s| (s.days.clone(), s.opens.clone(), s.closes.clone())).collect::<Vec<_>>()
                })
                .unwrap_or_default()
        };
        assert_eq!(slots(s), slots(t), "{id}");
        let valid = |x: &wegweiser::domain::file::FileService| {
            x.schedule.as_ref().filter(|h| !h.slots.is_empty()).map(|h| (h.valid_from.clone(), h.valid_to.clone()))
        };
        assert_eq!(valid(s), valid(t), "{id}");
        let state = match s.status.state.as_str() {
            "unconfirmed" => "active", // HSDS has no "unconfirmed"
            other => other,
        };
        assert_eq!(state, t.status.state, "{id}");
        let org = back.file.organizations.iter().find(|o| o.id == t.organization_id).unwrap();
        assert_eq!(org.name, ours.organizations.iter().find(|o| o.id == s.organization_id).unwrap().name, "{id}");
    }
    // No sources in HSDS: each offer asks for one.
    assert!(back.notes.iter().filter(|n| n.message.starts_with("Keine Quelle")).count() == ours.services.len());
    let ended_without_date = back.notes.iter().filter(|n| n.message.contains("ohne Datum")).count();
    assert_eq!(ended_without_date, ours.services.iter().filter(|s| s.status.state == "ended").count());
}

#[test]
fn status_words_map_both_ways() {
    assert_eq!(hsds::status("temporarily_closed"), "temporarily closed");
    assert_eq!(hsds::status("ended"), "defunct");
    assert_eq!(hsds::status("unconfirmed"), "active");
    let ours = file();
    let mut one = export(&ours)["contents"][0].clone();
    strip_extensions(&mut one);
    one["status"] = "inactive".into();
    let back = import(&one, &ours);
    assert_eq!(back.file.services[0].status.state, "temporarily_closed");
    assert!(back.notes.iter().any(|n| n.message.contains("inactive")));
}
