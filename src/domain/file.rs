//! The directory file as it is written: every field as the file holds it
//! (dates, times and fixed values as strings), before validation.
//!
//! [`super::parse`] reads a file into these structs and validates them into
//! the typed [`Directory`](super::Directory); the editor keeps its draft in
//! this form, so a half-typed time or a missing German text can be held,
//! shown at its field and stored, while only a valid directory can be saved.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::model::{Address, Municipality, Text};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileDirectory {
    pub format: String,
    pub format_version: u32,
    pub data_version: String,
    /// Sample data (tests, a town trying the app): every page says so.
    #[serde(default)]
    pub sample: bool,
    #[serde(default)]
    pub text_languages: Vec<String>,
    pub municipality: Municipality,
    pub first_stop: String,
    #[serde(default)]
    pub emergency: Vec<FileEmergency>,
    pub categories: Vec<FileCategory>,
    #[serde(default)]
    pub target_groups: Vec<FileTargetGroup>,
    pub organizations: Vec<FileOrganization>,
    pub services: Vec<FileService>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEmergency {
    pub id: String,
    pub number: String,
    pub name: Text,
    #[serde(default)]
    pub description: Text,
    #[serde(default)]
    pub sources: Vec<FileSource>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileCategory {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub description: Text,
    #[serde(default)]
    pub helplines: bool,
    /// One of our pictograms (`domain::pictogram`), when the id is not one's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pictogram: Option<String>,
    #[serde(default)]
    pub synonyms: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileTargetGroup {
    pub id: String,
    pub name: Text,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileOrganization {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: Text,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub sources: Vec<FileSource>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSource {
    pub url: String,
    #[serde(default)]
    pub date: Option<String>,
    /// `provider_confirmation`: the provider confirmed the entry (also a check).
    #[serde(default)]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileService {
    pub id: String,
    pub organization_id: String,
    pub name: Text,
    pub summary: Text,
    #[serde(default)]
    pub description: Text,
    pub categories: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub interpretation_services: Text,
    #[serde(default)]
    pub target_groups: Vec<String>,
    #[serde(default)]
    pub cost: Option<String>,
    #[serde(default)]
    pub fees_description: Text,
    #[serde(default)]
    pub appointment: Option<String>,
    #[serde(default)]
    pub locations: Vec<FileLocation>,
    #[serde(default)]
    pub phones: Vec<FilePhone>,
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub booking_url: Option<String>,
    #[serde(default)]
    pub schedule: Option<FileSchedule>,
    pub status: FileStatus,
    pub sources: Vec<FileSource>,
    pub assured_date: String,
    /// Who checked it last, as a role ("Servicestelle Zuwanderung"), not a person.
    #[serde(default)]
    pub assured_by: Option<String>,
    #[serde(default)]
    pub keywords: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub machine_translated: Vec<String>,
    /// Languages whose texts in this entry are older than a change of the
    /// German text: the app shows German (marked) instead, until updated.
    #[serde(default)]
    pub needs_update: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileLocation {
    #[serde(default)]
    pub name: Text,
    pub address: Address,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
    #[serde(default)]
    pub step_free: Option<bool>,
    #[serde(default)]
    pub accessibility: Text,
    #[serde(default)]
    pub transportation: Text,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilePhone {
    pub number: String,
    #[serde(default)]
    pub description: Text,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSchedule {
    #[serde(default)]
    pub slots: Vec<FileSlot>,
    #[serde(default)]
    pub valid_from: Option<String>,
    #[serde(default)]
    pub valid_to: Option<String>,
    #[serde(default)]
    pub exceptions: Vec<FileException>,
    #[serde(default)]
    pub note: Text,
    #[serde(default)]
    pub as_of: Option<String>,
    #[serde(default)]
    pub open_on_holidays: bool,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSlot {
    #[serde(default)]
    pub days: Vec<String>,
    pub opens: String,
    pub closes: String,
    #[serde(default)]
    pub mode: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileException {
    pub date: String,
    #[serde(default)]
    pub slots: Vec<FileSlot>,
    #[serde(default)]
    pub note: Text,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileStatus {
    pub state: String,
    #[serde(default)]
    pub ended_on: Option<String>,
    #[serde(default)]
    pub notice: Text,
}
