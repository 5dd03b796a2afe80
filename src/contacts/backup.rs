//! The backup file: all of "My contacts" as JSON with a format version, to
//! move to a new phone. Import validates everything before anything changes,
//! shows what it will add or replace, and merges without duplicates.

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::Contact;
use crate::domain::date::{Date, TimeOfDay};

pub const BACKUP_FORMAT: &str = "wegweiser-backup";
pub const BACKUP_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct BackupFile {
    format: String,
    format_version: u32,
    exported_at: String,
    contacts: Vec<Contact>,
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    format_version: Option<u32>,
}

/// Why a backup file cannot be imported. Nothing stored changes in any case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    /// Not JSON at all (or cut off).
    NotJson { line: usize, column: usize },
    /// JSON, but not a backup of this app (a foreign file).
    NotABackup,
    /// Written by a newer version of the app.
    TooNew { found: u32, supported: u32 },
    /// A backup, but with missing or wrongly typed fields.
    Malformed { message: String },
    /// A contact breaks a rule: which one (position in the file), which field, why.
    Invalid { index: usize, field: &'static str, problem: String },
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::NotJson { line, column } => write!(f, "not JSON (line {line}, column {column})"),
            BackupError::NotABackup => write!(f, "not a {BACKUP_FORMAT} file"),
            BackupError::TooNew { found, supported } => {
                write!(f, "format version {found}; this app reads up to {supported}")
            }
            BackupError::Malformed { message } => f.write_str(message),
            BackupError::Invalid { index, field, problem } => write!(f, "contact {}: {field}: {problem}", index + 1),
        }
    }
}

/// All contacts as a backup file. `exported_at`: `YYYY-MM-DDTHH:MM:SSZ`.
pub fn export_backup(contacts: &[Contact], exported_at: &str) -> String {
    let file = BackupFile {
        format: BACKUP_FORMAT.into(),
        format_version: BACKUP_VERSION,
        exported_at: exported_at.into(),
        contacts: contacts.to_vec(),
    };
    // Compact, like the IndexedDB store: one JSON writer in the wasm (the
    // pretty one cost 765 B brotli), and the file is read by the app, not people.
    crate::json::to_string(&file)
}

/// Reads and validates a backup file completely.
pub fn parse_backup(text: &str) -> Result<Vec<Contact>, BackupError> {
    let header: Header = crate::json::from_str(text).map_err(|e| {
        if e.syntax {
            BackupError::NotJson { line: e.line, column: e.column }
        } else {
            BackupError::NotABackup
        }
    })?;
    if header.format.as_deref() != Some(BACKUP_FORMAT) {
        return Err(BackupError::NotABackup);
    }
    match header.format_version {
        Some(v) if (1..=BACKUP_VERSION).contains(&v) => {}
        found => return Err(BackupError::TooNew { found: found.unwrap_or(0), supported: BACKUP_VERSION }),
    }
    let file: BackupFile = crate::json::from_str(text).map_err(|e| BackupError::Malformed { message: e.message })?;
    let mut ids = HashSet::new();
    for (index, c) in file.contacts.iter().enumerate() {
        let invalid = |field: &'static str, problem: String| Err(BackupError::Invalid { index, field, problem });
        if c.id.trim().is_empty() {
            return invalid("id", "missing".into());
        }
        if !ids.insert(c.id.as_str()) {
            return invalid("id", format!("\"{}\" appears twice", c.id));
        }
        if c.name.trim().is_empty() {
            return invalid("name", "missing".into());
        }
        if !is_timestamp(&c.updated) {
            return invalid("updated", format!("\"{}\" is not a time stamp", c.updated));
        }
        for a in &c.appointments {
            if Date::parse(&a.date).is_none() {
                return invalid("appointments.date", format!("\"{}\" is not a date", a.date));
            }
            if !a.time.is_empty() && TimeOfDay::parse(&a.time).is_none() {
                return invalid("appointments.time", format!("\"{}\" is not a time", a.time));
            }
        }
    }
    Ok(file.contacts)
}

/// `YYYY-MM-DDTHH:MM:SSZ`.
fn is_timestamp(s: &str) -> bool {
    s.len() == 20
        && Date::parse(&s[..10]).is_some()
        && &s[10..11] == "T"
        && TimeOfDay::parse(&s[11..16]).is_some()
        && s[17..19].bytes().all(|b| b.is_ascii_digit())
        && &s[16..17] == ":"
        && s.ends_with('Z')
}

/// What an import will do, shown before anything changes.
#[derive(Debug, Default, PartialEq)]
pub struct ImportPlan {
    /// New entries.
    pub add: Vec<Contact>,
    /// Entries that exist here and are newer in the backup (they keep their id here).
    pub replace: Vec<Contact>,
    /// Entries already here, the same or newer.
    pub unchanged: usize,
}

impl ImportPlan {
    /// The entries to write: the new ones and the replacements (with this
    /// device's ids); [`crate::contacts::upsert`] carries them out.
    pub fn changes(&self) -> Vec<Contact> {
        self.add.iter().chain(&self.replace).cloned().collect()
    }
}

/// The same entry: same id, or the same saved offer.
fn same_entry(a: &Contact, b: &Contact) -> bool {
    a.id == b.id || (a.service_id.is_some() && a.service_id == b.service_id)
}

