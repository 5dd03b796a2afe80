//! Reading and validating a directory file.
//!
//! The file is read in two steps: serde reads it into loose `Raw*` structs
//! (strings for dates, times and enums), then [`validate`] checks every field
//! and builds the typed [`Directory`]. So an error names the entry and field
//! it is in, and *all* problems of a file are reported at once. A directory
//! is returned only when it is entirely valid: there is no half-loaded state.

use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt;

use super::date::{Date, PartialDate, TimeOfDay};
use super::file::*;
use super::model::*;

/// The value of the file's `format` field.
pub const FORMAT_NAME: &str = "wegweiser-directory";
/// The newest format version this app reads.
pub const FORMAT_VERSION: u32 = 1;

/// Why a directory file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DirectoryError {
    /// Not JSON, or JSON of the wrong shape (a missing or unknown field, a wrong type).
    Syntax { line: usize, column: usize, message: String },
    /// The file is some other JSON document.
    NotADirectory,
    /// Written for a newer (or unknown) version of the format.
    UnsupportedVersion { found: u32, supported: u32 },
    /// Well-formed, but some fields break the rules.
    Invalid(Vec<Issue>),
}

impl fmt::Display for DirectoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DirectoryError::Syntax { line, column, message } => {
                write!(f, "line {line}, column {column}: {message}")
            }
            DirectoryError::NotADirectory => write!(f, "`format` is not \"{FORMAT_NAME}\""),
            DirectoryError::UnsupportedVersion { found, supported } => {
                write!(f, "format version {found}; this app reads up to {supported}")
            }
            DirectoryError::Invalid(issues) => {
                let lines: Vec<String> = issues.iter().map(Issue::to_string).collect();
                f.write_str(&lines.join("\n"))
            }
        }
    }
}

/// One rule broken at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The entry, e.g. `services[jobcenter-moers]` or `categories[2]`.
    pub entry: String,
    /// The field inside the entry, e.g. `schedule.slots[0].closes`.
    pub field: String,
    pub problem: Problem,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.entry, self.problem)
        } else {
            write!(f, "{}.{}: {}", self.entry, self.field, self.problem)
        }
    }
}

/// The rule that was broken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Required and empty.
    Missing,
    /// A text with no German version.
    MissingGerman,
    /// A language key or code that is not an ISO 639 code.
    BadLanguage(String),
    /// An id that is not a lowercase slug (`a-z`, `0-9`, single `-`).
    BadId(String),
    /// The same id twice.
    Duplicate(String),
    /// A reference to something the directory does not hold.
    Unknown {
        kind: &'static str,
        id: String,
    },
    BadDate(String),
    BadTime(String),
    /// Opening time not before closing time.
    TimesOutOfOrder,
    /// `valid_from` after `valid_to`.
    PeriodOutOfOrder,
    BadWeekday(String),
    /// A value outside its fixed set, with the allowed values.
    NotOneOf {
        value: String,
        allowed: &'static str,
    },
    BadUrl(String),
    BadEmail(String),
    BadPhone(String),
    /// An ended service must say since when.
    EndedWithoutDate,
    /// `ended_on` on a service that has not ended.
    EndDateWithoutEnd,
    /// Latitude, longitude out of range, or only one of them.
    BadCoordinates,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing => write!(f, "is required"),
            Problem::MissingGerman => write!(f, "has no German (\"de\") text"),
            Problem::BadLanguage(v) => write!(f, "\"{v}\" is not an ISO 639 language code"),
            Problem::BadId(v) => write!(f, "\"{v}\" is not a valid id (a-z, 0-9 and single hyphens)"),
            Problem::Duplicate(v) => write!(f, "id \"{v}\" is used twice"),
            Problem::Unknown { kind, id } => write!(f, "unknown {kind} \"{id}\""),
            Problem::BadDate(v) => write!(f, "\"{v}\" is not a date (YYYY-MM-DD)"),
            Problem::BadTime(v) => write!(f, "\"{v}\" is not a time (HH:MM, 00:00-24:00)"),
            Problem::TimesOutOfOrder => write!(f, "opens at or after it closes"),
            Problem::PeriodOutOfOrder => write!(f, "valid_from is after valid_to"),
            Problem::BadWeekday(v) => write!(f, "\"{v}\" is not a weekday (mo, tu, we, th, fr, sa, su)"),
            Problem::NotOneOf { value, allowed } => write!(f, "\"{value}\" is not one of {allowed}"),
            Problem::BadUrl(v) => write!(f, "\"{v}\" is not an http(s) URL"),
            Problem::BadEmail(v) => write!(f, "\"{v}\" is not an email address"),
            Problem::BadPhone(v) => write!(f, "\"{v}\" is not a phone number"),
            Problem::EndedWithoutDate => write!(f, "an ended service needs ended_on"),
            Problem::EndDateWithoutEnd => write!(f, "ended_on is set but the state is not \"ended\""),
            Problem::BadCoordinates => write!(f, "latitude/longitude out of range or incomplete"),
        }
    }
}

