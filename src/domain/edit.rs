//! What the editor does to a directory file, without a browser: new entries
//! with ids proposed from their names, ending an offer, the next data
//! version, the summary of changes before saving, and the save itself, which
//! writes only a file the app accepts.
//!
//! The editor works on the file's own form ([`FileDirectory`]), so what a
//! person typed is kept even while it is not valid yet.

use std::collections::BTreeMap;

use super::date::Date;
use super::file::{FileDirectory, FileOrganization, FileService, FileStatus};
use super::model::{Text, SOURCE_LANGUAGE};
use super::parse::{is_slug, parse_directory, validate, DirectoryError, Issue};
use super::write::write_directory;

/// An id for an entry named `name`: lowercase ASCII, umlauts spelled out,
/// words joined by hyphens, at most 60 characters; `-2`, `-3` … appended
/// while `taken` says the id is in use.
pub fn propose_id(name: &str, taken: &dyn Fn(&str) -> bool) -> String {
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        let spelled = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            'é' | 'è' | 'ê' => "e",
            'á' | 'à' | 'â' => "a",
            'ó' | 'ò' | 'ô' => "o",
            'í' | 'ì' | 'î' => "i",
            'ç' => "c",
            c if c.is_ascii_alphanumeric() => {
                slug.push(c);
                continue;
            }
            _ => "-",
        };
        slug.push_str(spelled);
    }
    let mut slug = slug.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    if slug.len() > 60 {
        slug.truncate(60);
        slug = slug.trim_end_matches('-').to_string();
    }
    if slug.is_empty() {
        slug = "eintrag".into();
    }
    if !taken(&slug) {
        return slug;
    }
    (2..).map(|n| format!("{slug}-{n}")).find(|id| !taken(id)).unwrap_or(slug)
}

/// The data version after an edit on `today`: `YYYY-MM-DD.N`, counting up
/// within a day, so it always compares newer than `old`.
pub fn next_data_version(old: &str, today: Date) -> String {
    let day = today.to_string();
    match old.split_once('.') {
        Some((d, n)) if d == day => format!("{day}.{}", n.parse::<u32>().unwrap_or(0) + 1),
        Some((d, _)) if d > day.as_str() => format!("{old}.1"),
        _ => format!("{day}.1"),
    }
}

fn german(text: &str) -> Text {
    Text::from_pairs(&[(SOURCE_LANGUAGE, text)])
}

/// A new offer of `organization_id` named `name` (German), checked `today`.
/// Its id is proposed from the name and unique in `dir`; it needs a topic,
/// a summary and a source before the directory can be saved.
pub fn new_service(dir: &FileDirectory, name: &str, organization_id: &str, today: Date) -> FileService {
    let id = propose_id(name, &|id| dir.services.iter().any(|s| s.id == id));
    FileService {
        id,
        organization_id: organization_id.to_string(),
        name: german(name),
        status: FileStatus { state: "active".into(), ..FileStatus::default() },
        assured_date: today.to_string(),
        ..FileService::default()
    }
}

/// A new organization named `name`, with a unique id proposed from the name.
pub fn new_organization(dir: &FileDirectory, name: &str) -> FileOrganization {
    let id = propose_id(name, &|id| dir.organizations.iter().any(|o| o.id == id));
    FileOrganization { id, name: name.to_string(), ..FileOrganization::default() }
}

/// Ends an offer: it stays in the file (saved contacts and old links still
/// find it) with the date it ended and, when given, a German notice.
pub fn mark_ended(service: &mut FileService, on: Date, notice: &str) {
    service.status.state = "ended".into();
    service.status.ended_on = Some(on.to_string());
    if !notice.trim().is_empty() {
        service.status.notice.0.insert(SOURCE_LANGUAGE.into(), notice.trim().to_string());
    }
}

/// True when an entry with this id is in the published directory: its id
/// (the offer's address, saved contacts) must not change any more.
pub fn is_published(published: &FileDirectory, service_id: &str) -> bool {
    published.services.iter().any(|s| s.id == service_id)
}

/// One changed field of one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The entry as the validator names it: `services[jobcenter-moers]`,
    /// `organizations[stadt-moers]`, `categories[2]`, `directory`.
    pub entry: String,
    /// The entry's name for people (German).
    pub name: String,
    /// The field path inside the entry (`phones[0].number`); empty when the
    /// whole entry was added.
    pub field: String,
    /// Empty when the field (or entry) was not there.
    pub before: String,
    pub after: String,
}

