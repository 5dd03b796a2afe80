//! `hsds export <directory.json>`: the directory as an HSDS 3.0 service list
//! on standard output (what the build publishes as `/hsds/services.json`).
//!
//! `hsds import <services.json> <base-directory.json>`: an HSDS 3.0 service
//! list (a page with `contents`, an array, or one service) as our directory
//! file on standard output, the base giving what HSDS has no place for (the
//! town, first stop, topics, target groups, emergency numbers); what could
//! not be mapped is reported on standard error. Check the result with
//! `make check-directory` or open it in the editor.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    use wegweiser::domain::{read_file, validate, write_directory};
    let args: Vec<String> = std::env::args().skip(1).collect();
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["export", directory] => read(directory).and_then(|text| {
            let file = read_file(&text).map_err(|e| format!("{directory}: {e}"))?;
            serde_json::to_string_pretty(&wegweiser::hsds::export(&file)).map_err(|e| e.to_string())
        }),
        ["import", list, base] => read(list).and_then(|text| {
            let list: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{list}: {e}"))?;
            let base = read_file(&read(base)?).map_err(|e| format!("{base}: {e}"))?;
            let imported = wegweiser::hsds::import(&list, &base);
            for n in &imported.notes {
                eprintln!("{}: {}", n.entry, n.message);
            }
            eprintln!("{} Angebote gelesen, {} Hinweise", imported.file.services.len(), imported.notes.len());
            // Valid: the canonical file; not yet: as it is, for the editor to show each problem.
            match validate(imported.file.clone()) {
                Ok(dir) => Ok(write_directory(&dir)),
                Err(e) => {
                    eprintln!("Noch nicht gültig (im Editor öffnen): {e}");
                    serde_json::to_string_pretty(&imported.file).map_err(|e| e.to_string())
                }
            }
        }),
        _ => Err("usage: hsds export <directory.json> | hsds import <services.json> <base-directory.json>".into()),
    };
    match result {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