// ---------------------------------------------------------------------------
// The file as serde reads it.

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    format_version: Option<u32>,
}

// ---------------------------------------------------------------------------

/// Reads and validates a directory file.
pub fn parse_directory(json: &str) -> Result<Directory, DirectoryError> {
    validate(read_file(json)?)
}

/// Reads a directory file as it is written, without checking the fields'
/// values: refused only when it is not JSON of the directory's shape.
pub fn read_file(json: &str) -> Result<FileDirectory, DirectoryError> {
    let header: Header = crate::json::from_str(json).map_err(syntax)?;
    if header.format.as_deref() != Some(FORMAT_NAME) {
        return Err(DirectoryError::NotADirectory);
    }
    match header.format_version {
        Some(v) if (1..=FORMAT_VERSION).contains(&v) => {}
        found => {
            return Err(DirectoryError::UnsupportedVersion { found: found.unwrap_or(0), supported: FORMAT_VERSION })
        }
    }
    crate::json::from_str(json).map_err(syntax)
}

fn syntax(e: crate::json::JsonError) -> DirectoryError {
    DirectoryError::Syntax { line: e.line, column: e.column, message: e.message }
}

/// Collects issues while one entry is checked.
struct Checker<'a> {
    issues: &'a mut Vec<Issue>,
    entry: String,
}

