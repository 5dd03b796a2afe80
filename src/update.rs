//! Deciding about a downloaded directory: replace the stored one only with a
//! complete, valid and newer file. Pure and natively tested; the browser side
//! (fetch, IndexedDB) lives in `app` and `storage`.

use std::cmp::Ordering;

use crate::domain::{parse_directory, Directory, DirectoryError};

/// Compares data versions like `2026-11-24.2`: digit runs as numbers, so
/// `…​.10` is newer than `…​.9`.
pub fn compare_data_versions(a: &str, b: &str) -> Ordering {
    let parts = |s: &str| -> Vec<(u64, String)> {
        s.split(|c: char| !c.is_ascii_alphanumeric())
            .map(|p| {
                (
                    p.parse::<u64>().unwrap_or(0),
                    if p.bytes().all(|b| b.is_ascii_digit()) { String::new() } else { p.to_string() },
                )
            })
            .collect()
    };
    parts(a).cmp(&parts(b))
}

/// What to do with a download.
#[derive(Debug)]
pub enum Verdict {
    /// Valid and newer: store it and show it.
    Replace(Box<Directory>),
    /// The same version as the one stored: nothing to do.
    UpToDate,
    /// Valid but older than the one stored (a rolled-back server): keep ours, tell the user.
    Older,
    /// Broken (truncated, not JSON, invalid): keep the stored copy, tell the user.
    Broken(DirectoryError),
}

/// Judges a downloaded directory text (the file for UI language `lang`)
/// against the one in use. The same data version in another language's file
/// replaces it: that is how a language switch gets its texts.
pub fn judge(current: Option<&Directory>, downloaded: &str, lang: &str) -> Verdict {
    match parse_directory(downloaded) {
        Err(e) => Verdict::Broken(e),
        Ok(new) => match current.map(|cur| (compare_data_versions(&new.data_version, &cur.data_version), cur)) {
            Some((Ordering::Equal, cur)) if cur.has_texts_for(lang) || !new.has_texts_for(lang) => Verdict::UpToDate,
            Some((Ordering::Less, _)) => Verdict::Older,
            _ => Verdict::Replace(Box::new(new)),
        },
    }
}

/// Where the directory file for UI language `code` is published.
pub fn directory_path(code: &str) -> String {
    format!("/directory/{code}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLED: &str = include_str!("../public/directory.json");

    #[test]
    fn data_versions_compare_numerically() {
        assert_eq!(compare_data_versions("2026-11-24.2", "2026-11-24.1"), Ordering::Greater);
        assert_eq!(compare_data_versions("2026-11-24.10", "2026-11-24.9"), Ordering::Greater);
        assert_eq!(compare_data_versions("2026-12-01.1", "2026-11-24.9"), Ordering::Greater);
        assert_eq!(compare_data_versions("2026-11-24.1", "2026-11-24.1"), Ordering::Equal);
        assert_eq!(compare_data_versions("2025-01-01.1", "2026-11-24.1"), Ordering::Less);
    }

    #[test]
    fn only_a_valid_newer_file_replaces() {
        let current = parse_directory(BUNDLED).unwrap();
        assert!(matches!(judge(None, BUNDLED, "de"), Verdict::Replace(_)));
        assert!(matches!(judge(Some(&current), BUNDLED, "de"), Verdict::UpToDate));
        let newer = BUNDLED.replacen("\"data_version\": \"2026-11-24.1\"", "\"data_version\": \"2026-11-24.2\"", 1);
        assert!(matches!(judge(Some(&current), &newer, "de"), Verdict::Replace(d) if d.data_version == "2026-11-24.2"));
        let older = BUNDLED.replacen("\"data_version\": \"2026-11-24.1\"", "\"data_version\": \"2026-01-01.1\"", 1);
        assert!(matches!(judge(Some(&current), &older, "de"), Verdict::Older));
        let truncated = &newer[..newer.len() - 100];
        assert!(matches!(judge(Some(&current), truncated, "de"), Verdict::Broken(DirectoryError::Syntax { .. })));
        let invalid = newer.replacen("\"assured_date\": \"2026-11-24\"", "\"assured_date\": \"soon\"", 1);
        assert!(matches!(judge(Some(&current), &invalid, "de"), Verdict::Broken(DirectoryError::Invalid(_))));
    }

    #[test]
    fn a_language_switch_takes_the_same_version_in_the_new_language() {
        let variant = |langs: &str| {
            BUNDLED.replacen("\"data_version\"", &format!("\"text_languages\": [{langs}],\n  \"data_version\""), 1)
        };
        let german_only = parse_directory(&variant("\"de\"")).unwrap();
        assert!(german_only.has_texts_for("de") && !german_only.has_texts_for("ar"));
        assert!(matches!(judge(Some(&german_only), &variant("\"de\", \"ar\""), "ar"), Verdict::Replace(_)));
        assert!(matches!(judge(Some(&german_only), &variant("\"de\""), "de"), Verdict::UpToDate));
        let arabic = parse_directory(&variant("\"de\", \"ar\"")).unwrap();
        assert!(matches!(judge(Some(&arabic), &variant("\"de\", \"ar\""), "ar"), Verdict::UpToDate));
        // An older file stays refused, whatever its language.
        let older = variant("\"de\", \"ar\"").replacen("2026-11-24.1", "2026-01-01.1", 1);
        assert!(matches!(judge(Some(&german_only), &older, "ar"), Verdict::Older));
        assert_eq!(directory_path("ar"), "/directory/ar.json");
    }
}
