//! A directory back in its file format (`public/directory.json`), as the
//! editor saves it and the build tools write it: the fields in the file's own
//! order, optional fields left out when empty, every text's languages in the
//! order of the UI languages (German first), two-space indentation. Parsing
//! what this writes gives the same directory (tests/directory_write.rs).

use std::collections::BTreeMap;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::date::{Date, PartialDate, TimeOfDay};
use super::model::{
    Address, Appointment, Category, Cost, Directory, EmergencyNumber, Exception, Location, Mode, Municipality,
    Organization, Phone, Schedule, Service, Slot, Source, State, Status, TargetGroup, Text, Weekday,
};
use super::parse::FORMAT_NAME;
use crate::lang::Lang;

/// The directory as the text of its file.
pub fn write_directory(dir: &Directory) -> String {
    let mut out = serde_json::to_string_pretty(&OutDirectory::from(dir)).unwrap_or_default();
    out.push('\n');
    out
}

/// A text with its languages in UI order (German first), then any others.
struct Ordered<'a>(&'a Text);

impl Serialize for Ordered<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let texts = &self.0 .0;
        let mut map = serializer.serialize_map(Some(texts.len()))?;
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        for code in &known {
            if let Some(text) = texts.get(*code) {
                map.serialize_entry(code, text)?;
            }
        }
        for (code, text) in texts.iter().filter(|(code, _)| !known.contains(&code.as_str())) {
            map.serialize_entry(code, text)?;
        }
        map.end()
    }
}

fn text(t: &Text) -> Option<Ordered<'_>> {
    (!t.0.is_empty()).then_some(Ordered(t))
}

fn day(d: Date) -> String {
    d.to_string()
}

fn partial(d: &Option<PartialDate>) -> Option<String> {
    d.as_ref().map(ToString::to_string)
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Serialize)]
struct OutDirectory<'a> {
    format: &'static str,
    format_version: u32,
    data_version: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    sample: bool,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    text_languages: &'a [String],
    municipality: &'a Municipality,
    first_stop: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    emergency: Vec<OutEmergency<'a>>,
    categories: Vec<OutCategory<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    target_groups: Vec<OutTargetGroup<'a>>,
    organizations: Vec<OutOrganization<'a>>,
    services: Vec<OutService<'a>>,
}

impl<'a> From<&'a Directory> for OutDirectory<'a> {
    fn from(d: &'a Directory) -> Self {
        OutDirectory {
            format: FORMAT_NAME,
            format_version: d.format_version,
            data_version: &d.data_version,
            sample: d.sample,
            text_languages: &d.text_languages,
            municipality: &d.municipality,
            first_stop: &d.first_stop,
            emergency: d.emergency.iter().map(OutEmergency::from).collect(),
            categories: d.categories.iter().map(OutCategory::from).collect(),
            target_groups: d.target_groups.iter().map(OutTargetGroup::from).collect(),
            organizations: d.organizations.iter().map(OutOrganization::from).collect(),
            services: d.services.iter().map(OutService::from).collect(),
        }
    }
}

#[derive(Serialize)]
struct OutEmergency<'a> {
    id: &'a str,
    number: &'a str,
    name: Ordered<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Ordered<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sources: Vec<OutSource<'a>>,
}

impl<'a> From<&'a EmergencyNumber> for OutEmergency<'a> {
    fn from(e: &'a EmergencyNumber) -> Self {
        OutEmergency {
            id: &e.id,
            number: &e.number,
            name: Ordered(&e.name),
            description: text(&e.description),
            sources: e.sources.iter().map(OutSource::from).collect(),
        }
    }
}

#[derive(Serialize)]
struct OutCategory<'a> {
    id: &'a str,
    name: Ordered<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Ordered<'a>>,
    #[serde(skip_serializing_if = "is_false")]
    helplines: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pictogram: Option<&'a str>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    synonyms: &'a BTreeMap<String, Vec<String>>,
}

impl<'a> From<&'a Category> for OutCategory<'a> {
    fn from(c: &'a Category) -> Self {
        OutCategory {
            id: &c.id,
            name: Ordered(&c.name),
            description: text(&c.description),
            helplines: c.helplines,
            pictogram: c.pictogram.as_deref(),
            synonyms: &c.synonyms,
        }
    }
}

#[derive(Serialize)]
struct OutTargetGroup<'a> {
    id: &'a str,
    name: Ordered<'a>,
}

impl<'a> From<&'a TargetGroup> for OutTargetGroup<'a> {
    fn from(t: &'a TargetGroup) -> Self {
        OutTargetGroup { id: &t.id, name: Ordered(&t.name) }
    }
}

#[derive(Serialize)]
struct OutOrganization<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Ordered<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sources: Vec<OutSource<'a>>,
}

impl<'a> From<&'a Organization> for OutOrganization<'a> {
    fn from(o: &'a Organization) -> Self {
        OutOrganization {
            id: &o.id,
            name: &o.name,
            description: text(&o.description),
            website: o.website.as_deref(),
            sources: o.sources.iter().map(OutSource::from).collect(),
        }
    }
}

#[derive(Serialize)]
struct OutSource<'a> {
    url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
}

impl<'a> From<&'a Source> for OutSource<'a> {
    fn from(s: &'a Source) -> Self {
        OutSource {
            url: &s.url,
            date: partial(&s.date),
            kind: s.provider_confirmation.then_some("provider_confirmation"),
        }
    }
}