impl Checker<'_> {
    fn report(&mut self, field: impl Into<String>, problem: Problem) {
        self.issues.push(Issue { entry: self.entry.clone(), field: field.into(), problem });
    }

    fn id(&mut self, id: &str, seen: &mut HashSet<String>) {
        if !is_slug(id) {
            self.report("id", Problem::BadId(id.to_string()));
        } else if !seen.insert(id.to_string()) {
            self.report("id", Problem::Duplicate(id.to_string()));
        }
    }

    /// A text: keys must be language codes; `required` demands German.
    fn text(&mut self, field: &str, text: &Text, required: bool) {
        for lang in text.0.keys() {
            if !is_language_code(lang) {
                self.report(field, Problem::BadLanguage(lang.clone()));
            }
        }
        if required && text.exact(SOURCE_LANGUAGE).is_none_or(|s| s.trim().is_empty()) {
            self.report(field, Problem::MissingGerman);
        }
    }

    /// Words per language: keys must be language codes.
    fn word_lists(&mut self, field: &str, lists: &BTreeMap<String, Vec<String>>) {
        for lang in lists.keys() {
            if !is_language_code(lang) {
                self.report(field, Problem::BadLanguage(lang.clone()));
            }
        }
    }

    fn url(&mut self, field: &str, url: &str) {
        if !is_url(url) {
            self.report(field, Problem::BadUrl(url.to_string()));
        }
    }

    fn sources(&mut self, raw: Vec<FileSource>, required: bool) -> Vec<Source> {
        if required && raw.is_empty() {
            self.report("sources", Problem::Missing);
        }
        raw.into_iter()
            .enumerate()
            .map(|(i, s)| {
                self.url(&format!("sources[{i}].url"), &s.url);
                let date = s.date.and_then(|d| {
                    let parsed = PartialDate::parse(&d);
                    if parsed.is_none() {
                        self.report(format!("sources[{i}].date"), Problem::BadDate(d));
                    }
                    parsed
                });
                let provider_confirmation = match s.kind.as_deref() {
                    None => false,
                    Some("provider_confirmation") => true,
                    Some(other) => {
                        self.report(
                            format!("sources[{i}].kind"),
                            Problem::NotOneOf { value: other.to_string(), allowed: "provider_confirmation" },
                        );
                        false
                    }
                };
                Source { url: s.url, date, provider_confirmation }
            })
            .collect()
    }

    fn date(&mut self, field: &str, value: &str) -> Option<Date> {
        let date = Date::parse(value);
        if date.is_none() {
            self.report(field, Problem::BadDate(value.to_string()));
        }
        date
    }

    fn optional_date(&mut self, field: &str, value: Option<String>) -> Option<Date> {
        value.and_then(|v| self.date(field, &v))
    }

    fn one_of<T: Copy>(&mut self, field: &str, value: &str, table: &[(&str, T)], allowed: &'static str) -> Option<T> {
        let found = table.iter().find(|(name, _)| *name == value).map(|(_, v)| *v);
        if found.is_none() {
            self.report(field, Problem::NotOneOf { value: value.to_string(), allowed });
        }
        found
    }

    fn slots(&mut self, field: &str, raw: Vec<FileSlot>, need_days: bool) -> Vec<Slot> {
        let mut out = Vec::new();
        for (i, s) in raw.into_iter().enumerate() {
            let at = format!("{field}[{i}]");
            let mut days = Vec::new();
            for d in &s.days {
                match WEEKDAYS.iter().find(|(name, _)| name == d) {
                    Some((_, day)) => days.push(*day),
                    None => self.report(format!("{at}.days"), Problem::BadWeekday(d.clone())),
                }
            }
            if need_days && s.days.is_empty() {
                self.report(format!("{at}.days"), Problem::Missing);
            }
            let opens = TimeOfDay::parse(&s.opens);
            let closes = TimeOfDay::parse(&s.closes);
            if opens.is_none() {
                self.report(format!("{at}.opens"), Problem::BadTime(s.opens.clone()));
            }
            if closes.is_none() {
                self.report(format!("{at}.closes"), Problem::BadTime(s.closes.clone()));
            }
            let mode = s.mode.as_deref().and_then(|m| self.one_of(&format!("{at}.mode"), m, MODES, MODE_NAMES));
            if let (Some(opens), Some(closes)) = (opens, closes) {
                if opens >= closes {
                    self.report(format!("{at}.closes"), Problem::TimesOutOfOrder);
                }
                out.push(Slot { days, opens, closes, mode });
            }
        }
        out
    }

    fn schedule(&mut self, raw: FileSchedule) -> Schedule {
        let slots = self.slots("schedule.slots", raw.slots, true);
        let valid_from = self.optional_date("schedule.valid_from", raw.valid_from);
        let valid_to = self.optional_date("schedule.valid_to", raw.valid_to);
        if let (Some(from), Some(to)) = (valid_from, valid_to) {
            if from > to {
                self.report("schedule.valid_to", Problem::PeriodOutOfOrder);
            }
        }
        let mut exceptions = Vec::new();
        for (i, e) in raw.exceptions.into_iter().enumerate() {
            let at = format!("schedule.exceptions[{i}]");
            let date = self.date(&format!("{at}.date"), &e.date);
            let slots = self.slots(&format!("{at}.slots"), e.slots, false);
            self.text(&format!("{at}.note"), &e.note, false);
            if let Some(date) = date {
                exceptions.push(Exception { date, slots, note: e.note });
            }
        }
        self.text("schedule.note", &raw.note, false);
        let as_of = raw.as_of.and_then(|d| {
            let parsed = PartialDate::parse(&d);
            if parsed.is_none() {
                self.report("schedule.as_of", Problem::BadDate(d));
            }
            parsed
        });
        Schedule {
            slots,
            valid_from,
            valid_to,
            exceptions,
            note: raw.note,
            as_of,
            open_on_holidays: raw.open_on_holidays,
        }
    }
}

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("mo", Weekday::Mo),
    ("tu", Weekday::Tu),
    ("we", Weekday::We),
    ("th", Weekday::Th),
    ("fr", Weekday::Fr),
    ("sa", Weekday::Sa),
    ("su", Weekday::Su),
];
const MODES: &[(&str, Mode)] = &[("walk_in", Mode::WalkIn), ("appointment", Mode::Appointment), ("phone", Mode::Phone)];
const MODE_NAMES: &str = "walk_in, appointment, phone";
const COSTS: &[(&str, Cost)] = &[("free", Cost::Free), ("fee", Cost::Fee)];
const APPOINTMENTS: &[(&str, Appointment)] = &[
    ("required", Appointment::Required),
    ("walk_in", Appointment::WalkIn),
    ("walk_in_or_appointment", Appointment::WalkInOrAppointment),
];
const STATES: &[(&str, State)] = &[
    ("active", State::Active),
    ("temporarily_closed", State::TemporarilyClosed),
    ("ended", State::Ended),
    ("unconfirmed", State::Unconfirmed),
];

