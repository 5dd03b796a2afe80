//! "My contacts": the newcomer's own address book, kept on the device only.
//! Pure: the model, vCard 4.0 and iCalendar export, and the backup file
//! (format, validation, merge). Natively tested.

pub mod backup;
pub mod ical;
pub mod vcard;

use serde::{Deserialize, Serialize};

use crate::domain::date::{Date, TimeOfDay};
use crate::domain::model::join_present;
use crate::i18n::{format_date, weekday_name, Lang};

/// One entry of "My contacts": a saved offer (with a snapshot of its contact
/// data, so it stays useful if the offer changes or leaves the directory) or
/// a contact the user added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// A saved offer: a snapshot of its contact data now, so the entry stays
    /// useful if the offer later changes or leaves the directory.
    pub fn from_service(service: &crate::domain::Service, provider: &str, lang: &str, updated: &str) -> Contact {
        let location = service.locations.first();
        Contact {
            id: format!("offer-{}", service.id),
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
    /// for the same offer: the names of the changed fields.
    pub fn changes_since_saved(&self, current: &Contact) -> Vec<&'static str> {
        let mut changed = Vec::new();
        if self.phones != current.phones {
            changed.push("phones");
        }
        if self.emails != current.emails {
            changed.push("emails");
        }
        if (&self.street, &self.postal_code, &self.city) != (&current.street, &current.postal_code, &current.city) {
            changed.push("address");
        }
        if self.website != current.website {
            changed.push("website");
        }
        changed
    }
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
        Contact {
            id: id.into(),
            service_id: None,
            name: name.into(),
            organization: String::new(),
            phones: vec![],
            emails: vec![],
            street: String::new(),
            postal_code: String::new(),
            city: String::new(),
            website: String::new(),
            person: String::new(),
            room: String::new(),
            reference: String::new(),
            note: String::new(),
            appointments: vec![],
            updated: "2026-11-24T10:00:00Z".into(),
        }
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
        assert_eq!(c.changes_since_saved(&now), vec!["phones", "address"]);
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
