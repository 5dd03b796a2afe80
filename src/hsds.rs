//! Open Referral HSDS 3.0 exchange: our directory as a list of HSDS
//! services (each with its organization, locations, schedules, phones and
//! languages), and an HSDS service list read back into our format.
//!
//! - Ids are UUID v5 of our slugs in [`NAMESPACE`] (`"<town>/<kind>/<slug>"`),
//!   so an id never changes between exports and two towns never collide.
//! - HSDS carries German: `name`, `description` and the other plain strings
//!   are the German texts. What HSDS has no field for (the summary, the
//!   other languages, categories, target groups, cost, date exceptions, the
//!   holiday rule, sources, …) travels in one extension property per object,
//!   `x_wegweiser`: the entry exactly as our directory file holds it. HSDS
//!   allows extension properties and its schemas accept them.
//! - Reading back, the standard fields win for what they carry (a tool may
//!   have changed a phone or an address), the extension supplies the rest;
//!   without it (data from another system) the report names what could not
//!   be mapped.
//!
//! Times are local wall-clock times in Europe/Berlin: HSDS' numeric
//! `timezone` cannot express daylight saving time, so it is left out.

use serde_json::{json, Map, Value};
use uuid::Uuid;

use crate::domain::edit::propose_id;
use crate::domain::file::{
    FileDirectory, FileLocation, FileOrganization, FileSchedule, FileService, FileSlot, FileStatus,
};
use crate::domain::{Address, Text, SOURCE_LANGUAGE};

/// The namespace of every id we derive (a fixed, random UUID; README "HSDS").
pub const NAMESPACE: Uuid = Uuid::from_u128(0x5c1e_0d2a_7b3f_4e6a_9d10_8a4b_2f6c_e901);

/// The extension property that carries our own record.
pub const EXTENSION: &str = "x_wegweiser";

/// The HSDS id of an entry: `kind` (`service`, `organization`, `location`, …)
/// and a name unique within the town.
pub fn uuid(town: &str, kind: &str, name: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{town}/{kind}/{name}").as_bytes()).to_string()
}

fn german(text: &Text) -> String {
    text.0.get(SOURCE_LANGUAGE).map(|t| t.trim().to_string()).unwrap_or_default()
}

/// Puts `value` into `object` unless it is empty (HSDS: leave out what has no value).
fn put(object: &mut Map<String, Value>, key: &str, value: impl Into<Value>) {
    let value = value.into();
    let empty = match &value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    };
    if !empty {
        object.insert(key.to_string(), value);
    }
}

/// Our status as HSDS' enum: `ended` → `defunct`; `unconfirmed` has no
/// equivalent and is exported `active` with an alert saying so.
pub fn status(state: &str) -> &'static str {
    match state {
        "temporarily_closed" => "temporarily closed",
        "ended" => "defunct",
        _ => "active",
    }
}

const WEEKDAYS: [(&str, &str); 7] =
    [("mo", "MO"), ("tu", "TU"), ("we", "WE"), ("th", "TH"), ("fr", "FR"), ("sa", "SA"), ("su", "SU")];

fn attending(mode: Option<&str>) -> Option<&'static str> {
    match mode? {
        "walk_in" => Some("in person, walk-in (offene Sprechstunde)"),
        "appointment" => Some("in person, by appointment (nach Termin)"),
        "phone" => Some("by phone (telefonisch)"),
        _ => None,
    }
}

fn organization(town: &str, o: &FileOrganization) -> Value {
    let mut out = Map::new();
    out.insert("id".into(), uuid(town, "organization", &o.id).into());
    out.insert("name".into(), o.name.clone().into());
    // Required by HSDS; where we have none, the name stands for it.
    let description = german(&o.description);
    out.insert("description".into(), if description.is_empty() { o.name.clone() } else { description }.into());
    put(&mut out, "website", o.website.clone());
    out.insert(EXTENSION.into(), serde_json::to_value(o).unwrap_or(Value::Null));
    Value::Object(out)
}

