//! The translation hand-off: the texts one language needs, as a CSV file
//! that spreadsheet programs and translators' tools open (one row per text,
//! the German source beside it), and the translated file read back.
//!
//! Reading back is all or nothing: every row is checked first (unknown ids,
//! a German source changed since the export, empty translations, unknown
//! states, repeated rows) and the directory changes only when no row has a
//! problem. Each text's state is taken as the file says: machine-assisted
//! (listed in the offer's `machine_translated`) or reviewed; an offer whose
//! every text came back no longer needs an update in that language.

use super::file::{FileDirectory, FileService};
use super::model::{Text, SOURCE_LANGUAGE};

/// Which texts to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Missing, or older than their German text (`needs_update`).
    Needed,
    /// Needed, and machine-assisted ones nobody has reviewed yet.
    Unreviewed,
    /// Every text that has a German source.
    All,
}

/// A translation's state, as the file says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    MachineAssisted,
    Reviewed,
}

impl State {
    /// The word the file uses (German: the file is read by the Servicestelle
    /// and its translators).
    pub fn word(self) -> &'static str {
        match self {
            State::MachineAssisted => "maschinell",
            State::Reviewed => "geprüft",
        }
    }

    /// Reads a state word: German or English, any case.
    pub fn parse(word: &str) -> Option<State> {
        match word.trim().to_lowercase().as_str() {
            "maschinell" | "machine-assisted" | "machine" => Some(State::MachineAssisted),
            "geprüft" | "geprueft" | "reviewed" => Some(State::Reviewed),
            _ => None,
        }
    }
}

/// One text of one entry in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Stable over edits: `services[<id>].<path>` or `organizations[<id>].<path>`.
    pub id: String,
    /// The entry as the validator names it (`services[jobcenter-moers]`).
    pub entry: String,
    /// The text's field inside the entry (`summary`, `locations[0].transportation`).
    pub field: String,
    pub source: String,
    /// The current translation, empty when there is none.
    pub target: String,
    /// The current state; `None` while there is no translation, and for a
    /// provider's texts, which carry none.
    pub state: Option<State>,
}

/// Calls `visit` with every text of an offer and its field path.
fn service_texts(s: &mut FileService, visit: &mut dyn FnMut(String, &mut Text)) {
    visit("name".into(), &mut s.name);
    visit("summary".into(), &mut s.summary);
    visit("description".into(), &mut s.description);
    visit("interpretation_services".into(), &mut s.interpretation_services);
    visit("fees_description".into(), &mut s.fees_description);
    for (i, l) in s.locations.iter_mut().enumerate() {
        visit(format!("locations[{i}].name"), &mut l.name);
        visit(format!("locations[{i}].accessibility"), &mut l.accessibility);
        visit(format!("locations[{i}].transportation"), &mut l.transportation);
    }
    for (i, p) in s.phones.iter_mut().enumerate() {
        visit(format!("phones[{i}].description"), &mut p.description);
    }
    if let Some(schedule) = &mut s.schedule {
        visit("schedule.note".into(), &mut schedule.note);
        for (i, e) in schedule.exceptions.iter_mut().enumerate() {
            visit(format!("schedule.exceptions[{i}].note"), &mut e.note);
        }
    }
    visit("status.notice".into(), &mut s.status.notice);
}

fn german(text: &Text) -> &str {
    text.0.get(SOURCE_LANGUAGE).map(|t| t.trim()).unwrap_or("")
}

/// The texts of `lang` that `scope` asks for, in file order.
pub fn units(file: &FileDirectory, lang: &str, scope: Scope) -> Vec<Unit> {
    // Every translatable text: (entry, field, text, the offer it belongs to).
    let mut texts: Vec<(String, String, Text, Option<&FileService>)> = Vec::new();
    for o in &file.organizations {
        texts.push((format!("organizations[{}]", o.id), "description".into(), o.description.clone(), None));
    }
    for s in &file.services {
        let entry = format!("services[{}]", s.id);
        service_texts(&mut s.clone(), &mut |field, text| texts.push((entry.clone(), field, text.clone(), Some(s))));
    }
    let mut out = Vec::new();
    for (entry, field, text, service) in texts {
        let source = german(&text);
        if source.is_empty() {
            continue;
        }
        let target = text.0.get(lang).map(|t| t.trim()).unwrap_or("").to_string();
        let listed =
            |list: fn(&FileService) -> &Vec<String>| service.is_some_and(|s| list(s).iter().any(|l| l == lang));
        let machine = listed(|s| &s.machine_translated);
        let outdated = listed(|s| &s.needs_update);
        // Providers' texts carry no state: only offers list their machine-assisted languages.
        let state = (service.is_some() && !target.is_empty()).then_some(if machine {
            State::MachineAssisted
        } else {
            State::Reviewed
        });
        let needed = target.is_empty() || outdated;
        let wanted = match scope {
            Scope::Needed => needed,
            Scope::Unreviewed => needed || machine,
            Scope::All => true,
        };
        if wanted {
            out.push(Unit { id: format!("{entry}.{field}"), entry, field, source: source.to_string(), target, state });
        }
    }
    out
}