/// Plans merging `imported` into `existing` without duplicates.
pub fn plan_import(existing: &[Contact], imported: Vec<Contact>) -> ImportPlan {
    let mut plan = ImportPlan::default();
    for mut incoming in imported {
        match existing.iter().find(|e| same_entry(e, &incoming)) {
            None => plan.add.push(incoming),
            Some(here) if incoming.updated > here.updated && incoming != *here => {
                incoming.id = here.id.clone();
                plan.replace.push(incoming);
            }
            Some(_) => plan.unchanged += 1,
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::tests::{appointment, contact};

    fn sample() -> Vec<Contact> {
        let mut a = contact("offer-jobcenter-moers", "Jobcenter");
        a.service_id = Some("jobcenter-moers".into());
        a.room = "204".into();
        a.appointments.push(appointment("t1", "2026-12-01", "10:00"));
        vec![a, contact("own-1", "محمد")]
    }

    #[test]
    fn round_trip() {
        let text = export_backup(&sample(), "2026-11-24T12:00:00Z");
        assert_eq!(parse_backup(&text), Ok(sample()));
    }

    #[test]
    fn reads_the_pretty_printed_backups_of_earlier_versions() {
        let text = export_backup(&sample(), "2026-11-24T12:00:00Z");
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        assert!(pretty.contains("\"format_version\": 1"), "earlier versions wrote this layout");
        assert_eq!(parse_backup(&pretty), Ok(sample()));
    }

    #[test]
    fn each_malformed_case_has_its_own_error() {
        assert!(matches!(parse_backup("{ not json"), Err(BackupError::NotJson { .. })));
        assert!(matches!(parse_backup(""), Err(BackupError::NotJson { .. })));
        assert_eq!(parse_backup("[1, 2, 3]"), Err(BackupError::NotABackup));
        assert_eq!(parse_backup(r#"{"name": "something else"}"#), Err(BackupError::NotABackup));
        assert_eq!(
            parse_backup(include_str!("../../public/directory.json")),
            Err(BackupError::NotABackup),
            "a directory file is not a backup"
        );
        let good = export_backup(&sample(), "2026-11-24T12:00:00Z");
        let newer = good.replacen("\"format_version\":1", "\"format_version\":7", 1);
        assert_eq!(parse_backup(&newer), Err(BackupError::TooNew { found: 7, supported: 1 }));
        let truncated = &good[..good.len() - 20];
        assert!(matches!(parse_backup(truncated), Err(BackupError::NotJson { .. })));
        let no_contacts = good.replacen("\"contacts\"", "\"kontakte\"", 1);
        assert!(matches!(parse_backup(&no_contacts), Err(BackupError::Malformed { .. })));
        let bad_date = good.replacen("\"2026-12-01\"", "\"2026-02-30\"", 1);
        assert!(matches!(
            parse_backup(&bad_date),
            Err(BackupError::Invalid { index: 0, field: "appointments.date", .. })
        ));
        let bad_time = good.replacen("\"10:00\"", "\"10 Uhr\"", 1);
        assert!(matches!(
            parse_backup(&bad_time),
            Err(BackupError::Invalid { index: 0, field: "appointments.time", .. })
        ));
        let no_name = good.replacen("\"name\":\"محمد\"", "\"name\":\" \"", 1);
        assert!(matches!(parse_backup(&no_name), Err(BackupError::Invalid { index: 1, field: "name", .. })));
        let twice = good.replacen("\"id\":\"own-1\"", "\"id\":\"offer-jobcenter-moers\"", 1);
        assert!(matches!(parse_backup(&twice), Err(BackupError::Invalid { index: 1, field: "id", .. })));
        let stamp = good.replacen("\"updated\":\"2026-11-24T10:00:00Z\"", "\"updated\":\"yesterday\"", 1);
        assert!(matches!(parse_backup(&stamp), Err(BackupError::Invalid { index: 0, field: "updated", .. })));
    }

    #[test]
    fn merge_adds_new_replaces_newer_and_never_duplicates() {
        let existing = sample();
        // The same saved offer under another id (saved on another phone), newer there.
        let mut other_phone = contact("offer-jobcenter-moers-2", "Jobcenter");
        other_phone.service_id = Some("jobcenter-moers".into());
        other_phone.reference = "AZ 99".into();
        other_phone.updated = "2026-11-25T08:00:00Z".into();
        let mut older_copy = contact("own-1", "محمد");
        older_copy.updated = "2026-01-01T00:00:00Z".into();
        let imported = vec![other_phone.clone(), older_copy, contact("own-2", "Олена")];
        let plan = plan_import(&existing, imported);
        assert_eq!(plan.add.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), vec!["own-2"]);
        assert_eq!(plan.replace.len(), 1);
        assert_eq!(plan.replace[0].id, "offer-jobcenter-moers", "keeps the id it has here");
        assert_eq!(plan.unchanged, 1);
        let ids: Vec<String> = plan.changes().into_iter().map(|c| c.id).collect();
        assert_eq!(ids, ["own-2", "offer-jobcenter-moers"], "the entries an import writes");
        let mut merged = existing.clone();
        crate::contacts::upsert(&mut merged, &plan.changes());
        assert_eq!(merged.len(), 3);
        assert_eq!(merged[0].reference, "AZ 99");
        // Importing the same backup twice changes nothing the second time.
        let again = plan_import(&merged, merged.clone());
        assert_eq!(again, ImportPlan { add: vec![], replace: vec![], unchanged: 3 });
    }
}
