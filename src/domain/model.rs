//! The directory data model.
//!
//! Field names follow Open Referral HSDS 3.0 where they fit (`organization`,
//! `service`, `location`, `phone`, `schedule`, `status`, `assured_date`,
//! `languages`), with three local extensions that HSDS lacks: every human text
//! is a map language → text, a service carries its own `sources`, and the
//! status `unconfirmed` marks offers whose current operation no recent source
//! confirms.
//!
//! These types are what the app works with *after* validation
//! (see [`super::parse`]); they hold no signals and no browser types.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::date::{Date, PartialDate, TimeOfDay};

/// The language every text must exist in.
pub const SOURCE_LANGUAGE: &str = "de";

/// A human text in several languages (`"de"` → German text, …).
///
/// German is always present in a validated directory.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, or `None` when there is none in that language.
    pub fn exact(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str).filter(|s| !s.is_empty())
    }

    /// The text in `lang`, else the German text, with the language actually used.
    pub fn get(&self, lang: &str) -> Localized<'_> {
        if let Some(text) = self.exact(lang) {
            return Localized { text, lang: lang_static(lang), fallback: false };
        }
        Localized {
            text: self.exact(SOURCE_LANGUAGE).unwrap_or(""),
            lang: SOURCE_LANGUAGE,
            fallback: lang != SOURCE_LANGUAGE,
        }
    }

    /// True when no language has any text.
    pub fn is_empty(&self) -> bool {
        self.0.values().all(|s| s.trim().is_empty())
    }

    /// Builds a text from `(language, text)` pairs; handy in tests.
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Self {
        Text(pairs.iter().map(|(l, t)| (l.to_string(), t.to_string())).collect())
    }
}

fn lang_static(lang: &str) -> &'static str {
    crate::lang::Lang::from_code(lang).map(|l| l.html_lang()).unwrap_or(SOURCE_LANGUAGE)
}

/// A text resolved for one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    /// The language `text` is written in (for the element's `lang` attribute).
    pub lang: &'static str,
    /// True when the requested language was missing and German is shown instead.
    pub fallback: bool,
}

/// The whole offer directory of one municipality.
#[derive(Debug, Clone, PartialEq)]
pub struct Directory {
    pub format_version: u32,
    /// The data's own version, e.g. `2026-11-24.1`; grows with every edit.
    pub data_version: String,
    /// Sample data, not real offers (`"sample": true`): every page says so.
    pub sample: bool,
    /// The languages whose texts this file carries. Empty: all of them (the
    /// full source file); the build publishes one smaller file per UI
    /// language with German and that language (`/directory/<code>.json`).
    pub text_languages: Vec<String>,
    pub municipality: Municipality,
    /// The id of the service shown as "first stop" on the home page.
    pub first_stop: String,
    pub emergency: Vec<EmergencyNumber>,
    pub categories: Vec<Category>,
    pub target_groups: Vec<TargetGroup>,
    pub organizations: Vec<Organization>,
    pub services: Vec<Service>,
}