/// How many texts of `lang` are missing and how many need an update.
pub fn counts(file: &FileDirectory, lang: &str) -> (usize, usize) {
    let needed = units(file, lang, Scope::Needed);
    let missing = needed.iter().filter(|u| u.target.is_empty()).count();
    (missing, needed.len() - missing)
}

/// The column headings of the file; the translation's column is headed by
/// the language's code.
const ID: &str = "id";
const STATE: &str = "Status";
const SEPARATOR: char = ';';

/// The CSV file for `lang`: UTF-8 with a byte order mark (so spreadsheet
/// programs read the letters right), `;`-separated (what German Excel
/// expects), every field quoted. `context` gives the two columns a
/// translator reads but the import ignores: the entry's name and the field's label.
pub fn export_csv(units: &[Unit], lang: &str, context: &dyn Fn(&Unit) -> (String, String)) -> String {
    let mut out = String::from('\u{feff}');
    let heading = [ID, "Eintrag", "Feld", SOURCE_LANGUAGE, lang, STATE];
    push_record(&mut out, &heading);
    for u in units {
        let (entry, field) = context(u);
        let state = u.state.map(State::word).unwrap_or("");
        push_record(&mut out, &[&u.id, &entry, &field, &u.source, &u.target, state]);
    }
    out
}

fn push_record(out: &mut String, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(SEPARATOR);
        }
        out.push('"');
        out.push_str(&f.replace('"', "\"\""));
        out.push('"');
    }
    out.push_str("\r\n");
}

/// One record of a CSV file and the line it starts on (1-based).
type Record = (usize, Vec<String>);

/// Reads CSV (RFC 4180: quoted fields with doubled quotes and line breaks);
/// the separator is the one the heading line uses (`;`, `,` or a tab), as
/// spreadsheet programs save with either. `Err(line)` for a quote never closed.
pub fn parse_csv(text: &str) -> Result<Vec<Record>, usize> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let heading = text.lines().next().unwrap_or("");
    let separator = [';', ',', '\t']
        .into_iter()
        .max_by_key(|c| heading.matches(*c).count())
        .filter(|c| heading.contains(*c))
        .unwrap_or(SEPARATOR);
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut start = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\r' if chars.peek() == Some(&'\n') => {}
                c => {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c);
                }
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            c if c == separator => record.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                record.push(std::mem::take(&mut field));
                if record.iter().any(|f| !f.trim().is_empty()) {
                    records.push((start, std::mem::take(&mut record)));
                }
                record.clear();
                line += 1;
                start = line;
            }
            c => field.push(c),
        }
    }
    if quoted {
        return Err(start);
    }
    record.push(field);
    if record.iter().any(|f| !f.trim().is_empty()) {
        records.push((start, record));
    }
    Ok(records)
}

/// Why a translated file was not read back. `line` is the file's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    /// Not UTF-8 (a spreadsheet saved it in another encoding).
    NotUtf8,
    /// A quote opened on this line is never closed.
    Unclosed {
        line: usize,
    },
    /// The heading lacks the id, German, language or state column.
    Heading,
    /// The file has no rows.
    Empty,
    UnknownId {
        line: usize,
        id: String,
    },
    Repeated {
        line: usize,
        entry: String,
        field: String,
    },
    /// The German text changed since the export: the translation may not fit it any more.
    SourceChanged {
        line: usize,
        entry: String,
        field: String,
    },
    NoTranslation {
        line: usize,
        entry: String,
        field: String,
    },
    BadState {
        line: usize,
        value: String,
    },
}

/// A translated file, checked and applied to a copy of the directory.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub lang: String,
    pub file: FileDirectory,
    /// Texts that differ from before.
    pub changed: usize,
    /// Rows read.
    pub rows: usize,
}