/// Checks every part of the directory and reports all issues at once, each
/// with its entry and field; the directory is built only when there are none.
pub fn validate(raw: FileDirectory) -> Result<Directory, DirectoryError> {
    let mut issues = Vec::new();
    check_header(&raw, &mut issues);
    let emergency = emergency_numbers(raw.emergency, &mut issues);
    let categories = categories(raw.categories, &mut issues);
    let target_groups = target_groups(raw.target_groups, &mut issues);
    let organizations = organizations(raw.organizations, &mut issues);
    let known = Known { organizations: &organizations, categories: &categories, target_groups: &target_groups };
    let mut seen = HashSet::new();
    let mut services = Vec::with_capacity(raw.services.len());
    for (i, s) in raw.services.into_iter().enumerate() {
        let entry = if is_slug(&s.id) { format!("services[{}]", s.id) } else { format!("services[{i}]") };
        let mut c = Checker { issues: &mut issues, entry };
        c.id(&s.id, &mut seen);
        services.extend(service(&mut c, s, &known));
    }

    if !services.iter().any(|s| s.id == raw.first_stop) && !issues.iter().any(|i| i.entry.starts_with("services")) {
        issues.push(Issue {
            entry: "directory".into(),
            field: "first_stop".into(),
            problem: Problem::Unknown { kind: "service", id: raw.first_stop.clone() },
        });
    }

    if !issues.is_empty() {
        return Err(DirectoryError::Invalid(issues));
    }
    Ok(Directory {
        format_version: raw.format_version,
        data_version: raw.data_version,
        sample: raw.sample,
        text_languages: raw.text_languages,
        municipality: raw.municipality,
        first_stop: raw.first_stop,
        emergency,
        categories,
        target_groups,
        organizations,
        services,
    })
}

/// The file's own fields: text languages, data version, municipality.
fn check_header(raw: &FileDirectory, issues: &mut Vec<Issue>) {
    let mut top = Checker { issues, entry: "directory".into() };
    for lang in &raw.text_languages {
        if !is_language_code(lang) {
            top.report("text_languages", Problem::BadLanguage(lang.clone()));
        }
    }
    if raw.data_version.trim().is_empty() {
        top.report("data_version", Problem::Missing);
    }
    if raw.municipality.name.trim().is_empty() {
        top.report("municipality.name", Problem::Missing);
    }
}

fn emergency_numbers(raw: Vec<FileEmergency>, issues: &mut Vec<Issue>) -> Vec<EmergencyNumber> {
    let mut seen = HashSet::new();
    raw.into_iter()
        .enumerate()
        .map(|(i, e)| {
            let mut c = Checker { issues: &mut *issues, entry: format!("emergency[{i}]") };
            c.id(&e.id, &mut seen);
            if !is_phone(&e.number) {
                c.report("number", Problem::BadPhone(e.number.clone()));
            }
            c.text("name", &e.name, true);
            c.text("description", &e.description, false);
            let sources = c.sources(e.sources, true);
            EmergencyNumber { id: e.id, number: e.number, name: e.name, description: e.description, sources }
        })
        .collect()
}

fn categories(raw: Vec<FileCategory>, issues: &mut Vec<Issue>) -> Vec<Category> {
    let mut seen = HashSet::new();
    raw.into_iter()
        .enumerate()
        .map(|(i, c)| {
            let mut ch = Checker { issues: &mut *issues, entry: format!("categories[{i}]") };
            ch.id(&c.id, &mut seen);
            ch.text("name", &c.name, true);
            ch.text("description", &c.description, false);
            ch.word_lists("synonyms", &c.synonyms);
            if let Some(name) = c.pictogram.as_deref().filter(|n| super::pictogram::by_name(n).is_none()) {
                let allowed = super::pictogram::PICTOGRAM_NAMES;
                ch.report("pictogram", Problem::NotOneOf { value: name.to_string(), allowed });
            }
            Category {
                id: c.id,
                name: c.name,
                description: c.description,
                helplines: c.helplines,
                pictogram: c.pictogram,
                synonyms: c.synonyms,
            }
        })
        .collect()
}

fn target_groups(raw: Vec<FileTargetGroup>, issues: &mut Vec<Issue>) -> Vec<TargetGroup> {
    let mut seen = HashSet::new();
    raw.into_iter()
        .enumerate()
        .map(|(i, t)| {
            let mut ch = Checker { issues: &mut *issues, entry: format!("target_groups[{i}]") };
            ch.id(&t.id, &mut seen);
            ch.text("name", &t.name, true);
            TargetGroup { id: t.id, name: t.name }
        })
        .collect()
}

