//! What needs checking: the editor's "Zu prüfen" list. A directory is only
//! as good as its last check; trusted resource directories verify every
//! entry at least once a year (the 211 practice), so an entry shows here when
//! it was not checked for 12 months, its hours' validity has ended, it is
//! `unconfirmed`, it has no source or only sources older than two years, it
//! lacks a phone, an address or hours, its machine-assisted texts were not
//! reviewed, or its translations are older than a change of its German text.
//! Ended offers need no checking and are left out.
//!
//! Works on the file's own form, so a draft with problems still gets its list.

use super::date::{Date, PartialDate};
use super::file::{FileDirectory, FileService};

/// Not checked for this many days: due for the yearly check.
pub const CHECK_EVERY_DAYS: i64 = 365;
/// Sources older than this many days no longer confirm an entry.
pub const SOURCES_EXPIRE_DAYS: i64 = 2 * 365;

/// Why an entry needs attention; each reason points at one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Last checked this many days ago (or never, with an unreadable date).
    NotChecked {
        days: Option<i64>,
    },
    /// The opening hours were valid until this date.
    HoursExpired {
        valid_to: Date,
    },
    Unconfirmed,
    NoSource,
    /// The newest source is from this date.
    OldSources {
        newest: PartialDate,
    },
    NoPhone,
    NoAddress,
    NoHours,
    /// These languages' texts are machine-assisted and not reviewed.
    NotReviewed {
        languages: Vec<String>,
    },
    /// These languages' texts are older than a change of the German text.
    TranslationsOutdated {
        languages: Vec<String>,
    },
}

impl Reason {
    /// The rules in the order the editor lists them.
    pub const KINDS: [&'static str; 10] = [
        "not_checked",
        "hours_expired",
        "unconfirmed",
        "no_source",
        "old_sources",
        "no_phone",
        "no_address",
        "no_hours",
        "not_reviewed",
        "needs_update",
    ];

    /// The rule's name (one of [`Reason::KINDS`]).
    pub fn kind(&self) -> &'static str {
        match self {
            Reason::NotChecked { .. } => "not_checked",
            Reason::HoursExpired { .. } => "hours_expired",
            Reason::Unconfirmed => "unconfirmed",
            Reason::NoSource => "no_source",
            Reason::OldSources { .. } => "old_sources",
            Reason::NoPhone => "no_phone",
            Reason::NoAddress => "no_address",
            Reason::NoHours => "no_hours",
            Reason::NotReviewed { .. } => "not_reviewed",
            Reason::TranslationsOutdated { .. } => "needs_update",
        }
    }

    /// The field the editor opens for it.
    pub fn field(&self) -> &'static str {
        match self {
            Reason::NotChecked { .. } => "assured_date",
            Reason::HoursExpired { .. } => "schedule.valid_to",
            Reason::Unconfirmed => "status.state",
            Reason::NoSource | Reason::OldSources { .. } => "sources",
            Reason::NoPhone => "phones",
            Reason::NoAddress => "locations",
            Reason::NoHours => "schedule",
            Reason::NotReviewed { .. } => "machine_translated",
            // The texts section, at the German summary.
            Reason::TranslationsOutdated { .. } => "summary",
        }
    }
}

/// One line of the list: the offer (by position in the file) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attention {
    pub index: usize,
    pub reason: Reason,
}

/// The last day a partial date can mean (a source "2019" is at most from 31.12.2019).
fn latest_day(date: PartialDate) -> Option<Date> {
    match date {
        PartialDate::Day(d) => Some(d),
        PartialDate::Month(y, m) => Date::new(y, m, super::date::days_in_month(y, m)),
        PartialDate::Year(y) => Date::new(y, 12, 31),
    }
}

/// Everything about one offer that needs attention on `today`.
pub fn reasons(s: &FileService, today: Date) -> Vec<Reason> {
    let mut out = Vec::new();
    if s.status.state == "ended" {
        return out;
    }
    let days = |d: Date| today.days_since_epoch() - d.days_since_epoch();
    match Date::parse(&s.assured_date) {
        Some(d) if days(d) <= CHECK_EVERY_DAYS => {}
        Some(d) => out.push(Reason::NotChecked { days: Some(days(d)) }),
        None => out.push(Reason::NotChecked { days: None }),
    }
    if let Some(valid_to) = s.schedule.as_ref().and_then(|x| x.valid_to.as_deref()).and_then(Date::parse) {
        if valid_to < today {
            out.push(Reason::HoursExpired { valid_to });
        }
    }
    if s.status.state == "unconfirmed" {
        out.push(Reason::Unconfirmed);
    }
    let newest =
        s.sources.iter().filter_map(|x| x.date.as_deref().and_then(PartialDate::parse)).max_by_key(|d| latest_day(*d));
    if s.sources.is_empty() {
        out.push(Reason::NoSource);
    } else if let Some(newest) = newest {
        if latest_day(newest).is_some_and(|d| days(d) > SOURCES_EXPIRE_DAYS) {
            out.push(Reason::OldSources { newest });
        }
    }
    if s.phones.is_empty() {
        out.push(Reason::NoPhone);
    }
    if !s.locations.iter().any(|l| !l.address.street.trim().is_empty()) {
        out.push(Reason::NoAddress);
    }
    if s.schedule.as_ref().is_none_or(|x| x.slots.is_empty()) {
        out.push(Reason::NoHours);
    }
    if !s.machine_translated.is_empty() {
        out.push(Reason::NotReviewed { languages: s.machine_translated.clone() });
    }
    if !s.needs_update.is_empty() {
        out.push(Reason::TranslationsOutdated { languages: s.needs_update.clone() });
    }
    out
}

/// The whole list for `today`: offer by offer, in file order.
pub fn needs_attention(dir: &FileDirectory, today: Date) -> Vec<Attention> {
    dir.services
        .iter()
        .enumerate()
        .flat_map(|(index, s)| reasons(s, today).into_iter().map(move |reason| Attention { index, reason }))
        .collect()
}

/// How many offers each rule lists, in [`Reason::KINDS`] order.
pub fn counts(list: &[Attention]) -> Vec<(&'static str, usize)> {
    Reason::KINDS.iter().map(|k| (*k, list.iter().filter(|a| a.reason.kind() == *k).count())).collect()
}

/// The provider's answer to the "please check your entry" sheet: recorded
/// as a source of kind `provider_confirmation` with its date, which also
/// counts as a check on that date.
pub fn record_confirmation(s: &mut FileService, on: Date, url: &str, by: &str) {
    s.sources.push(super::file::FileSource {
        url: url.trim().to_string(),
        date: Some(on.to_string()),
        kind: Some("provider_confirmation".into()),
    });
    mark_checked(s, on, by);
}

/// "Checked today": the check date and who checked (a role); no content changes.
pub fn mark_checked(s: &mut FileService, today: Date, by: &str) {
    s.assured_date = today.to_string();
    let by = by.trim();
    s.assured_by = (!by.is_empty()).then(|| by.to_string());
}