/// Reads a translated file back into `file`; nothing changes unless every row is fine.
/// `is_language` says which codes name a language of the directory.
pub fn import_csv(
    file: &FileDirectory,
    text: &str,
    is_language: &dyn Fn(&str) -> bool,
) -> Result<Imported, Vec<ImportProblem>> {
    if text.contains('\u{fffd}') {
        return Err(vec![ImportProblem::NotUtf8]);
    }
    let records = parse_csv(text).map_err(|line| vec![ImportProblem::Unclosed { line }])?;
    let Some(((_, heading), rows)) = records.split_first() else {
        return Err(vec![ImportProblem::Empty]);
    };
    let column = |name: &str| heading.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    // (`id` is a language code too: Indonesian.)
    let lang = heading.iter().map(|h| h.trim()).find(|h| ![SOURCE_LANGUAGE, ID].contains(h) && is_language(h));
    let (Some(id_col), Some(de_col), Some(lang), Some(state_col)) =
        (column(ID), column(SOURCE_LANGUAGE), lang, column(STATE).or_else(|| column("state")))
    else {
        return Err(vec![ImportProblem::Heading]);
    };
    let Some(lang_col) = column(lang) else { return Err(vec![ImportProblem::Heading]) };
    if rows.is_empty() {
        return Err(vec![ImportProblem::Empty]);
    }
    let current = units(file, lang, Scope::All);
    let cell =
        |row: &[String], i: usize| row.get(i).map(|c| c.replace("\r\n", "\n").trim().to_string()).unwrap_or_default();
    let mut problems = Vec::new();
    let mut accepted: Vec<(&Unit, String, State)> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (line, row) in rows {
        let line = *line;
        let id = cell(row, id_col);
        let Some(unit) = current.iter().find(|u| u.id == id) else {
            problems.push(ImportProblem::UnknownId { line, id });
            continue;
        };
        if seen.contains(&unit.id.as_str()) {
            problems.push(ImportProblem::Repeated { line, entry: unit.entry.clone(), field: unit.field.clone() });
            continue;
        }
        seen.push(&unit.id);
        let at = || (unit.entry.clone(), unit.field.clone());
        if cell(row, de_col) != unit.source.replace("\r\n", "\n") {
            let (entry, field) = at();
            problems.push(ImportProblem::SourceChanged { line, entry, field });
            continue;
        }
        let target = cell(row, lang_col);
        if target.is_empty() {
            let (entry, field) = at();
            problems.push(ImportProblem::NoTranslation { line, entry, field });
            continue;
        }
        let word = cell(row, state_col);
        let state = match State::parse(&word) {
            Some(state) => state,
            None if unit.entry.starts_with("organizations[") && word.is_empty() => State::Reviewed,
            None => {
                problems.push(ImportProblem::BadState { line, value: word });
                continue;
            }
        };
        accepted.push((unit, target, state));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut out = file.clone();
    let mut changed = 0;
    apply(&mut out, lang, &accepted, &mut changed);
    Ok(Imported { lang: lang.to_string(), file: out, changed, rows: accepted.len() })
}

/// Writes accepted rows into `file` and settles each offer's states.
fn apply(file: &mut FileDirectory, lang: &str, accepted: &[(&Unit, String, State)], changed: &mut usize) {
    let row = |entry: &str, field: &str| accepted.iter().find(|(u, _, _)| u.entry == entry && u.field == field);
    for o in &mut file.organizations {
        if let Some((_, target, _)) = row(&format!("organizations[{}]", o.id), "description") {
            set(&mut o.description, lang, target, changed);
        }
    }
    for s in &mut file.services {
        let entry = format!("services[{}]", s.id);
        let (mut all_back, mut any, mut any_machine) = (true, false, false);
        service_texts(s, &mut |field, text| {
            if german(text).is_empty() {
                return;
            }
            match row(&entry, &field) {
                Some((_, target, state)) => {
                    set(text, lang, target, changed);
                    any = true;
                    any_machine |= *state == State::MachineAssisted;
                }
                None => all_back = false,
            }
        });
        if !any {
            continue;
        }
        if any_machine {
            if !s.machine_translated.iter().any(|l| l == lang) {
                s.machine_translated.push(lang.to_string());
            }
        } else if all_back {
            s.machine_translated.retain(|l| l != lang);
        }
        if all_back {
            s.needs_update.retain(|l| l != lang);
        }
    }
}

fn set(text: &mut Text, lang: &str, target: &str, changed: &mut usize) {
    if text.0.get(lang).map(|t| t.trim()) != Some(target) {
        text.0.insert(lang.to_string(), target.to_string());
        *changed += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_reads_quotes_line_breaks_and_either_separator() {
        let text = "\u{feff}\"id\";\"de\"\r\n\"a\";\"Zeile 1\nZeile \"\"2\"\"\"\r\n\r\nb;c\r\n";
        let records = parse_csv(text).unwrap();
        assert_eq!(records.len(), 3);
        assert_eq!(records[1], (2, vec!["a".to_string(), "Zeile 1\nZeile \"2\"".to_string()]));
        assert_eq!(records[2].0, 5);
        let comma = parse_csv("id,de\nx,\"a;b\"").unwrap();
        assert_eq!(comma[1].1, vec!["x", "a;b"]);
        assert_eq!(parse_csv("id;de\n\"x;y\n"), Err(2));
    }

    #[test]
    fn states_read_in_german_or_english() {
        assert_eq!(State::parse(" Geprüft "), Some(State::Reviewed));
        assert_eq!(State::parse("machine-assisted"), Some(State::MachineAssisted));
        assert_eq!(State::parse(""), None);
        for s in [State::MachineAssisted, State::Reviewed] {
            assert_eq!(State::parse(s.word()), Some(s));
        }
    }
}
