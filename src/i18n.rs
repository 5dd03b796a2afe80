//! The one i18n layer: every text the app says itself goes through [`tr`].
//!
//! Messages are the variants of [`Msg`]; each language is a module with one
//! exhaustive `match`, so a missing translation is a compile error and costs
//! nothing at run time. Placeholders are written `{name}` and filled by
//! [`fill`]; a native test checks that every language uses the same ones.
//! This module is pure: no browser types, natively tested.

mod de;
mod en;

use crate::domain::date::{Date, PartialDate};

/// A user-interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    /// Every UI language, in the order the language chooser lists them.
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// ISO 639-1 code, also the key of directory texts and the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in its own script.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    /// Writing direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        "ltr"
    }

    /// Picks the first supported language from the browser's list (`navigator.languages`).
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| Lang::from_code(tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase().as_str()))
            .unwrap_or_default()
    }
}

macro_rules! messages {
    ($($name:ident),* $(,)?) => {
        /// Every text the app shows that is not directory content.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $($name),* }
        impl Msg {
            /// All messages, for completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$name),*];
        }
    };
}

messages! {
    AppName, Tagline, SkipToContent, NavHome, NavEmergency, MainNavigation,
    Loading, DirectoryBroken, DirectoryBrokenHelp, TechnicalDetails, DirectoryAsOf,
    FirstStopHeading, FirstStopIntro, CategoriesHeading, OfferCount, MoreAbout,
    EmergencyHeading, EmergencyIntro, HelplinesHeading, Call,
    CategoryOffers, EndedOffersHeading, CategoryNotFoundTitle, CategoryNotFoundText,
    Provider, AboutOffer, Languages, Interpretation, TargetGroups, Cost, CostFree, CostFee,
    Appointment, AppointmentRequired, AppointmentWalkIn, AppointmentEither,
    Locations, OpenInMapApp, ShowOnOpenStreetMap, StepFree, NotStepFree, Transport,
    Contact, Phone, Email, Website, BookOnline,
    Hours, HoursUnknown, HoursAsOf, HoursValidFrom, HoursValidTo, HoursExceptions, Closed,
    ModeWalkIn, ModeAppointment, ModePhone,
    Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday,
    StatusEnded, StatusEndedOn, StatusTemporarilyClosed, StatusUnconfirmed,
    CheckedOn, Sources, SourceUndated, NoDataYet, OnlyInGerman, NotKnown,
    OfferNotFoundTitle, OfferNotFoundText, PageNotFoundTitle, PageNotFoundText,
    BackToStart, AskFirstStop, LanguageLabel,
    SearchLabel, SearchButton, SearchTitle, ResultCount, NoResults, NoResultsHelp,
    FiltersHeading, FilterTopic, FilterLanguage, FilterGroup, FilterAll,
    FilterOpenNow, FilterWalkIn, FilterShowEnded, EndedHidden, ResetFilters,
    OpenUntil, OpenAroundClock, ClosedOpensAt, ClosedNow, Today, Tomorrow, HolidayRule,
    OfflineNotice, UpdateReady, Reload, InstallApp, IosInstallHint,
    DownloadBroken, DownloadOlder, OutdatedTab, DirectoryUpToDate, DirectoryChecking, DirectoryNotChecked,
    NavAbout, AboutTitle, AboutDataHeading, AboutPrivacy, StorageUsed, PersistGranted, PersistNotGranted, PersistButton,
    Share, LinkLanguage, LinkCopied, ShareFailed, ShowAtDesk, DeskSentence, Close,
    BackupHeading, NavContacts, ContactsPrivacy, ContactsEmpty, SaveContact, SavedContact,
    SavedMarker, ExportAllVcard, ExportVcard, DownloadBackup, ImportBackup, ImportPlan,
    ImportConfirm, Cancel, ImportDone, BackupBroken, BackupTooNew, BackupForeign,
    AddOwnContact, FieldName, FieldOrganization, FieldPhone, FieldEmail, FieldStreet,
    FieldPostalCode, FieldCity, FieldPerson, FieldRoom, FieldReference, FieldNote,
    SaveButton, EditDetails, Delete, DeletedUndo, Undo, Appointments,
    AddAppointment, FieldDate, FieldTime, FieldPlace, FieldBring, ToCalendar,
    NextAppointment, OfferGone, OfferChanged, StorageFailed, DeleteAllData, DeleteAllConfirm,
    ContactsCount, UpcomingHeading,
}

/// The text of `msg` in `lang`.
pub fn tr(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::De => de::text(msg),
        Lang::En => en::text(msg),
    }
}

/// Replaces each `{name}` in `template` by its value.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The `{names}` a template uses, sorted.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> =
        template.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect();
    names.sort_unstable();
    names
}

/// The weekday name, 0 = Monday.
pub fn weekday_name(lang: Lang, index: usize) -> &'static str {
    const DAYS: [Msg; 7] =
        [Msg::Monday, Msg::Tuesday, Msg::Wednesday, Msg::Thursday, Msg::Friday, Msg::Saturday, Msg::Sunday];
    tr(lang, DAYS[index % 7])
}

