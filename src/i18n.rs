//! The one i18n layer: every text the app says itself goes through [`tr`].
//!
//! Messages are the variants of [`Msg`], so a view can only ask for a text that
//! exists. The texts live in Fluent locale files, `public/locales/<code>.ftl`.
//! German, the source language, is compiled in: it is the fallback while
//! another language loads and is always needed beside the client's language
//! (desk card, slips). Every other language is fetched only when chosen, then
//! checked for completeness and placeholders before it is used (see
//! [`catalog`]); native tests check every shipped file the same way.
//! This module is pure: no browser types, natively tested.

pub mod catalog;
pub mod editor;
pub mod hours;

use crate::domain::date::{Date, PartialDate};
use catalog::{parse_catalog, Catalog, CatalogError};
use std::sync::OnceLock;

/// The German locale, compiled into the app.
pub const GERMAN_SOURCE: &str = include_str!("../public/locales/de.ftl");

pub use crate::lang::Lang;

macro_rules! messages {
    ($(#[$doc:meta])* $enum:ident { $($name:ident),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $enum { $($name),* }
        impl $enum {
            /// All messages, in declaration order (`msg as usize` is the index).
            pub const ALL: &'static [$enum] = &[$($enum::$name),*];

            /// The message's key in locale files.
            pub fn key(self) -> &'static str {
                match self { $($enum::$name => stringify!($name)),* }
            }

            /// The message named `key`. A search through [`Self::key`]'s
            /// table: a `match` on the names compiled to 8 KB of code in the wasm.
            pub fn from_key(key: &str) -> Option<$enum> {
                $enum::ALL.iter().copied().find(|m| m.key() == key)
            }
        }
        impl catalog::MessageSet for $enum {
            fn all() -> &'static [$enum] {
                $enum::ALL
            }
            fn key(self) -> &'static str {
                $enum::key(self)
            }
            fn from_key(key: &str) -> Option<$enum> {
                $enum::from_key(key)
            }
            fn index(self) -> usize {
                self as usize
            }
        }
    };
}
pub(crate) use messages;
messages! {
    /// Every text the app shows that is not directory content.
    Msg {
    AppName, Tagline, SkipToContent, NavHome, NavEmergency, MainNavigation,
    Loading, DirectoryBroken, DirectoryBrokenHelp, TechnicalDetails, DirectoryAsOf,
    FirstStopHeading, FirstStopIntro, CategoriesHeading, OfferCount, MoreAbout, SampleData,
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
    CheckedOn, MayBeOutdated, Sources, SourceUndated, NoDataYet, OnlyInGerman, NotKnown,
    OfferNotFoundTitle, OfferNotFoundText, PageNotFoundTitle, PageNotFoundText,
    BackToStart, AskFirstStop, LanguageLabel,
    SearchLabel, SearchButton, SearchTitle, ResultCount, NoResults, NoResultsHelp,
    FiltersHeading, FilterTopic, FilterLanguage, FilterGroup, FilterAll,
    FilterOpenNow, FilterWalkIn, FilterShowEnded, EndedHidden, ResetFilters,
    OpenUntil, OpenAroundClock, ClosedOpensAt, ClosedNow, Today, Tomorrow, HolidayRule,
    OfflineNotice, UpdateReady, Reload, InstallApp, IosInstallHint,
    DownloadBroken, DownloadOlder, OutdatedTab, DirectoryUpToDate, DirectoryChecking, DirectoryNotChecked,
    NavAbout, AboutTitle, AboutDataHeading, AboutPrivacy, StorageUsed, PersistGranted, PersistNotGranted, PersistButton,
    DisplayHeading, DisplayContrast, ContrastMore, DisplayTextSize, TextLarge, TextLarger, DisplayMotion, MotionReduce,
    DisplayStandard, ReadAloud, ReadPause, ReadResume, ReadStop, ReadNoVoice, ReadInGerman,
    Share, LinkLanguage, LinkCopied, ShareFailed, ShowAtDesk, DeskSentence, Close,
    BackupHeading, NavContacts, ContactsPrivacy, ContactsEmpty, SaveContact, SavedContact,
    SavedMarker, ExportAllVcard, ExportVcard, DownloadBackup, ImportBackup, ImportPlan,
    ImportConfirm, Cancel, ImportDone, BackupBroken, BackupTooNew, BackupForeign,
    AddOwnContact, FieldName, FieldOrganization, FieldPhone, FieldEmail, FieldStreet,
    FieldPostalCode, FieldCity, FieldPerson, FieldRoom, FieldReference, FieldNote,
    SaveButton, EditDetails, Delete, DeletedUndo, Undo, Appointments,
    AddAppointment, FieldDate, FieldTime, FieldPlace, FieldBring, ToCalendar,
    NextAppointment, OfferGone, OfferChanged, StorageFailed, Saving, NotSaved, Retry, ImportRunning, ImportFailed,
    DeleteAllFailed, StorageUnavailable, SettingsNotKept, DeleteAllData, DeleteAllConfirm,
    ContactsCount, UpcomingHeading,
    January, February, March, April, May, June, July, August, September, October, November, December,
    DateFormat, MonthYearFormat,
    ChooseLanguageTitle, ChooseLanguageHint, LanguageUnavailable, MachineTranslated,
    StaffModeLabel, StaffModeHint, AddToReferral, RemoveFromReferral, NavReferral, ReferralHeading,
    ReferralEmpty, ClientLanguage, MoveUp, MoveDown, Remove, ReferralLinkLabel, ViewAndPrint,
    ReferralCount, ReferralIntro, UnknownOffer, ReferralTooMany, ReferralDuplicates, SaveAll, SavedAll,
    Print, ShowQr, QrCaption, SlipCreated,
    }
}