/// The alert: what newcomers must know before going (the status, the
/// status notice, date exceptions and the holiday rule).
fn alert(s: &FileService) -> String {
    let mut parts = Vec::new();
    match s.status.state.as_str() {
        "unconfirmed" => parts.push("Nicht bestätigt: ob das Angebot noch besteht, ist nicht geprüft.".to_string()),
        "ended" => parts.push(format!("Beendet am {}.", s.status.ended_on.clone().unwrap_or_default())),
        _ => {}
    }
    parts.push(german(&s.status.notice));
    if let Some(schedule) = &s.schedule {
        for e in &schedule.exceptions {
            let hours = if e.slots.is_empty() {
                "geschlossen".to_string()
            } else {
                e.slots.iter().map(|slot| format!("{}–{}", slot.opens, slot.closes)).collect::<Vec<_>>().join(", ")
            };
            let note = german(&e.note);
            parts.push(if note.is_empty() {
                format!("{}: {hours}.", e.date)
            } else {
                format!("{}: {hours} ({note}).", e.date)
            });
        }
    }
    parts.retain(|p| !p.trim().is_empty());
    parts.join(" ")
}

fn schedules(town: &str, s: &FileService) -> Vec<Value> {
    let Some(schedule) = &s.schedule else { return Vec::new() };
    let holidays = if schedule.open_on_holidays {
        "Auch an gesetzlichen Feiertagen (NRW) geöffnet."
    } else {
        "An gesetzlichen Feiertagen (NRW) geschlossen."
    };
    let notes = [german(&schedule.note), holidays.to_string(), "Ortszeit Europe/Berlin.".into()]
        .into_iter()
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    schedule
        .slots
        .iter()
        .enumerate()
        .map(|(i, slot)| {
            let mut out = Map::new();
            out.insert("id".into(), uuid(town, "schedule", &format!("{}/{i}", s.id)).into());
            out.insert("freq".into(), "WEEKLY".into());
            out.insert("wkst".into(), "MO".into());
            let days: Vec<&str> =
                slot.days.iter().filter_map(|d| WEEKDAYS.iter().find(|(ours, _)| ours == d).map(|(_, h)| *h)).collect();
            put(&mut out, "byday", days.join(","));
            put(&mut out, "opens_at", slot.opens.clone());
            put(&mut out, "closes_at", slot.closes.clone());
            put(&mut out, "valid_from", schedule.valid_from.clone());
            put(&mut out, "valid_to", schedule.valid_to.clone());
            put(&mut out, "attending_type", attending(slot.mode.as_deref()));
            put(&mut out, "notes", notes.clone());
            Value::Object(out)
        })
        .collect()
}

fn location(town: &str, s: &FileService, i: usize, l: &FileLocation, state: &str, country: &str) -> Value {
    let key = format!("{}/{i}", s.id);
    let mut address = Map::new();
    address.insert("id".into(), uuid(town, "address", &key).into());
    address.insert("address_1".into(), l.address.street.clone().into());
    put(&mut address, "address_2", l.address.room.clone());
    address.insert("city".into(), l.address.city.clone().into());
    address.insert("state_province".into(), state.into());
    address.insert("postal_code".into(), l.address.postal_code.clone().into());
    address.insert("country".into(), country.into());
    address.insert("address_type".into(), "physical".into());
    let mut loc = Map::new();
    loc.insert("id".into(), uuid(town, "location", &key).into());
    loc.insert("location_type".into(), "physical".into());
    put(&mut loc, "name", german(&l.name));
    put(&mut loc, "transportation", german(&l.transportation));
    let mut access = german(&l.accessibility);
    if let Some(step_free) = l.step_free {
        let said = if step_free { "Stufenloser Zugang." } else { "Kein stufenloser Zugang." };
        access = [said.to_string(), access].into_iter().filter(|a| !a.is_empty()).collect::<Vec<_>>().join(" ");
    }
    if !access.is_empty() {
        loc.insert("accessibility".into(), json!([{ "id": uuid(town, "accessibility", &key), "description": access }]));
    }
    put(&mut loc, "latitude", l.latitude);
    put(&mut loc, "longitude", l.longitude);
    loc.insert("addresses".into(), json!([address]));
    json!({ "id": uuid(town, "service_at_location", &key), "location": loc })
}

