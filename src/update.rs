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

/// Judges a downloaded directory text against the one in use.
pub fn judge(current: Option<&Directory>, downloaded: &str) -> Verdict {
    match parse_directory(downloaded) {
        Err(e) => Verdict::Broken(e),
        Ok(new) => match current.map(|cur| compare_data_versions(&new.data_version, &cur.data_version)) {
            Some(Ordering::Equal) => Verdict::UpToDate,
            Some(Ordering::Less) => Verdict::Older,
            _ => Verdict::Replace(Box::new(new)),
        },
    }
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
        assert!(matches!(judge(None, BUNDLED), Verdict::Replace(_)));
        assert!(matches!(judge(Some(&current), BUNDLED), Verdict::UpToDate));
        let newer = BUNDLED.replacen("\"data_version\": \"2026-11-24.1\"", "\"data_version\": \"2026-11-24.2\"", 1);
        assert!(matches!(judge(Some(&current), &newer), Verdict::Replace(d) if d.data_version == "2026-11-24.2"));
        let older = BUNDLED.replacen("\"data_version\": \"2026-11-24.1\"", "\"data_version\": \"2026-01-01.1\"", 1);
        assert!(matches!(judge(Some(&current), &older), Verdict::Older));
        let truncated = &newer[..newer.len() - 100];
        assert!(matches!(judge(Some(&current), truncated), Verdict::Broken(DirectoryError::Syntax { .. })));
        let invalid = newer.replacen("\"assured_date\": \"2026-11-24\"", "\"assured_date\": \"soon\"", 1);
        assert!(matches!(judge(Some(&current), &invalid), Verdict::Broken(DirectoryError::Invalid(_))));
    }
}