/// The loaded catalogs, one slot per [`Lang::ALL`] entry.
static CATALOGS: [OnceLock<Catalog>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

fn slot(lang: Lang) -> &'static OnceLock<Catalog> {
    &CATALOGS[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// The German source texts. `GERMAN_SOURCE` is checked by a native test, so
/// the fallback to message keys can only show in a build that failed its tests.
fn german_catalog() -> &'static Catalog {
    slot(Lang::De).get_or_init(|| parse_catalog(GERMAN_SOURCE, None).unwrap_or_else(|_| Catalog::keys_only::<Msg>()))
}

/// Checks a downloaded locale file and makes it available to [`tr`].
/// A broken file changes nothing.
pub fn install(lang: Lang, source: &str) -> Result<(), Vec<CatalogError>> {
    if lang == Lang::De || is_installed(lang) {
        return Ok(());
    }
    let catalog = parse_catalog(source, Some(german_catalog()))?;
    let _ = slot(lang).set(catalog);
    Ok(())
}

/// True when `tr(lang, …)` gives that language's texts (German always).
pub fn is_installed(lang: Lang) -> bool {
    lang == Lang::De || slot(lang).get().is_some()
}

/// The text of `msg` in `lang`; German while `lang` is not installed.
pub fn tr(lang: Lang, msg: Msg) -> &'static str {
    match slot(lang).get() {
        Some(catalog) if lang != Lang::De => catalog.get(msg),
        _ => german_catalog().get(msg),
    }
}

/// The app's name in `lang` for `town` (the directory's `municipality.name`;
/// nothing in code names a town): "Wegweiser Moers"; "Wegweiser" while no
/// directory is there.
pub fn app_name(lang: Lang, town: &str) -> String {
    fill(tr(lang, Msg::AppName), &[("town", town)]).trim().to_string()
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
    crate::order::sort(&mut names);
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
pub fn human_size(lang: Lang, bytes: u64) -> String {
    match bytes {
        0..=999 => format!("{bytes} B"),
        1_000..=999_999 => format!("{} kB", (bytes + 500) / 1000),
        _ => {
            let tenths = (bytes + 50_000) / 100_000;
            format!("{}{}{} MB", tenths / 10, lang.decimal_separator(), tenths % 10)
        }
    }
}

/// The month's name, 1 = January.
pub fn month_name(lang: Lang, month: u8) -> &'static str {
    const MONTHS: [Msg; 12] = [
        Msg::January,
        Msg::February,
        Msg::March,
        Msg::April,
        Msg::May,
        Msg::June,
        Msg::July,
        Msg::August,
        Msg::September,
        Msg::October,
        Msg::November,
        Msg::December,
    ];
    tr(lang, MONTHS[usize::from(month.clamp(1, 12)) - 1])
}

/// A date the way readers of `lang` write it (the locale's `DateFormat`).
pub fn format_date(lang: Lang, date: Date) -> String {
    fill(
        tr(lang, Msg::DateFormat),
        &[
            ("day", &date.day.to_string()),
            ("month", &date.month.to_string()),
            ("month2", &format!("{:02}", date.month)),
            ("monthname", month_name(lang, date.month)),
            ("year", &date.year.to_string()),
        ],
    )
}

/// A date of varying precision (year, month or day).
pub fn format_partial_date(lang: Lang, date: PartialDate) -> String {
    match date {
        PartialDate::Year(y) => y.to_string(),
        PartialDate::Month(y, m) => fill(
            tr(lang, Msg::MonthYearFormat),
            &[
                ("month", &m.to_string()),
                ("month2", &format!("{m:02}")),
                ("monthname", month_name(lang, m)),
                ("year", &y.to_string()),
            ],
        ),
        PartialDate::Day(d) => format_date(lang, d),
    }
}

