//! Locale files: a small, strict subset of Fluent (<https://projectfluent.org>).
//!
//! ```text
//! # comment
//! DirectoryAsOf = Verzeichnis: Stand { $date }
//! ```
//!
//! One message per line, `Key = text`, placeables only of the form `{ $name }`
//! (no selectors, no terms, no attributes). That keeps the files editable by
//! any Fluent tool and the parser a page long. A catalog is accepted only when
//! it is complete and every placeholder matches the German source, so a
//! truncated or broken download can never show half a language.

use super::{placeholders, Msg};
use std::fmt;

/// One language's texts, indexed like [`Msg::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    texts: Vec<String>,
}

/// A set of messages with one catalog per language: the app's [`Msg`], the
/// editor's [`EdMsg`](super::editor::EdMsg). Declared by `messages!`.
pub trait MessageSet: Copy + 'static {
    fn all() -> &'static [Self];
    fn key(self) -> &'static str;
    fn from_key(key: &str) -> Option<Self>;
    fn index(self) -> usize;
}

impl Catalog {
    pub fn get<M: MessageSet>(&self, msg: M) -> &str {
        self.texts.get(msg.index()).map(String::as_str).unwrap_or("")
    }

    /// Every message's text is its key: what a build with a broken German
    /// file would show (the native tests make sure none ships).
    pub fn keys_only<M: MessageSet>() -> Catalog {
        Catalog { texts: M::all().iter().map(|m| m.key().to_string()).collect() }
    }
}

/// Why a locale file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    /// A line that is neither a comment, blank, nor `Key = text`.
    Syntax {
        line: usize,
    },
    /// A placeable other than `{ $name }`, or an unbalanced brace.
    Placeable {
        line: usize,
    },
    UnknownKey {
        line: usize,
        key: String,
    },
    DuplicateKey {
        line: usize,
        key: String,
    },
    EmptyText {
        line: usize,
        key: String,
    },
    Missing {
        key: &'static str,
    },
    /// The file does not end with a line break: cut off in transfer.
    Truncated,
    /// The placeholders differ from the German source (or, for date
    /// patterns, use a name the formatter does not know).
    Placeholders {
        key: &'static str,
        found: Vec<String>,
    },
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogError::Syntax { line } => write!(f, "line {line}: expected `Key = text`"),
            CatalogError::Placeable { line } => write!(f, "line {line}: only `{{ $name }}` placeables are allowed"),
            CatalogError::UnknownKey { line, key } => write!(f, "line {line}: unknown key {key}"),
            CatalogError::DuplicateKey { line, key } => write!(f, "line {line}: {key} appears twice"),
            CatalogError::EmptyText { line, key } => write!(f, "line {line}: {key} has no text"),
            CatalogError::Missing { key } => write!(f, "{key} is missing"),
            CatalogError::Truncated => write!(f, "the file ends in the middle of a line"),
            CatalogError::Placeholders { key, found } => {
                write!(f, "{key}: placeholders {{{}}} do not match", found.join("}, {"))
            }
        }
    }
}

/// Parses a locale file into raw `(key, text)` pairs with `{ $name }`
/// rewritten to the internal `{name}` form. Checks syntax only.
pub fn parse_entries(source: &str) -> Result<Vec<(usize, String, String)>, Vec<CatalogError>> {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    if !source.ends_with('\n') {
        errors.push(CatalogError::Truncated);
    }
    for (index, raw) in source.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = raw.split_once('=') else {
            errors.push(CatalogError::Syntax { line });
            continue;
        };
        let key = key.trim();
        let valid_key = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !valid_key || raw.starts_with(char::is_whitespace) {
            errors.push(CatalogError::Syntax { line });
            continue;
        }
        match internal_form(value.trim()) {
            Some(text) => entries.push((line, key.to_string(), text)),
            None => errors.push(CatalogError::Placeable { line }),
        }
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

/// `a { $x } b` → `a {x} b`; `None` for any other use of braces.
fn internal_form(value: &str) -> Option<String> {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return None;
        }
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}')? + open;
        let name = rest[open + 1..close].trim().strip_prefix('$')?;
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        out.push('{');
        out.push_str(name);
        out.push('}');
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// Placeholder names a date pattern may use instead of matching German.
fn date_pattern_names(key: &str) -> Option<&'static [&'static str]> {
    match key {
        "DateFormat" => Some(&["day", "month", "month2", "monthname", "year"]),
        "MonthYearFormat" => Some(&["month", "month2", "monthname", "year"]),
        _ => None,
    }
}

/// Parses and checks a complete locale of the app's messages. Placeholders
/// are compared with `reference` (the German catalog); the German file itself has none.
pub fn parse_catalog(source: &str, reference: Option<&Catalog>) -> Result<Catalog, Vec<CatalogError>> {
    parse_catalog_of::<Msg>(source, reference)
}

