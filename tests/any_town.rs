//! A guide for any town: no town is named outside the directory files, the
//! tests and the documentation. The town, its region, offers, first stop and
//! emergency numbers come from the directory file; the theme colour from
//! site.json. (The Musterstadt sample builds and passes an end-to-end smoke
//! test: tests/e2e/town.spec.mjs.)

#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

use std::fs;
use std::path::{Path, PathBuf};

use wegweiser::domain::parse_directory;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The names no shipped file may contain: the towns and regions of the
/// directories we have (the bundled one and the sample).
fn town_names() -> Vec<String> {
    let mut names = Vec::new();
    for file in ["public/directory.json", "deploy/musterstadt.json"] {
        let dir = parse_directory(&fs::read_to_string(Path::new(ROOT).join(file)).unwrap()).unwrap();
        names.push(dir.municipality.name.clone());
        if !dir.municipality.region.is_empty() {
            names.push(dir.municipality.region.clone());
        }
    }
    names
}

/// What of a file counts as shipped code or text: Rust before its test
/// module and without comments; locale files without comments; the rest whole.
fn shipped(path: &Path, text: &str) -> String {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    match ext {
        "rs" => text
            .lines()
            .take_while(|l| !(l.trim_start().starts_with("#[cfg(") && l.contains("test")))
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n"),
        "ftl" => text.lines().filter(|l| !l.trim_start().starts_with('#')).collect::<Vec<_>>().join("\n"),
        _ => text.to_string(),
    }
}

#[test]
fn no_town_is_named_in_code_pages_manifest_locales_icons_or_hosting_files() {
    let names = town_names();
    assert!(names.iter().any(|n| n == "Moers") && names.iter().any(|n| n == "Musterstadt"), "{names:?}");
    let root = Path::new(ROOT);
    let mut checked = Vec::new();
    for dir in ["src", "public", "style", "deploy"] {
        files(&root.join(dir), &mut checked);
    }
    checked.extend(["index.html", "Trunk.toml", "site.json", "Makefile"].iter().map(|f| root.join(f)));
    let mut found = Vec::new();
    let mut count = 0;
    for path in &checked {
        let rel = path.strip_prefix(root).unwrap().to_string_lossy().to_string();
        // The directory files are where the town belongs.
        if rel == "public/directory.json" || rel.starts_with("deploy/musterstadt") {
            continue;
        }
        let Ok(text) = fs::read_to_string(path) else { continue }; // (binary icons)
        count += 1;
        let text = shipped(path, &text).to_lowercase();
        for name in &names {
            if text.contains(&name.to_lowercase()) {
                found.push(format!("{rel}: {name}"));
            }
        }
    }
    assert!(count > 100, "the scan saw the sources ({count} files)");
    assert_eq!(found, Vec::<String>::new(), "town names outside the directory files");
}

#[test]
fn the_scan_would_find_a_town_in_code() {
    let code = "pub const CITY: &str = \"Moers\";\n// a comment may say Moers\n#[cfg(test)]\nmod tests { \"Moers\" }";
    let seen = shipped(Path::new("x.rs"), code);
    assert!(seen.contains("Moers") && seen.matches("Moers").count() == 1);
    assert!(!shipped(Path::new("de.ftl"), "# Wegweiser Moers\nAppName = Wegweiser { $town }").contains("Moers"));
}

#[test]
fn the_sample_town_is_marked_as_sample_and_the_real_one_is_not() {
    let sample =
        parse_directory(&fs::read_to_string(Path::new(ROOT).join("deploy/musterstadt.json")).unwrap()).unwrap();
    assert!(sample.sample, "Musterstadt is sample data");
    assert!(
        sample.services.iter().all(|s| s.name.get("de").text.contains("Beispiel")),
        "every sample offer says so in its name"
    );
    let real = parse_directory(&fs::read_to_string(Path::new(ROOT).join("public/directory.json")).unwrap()).unwrap();
    assert!(!real.sample);
}