/// One offer as an HSDS 3.0 service.
pub fn service(file: &FileDirectory, s: &FileService) -> Value {
    let town = file.municipality.name.as_str();
    let mut out = Map::new();
    out.insert("id".into(), uuid(town, "service", &s.id).into());
    out.insert("name".into(), german(&s.name).into());
    let description =
        [german(&s.summary), german(&s.description)].into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>();
    put(&mut out, "description", description.join("\n\n"));
    put(&mut out, "url", s.website.clone());
    put(&mut out, "email", s.emails.first().cloned());
    out.insert("status".into(), status(&s.status.state).into());
    put(&mut out, "interpretation_services", german(&s.interpretation_services));
    put(&mut out, "fees_description", german(&s.fees_description));
    put(&mut out, "assured_date", s.assured_date.clone());
    put(&mut out, "alert", alert(s));
    if let Some(o) = file.organizations.iter().find(|o| o.id == s.organization_id) {
        out.insert("organization_id".into(), uuid(town, "organization", &o.id).into());
        out.insert("organization".into(), organization(town, o));
    }
    let phones: Vec<Value> = s
        .phones
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut phone = Map::new();
            phone.insert("id".into(), uuid(town, "phone", &format!("{}/{i}", s.id)).into());
            phone.insert("number".into(), p.number.clone().into());
            phone.insert("type".into(), "voice".into());
            put(&mut phone, "description", german(&p.description));
            Value::Object(phone)
        })
        .collect();
    put(&mut out, "phones", phones);
    put(&mut out, "schedules", schedules(town, s));
    let (state, country) = (file.municipality.state.as_str(), file.municipality.country.as_str());
    let places: Vec<Value> =
        s.locations.iter().enumerate().map(|(i, l)| location(town, s, i, l, state, country)).collect();
    put(&mut out, "service_at_locations", places);
    let languages: Vec<Value> = s
        .languages
        .iter()
        .map(|code| json!({ "id": uuid(town, "language", &format!("{}/{code}", s.id)), "code": code, "name": crate::i18n::language_endonym(code) }))
        .collect();
    put(&mut out, "languages", languages);
    let attributes: Vec<Value> = s
        .categories
        .iter()
        .map(|c| ("category", c, file.categories.iter().find(|x| &x.id == c).map(|x| german(&x.name))))
        .chain(
            s.target_groups
                .iter()
                .map(|g| ("target_group", g, file.target_groups.iter().find(|x| &x.id == g).map(|x| german(&x.name)))),
        )
        .map(|(kind, code, name)| {
            let name = name.unwrap_or_else(|| code.clone());
            json!({
                "id": uuid(town, "attribute", &format!("{}/{kind}/{code}", s.id)),
                "link_type": kind,
                "link_entity": "service",
                "value": code,
                "taxonomy_term": {
                    "id": uuid(town, "taxonomy_term", &format!("{kind}/{code}")),
                    "code": code,
                    "name": name,
                    "description": name,
                    "taxonomy": format!("wegweiser-{kind}"),
                },
            })
        })
        .collect();
    put(&mut out, "attributes", attributes);
    out.insert(EXTENSION.into(), serde_json::to_value(s).unwrap_or(Value::Null));
    Value::Object(out)
}

/// The whole directory as an HSDS service list (one page with every offer,
/// ended ones included with status `defunct`), as `/hsds/services.json`.
pub fn export(file: &FileDirectory) -> Value {
    let contents: Vec<Value> = file.services.iter().map(|s| service(file, s)).collect();
    json!({
        "total_items": contents.len(),
        "total_pages": 1,
        "page_number": 1,
        "size": contents.len(),
        "first_page": true,
        "last_page": true,
        "empty": contents.is_empty(),
        "contents": contents,
    })
}

/// What an import could not carry over, per entry, in plain German.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The service's name (or its HSDS id).
    pub entry: String,
    pub message: String,
}

/// The result of reading an HSDS list: our directory and what was not mapped.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub file: FileDirectory,
    pub notes: Vec<Note>,
}

fn text_of(value: Option<&Value>) -> String {
    value.and_then(Value::as_str).map(|s| s.trim().to_string()).unwrap_or_default()
}