/// Every field that differs between `before` and `after`, entry by entry.
/// Offers and organizations are matched by id, other entries by position.
pub fn changes(before: &FileDirectory, after: &FileDirectory) -> Vec<Change> {
    let mut out = Vec::new();
    let header = |d: &FileDirectory| {
        let mut d = d.clone();
        d.data_version.clear();
        d.emergency.clear();
        d.categories.clear();
        d.target_groups.clear();
        d.organizations.clear();
        d.services.clear();
        flatten(&d)
    };
    diff_into(&mut out, "directory", "Verzeichnis", header(before), header(after));
    diff_list(
        &mut out,
        "emergency",
        &before.emergency,
        &after.emergency,
        |_, e| e.name.get(SOURCE_LANGUAGE).text.into(),
        false,
    );
    diff_list(
        &mut out,
        "categories",
        &before.categories,
        &after.categories,
        |_, c| c.name.get(SOURCE_LANGUAGE).text.into(),
        false,
    );
    diff_list(
        &mut out,
        "target_groups",
        &before.target_groups,
        &after.target_groups,
        |_, t| t.name.get(SOURCE_LANGUAGE).text.into(),
        false,
    );
    diff_list(&mut out, "organizations", &before.organizations, &after.organizations, |_, o| o.name.clone(), true);
    diff_list(
        &mut out,
        "services",
        &before.services,
        &after.services,
        |_, s| s.name.get(SOURCE_LANGUAGE).text.into(),
        true,
    );
    out
}

/// Entries with an `id` field are matched by it (`by_id`), others by position.
fn diff_list<T: serde::Serialize + HasId>(
    out: &mut Vec<Change>,
    kind: &str,
    before: &[T],
    after: &[T],
    name: fn(usize, &T) -> String,
    by_id: bool,
) {
    let key = |i: usize, item: &T| if by_id { item.id().to_string() } else { i.to_string() };
    let old: BTreeMap<String, (usize, &T)> = before.iter().enumerate().map(|(i, t)| (key(i, t), (i, t))).collect();
    let mut seen = std::collections::HashSet::new();
    for (i, item) in after.iter().enumerate() {
        let k = key(i, item);
        seen.insert(k.clone());
        let entry = format!("{kind}[{k}]");
        match old.get(&k) {
            Some((_, was)) => diff_into(out, &entry, &name(i, item), flatten(*was), flatten(item)),
            None => out.push(Change {
                entry,
                name: name(i, item),
                field: String::new(),
                before: String::new(),
                after: "neu".into(),
            }),
        }
    }
    for (k, (i, was)) in &old {
        if !seen.contains(k) {
            out.push(Change {
                entry: format!("{kind}[{k}]"),
                name: name(*i, was),
                field: String::new(),
                before: "vorhanden".into(),
                after: String::new(),
            });
        }
    }
}

/// Gives an entry's id where it has one.
pub trait HasId {
    fn id(&self) -> &str {
        ""
    }
}
impl HasId for FileService {
    fn id(&self) -> &str {
        &self.id
    }
}
impl HasId for FileOrganization {
    fn id(&self) -> &str {
        &self.id
    }
}
impl HasId for super::file::FileCategory {}
impl HasId for super::file::FileTargetGroup {}
impl HasId for super::file::FileEmergency {}

fn diff_into(
    out: &mut Vec<Change>,
    entry: &str,
    name: &str,
    before: Vec<(String, String)>,
    after: Vec<(String, String)>,
) {
    // In the file's order: the fields as they are now, then those removed.
    let get = |list: &[(String, String)], field: &str| {
        list.iter().find(|(f, _)| f == field).map(|(_, v)| v.clone()).unwrap_or_default()
    };
    let removed = before.iter().filter(|(f, _)| !after.iter().any(|(g, _)| g == f));
    for (field, _) in after.iter().chain(removed) {
        let (b, a) = (get(&before, field), get(&after, field));
        if b != a {
            out.push(Change { entry: entry.into(), name: name.into(), field: field.clone(), before: b, after: a });
        }
    }
}

/// Every non-empty leaf of `value` by its path (`schedule.slots[0].opens`), in the file's order.
fn flatten(value: &impl serde::Serialize) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Ok(v) = serde_json::to_value(value) {
        walk(&v, String::new(), &mut out);
    }
    out
}

fn walk(v: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    let join = |key: &str| if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
    match v {
        Value::Null => {}
        Value::Bool(false) => {}
        Value::String(s) if s.is_empty() => {}
        Value::Object(map) => {
            for (k, v) in map {
                walk(v, join(k), out);
            }
        }
        Value::Array(items) => {
            // Lists of plain values read best as one line ("mo, tu").
            if items.iter().all(|i| !i.is_object() && !i.is_array()) {
                let line: Vec<String> = items.iter().map(scalar).collect();
                if !line.is_empty() {
                    out.push((path, line.join(", ")));
                }
            } else {
                for (i, item) in items.iter().enumerate() {
                    walk(item, format!("{path}[{i}]"), out);
                }
            }
        }
        other => out.push((path, scalar(other))),
    }
}