/// "heute", "morgen", a weekday within the coming week, else the date.
pub fn relative_day(lang: Lang, today: Date, day: Date) -> String {
    match day.days_since_epoch() - today.days_since_epoch() {
        0 => tr(lang, Msg::Today).to_string(),
        1 => tr(lang, Msg::Tomorrow).to_string(),
        2..=6 => weekday_name(lang, day.weekday_index()).to_string(),
        _ => format_date(lang, day),
    }
}

/// A byte count for people: "512 B", "123 kB", "2.5 MB".
pub fn human_size(bytes: u64) -> String {
    match bytes {
        0..=999 => format!("{bytes} B"),
        1_000..=999_999 => format!("{} kB", (bytes + 500) / 1000),
        _ => {
            let tenths = (bytes + 50_000) / 100_000;
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    }
}

/// A date the way readers of `lang` write it.
pub fn format_date(lang: Lang, date: Date) -> String {
    match lang {
        Lang::De => format!("{}.{}.{}", date.day, date.month, date.year),
        Lang::En => format!("{} {} {}", date.day, month_abbrev_en(date.month), date.year),
    }
}

/// A date of varying precision (year, month or day).
pub fn format_partial_date(lang: Lang, date: PartialDate) -> String {
    match (date, lang) {
        (PartialDate::Year(y), _) => y.to_string(),
        (PartialDate::Month(y, m), Lang::De) => format!("{m:02}/{y}"),
        (PartialDate::Month(y, m), Lang::En) => format!("{} {y}", month_abbrev_en(m)),
        (PartialDate::Day(d), _) => format_date(lang, d),
    }
}

fn month_abbrev_en(month: u8) -> &'static str {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    MONTHS[usize::from(month.clamp(1, 12)) - 1]
}

/// The name of a counseling language (ISO 639 code) in its own script.
/// One table for the whole app; unknown codes are shown as the code.
pub fn language_endonym(code: &str) -> &str {
    match code {
        "de" => "Deutsch",
        "en" => "English",
        "ar" => "العربية",
        "fa" => "فارسی",
        "prs" => "دری",
        "uk" => "Українська",
        "ru" => "Русский",
        "tr" => "Türkçe",
        "kmr" => "Kurmancî",
        "ti" => "ትግርኛ",
        "fr" => "Français",
        "es" => "Español",
        "ber" => "Tamaziɣt",
        "ln" => "Lingála",
        "hi" => "हिन्दी",
        "ur" => "اردو",
        "pa" => "ਪੰਜਾਬੀ",
        "ps" => "پښتو",
        "de-ls" => "Leichte Sprache",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        for &msg in Msg::ALL {
            let source = placeholders(tr(Lang::De, msg));
            for lang in Lang::ALL {
                let text = tr(lang, msg);
                assert!(!text.trim().is_empty(), "{lang:?} {msg:?} is empty");
                assert_eq!(placeholders(text), source, "{lang:?} {msg:?} placeholders differ");
            }
        }
    }

    #[test]
    fn languages_round_trip_and_negotiate() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::negotiate(["fr-FR", "en-US", "de"]), Lang::En);
        assert_eq!(Lang::negotiate(["de_DE"]), Lang::De);
        assert_eq!(Lang::negotiate(["xx"]), Lang::De);
    }

    #[test]
    fn fill_and_dates() {
        assert_eq!(fill("Stand {date}, {n}", &[("date", "1.2.2026"), ("n", "3")]), "Stand 1.2.2026, 3");
        assert_eq!(placeholders("a {x} b {a}"), vec!["a", "x"]);
        let d = Date::parse("2025-12-31").unwrap();
        assert_eq!(format_date(Lang::De, d), "31.12.2025");
        assert_eq!(format_date(Lang::En, d), "31 Dec 2025");
        assert_eq!(format_partial_date(Lang::De, PartialDate::Month(2021, 7)), "07/2021");
        assert_eq!(format_partial_date(Lang::En, PartialDate::Month(2021, 7)), "Jul 2021");
        assert_eq!(weekday_name(Lang::En, 6), "Sunday");
        assert_eq!(language_endonym("uk"), "Українська");
        assert_eq!(human_size(512), "512 B");
        assert_eq!(human_size(123_456), "123 kB");
        assert_eq!(human_size(2_500_000), "2.5 MB");
        assert_eq!(human_size(1_999_999), "2.0 MB");
        let tue = Date::parse("2026-11-24").unwrap();
        assert_eq!(relative_day(Lang::De, tue, tue), "heute");
        assert_eq!(relative_day(Lang::En, tue, tue.add_days(1)), "tomorrow");
        assert_eq!(relative_day(Lang::De, tue, tue.add_days(2)), "Donnerstag");
        assert_eq!(relative_day(Lang::De, tue, tue.add_days(9)), "3.12.2026");
    }
}