#[derive(Serialize)]
struct OutService<'a> {
    id: &'a str,
    organization_id: &'a str,
    name: Ordered<'a>,
    summary: Ordered<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Ordered<'a>>,
    categories: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    languages: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    interpretation_services: Option<Ordered<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    target_groups: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    cost: Option<Cost>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fees_description: Option<Ordered<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    appointment: Option<Appointment>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<OutLocation<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    phones: Vec<OutPhone<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    emails: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    booking_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    schedule: Option<OutSchedule<'a>>,
    status: OutStatus<'a>,
    sources: Vec<OutSource<'a>>,
    assured_date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    assured_by: Option<&'a str>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    keywords: &'a BTreeMap<String, Vec<String>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    machine_translated: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    needs_update: &'a [String],
}

impl<'a> From<&'a Service> for OutService<'a> {
    fn from(s: &'a Service) -> Self {
        OutService {
            id: &s.id,
            organization_id: &s.organization_id,
            name: Ordered(&s.name),
            summary: Ordered(&s.summary),
            description: text(&s.description),
            categories: &s.categories,
            languages: &s.languages,
            interpretation_services: text(&s.interpretation_services),
            target_groups: &s.target_groups,
            cost: s.cost,
            fees_description: text(&s.fees_description),
            appointment: s.appointment,
            locations: s.locations.iter().map(OutLocation::from).collect(),
            phones: s.phones.iter().map(OutPhone::from).collect(),
            emails: &s.emails,
            website: s.website.as_deref(),
            booking_url: s.booking_url.as_deref(),
            schedule: s.schedule.as_ref().map(OutSchedule::from),
            status: OutStatus::from(&s.status),
            sources: s.sources.iter().map(OutSource::from).collect(),
            assured_date: day(s.assured_date),
            assured_by: s.assured_by.as_deref(),
            keywords: &s.keywords,
            machine_translated: &s.machine_translated,
            needs_update: &s.needs_update,
        }
    }
}

#[derive(Serialize)]
struct OutLocation<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<Ordered<'a>>,
    address: OutAddress<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    longitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    step_free: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accessibility: Option<Ordered<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    transportation: Option<Ordered<'a>>,
}

impl<'a> From<&'a Location> for OutLocation<'a> {
    fn from(l: &'a Location) -> Self {
        OutLocation {
            name: text(&l.name),
            address: OutAddress::from(&l.address),
            latitude: l.latitude,
            longitude: l.longitude,
            step_free: l.step_free,
            accessibility: text(&l.accessibility),
            transportation: text(&l.transportation),
        }
    }
}

#[derive(Serialize)]
struct OutAddress<'a> {
    street: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    postal_code: &'a str,
    city: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    room: &'a str,
}

impl<'a> From<&'a Address> for OutAddress<'a> {
    fn from(a: &'a Address) -> Self {
        OutAddress { street: &a.street, postal_code: &a.postal_code, city: &a.city, room: &a.room }
    }
}

#[derive(Serialize)]
struct OutPhone<'a> {
    number: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Ordered<'a>>,
}

impl<'a> From<&'a Phone> for OutPhone<'a> {
    fn from(p: &'a Phone) -> Self {
        OutPhone { number: &p.number, description: text(&p.description) }
    }
}

#[derive(Serialize)]
struct OutSchedule<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    slots: Vec<OutSlot<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    valid_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    valid_to: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    exceptions: Vec<OutException<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<Ordered<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    as_of: Option<String>,
    #[serde(skip_serializing_if = "is_false")]
    open_on_holidays: bool,
}

impl<'a> From<&'a Schedule> for OutSchedule<'a> {
    fn from(s: &'a Schedule) -> Self {
        OutSchedule {
            slots: s.slots.iter().map(OutSlot::from).collect(),
            valid_from: s.valid_from.map(day),
            valid_to: s.valid_to.map(day),
            exceptions: s.exceptions.iter().map(OutException::from).collect(),
            note: text(&s.note),
            as_of: partial(&s.as_of),
            open_on_holidays: s.open_on_holidays,
        }
    }
}

#[derive(Serialize)]
struct OutSlot<'a> {
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    days: &'a [Weekday],
    opens: String,
    closes: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    mode: Option<Mode>,
}

impl<'a> From<&'a Slot> for OutSlot<'a> {
    fn from(s: &'a Slot) -> Self {
        let time = |t: TimeOfDay| t.to_string();
        OutSlot { days: &s.days, opens: time(s.opens), closes: time(s.closes), mode: s.mode }
    }
}

#[derive(Serialize)]
struct OutException<'a> {
    date: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    slots: Vec<OutSlot<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<Ordered<'a>>,
}

impl<'a> From<&'a Exception> for OutException<'a> {
    fn from(e: &'a Exception) -> Self {
        OutException { date: day(e.date), slots: e.slots.iter().map(OutSlot::from).collect(), note: text(&e.note) }
    }
}

#[derive(Serialize)]
struct OutStatus<'a> {
    state: State,
    #[serde(skip_serializing_if = "Option::is_none")]
    ended_on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notice: Option<Ordered<'a>>,
}

impl<'a> From<&'a Status> for OutStatus<'a> {
    fn from(s: &'a Status) -> Self {
        OutStatus { state: s.state, ended_on: s.ended_on.map(day), notice: text(&s.notice) }
    }
}
