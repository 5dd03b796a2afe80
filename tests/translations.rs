//! The translation hand-off (src/domain/translate.rs): the texts one
//! language needs as a CSV table, and the translated table read back, all or
//! nothing, with every problem named by entry and field.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

use wegweiser::domain::edit::german_changed;
use wegweiser::domain::file::FileDirectory;
use wegweiser::domain::parse::is_language_code;
use wegweiser::domain::read_file;
use wegweiser::domain::translate::{counts, export_csv, import_csv, parse_csv, units, ImportProblem, Scope, State};
use wegweiser::i18n::editor::{import_problem_text, translation_context};
use wegweiser::i18n::Lang;

const BUNDLED: &str = include_str!("../public/directory.json");

fn file() -> FileDirectory {
    read_file(BUNDLED).expect("the bundled directory reads")
}

fn export(file: &FileDirectory, lang: &str, scope: Scope) -> String {
    export_csv(&units(file, lang, scope), lang, &|u| translation_context(file, u))
}

fn import(file: &FileDirectory, csv: &str) -> Result<wegweiser::domain::translate::Imported, Vec<ImportProblem>> {
    import_csv(file, csv, &is_language_code)
}

/// The table with each row passed through `edit(id, german, translation, state)`,
/// as a translator's spreadsheet would save it again.
fn translate(csv: &str, edit: &dyn Fn(&str, &str, &mut String, &mut String)) -> String {
    let records = parse_csv(csv).unwrap();
    let mut out = String::new();
    for (i, (_, mut row)) in records.into_iter().enumerate() {
        if i > 0 {
            let (id, de) = (row[0].clone(), row[3].clone());
            let (mut target, mut state) = (row[4].clone(), row[5].clone());
            edit(&id, &de, &mut target, &mut state);
            row[4] = target;
            row[5] = state;
        }
        let quoted: Vec<String> = row.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
        out.push_str(&quoted.join(","));
        out.push('\n');
    }
    out
}

#[test]
fn a_round_trip_keeps_every_text_and_its_state_in_ukrainian_and_arabic() {
    let base = file();
    for lang in ["uk", "ar"] {
        let csv = export(&base, lang, Scope::All);
        assert!(csv.starts_with('\u{feff}'), "a byte order mark for spreadsheet programs");
        let all = units(&base, lang, Scope::All);
        let (missing, outdated) = counts(&base, lang);
        assert!(missing > 0 && outdated == 0, "{lang}: the bundle has missing texts, none outdated");
        assert_eq!(all.iter().filter(|u| u.target.is_empty()).count(), missing);

        // Unchanged, the table is refused only for its empty rows, and names them.
        let problems = import(&base, &csv).unwrap_err();
        assert_eq!(problems.len(), missing);
        assert!(problems.iter().all(|p| matches!(p, ImportProblem::NoTranslation { .. })), "{problems:?}");

        // The translator fills the missing rows; everything else comes back as it went.
        let filled = translate(&csv, &|_, de, target, state| {
            if target.is_empty() {
                *target = format!("[{lang}] {de}");
                *state = "maschinell".into();
            }
        });
        let imported = import(&base, &filled).unwrap();
        assert_eq!((imported.lang.as_str(), imported.rows, imported.changed), (lang, all.len(), missing));
        let after = units(&imported.file, lang, Scope::All);
        assert_eq!(after.len(), all.len());
        for (before, now) in all.iter().zip(&after) {
            assert_eq!(before.id, now.id);
            assert_eq!(before.source, now.source, "{}: German untouched", now.id);
            if before.target.is_empty() {
                assert_eq!(now.target, format!("[{lang}] {}", before.source));
            } else {
                assert_eq!(now.target, before.target, "{}", now.id);
            }
            if now.entry.starts_with("services[") {
                assert_eq!(now.state, Some(before.state.unwrap_or(State::MachineAssisted)), "{}", now.id);
            } else {
                assert_eq!(now.state, None, "{}: a provider's text has no state", now.id);
            }
        }
        // Only the filled texts changed: the other languages and every state list are as before.
        for (s, t) in base.services.iter().zip(&imported.file.services) {
            assert_eq!(s.needs_update, t.needs_update);
            assert_eq!(s.machine_translated, t.machine_translated, "{}: every offer was machine-assisted", s.id);
            assert_eq!(s.summary.0.get("fa"), t.summary.0.get("fa"));
        }
        assert_eq!(counts(&imported.file, lang), (0, 0));
        // And again: the table of the imported file comes back unchanged.
        let again = export(&imported.file, lang, Scope::All);
        let reimported = import(&imported.file, &again).unwrap();
        assert_eq!(reimported.changed, 0);
        assert_eq!(reimported.file, imported.file);
    }
}