fn set_german(text: &mut Text, value: String) {
    if value.is_empty() {
        text.0.remove(SOURCE_LANGUAGE);
    } else if text.0.get(SOURCE_LANGUAGE) != Some(&value) {
        text.0.insert(SOURCE_LANGUAGE.into(), value);
    }
}

/// Our own record from an object's extension property, if it has one we can read.
fn extension<T: serde::de::DeserializeOwned>(object: &Value) -> Option<T> {
    serde_json::from_value(object.get(EXTENSION)?.clone()).ok()
}

/// The list's services: a page (`contents`), a bare array, or one service.
fn services_of(list: &Value) -> Vec<&Value> {
    match list {
        Value::Array(items) => items.iter().collect(),
        Value::Object(o) => match o.get("contents").and_then(Value::as_array) {
            Some(items) => items.iter().collect(),
            None => vec![list],
        },
        _ => Vec::new(),
    }
}

/// HSDS fields of a service that we have no place for (reported when set).
const NOT_CARRIED: [&str; 14] = [
    "alternate_name",
    "application_process",
    "wait_time",
    "fees",
    "accreditations",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
    "licenses",
    "service_areas",
    "funding",
    "cost_options",
    "required_documents",
    "contacts",
];

/// Reads an HSDS 3.0 service list into `base` (which gives what HSDS has no
/// place for: the town, the first stop, topics, target groups, emergency
/// numbers): an organization or offer with an id `base` has replaces it in
/// place, a new one is appended, and entries the list does not mention stay.
pub fn import(list: &Value, base: &FileDirectory) -> Imported {
    let mut file = base.clone();
    let mut notes = Vec::new();
    for hsds in services_of(list) {
        let name = text_of(hsds.get("name"));
        let mut note = |message: String| notes.push(Note { entry: name.clone(), message });
        let organization = read_organization(hsds.get("organization"), &file, &mut note);
        if let Some(o) = &organization {
            upsert(&mut file.organizations, o.clone(), |x| x.id == o.id);
        }
        let s = read_service(hsds, &file, organization.map(|o| o.id), &mut note);
        let id = s.id.clone();
        upsert(&mut file.services, s, |x| x.id == id);
    }
    Imported { file, notes }
}

fn upsert<T>(items: &mut Vec<T>, item: T, same: impl Fn(&T) -> bool) {
    match items.iter_mut().find(|x| same(x)) {
        Some(slot) => *slot = item,
        None => items.push(item),
    }
}

/// Our slug for an HSDS object whose id we derived ourselves (an entry that
/// went out with our export and comes back from another tool without the extension).
fn known_id<'a>(
    object: &Value,
    file: &FileDirectory,
    kind: &str,
    ids: impl Iterator<Item = &'a str>,
) -> Option<String> {
    let theirs = object.get("id")?.as_str()?;
    let town = file.municipality.name.as_str();
    ids.into_iter().find(|slug| uuid(town, kind, slug) == theirs).map(str::to_string)
}

fn read_organization(
    value: Option<&Value>,
    file: &FileDirectory,
    note: &mut dyn FnMut(String),
) -> Option<FileOrganization> {
    let Some(value) = value else {
        note("Kein Träger (organization) angegeben.".into());
        return None;
    };
    let mut o: FileOrganization = extension(value).unwrap_or_default();
    let name = text_of(value.get("name"));
    if o.id.is_empty() {
        o.id = known_id(value, file, "organization", file.organizations.iter().map(|x| x.id.as_str())).unwrap_or_else(
            || propose_id(&name, &|id| file.organizations.iter().any(|x| x.id == id && x.name != name)),
        );
    }
    let description = text_of(value.get("description"));
    // Our export writes the name where there is no description.
    set_german(&mut o.description, if description == name { String::new() } else { description });
    o.name = name;
    o.website = value.get("website").and_then(Value::as_str).map(str::to_string).or(o.website);
    Some(o)
}