impl Directory {
    /// True when this file carries the texts of `lang` (German always).
    pub fn has_texts_for(&self, lang: &str) -> bool {
        lang == SOURCE_LANGUAGE || self.text_languages.is_empty() || self.text_languages.iter().any(|l| l == lang)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn target_group(&self, id: &str) -> Option<&TargetGroup> {
        self.target_groups.iter().find(|t| t.id == id)
    }

    /// The services in a category, current ones first, each group in file order.
    pub fn services_in(&self, category: &str) -> Vec<&Service> {
        let mut list: Vec<&Service> =
            self.services.iter().filter(|s| s.categories.iter().any(|c| c == category)).collect();
        crate::order::sort_by_key(&mut list, |s| s.status.state == State::Ended);
        list
    }

    /// How many services each category holds, in category order.
    pub fn category_counts(&self) -> Vec<(&Category, usize)> {
        self.categories
            .iter()
            .map(|c| (c, self.services.iter().filter(|s| s.categories.contains(&c.id)).count()))
            .collect()
    }

    pub fn first_stop(&self) -> Option<&Service> {
        self.service(&self.first_stop)
    }

    /// Drops every translation a German change has left behind
    /// (`needs_update`): what newcomers get, so they read the German text with
    /// its "only in German" marker instead of an outdated one. The build does
    /// the same for the per-language files (`public/build-hook.mjs`), so the
    /// app never carries this; the editor's preview calls it.
    pub fn hide_outdated(&mut self) {
        for s in &mut self.services {
            if s.needs_update.is_empty() {
                continue;
            }
            let outdated = s.needs_update.clone();
            for text in s.texts_mut() {
                text.0.retain(|lang, _| !outdated.contains(lang));
            }
        }
    }

    /// The newest check date of any service: "directory as of".
    pub fn as_of(&self) -> Option<Date> {
        self.services.iter().map(|s| s.assured_date).max()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Municipality {
    pub name: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub state: String,
    pub country: String,
}

/// A number to call in an emergency (110, 112), shown on every page's emergency view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmergencyNumber {
    pub id: String,
    pub number: String,
    pub name: Text,
    pub description: Text,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub id: String,
    pub name: Text,
    pub description: Text,
    /// The category of nationwide helplines (listed on the emergency page).
    pub helplines: bool,
    /// The pictogram the file names for it (else the one named like its id:
    /// [`Category::pictogram`]).
    pub pictogram: Option<String>,
    /// Search words per language that lead to this category's offers
    /// ("work", "عمل", "робота", "iş"), so a query in the user's language
    /// reaches German-only content.
    pub synonyms: BTreeMap<String, Vec<String>>,
}

impl Category {
    /// Its pictogram, shown beside its name (none: the name alone).
    pub fn pictogram(&self) -> Option<super::pictogram::Pictogram> {
        super::pictogram::for_topic(&self.id, self.pictogram.as_deref())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetGroup {
    pub id: String,
    pub name: Text,
}

/// A provider (HSDS `organization`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub description: Text,
    pub website: Option<String>,
    pub sources: Vec<Source>,
}

/// One offer (HSDS `service`).
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// Stable slug; the offer's URL is `/offer/<id>`.
    pub id: String,
    pub organization_id: String,
    pub name: Text,
    pub summary: Text,
    pub description: Text,
    pub categories: Vec<String>,
    /// ISO 639-1 codes of languages spoken at the service (HSDS `languages`).
    pub languages: Vec<String>,
    /// Languages whose texts in this entry were machine-assisted and not yet
    /// reviewed by a person (the Servicestelle's review list; German is the source).
    pub machine_translated: Vec<String>,
    /// Languages whose texts here are older than a change of the German text.
    /// [`Directory::hide_outdated`] drops them for newcomers (German shows, marked).
    pub needs_update: Vec<String>,
    /// How interpreting is arranged, where a source says so.
    pub interpretation_services: Text,
    pub target_groups: Vec<String>,
    pub cost: Option<Cost>,
    pub fees_description: Text,
    pub appointment: Option<Appointment>,
    pub locations: Vec<Location>,
    pub phones: Vec<Phone>,
    pub emails: Vec<String>,
    pub website: Option<String>,
    pub booking_url: Option<String>,
    pub schedule: Option<Schedule>,
    pub status: Status,
    pub sources: Vec<Source>,
    /// When an editor last checked this entry against its sources.
    pub assured_date: Date,
    /// Who checked it last, as a role (HSDS has `assurer_email`; we name no person).
    pub assured_by: Option<String>,
    /// Search words per language (synonyms, common misspellings are not needed).
    pub keywords: BTreeMap<String, Vec<String>>,
}

impl Service {
    pub fn is_current(&self) -> bool {
        self.status.state != State::Ended
    }

    /// Every text of the entry that follows its German version.
    pub fn texts_mut(&mut self) -> Vec<&mut Text> {
        let mut texts = vec![
            &mut self.name,
            &mut self.summary,
            &mut self.description,
            &mut self.interpretation_services,
            &mut self.fees_description,
            &mut self.status.notice,
        ];
        for l in &mut self.locations {
            texts.extend([&mut l.name, &mut l.accessibility, &mut l.transportation]);
        }
        texts.extend(self.phones.iter_mut().map(|p| &mut p.description));
        if let Some(schedule) = &mut self.schedule {
            texts.push(&mut schedule.note);
            texts.extend(schedule.exceptions.iter_mut().map(|e| &mut e.note));
        }
        texts
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cost {
    Free,
    Fee,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Appointment {
    /// Only with an appointment made beforehand.
    Required,
    /// Walk in during the hours; no appointment needed.
    WalkIn,
    /// Both: walk-in hours and appointments.
    WalkInOrAppointment,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub name: Text,
    pub address: Address,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// `Some(true)` step-free, `Some(false)` not step-free, `None` unknown.
    pub step_free: Option<bool>,
    pub accessibility: Text,
    /// Public transport hint (HSDS `transportation`).
    pub transportation: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Address {
    /// Street and house number as known (the number may be missing).
    pub street: String,
    #[serde(default)]
    pub postal_code: String,
    pub city: String,
    #[serde(default)]
    pub room: String,
}

impl Address {
    /// One line for display and for map searches.
    pub fn one_line(&self) -> String {
        join_present(&[&self.street, &join_present(&[&self.postal_code, &self.city], " ")], ", ")
    }
}

/// The non-empty parts joined by `separator`.
pub fn join_present(parts: &[&str], separator: &str) -> String {
    parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(separator)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// As written in German usage, e.g. `02841 201-666`.
    pub number: String,
    pub description: Text,
}

/// Opening hours. `slots` repeat weekly; `exceptions` override single dates.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Schedule {
    pub slots: Vec<Slot>,
    pub valid_from: Option<Date>,
    pub valid_to: Option<Date>,
    pub exceptions: Vec<Exception>,
    /// Free text for what the structure cannot say ("distribution on Wednesdays, times unknown").
    pub note: Text,
    /// The date of the source the hours come from.
    pub as_of: Option<PartialDate>,
    /// Open on public holidays and 24/31 December too (e.g. 24/7 hotlines);
    /// otherwise those days are closed unless an exception says otherwise.
    pub open_on_holidays: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mo,
    Tu,
    We,
    Th,
    Fr,
    Sa,
    Su,
}

impl Weekday {
    pub const ALL: [Weekday; 7] =
        [Weekday::Mo, Weekday::Tu, Weekday::We, Weekday::Th, Weekday::Fr, Weekday::Sa, Weekday::Su];

    /// 0 = Monday … 6 = Sunday.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// How a slot can be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    WalkIn,
    Appointment,
    Phone,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub days: Vec<Weekday>,
    pub opens: TimeOfDay,
    pub closes: TimeOfDay,
    /// `None` where the source names the hours but not how they are used.
    pub mode: Option<Mode>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    pub date: Date,
    /// Empty = closed that day; otherwise these hours replace the weekly ones.
    pub slots: Vec<Slot>,
    pub note: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Active,
    TemporarilyClosed,
    /// The offer no longer exists; `Status::ended_on` says since when.
    Ended,
    /// No recent source confirms the offer still runs.
    Unconfirmed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub state: State,
    pub ended_on: Option<Date>,
    /// A short notice shown prominently (HSDS `alert`).
    pub notice: Text,
}

/// Where a fact comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub url: String,
    /// The date or age of the source, as precise as known.
    pub date: Option<PartialDate>,
    /// True when the provider itself confirmed the entry (asked with the editor's sheet).
    pub provider_confirmation: bool,
}