fn scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A change to the German text of an offer (not marked as a minor edit):
/// every other language the offer has texts in now needs an update.
pub fn german_changed(s: &mut FileService) {
    let mut languages: Vec<String> = Vec::new();
    let texts = [&s.name, &s.summary, &s.description, &s.interpretation_services, &s.fees_description];
    for text in texts {
        for lang in text.0.keys() {
            if lang != SOURCE_LANGUAGE && !languages.contains(lang) {
                languages.push(lang.clone());
            }
        }
    }
    for lang in languages {
        if !s.needs_update.contains(&lang) {
            s.needs_update.push(lang);
        }
    }
    crate::order::sort(&mut s.needs_update);
}

/// A translation was updated (or confirmed as current): it no longer needs an update.
pub fn translation_updated(s: &mut FileService, lang: &str) {
    s.needs_update.retain(|l| l != lang);
}

/// The entries (`services[x]`, …) in which two versions differ, once each.
pub fn differing_entries(a: &FileDirectory, b: &FileDirectory) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for c in changes(a, b) {
        if !out.iter().any(|(e, _)| *e == c.entry) {
            out.push((c.entry, c.name));
        }
    }
    out
}

/// The file to save: with a new data version when anything changed since
/// `base`, validated by the app's own validator, written in the file's
/// canonical form and read back once more. Refused with every issue when
/// the app would refuse it.
pub fn save(draft: &FileDirectory, base: &FileDirectory, today: Date) -> Result<String, Vec<Issue>> {
    let mut file = draft.clone();
    let mut unchanged = draft.clone();
    unchanged.data_version = base.data_version.clone();
    if unchanged != *base {
        // Counting on from the version saved last (the draft takes it on
        // after a save), so two saves of one day never share a version.
        file.data_version = next_data_version(&draft.data_version, today);
    }
    let dir = validate(file).map_err(issues_of)?;
    let text = write_directory(&dir);
    match parse_directory(&text) {
        Ok(back) if back == dir => Ok(text),
        Ok(_) => Err(Vec::new()),
        Err(e) => Err(issues_of(e)),
    }
}

fn issues_of(e: DirectoryError) -> Vec<Issue> {
    match e {
        DirectoryError::Invalid(issues) => issues,
        _ => Vec::new(),
    }
}

/// The index of the offer an issue's entry names (`services[<id>]` or
/// `services[<position>]`), for showing the issue at its form.
pub fn service_index(dir: &FileDirectory, entry: &str) -> Option<usize> {
    let inner = entry.strip_prefix("services[")?.strip_suffix(']')?;
    if is_slug(inner) {
        if let Some(i) = dir.services.iter().position(|s| s.id == inner) {
            return Some(i);
        }
    }
    inner.parse().ok().filter(|&i| i < dir.services.len())
}

/// The entry name the validator gives the offer at `index`.
pub fn service_entry(dir: &FileDirectory, index: usize) -> String {
    match dir.services.get(index) {
        Some(s) if is_slug(&s.id) => format!("services[{}]", s.id),
        _ => format!("services[{index}]"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_proposed_from_names_and_kept_unique() {
        let none = |_: &str| false;
        assert_eq!(propose_id("Beratung für Frauen & Mädchen", &none), "beratung-fuer-frauen-maedchen");
        assert_eq!(propose_id("  Café Größe  ", &none), "cafe-groesse");
        assert_eq!(propose_id("!!!", &none), "eintrag");
        let taken = |id: &str| id == "sprachcafe" || id == "sprachcafe-2";
        assert_eq!(propose_id("Sprachcafé", &taken), "sprachcafe-3");
        let long = propose_id(&"sehr langer Name ".repeat(10), &none);
        assert!(long.len() <= 60 && is_slug(&long), "{long}");
    }

    #[test]
    fn data_versions_count_up_within_a_day() {
        let today = Date::parse("2026-12-02").unwrap();
        assert_eq!(next_data_version("2026-11-24.1", today), "2026-12-02.1");
        assert_eq!(next_data_version("2026-12-02.1", today), "2026-12-02.2");
        assert_eq!(next_data_version("2026-12-02.9", today), "2026-12-02.10");
        // A version from a clock ahead of ours still gets a newer one.
        assert_eq!(next_data_version("2027-01-01.1", today), "2027-01-01.1.1");
    }
}