/// [`parse_catalog`] for any message set.
pub fn parse_catalog_of<M: MessageSet>(
    source: &str,
    reference: Option<&Catalog>,
) -> Result<Catalog, Vec<CatalogError>> {
    let entries = parse_entries(source)?;
    let mut texts: Vec<Option<String>> = vec![None; M::all().len()];
    let mut errors = Vec::new();
    for (line, key, text) in entries {
        let Some(msg) = M::from_key(&key) else {
            errors.push(CatalogError::UnknownKey { line, key });
            continue;
        };
        if text.trim().is_empty() {
            errors.push(CatalogError::EmptyText { line, key });
        } else if texts[msg.index()].is_some() {
            errors.push(CatalogError::DuplicateKey { line, key });
        } else {
            texts[msg.index()] = Some(text);
        }
    }
    for &msg in M::all() {
        let Some(text) = &texts[msg.index()] else {
            errors.push(CatalogError::Missing { key: msg.key() });
            continue;
        };
        let found = placeholders(text);
        let fits = match date_pattern_names(msg.key()) {
            Some(allowed) => !found.is_empty() && found.iter().all(|n| allowed.contains(n)),
            None => reference.is_none_or(|r| found == placeholders(r.get(msg))),
        };
        if !fits {
            errors.push(CatalogError::Placeholders {
                key: msg.key(),
                found: found.into_iter().map(str::to_string).collect(),
            });
        }
    }
    if errors.is_empty() {
        Ok(Catalog { texts: texts.into_iter().map(Option::unwrap_or_default).collect() })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn german(msg: Msg) -> String {
        super::super::tr(super::super::Lang::De, msg).to_string()
    }

    fn reference() -> Catalog {
        parse_catalog(super::super::GERMAN_SOURCE, None).unwrap()
    }

    fn complete_with(overrides: &[(&str, &str)]) -> String {
        Msg::ALL
            .iter()
            .map(|m| {
                let text = overrides
                    .iter()
                    .find(|(k, _)| *k == m.key())
                    .map(|(_, v)| v.to_string())
                    .unwrap_or_else(|| german(*m).replace('{', "{ $").replace('}', " }"));
                format!("{} = {}\n", m.key(), text)
            })
            .collect()
    }

    #[test]
    fn placeables_are_rewritten_and_others_refused() {
        assert_eq!(internal_form("Stand { $date }, {$n}").as_deref(), Some("Stand {date}, {n}"));
        assert_eq!(internal_form("kein Platzhalter"), Some("kein Platzhalter".into()));
        assert_eq!(internal_form("{ date }"), None);
        assert_eq!(internal_form("a } b"), None);
        assert_eq!(internal_form("{ $x"), None);
        assert_eq!(internal_form("{ -term }"), None);
    }

    #[test]
    fn a_complete_locale_parses() {
        let catalog = parse_catalog(&complete_with(&[("Close", "Zu")]), Some(&reference())).unwrap();
        assert_eq!(catalog.get(Msg::Close), "Zu");
        assert_eq!(catalog.get(Msg::DirectoryAsOf), german(Msg::DirectoryAsOf));
    }

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let mut text = complete_with(&[("DirectoryAsOf", "Stand { $datum }")]);
        text = text.replace("Close = ", "# Close = ");
        text.push_str("Nonsense = x\nAppName = doppelt\nohne Gleichheitszeichen\n  Einrueckung = x\n");
        let errors = parse_catalog(&text, Some(&reference())).unwrap_err();
        // Syntax errors stop before key checks, so fix them and look again.
        assert!(errors.contains(&CatalogError::Syntax { line: Msg::ALL.len() + 3 }));
        assert!(errors.iter().all(|e| matches!(e, CatalogError::Syntax { .. })));
        let text = text.replace("ohne Gleichheitszeichen\n", "").replace("  Einrueckung = x\n", "");
        let errors = parse_catalog(&text, Some(&reference())).unwrap_err();
        assert!(errors.contains(&CatalogError::Missing { key: "Close" }));
        assert!(errors.contains(&CatalogError::UnknownKey { line: Msg::ALL.len() + 1, key: "Nonsense".into() }));
        assert!(errors.contains(&CatalogError::DuplicateKey { line: Msg::ALL.len() + 2, key: "AppName".into() }));
        assert!(errors.contains(&CatalogError::Placeholders { key: "DirectoryAsOf", found: vec!["datum".into()] }));
        assert_eq!(errors.len(), 4, "{errors:?}");
    }

    #[test]
    fn a_truncated_download_is_refused() {
        let text = complete_with(&[]);
        for cut in (1..text.len()).step_by(7).filter(|&i| text.is_char_boundary(i)) {
            assert!(parse_catalog(&text[..cut], Some(&reference())).is_err(), "cut at {cut}");
        }
        let at_line_end = text[..text.len() / 2].rfind('\n').unwrap() + 1;
        let errors = parse_catalog(&text[..at_line_end], Some(&reference())).unwrap_err();
        assert!(errors.iter().all(|e| matches!(e, CatalogError::Missing { .. })));
    }

    #[test]
    fn date_patterns_may_choose_their_parts() {
        let ok = complete_with(&[("DateFormat", "{ $day } { $monthname } { $year }")]);
        assert!(parse_catalog(&ok, Some(&reference())).is_ok());
        let bad = complete_with(&[("DateFormat", "{ $weekday }")]);
        assert!(parse_catalog(&bad, Some(&reference())).is_err());
    }
}
