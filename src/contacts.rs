//! "My contacts": the newcomer's own address book, kept on the device only.
//! Pure: the model, vCard 4.0 and iCalendar export, and the backup file
//! (format, validation, merge). Natively tested.

pub mod backup;
pub mod ical;
pub mod vcard;

use serde::{Deserialize, Serialize};

use crate::domain::date::{Date, TimeOfDay};
use crate::domain::model::join_present;
use crate::domain::Directory;
use crate::i18n::{format_date, weekday_name, Lang};

/// One entry of "My contacts": a saved offer (with a snapshot of its contact
/// data, so it stays useful if the offer changes or leaves the directory) or
/// a contact the user added.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// Stable id: `offer-<service id>` for a saved offer, else generated.
    pub id: String,
    /// The directory offer this entry was saved from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// Name shown (vCard FN).
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organization: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// Street and house number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub street: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub postal_code: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub city: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub website: String,
    /// The user's own notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub person: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub room: String,
    /// Aktenzeichen, customer number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reference: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appointments: Vec<Appointment>,
    /// Last change, `YYYY-MM-DDTHH:MM:SSZ` (merging keeps the newer copy).
    pub updated: String,
}

/// An appointment at one contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Appointment {
    pub id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM` in Moers time; empty for a whole day.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// What to bring.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub bring: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Appointment {
    pub fn parsed_date(&self) -> Option<Date> {
        Date::parse(&self.date)
    }

    pub fn parsed_time(&self) -> Option<TimeOfDay> {
        TimeOfDay::parse(&self.time)
    }

    /// "Dienstag 1.12.2026 · 10:00 · Raum 204" in the UI language.
    pub fn describe(&self, lang: Lang) -> String {
        let date = self
            .parsed_date()
            .map(|d| format!("{} {}", weekday_name(lang, d.weekday_index()), format_date(lang, d)))
            .unwrap_or_default();
        join_present(&[&date, &self.time, &self.place], " · ")
    }
}

impl Contact {
    /// Street, postal code and town on one line.
    pub fn address_line(&self) -> String {
        join_present(&[&self.street, &join_present(&[&self.postal_code, &self.city], " ")], ", ")
    }

    /// The next appointment on or after `today`, if any.
    pub fn next_appointment(&self, today: Date) -> Option<&Appointment> {
        self.appointments
            .iter()
            .filter(|a| a.parsed_date().is_some_and(|d| d >= today))
            .min_by_key(|a| (a.parsed_date(), a.parsed_time()))
    }
}

impl Contact {
    /// The id of the entry saved from offer `service_id`.
    pub fn id_for_offer(service_id: &str) -> String {
        format!("offer-{service_id}")
    }

    /// A saved offer: a snapshot of its contact data now, so the entry stays
    /// useful if the offer later changes or leaves the directory.
    pub fn from_service(service: &crate::domain::Service, provider: &str, lang: &str, updated: &str) -> Contact {
        let location = service.locations.first();
        Contact {
            id: Contact::id_for_offer(&service.id),
            service_id: Some(service.id.clone()),
            name: service.name.get(lang).text.to_string(),
            organization: provider.to_string(),
            phones: service.phones.iter().map(|p| p.number.clone()).collect(),
            emails: service.emails.clone(),
            street: location.map(|l| l.address.street.clone()).unwrap_or_default(),
            postal_code: location.map(|l| l.address.postal_code.clone()).unwrap_or_default(),
            city: location.map(|l| l.address.city.clone()).unwrap_or_default(),
            website: service.website.clone().unwrap_or_default(),
            person: String::new(),
            room: location.map(|l| l.address.room.clone()).unwrap_or_default(),
            reference: String::new(),
            note: String::new(),
            appointments: Vec::new(),
            updated: updated.to_string(),
        }
    }

    /// What differs between this snapshot and the directory's current data
    /// for the same offer.
    pub fn changes_since_saved(&self, current: &Contact) -> Vec<ChangedField> {
        let mut changed = Vec::new();
        if self.phones != current.phones {
            changed.push(ChangedField::Phones);
        }
        if self.emails != current.emails {
            changed.push(ChangedField::Emails);
        }
        if (&self.street, &self.postal_code, &self.city) != (&current.street, &current.postal_code, &current.city) {
            changed.push(ChangedField::Address);
        }
        if self.website != current.website {
            changed.push(ChangedField::Website);
        }
        changed
    }
}

/// A part of a saved offer's contact data that the directory has changed since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangedField {
    Phones,
    Emails,
    Address,
    Website,
}

/// Where a saved offer stands in the directory now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    /// An own contact, or the directory is not loaded.
    NotApplicable,
    Current,
    Ended,
    /// The directory no longer has the offer.
    Removed,
}

/// What "My contacts" shows for an entry: for a saved offer still in the
/// directory, its current contact data (and what changed since saving, empty
/// when nothing did); else the entry as saved.
pub fn current_view_of(c: &Contact, dir: Option<&Directory>, lang: &str) -> (Contact, Vec<ChangedField>, Listing) {
    let (Some(service_id), Some(dir)) = (c.service_id.as_deref(), dir) else {
        return (c.clone(), Vec::new(), Listing::NotApplicable);
    };
    let Some(s) = dir.service(service_id) else { return (c.clone(), Vec::new(), Listing::Removed) };
    let provider = dir.organization(&s.organization_id).map(|o| o.name.as_str()).unwrap_or("");
    let now = Contact::from_service(s, provider, lang, &c.updated);
    let changed = c.changes_since_saved(&now);
    let shown = Contact {
        phones: now.phones,
        emails: now.emails,
        street: now.street,
        postal_code: now.postal_code,
        city: now.city,
        website: now.website,
        ..c.clone()
    };
    (shown, changed, if s.is_current() { Listing::Current } else { Listing::Ended })
}

/// Replaces the entries of `list` that have the id of one of `contacts`, and
/// appends the others (saving, and carrying out an import plan).
pub fn upsert(list: &mut Vec<Contact>, contacts: &[Contact]) {
    for c in contacts {
        match list.iter_mut().find(|x| x.id == c.id) {
            Some(slot) => *slot = c.clone(),
            None => list.push(c.clone()),
        }
    }
}

/// "a, b" → ["a", "b"] (phone numbers and e-mail addresses typed in one field).
pub fn split_list(value: &str) -> Vec<String> {
    value.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// A file name for an export of `name`: letters and digits kept, the rest `-`.
pub fn file_name(name: &str, ext: &str) -> String {
    let base: String = name.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    format!("{}.{ext}", base.trim_matches('-'))
}

/// "Label: value" lines for the non-empty values (an empty label: the value alone).
pub(crate) fn labelled_lines(items: &[(&str, &str)]) -> String {
    items
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(label, v)| if label.is_empty() { v.to_string() } else { format!("{label}: {v}") })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The order of "My contacts": next appointment first, then by name.
pub fn sort_contacts(contacts: &mut [Contact], today: Date) {
    crate::order::sort_by(contacts, |a, b| {
        let key = |c: &Contact| c.next_appointment(today).map(|x| (x.parsed_date(), x.parsed_time()));
        match (key(a), key(b)) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn contact(id: &str, name: &str) -> Contact {
        Contact { id: id.into(), name: name.into(), updated: "2026-11-24T10:00:00Z".into(), ..Default::default() }
    }

    pub fn appointment(id: &str, date: &str, time: &str) -> Appointment {
        Appointment {
            id: id.into(),
            date: date.into(),
            time: time.into(),
            place: String::new(),
            bring: String::new(),
            note: String::new(),
        }
    }

    #[test]
    fn a_saved_offer_snapshots_its_contact_data() {
        let dir = crate::domain::parse_directory(include_str!("../public/directory.json")).unwrap();
        let service = dir.service("vhs-moers-integrationskurse").unwrap();
        let c = Contact::from_service(service, "VHS", "de", "2026-11-24T10:00:00Z");
        assert_eq!(c.id, "offer-vhs-moers-integrationskurse");
        assert_eq!(c.phones, vec!["02841 201-565".to_string()]);
        assert_eq!(c.street, "Wilhelm-Schroeder-Straße 10");
        assert_eq!(c.website, "https://www.vhs-moers.de");
        let mut now = c.clone();
        assert!(c.changes_since_saved(&now).is_empty());
        now.phones = vec!["02841 201-999".into()];
        now.street = "Neue Straße 1".into();
        assert_eq!(c.changes_since_saved(&now), vec![ChangedField::Phones, ChangedField::Address]);
    }

    #[test]
    fn a_saved_offer_shows_the_directory_data_of_now_and_what_changed() {
        let mut dir = crate::domain::parse_directory(include_str!("../public/directory.json")).unwrap();
        let service = dir.service("vhs-moers-integrationskurse").unwrap().clone();
        let mut saved = Contact::from_service(&service, "VHS", "de", "2026-11-24T10:00:00Z");
        saved.room = "B 17".into();
        saved.phones = vec!["0000".into()];
        let (shown, changed, listing) = current_view_of(&saved, Some(&dir), "de");
        assert_eq!(listing, Listing::Current);
        assert_eq!(changed, vec![ChangedField::Phones]);
        assert_eq!(shown.phones, service.phones.iter().map(|p| p.number.clone()).collect::<Vec<_>>());
        assert_eq!(shown.room, "B 17", "the user's own fields stay");
        // Without the directory, or for an own contact: as saved.
        assert_eq!(current_view_of(&saved, None, "de"), (saved.clone(), vec![], Listing::NotApplicable));
        let own = contact("own-1", "Schule");
        assert_eq!(current_view_of(&own, Some(&dir), "de").2, Listing::NotApplicable);
        // Gone from the directory.
        dir.services.retain(|s| s.id != service.id);
        assert_eq!(current_view_of(&saved, Some(&dir), "de").2, Listing::Removed);
    }

    #[test]
    fn upsert_replaces_by_id_and_appends_the_rest() {
        let mut list = vec![contact("a", "Anna"), contact("b", "Berta")];
        upsert(&mut list, &[contact("b", "Berta Neu"), contact("c", "Cem")]);
        let names: Vec<&str> = list.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Anna", "Berta Neu", "Cem"]);
    }

    #[test]
    fn lists_and_file_names() {
        assert_eq!(split_list(" 02841 1, ,0170 2 ,"), vec!["02841 1".to_string(), "0170 2".to_string()]);
        assert!(split_list("").is_empty());
        assert_eq!(file_name("Jobcenter Kreis Wesel – Moers", "vcf"), "Jobcenter-Kreis-Wesel---Moers.vcf");
        assert_eq!(file_name("Ärztin (Dr. Ö)", "ics"), "Ärztin--Dr--Ö.ics");
    }

    #[test]
    fn appointment_and_address_lines() {
        crate::i18n::install_shipped_locales();
        let mut a = appointment("a", "2026-12-01", "10:00");
        a.place = "Raum 204".into();
        assert_eq!(a.describe(Lang::De), "Dienstag 1.12.2026 · 10:00 · Raum 204");
        assert_eq!(appointment("b", "2026-12-01", "").describe(Lang::En), "Tuesday 1 December 2026");
        let mut c = contact("c", "X");
        assert_eq!(c.address_line(), "");
        c.city = "Moers".into();
        c.street = "Kornstr. 3".into();
        assert_eq!(c.address_line(), "Kornstr. 3, Moers");
    }

    #[test]
    fn next_appointment_first_then_name() {
        let today = Date::parse("2026-11-24").unwrap();
        let mut past = contact("a", "Zora");
        past.appointments.push(appointment("p", "2026-11-01", "09:00"));
        let mut soon = contact("b", "Yusuf");
        soon.appointments.push(appointment("s", "2026-11-25", "10:00"));
        soon.appointments.push(appointment("t", "2026-12-25", "10:00"));
        let mut sooner = contact("c", "Xenia");
        sooner.appointments.push(appointment("u", "2026-11-24", "08:00"));
        let mut list = vec![past, contact("d", "anna"), soon, sooner];
        sort_contacts(&mut list, today);
        let names: Vec<&str> = list.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, vec!["Xenia", "Yusuf", "anna", "Zora"]);
    }
}
