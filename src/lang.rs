//! The UI languages and every fact about each, in one table ([`LANGS`]):
//! adding a language is one row (plus its locale file), so a new
//! right-to-left language cannot be half-added. Pure; depends on nothing.

/// A user-interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    De,
    /// Leichte Sprache (Easy German).
    DeEasy,
    En,
    Ar,
    /// Farsi and Dari (one written standard).
    Fa,
    Uk,
    Ru,
    Tr,
    /// Kurdish, Kurmanji (Latin script).
    Kmr,
    Ti,
    Fr,
}

/// Writing direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

/// What the app needs to know about one UI language.
#[derive(Debug)]
pub struct LangInfo {
    pub lang: Lang,
    /// The code in links (`?lang=`), locale file names and directory texts.
    pub code: &'static str,
    /// The BCP 47 tag for `lang` attributes (Easy German is German to a screen reader).
    pub html_lang: &'static str,
    /// The name in the language's own script.
    pub endonym: &'static str,
    /// The name in German and in English, shown beside the endonym.
    pub name_de: &'static str,
    pub name_en: &'static str,
    pub direction: Direction,
    /// The decimal separator (CLDR, with the Latin digits the app uses everywhere).
    pub decimal: char,
}

use Direction::{Ltr, Rtl};

const fn row(
    lang: Lang,
    code: &'static str,
    html_lang: &'static str,
    endonym: &'static str,
    names: (&'static str, &'static str),
    direction: Direction,
    decimal: char,
) -> LangInfo {
    LangInfo { lang, code, html_lang, endonym, name_de: names.0, name_en: names.1, direction, decimal }
}

/// Every UI language, in the order the language chooser lists them (and in
/// the order of [`Lang`]'s variants: a test checks it).
pub const LANGS: [LangInfo; 11] = [
    row(Lang::De, "de", "de", "Deutsch", ("Deutsch", "German"), Ltr, ','),
    row(Lang::DeEasy, "de-ls", "de", "Leichte Sprache", ("Leichte Sprache", "Easy German"), Ltr, ','),
    row(Lang::En, "en", "en", "English", ("Englisch", "English"), Ltr, '.'),
    row(Lang::Ar, "ar", "ar", "العربية", ("Arabisch", "Arabic"), Rtl, '.'),
    row(Lang::Fa, "fa", "fa", "فارسی", ("Persisch (Farsi, Dari)", "Persian (Farsi, Dari)"), Rtl, '.'),
    row(Lang::Uk, "uk", "uk", "Українська", ("Ukrainisch", "Ukrainian"), Ltr, ','),
    row(Lang::Ru, "ru", "ru", "Русский", ("Russisch", "Russian"), Ltr, ','),
    row(Lang::Tr, "tr", "tr", "Türkçe", ("Türkisch", "Turkish"), Ltr, ','),
    row(Lang::Kmr, "kmr", "kmr", "Kurmancî", ("Kurdisch (Kurmandschi)", "Kurdish (Kurmanji)"), Ltr, ','),
    row(Lang::Ti, "ti", "ti", "ትግርኛ", ("Tigrinya", "Tigrinya"), Ltr, '.'),
    row(Lang::Fr, "fr", "fr", "Français", ("Französisch", "French"), Ltr, ','),
];

impl Lang {
    /// Every UI language, in the order of [`LANGS`].
    pub const ALL: [Lang; LANGS.len()] = {
        let mut all = [Lang::De; LANGS.len()];
        let mut i = 0;
        while i < LANGS.len() {
            all[i] = LANGS[i].lang;
            i += 1;
        }
        all
    };

    /// This language's row of [`LANGS`].
    pub fn info(self) -> &'static LangInfo {
        &LANGS[self as usize]
    }

    pub fn code(self) -> &'static str {
        self.info().code
    }

    pub fn html_lang(self) -> &'static str {
        self.info().html_lang
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        LANGS.iter().find(|l| l.code.eq_ignore_ascii_case(code)).map(|l| l.lang)
    }

    pub fn endonym(self) -> &'static str {
        self.info().endonym
    }

    pub fn names_de_en(self) -> (&'static str, &'static str) {
        (self.info().name_de, self.info().name_en)
    }

    /// Writing direction for `dir` attributes.
    pub fn dir(self) -> &'static str {
        match self.info().direction {
            Ltr => "ltr",
            Rtl => "rtl",
        }
    }

    pub fn is_rtl(self) -> bool {
        self.info().direction == Rtl
    }

    pub fn decimal_separator(self) -> char {
        self.info().decimal
    }

    /// Where the locale file is served from.
    pub fn locale_path(self) -> String {
        format!("/locales/{}.ftl", self.code())
    }

    /// Picks the first supported language from the browser's list (`navigator.languages`).
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
                match primary.as_str() {
                    // Kurdish without a variant, and Dari/Persian tags, map to what we have.
                    "ku" => Some(Lang::Kmr),
                    "prs" | "pes" => Some(Lang::Fa),
                    "de" => Some(Lang::De),
                    code => Lang::from_code(code),
                }
            })
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_variant_order_and_codes_are_unique() {
        for (i, info) in LANGS.iter().enumerate() {
            assert_eq!(info.lang as usize, i, "{} is out of order", info.code);
            assert_eq!(Lang::from_code(info.code), Some(info.lang));
        }
    }

    /// The rule, not today's list: a language whose own name is written in a
    /// right-to-left script (Arabic, Hebrew, Syriac, Thaana, N'Ko) reads right to left.
    #[test]
    fn the_direction_follows_the_script_of_the_endonym() {
        let rtl_script = |c: char| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
        for info in &LANGS {
            let first_letter = info.endonym.chars().find(|c| c.is_alphabetic());
            assert_eq!(info.lang.is_rtl(), first_letter.is_some_and(rtl_script), "{}", info.code);
        }
    }
}