fn organizations(raw: Vec<FileOrganization>, issues: &mut Vec<Issue>) -> Vec<Organization> {
    let mut seen = HashSet::new();
    raw.into_iter()
        .enumerate()
        .map(|(i, o)| {
            let mut ch = Checker { issues: &mut *issues, entry: format!("organizations[{i}]") };
            ch.id(&o.id, &mut seen);
            if o.name.trim().is_empty() {
                ch.report("name", Problem::Missing);
            }
            ch.text("description", &o.description, false);
            if let Some(url) = &o.website {
                ch.url("website", url);
            }
            let sources = ch.sources(o.sources, false);
            Organization { id: o.id, name: o.name, description: o.description, website: o.website, sources }
        })
        .collect()
}

/// What a service may refer to.
struct Known<'a> {
    organizations: &'a [Organization],
    categories: &'a [Category],
    target_groups: &'a [TargetGroup],
}

/// One service, checked; `None` when a field it cannot do without is broken
/// (the issue is reported).
fn service(c: &mut Checker, s: FileService, known: &Known) -> Option<Service> {
    if !known.organizations.iter().any(|o| o.id == s.organization_id) {
        c.report("organization_id", Problem::Unknown { kind: "organization", id: s.organization_id.clone() });
    }
    c.text("name", &s.name, true);
    c.text("summary", &s.summary, true);
    c.text("description", &s.description, false);
    c.text("interpretation_services", &s.interpretation_services, false);
    c.text("fees_description", &s.fees_description, false);
    check_topics(c, &s, known);
    for lang in &s.languages {
        if !is_language_code(lang) {
            c.report("languages", Problem::BadLanguage(lang.clone()));
        }
    }
    c.word_lists("keywords", &s.keywords);
    for lang in &s.needs_update {
        if lang == SOURCE_LANGUAGE || !is_language_code(lang) {
            c.report("needs_update", Problem::BadLanguage(lang.clone()));
        }
    }
    for lang in &s.machine_translated {
        if lang == SOURCE_LANGUAGE || !is_language_code(lang) {
            c.report("machine_translated", Problem::BadLanguage(lang.clone()));
        }
    }
    let cost = s.cost.as_deref().and_then(|v| c.one_of("cost", v, COSTS, "free, fee"));
    let appointment = s
        .appointment
        .as_deref()
        .and_then(|v| c.one_of("appointment", v, APPOINTMENTS, "required, walk_in, walk_in_or_appointment"));
    let locations = s.locations.into_iter().enumerate().map(|(j, l)| location(c, j, l)).collect();
    let phones = phones(c, s.phones);
    for (j, e) in s.emails.iter().enumerate() {
        if !is_email(e) {
            c.report(format!("emails[{j}]"), Problem::BadEmail(e.clone()));
        }
    }
    if let Some(url) = &s.website {
        c.url("website", url);
    }
    if let Some(url) = &s.booking_url {
        c.url("booking_url", url);
    }
    let schedule = s.schedule.map(|raw| c.schedule(raw));
    let status = status(c, s.status);
    let sources = c.sources(s.sources, true);
    let assured_date = c.date("assured_date", &s.assured_date);
    Some(Service {
        id: s.id,
        organization_id: s.organization_id,
        name: s.name,
        summary: s.summary,
        description: s.description,
        categories: s.categories,
        languages: s.languages,
        machine_translated: s.machine_translated,
        needs_update: s.needs_update,
        interpretation_services: s.interpretation_services,
        target_groups: s.target_groups,
        cost,
        fees_description: s.fees_description,
        appointment,
        locations,
        phones,
        emails: s.emails,
        website: s.website,
        booking_url: s.booking_url,
        schedule,
        status: status?,
        sources,
        assured_date: assured_date?,
        assured_by: s.assured_by.filter(|a| !a.trim().is_empty()),
        keywords: s.keywords,
    })
}

/// A service has categories, and the categories and target groups it names exist.
fn check_topics(c: &mut Checker, s: &FileService, known: &Known) {
    if s.categories.is_empty() {
        c.report("categories", Problem::Missing);
    }
    for id in &s.categories {
        if !known.categories.iter().any(|k| &k.id == id) {
            c.report("categories", Problem::Unknown { kind: "category", id: id.clone() });
        }
    }
    for id in &s.target_groups {
        if !known.target_groups.iter().any(|t| &t.id == id) {
            c.report("target_groups", Problem::Unknown { kind: "target group", id: id.clone() });
        }
    }
}