#[test]
fn reviewed_texts_and_an_update_after_a_german_change_come_back_with_their_state() {
    let mut base = file();
    let s = base.services.iter_mut().find(|s| s.id == "servicestelle-zuwanderung").unwrap();
    s.summary.0.insert("de".into(), "Erste Anlaufstelle für alle, die neu in Moers sind.".into());
    german_changed(s);
    assert!(s.needs_update.contains(&"uk".to_string()));
    let csv = export(&base, "uk", Scope::Needed);
    let rows = &parse_csv(&csv).unwrap()[1..];
    assert!(rows.iter().any(|(_, r)| r[0] == "services[servicestelle-zuwanderung].summary" && !r[4].is_empty()));
    assert!(rows.iter().any(|(_, r)| r[2] == "Kurzbeschreibung"), "the field in words for the translator");
    let reviewed = translate(&csv, &|_, _, target, state| {
        target.push_str(" (перевірено)");
        *state = "geprüft".into();
    });
    let imported = import(&base, &reviewed).unwrap();
    let s = imported.file.services.iter().find(|s| s.id == "servicestelle-zuwanderung").unwrap();
    assert!(!s.needs_update.contains(&"uk".to_string()), "every text came back: up to date");
    assert!(s.needs_update.contains(&"ar".to_string()), "other languages still need it");
    assert!(!s.machine_translated.contains(&"uk".to_string()), "all reviewed by a person");
    assert!(s.summary.0["uk"].ends_with("(перевірено)"));

    // Only one row back: the rest still needs an update, and a machine row marks the offer again.
    let one: String = reviewed
        .lines()
        .enumerate()
        .filter(|(i, l)| *i == 0 || l.contains("servicestelle-zuwanderung].summary"))
        .map(|(_, l)| format!("{}\n", l.replace("geprüft", "maschinell")))
        .collect();
    let partial = import(&base, &one).unwrap();
    let s = partial.file.services.iter().find(|s| s.id == "servicestelle-zuwanderung").unwrap();
    assert!(s.needs_update.contains(&"uk".to_string()));
    assert!(s.machine_translated.contains(&"uk".to_string()));
}

#[test]
fn a_table_whose_german_changed_since_the_export_is_refused_naming_the_entries() {
    let base = file();
    let csv = export(&base, "ar", Scope::All);
    let filled = translate(&csv, &|_, _, target, state| {
        if target.is_empty() {
            *target = "نص".into();
            *state = "maschinell".into();
        }
    });
    let mut changed = base.clone();
    for id in ["jobcenter-moers", "servicestelle-zuwanderung"] {
        let s = changed.services.iter_mut().find(|s| s.id == id).unwrap();
        s.summary.0.insert("de".into(), "Neuer Text seit dem Export.".into());
    }
    let problems = import(&changed, &filled).unwrap_err();
    assert_eq!(problems.len(), 2, "{problems:?}");
    let words: Vec<String> = problems.iter().map(|p| import_problem_text(Lang::De, &changed, p)).collect();
    assert!(problems.iter().all(|p| matches!(p, ImportProblem::SourceChanged { .. })), "{problems:?}");
    assert!(
        words.iter().any(|w| w.contains("Servicestelle Zuwanderung") && w.contains("Kurzbeschreibung")),
        "{words:?}"
    );
    assert!(words.iter().any(|w| w.contains("Jobcenter")), "{words:?}");
    assert!(words.iter().all(|w| w.starts_with("Zeile ") && w.contains("seit dem Export")), "{words:?}");
}

#[test]
fn unknown_ids_repeated_rows_empty_texts_and_bad_states_are_all_reported_and_nothing_is_taken() {
    let base = file();
    let csv = export(&base, "uk", Scope::Unreviewed);
    let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
    let offer = lines.iter().position(|l| l.contains("\"maschinell\"")).unwrap();
    let first = lines[offer].clone();
    lines.push(first.clone()); // repeated
    lines.push(first.replacen("services[", "services[gibt-es-nicht-", 1)); // unknown
    lines[offer] = lines[offer].replace("\"maschinell\"", "\"fertig\""); // bad state
    let text = lines.join("\r\n");
    let problems = import(&base, &text).unwrap_err();
    let kind = |f: fn(&ImportProblem) -> bool| problems.iter().filter(|p| f(p)).count();
    assert_eq!(kind(|p| matches!(p, ImportProblem::Repeated { .. })), 1);
    assert_eq!(kind(|p| matches!(p, ImportProblem::UnknownId { .. })), 1);
    assert_eq!(kind(|p| matches!(p, ImportProblem::BadState { value, .. } if value == "fertig")), 1);
    assert!(kind(|p| matches!(p, ImportProblem::NoTranslation { .. })) > 0, "the missing texts are empty");
    let last = lines.len();
    let id = parse_csv(&first).unwrap()[0].1[0].clone();
    assert!(problems.iter().any(|p| matches!(p, ImportProblem::Repeated { line, entry, field }
        if *line == last - 1 && format!("{entry}.{field}") == id)));
    for p in &problems {
        for lang in [Lang::De, Lang::En] {
            let text = import_problem_text(lang, &base, p);
            // An unknown id is quoted as the table has it; everything else in words.
            let unknown = matches!(p, ImportProblem::UnknownId { .. });
            assert!(unknown || !text.contains("services["), "no JSON path in {text}");
        }
    }

    // Whole-file problems.
    assert_eq!(import(&base, "a;b\n1;2\n").unwrap_err(), vec![ImportProblem::Heading]);
    assert_eq!(import(&base, "\"id\";\"de\";\"uk\";\"Status\"\r\n").unwrap_err(), vec![ImportProblem::Empty]);
    assert_eq!(import(&base, "id;de;uk;Status\n\"x;y;z\n").unwrap_err(), vec![ImportProblem::Unclosed { line: 2 }]);
    let latin1 = String::from_utf8_lossy(b"id;de;uk;Status\nx;Gr\xfc\xdfe;a;b\n").to_string();
    assert_eq!(import(&base, &latin1).unwrap_err(), vec![ImportProblem::NotUtf8]);
}

#[test]
fn the_needed_scope_is_what_the_counts_say() {
    let mut base = file();
    let (missing, outdated) = counts(&base, "fa");
    assert_eq!(units(&base, "fa", Scope::Needed).len(), missing + outdated);
    let s = base.services.iter_mut().find(|s| s.id == "jobcenter-moers").unwrap();
    german_changed(s);
    let (missing2, outdated2) = counts(&base, "fa");
    assert_eq!(missing2, missing);
    assert!(outdated2 > 0);
    assert!(units(&base, "fa", Scope::Unreviewed).len() > missing2 + outdated2, "machine-assisted ones too");
}