fn read_service(
    hsds: &Value,
    file: &FileDirectory,
    organization_id: Option<String>,
    note: &mut dyn FnMut(String),
) -> FileService {
    let ours: Option<FileService> = extension(hsds);
    let known = ours.is_some();
    let mut s = ours.unwrap_or_default();
    let name = text_of(hsds.get("name"));
    if s.id.is_empty() {
        s.id = known_id(hsds, file, "service", file.services.iter().map(|x| x.id.as_str()))
            .unwrap_or_else(|| propose_id(&name, &|id| file.services.iter().any(|x| x.id == id)));
    }
    s.organization_id = organization_id.unwrap_or_default();
    set_german(&mut s.name, name);
    read_description(hsds, &mut s, known);
    s.website = hsds.get("url").and_then(Value::as_str).map(str::to_string);
    let email = hsds.get("email").and_then(Value::as_str).map(str::to_string);
    match (email, s.emails.is_empty()) {
        (Some(e), true) => s.emails.push(e),
        (Some(e), false) => s.emails[0] = e,
        (None, _) => s.emails.clear(),
    }
    set_german(&mut s.interpretation_services, text_of(hsds.get("interpretation_services")));
    set_german(&mut s.fees_description, text_of(hsds.get("fees_description")));
    s.assured_date = text_of(hsds.get("assured_date"));
    read_status(hsds, &mut s, note);
    read_phones(hsds, &mut s);
    read_locations(hsds, &mut s, note);
    read_schedules(hsds, &mut s, note);
    s.languages = hsds
        .get("languages")
        .and_then(Value::as_array)
        .map(|l| l.iter().filter_map(|x| x.get("code").and_then(Value::as_str).map(str::to_string)).collect())
        .unwrap_or_default();
    if !known {
        read_attributes(hsds, file, &mut s, note);
        if s.sources.is_empty() {
            note("Keine Quelle: bitte die Quelle der Angaben eintragen.".into());
        }
    }
    for field in NOT_CARRIED {
        if hsds.get(field).is_some_and(|v| !v.is_null() && v != &json!([]) && v != &json!("")) {
            note(format!("„{field}“ hat im Wegweiser kein Feld und wurde nicht übernommen."));
        }
    }
    s
}

/// Our export writes summary and description as one text, the summary first.
fn read_description(hsds: &Value, s: &mut FileService, known: bool) {
    let text = text_of(hsds.get("description"));
    let summary = german(&s.summary);
    if known && !summary.is_empty() && text.starts_with(&summary) {
        set_german(&mut s.description, text[summary.len()..].trim().to_string());
        return;
    }
    // Another system's text: its first sentence is the summary (HSDS field guidance).
    let end = text.find(". ").map(|i| i + 1).unwrap_or(text.len());
    set_german(&mut s.summary, text[..end].trim().to_string());
    set_german(&mut s.description, text[end..].trim().to_string());
}

fn read_status(hsds: &Value, s: &mut FileService, note: &mut dyn FnMut(String)) {
    let theirs = text_of(hsds.get("status"));
    if status(&s.status.state) == theirs && !s.status.state.is_empty() {
        return;
    }
    let state = match theirs.as_str() {
        "active" => "active",
        "temporarily closed" => "temporarily_closed",
        "defunct" => "ended",
        "inactive" => {
            note("Status „inactive“ als „vorübergehend geschlossen“ übernommen.".into());
            "temporarily_closed"
        }
        other => {
            note(format!("Unbekannter Status „{other}“: als „nicht bestätigt“ übernommen."));
            "unconfirmed"
        }
    };
    if state == "ended" && s.status.ended_on.is_none() {
        note("Beendet, aber ohne Datum: bitte „beendet am“ eintragen.".into());
    }
    s.status = FileStatus { state: state.into(), ..std::mem::take(&mut s.status) };
}

fn read_phones(hsds: &Value, s: &mut FileService) {
    let theirs = hsds.get("phones").and_then(Value::as_array).cloned().unwrap_or_default();
    let mut phones = Vec::new();
    for (i, p) in theirs.iter().enumerate() {
        let mut phone = s.phones.get(i).cloned().unwrap_or_default();
        phone.number = text_of(p.get("number"));
        set_german(&mut phone.description, text_of(p.get("description")));
        phones.push(phone);
    }
    s.phones = phones;
}