fn location(c: &mut Checker, j: usize, l: FileLocation) -> Location {
    let at = format!("locations[{j}]");
    if l.address.city.trim().is_empty() {
        c.report(format!("{at}.address.city"), Problem::Missing);
    }
    let coords_ok = match (l.latitude, l.longitude) {
        (None, None) => true,
        (Some(lat), Some(lon)) => (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon),
        _ => false,
    };
    if !coords_ok {
        c.report(format!("{at}.latitude"), Problem::BadCoordinates);
    }
    c.text(&format!("{at}.name"), &l.name, false);
    c.text(&format!("{at}.accessibility"), &l.accessibility, false);
    c.text(&format!("{at}.transportation"), &l.transportation, false);
    Location {
        name: l.name,
        address: l.address,
        latitude: l.latitude,
        longitude: l.longitude,
        step_free: l.step_free,
        accessibility: l.accessibility,
        transportation: l.transportation,
    }
}

fn phones(c: &mut Checker, raw: Vec<FilePhone>) -> Vec<Phone> {
    raw.into_iter()
        .enumerate()
        .map(|(j, p)| {
            if !is_phone(&p.number) {
                c.report(format!("phones[{j}].number"), Problem::BadPhone(p.number.clone()));
            }
            c.text(&format!("phones[{j}].description"), &p.description, false);
            Phone { number: p.number, description: p.description }
        })
        .collect()
}

/// State, end date and notice; an ended offer needs its end date, and only it has one.
fn status(c: &mut Checker, raw: FileStatus) -> Option<Status> {
    let state = c.one_of("status.state", &raw.state, STATES, "active, temporarily_closed, ended, unconfirmed");
    let ended_on = c.optional_date("status.ended_on", raw.ended_on.clone());
    match (state, raw.ended_on.is_some()) {
        (Some(State::Ended), false) => c.report("status.ended_on", Problem::EndedWithoutDate),
        (Some(st), true) if st != State::Ended => c.report("status.ended_on", Problem::EndDateWithoutEnd),
        _ => {}
    }
    c.text("status.notice", &raw.notice, false);
    Some(Status { state: state?, ended_on, notice: raw.notice })
}

/// `a-z`, `0-9`, single hyphens inside.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// An ISO 639-1 (two letters) or 639-3 (three letters) code, lowercase.
/// `de-x-simple` style subtags are not used; Easy German is `de-ls` below.
pub fn is_language_code(s: &str) -> bool {
    let base = s.strip_suffix("-ls").unwrap_or(s);
    (2..=3).contains(&base.len()) && base.bytes().all(|b| b.is_ascii_lowercase())
}

fn is_url(s: &str) -> bool {
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.') && !s.chars().any(char::is_whitespace)
    })
}

fn is_email(s: &str) -> bool {
    let mut parts = s.split('@');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(local), Some(domain), None) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.chars().any(char::is_whitespace)
        }
        _ => false,
    }
}

/// Digits with the separators used in German numbers (`02841 / 201-0`, `+49 30 1815-1111`).
fn is_phone(s: &str) -> bool {
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    let allowed = |(i, c): (usize, char)| c.is_ascii_digit() || " /-()".contains(c) || (c == '+' && i == 0);
    digits >= 3 && s.char_indices().all(allowed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_validators() {
        assert!(is_slug("jobcenter-moers") && is_slug("vhs2"));
        for bad in ["", "Jobcenter", "a--b", "-a", "a-", "a_b", "ä"] {
            assert!(!is_slug(bad), "{bad}");
        }
        assert!(
            is_language_code("de") && is_language_code("ti") && is_language_code("kmr") && is_language_code("de-ls")
        );
        assert!(!is_language_code("DE") && !is_language_code("deutsch") && !is_language_code("d"));
        assert!(is_url("https://www.moers.de") && is_url("http://example.org/a?b"));
        assert!(!is_url("www.moers.de") && !is_url("https://moers") && !is_url("https://a.b/c d"));
        assert!(is_email("buergerservice@moers.de"));
        assert!(!is_email("moers.de") && !is_email("a@b@c.de") && !is_email("a@de") && !is_email("a b@c.de"));
        assert!(is_phone("02841 / 201-666") && is_phone("+49 30 1815-1111") && is_phone("110"));
        assert!(!is_phone("12") && !is_phone("0800 ABC") && !is_phone("02841+1"));
    }
}