/// The name of a counseling language (ISO 639 code) in its own script.
/// One table for the whole app; unknown codes are shown as the code.
pub fn language_endonym(code: &str) -> &str {
    if let Some(lang) = Lang::from_code(code) {
        return lang.endonym();
    }
    match code {
        "prs" => "دری",
        "es" => "Español",
        "ber" => "Tamaziɣt",
        "ln" => "Lingála",
        "hi" => "हिन्दी",
        "ur" => "اردو",
        "pa" => "ਪੰਜਾਬੀ",
        "ps" => "پښتو",
        other => other,
    }
}

/// Installs every shipped locale, as the browser would one by one (tests only).
#[cfg(test)]
pub(crate) fn install_shipped_locales() {
    let files = [
        (Lang::DeEasy, include_str!("../public/locales/de-ls.ftl")),
        (Lang::En, include_str!("../public/locales/en.ftl")),
        (Lang::Ar, include_str!("../public/locales/ar.ftl")),
        (Lang::Fa, include_str!("../public/locales/fa.ftl")),
        (Lang::Uk, include_str!("../public/locales/uk.ftl")),
        (Lang::Ru, include_str!("../public/locales/ru.ftl")),
        (Lang::Tr, include_str!("../public/locales/tr.ftl")),
        (Lang::Kmr, include_str!("../public/locales/kmr.ftl")),
        (Lang::Ti, include_str!("../public/locales/ti.ftl")),
        (Lang::Fr, include_str!("../public/locales/fr.ftl")),
    ];
    for (lang, source) in files {
        if let Err(errors) = install(lang, source) {
            panic!("{}: {errors:?}", lang.code());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_german_source_is_complete() {
        let german = catalog::parse_catalog(GERMAN_SOURCE, None).expect("de.ftl");
        for &msg in Msg::ALL {
            assert!(!german.get(msg).trim().is_empty(), "{msg:?}");
            assert_eq!(Msg::from_key(msg.key()), Some(msg));
        }
    }

    #[test]
    fn languages_round_trip_and_negotiate() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::negotiate(["es-ES", "en-US", "de"]), Lang::En);
        assert_eq!(Lang::negotiate(["de_DE"]), Lang::De);
        assert_eq!(Lang::negotiate(["xx"]), Lang::De);
        assert_eq!(Lang::negotiate(["ku-TR"]), Lang::Kmr);
        assert_eq!(Lang::negotiate(["prs-AF"]), Lang::Fa);
        assert_eq!(Lang::from_code("DE-LS"), Some(Lang::DeEasy));
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::DeEasy.html_lang(), "de");
    }

    #[test]
    fn fill_and_dates() {
        install_shipped_locales();
        assert_eq!(fill("Stand {date}, {n}", &[("date", "1.2.2026"), ("n", "3")]), "Stand 1.2.2026, 3");
        assert_eq!(placeholders("a {x} b {a}"), vec!["a", "x"]);
        let d = Date::parse("2025-12-31").unwrap();
        assert_eq!(format_date(Lang::De, d), "31.12.2025");
        assert_eq!(format_date(Lang::En, d), "31 December 2025");
        assert_eq!(format_partial_date(Lang::De, PartialDate::Month(2021, 7)), "Juli 2021");
        assert_eq!(format_partial_date(Lang::En, PartialDate::Month(2021, 7)), "July 2021");
        assert_eq!(weekday_name(Lang::En, 6), "Sunday");
        assert_eq!(language_endonym("uk"), "Українська");
        assert_eq!(human_size(Lang::En, 512), "512 B");
        assert_eq!(human_size(Lang::En, 123_456), "123 kB");
        assert_eq!(human_size(Lang::En, 2_500_000), "2.5 MB");
        assert_eq!(human_size(Lang::En, 1_999_999), "2.0 MB");
        assert_eq!(human_size(Lang::De, 2_500_000), "2,5 MB");
        assert_eq!(human_size(Lang::Uk, 1_250_000), "1,3 MB");
        assert_eq!(human_size(Lang::Fa, 1_250_000), "1.3 MB");
        let tue = Date::parse("2026-11-24").unwrap();
        assert_eq!(relative_day(Lang::De, tue, tue), "heute");
        assert_eq!(relative_day(Lang::En, tue, tue.add_days(1)), "tomorrow");
        assert_eq!(relative_day(Lang::De, tue, tue.add_days(2)), "Donnerstag");
        assert_eq!(relative_day(Lang::De, tue, tue.add_days(9)), "3.12.2026");
    }
}