fn read_locations(hsds: &Value, s: &mut FileService, note: &mut dyn FnMut(String)) {
    let theirs = hsds.get("service_at_locations").and_then(Value::as_array).cloned().unwrap_or_default();
    let mut locations = Vec::new();
    for (i, sal) in theirs.iter().enumerate() {
        let Some(l) = sal.get("location") else { continue };
        let mut ours = s.locations.get(i).cloned().unwrap_or_default();
        let address = l.get("addresses").and_then(Value::as_array).and_then(|a| a.first());
        let Some(address) = address else {
            note(format!("Ort {}: ohne Adresse ({}), nicht übernommen.", i + 1, text_of(l.get("location_type"))));
            continue;
        };
        ours.address = Address {
            street: text_of(address.get("address_1")),
            postal_code: text_of(address.get("postal_code")),
            city: text_of(address.get("city")),
            room: text_of(address.get("address_2")),
        };
        set_german(&mut ours.name, text_of(l.get("name")));
        set_german(&mut ours.transportation, text_of(l.get("transportation")));
        ours.latitude = l.get("latitude").and_then(Value::as_f64);
        ours.longitude = l.get("longitude").and_then(Value::as_f64);
        if s.locations.get(i).is_none() {
            let access = l.get("accessibility").and_then(Value::as_array).and_then(|a| a.first());
            set_german(&mut ours.accessibility, text_of(access.and_then(|a| a.get("description"))));
        }
        locations.push(ours);
    }
    s.locations = locations;
}

fn read_schedules(hsds: &Value, s: &mut FileService, note: &mut dyn FnMut(String)) {
    let theirs = hsds.get("schedules").and_then(Value::as_array).cloned().unwrap_or_default();
    let mut schedule = s.schedule.take().unwrap_or_default();
    let mut slots = Vec::new();
    for (i, h) in theirs.iter().enumerate() {
        let freq = text_of(h.get("freq"));
        let (opens, closes) = (text_of(h.get("opens_at")), text_of(h.get("closes_at")));
        if freq != "WEEKLY" || opens.is_empty() || closes.is_empty() {
            let what = if freq.is_empty() { "ohne freq".to_string() } else { freq };
            note(format!("Öffnungszeit {} ({what}) lässt sich nicht als Wochenzeit übernehmen.", i + 1));
            continue;
        }
        let days: Vec<String> = text_of(h.get("byday"))
            .split(',')
            .filter_map(|d| WEEKDAYS.iter().find(|(_, theirs)| *theirs == d.trim()).map(|(ours, _)| ours.to_string()))
            .collect();
        let mode = schedule.slots.get(i).and_then(|x| x.mode.clone());
        // HH:MM (a time with seconds or an offset keeps its first five characters).
        let time = |t: String| t.chars().take(5).collect::<String>();
        slots.push(FileSlot { days, opens: time(opens), closes: time(closes), mode });
        schedule.valid_from = h.get("valid_from").and_then(Value::as_str).map(str::to_string);
        schedule.valid_to = h.get("valid_to").and_then(Value::as_str).map(str::to_string);
    }
    schedule.slots = slots;
    let empty = schedule == FileSchedule::default();
    s.schedule = (!empty).then_some(schedule);
}

fn read_attributes(hsds: &Value, file: &FileDirectory, s: &mut FileService, note: &mut dyn FnMut(String)) {
    let attributes = hsds.get("attributes").and_then(Value::as_array).cloned().unwrap_or_default();
    for a in attributes {
        let code = a.get("taxonomy_term").and_then(|t| t.get("code")).and_then(Value::as_str).unwrap_or_default();
        match text_of(a.get("link_type")).as_str() {
            "category" if file.categories.iter().any(|c| c.id == code) => s.categories.push(code.into()),
            "target_group" if file.target_groups.iter().any(|g| g.id == code) => s.target_groups.push(code.into()),
            _ => note(format!("Merkmal „{code}“ passt zu keinem Thema und keiner Zielgruppe des Verzeichnisses.")),
        }
    }
    if s.categories.is_empty() {
        note("Kein Thema: bitte mindestens ein Thema wählen.".into());
    }
    if s.status.state.is_empty() {
        s.status.state = "unconfirmed".into();
    }
}
