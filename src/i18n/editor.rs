//! The editor's texts (`/redaktion/`, for the Servicestelle's staff): German,
//! and English as second language, both compiled into the editor only (the
//! newcomers' app never carries them). The same locale format and checks as
//! the app's ([`super::catalog`]); the messages are [`EdMsg`].
//!
//! Also here: a validation [`Problem`] in plain words, and a field path
//! (`schedule.slots[0].closes`) as people name it ("Öffnungszeiten ›
//! Zeitfenster 1 › bis"), so no message shows a JSON path.

use std::sync::OnceLock;

use super::catalog::{self, parse_catalog_of, Catalog};
use super::{fill, Lang};
use crate::domain::file::FileDirectory;
use crate::domain::Problem;

pub const EDITOR_GERMAN: &str = include_str!("editor/de.ftl");
pub const EDITOR_ENGLISH: &str = include_str!("editor/en.ftl");

super::messages! {
    /// Every text the editor shows that is not directory content.
    EdMsg {
    EditorTitle, EditorIntro, EditorPublishNote, EditorLanguage, EditorLanguageNotKept,
    OpenHeading, OpenPublished, OpenFile, OpenFileSaveBack, DropHint, OpenFailed, OpenedFrom, PublishedSource,
    DraftFound, DraftContinue, DraftDiscard, DraftDiscardConfirm, DraftSaved, DraftSaving, DraftFailed, DraftNone,
    NavList, NavSave, CloseDraft, CloseDraftConfirm,
    ListHeading, SearchByName, FilterTopic, FilterStatus, FilterAttention, FilterAll, ListCount, NoMatches,
    OrganizationsHeading, ServicesHeading, HasProblems, NoProblems, ProblemCount,
    NewService, NewServiceName, NewServiceOrganization, NewOrganization, NewOrganizationName, Add, Cancel, Back,
    SectionBasics, SectionTexts, SectionTopics, SectionAccess, SectionLocations, SectionContact, SectionHours,
    SectionSources, SectionStatus, SectionPreview,
    TextGerman, Translations, TransMissing, TransMachine, TransReviewed, MarkReviewed, TransNeedsUpdate, MinorEdit,
    ConfirmCurrent, FieldNeedsUpdate,
    StateActive, StateTemporarilyClosed, StateEnded, StateUnconfirmed,
    CostNone, CostFree, CostFee, AppointmentNone, AppointmentRequired, AppointmentWalkIn, AppointmentEither,
    StepFreeUnknown, StepFreeYes, StepFreeNo,
    ModeNone, ModeWalkIn, ModeAppointment, ModePhone,
    AddLocation, AddPhone, AddEmail, AddSlot, AddException, AddSource, Remove,
    ExceptionClosed, ExceptionHours, OpenOnHolidays,
    EndOffer, EndOfferConfirm, EndedKept, IdLocked, IdHint,
    PreviewLanguage, PreviewTime, PreviewInvalid, PreviewHours,
    SaveHeading, SaveIntro, SaveNoChanges, SaveChangesCount, SaveEntry, SaveField, SaveBefore, SaveAfter, SaveAdded, SaveRemoved,
    SaveBlocked, SaveDownload, SaveBackTo, SavedBack, SaveBackFailed, SaveBack, SaveDone, SavePublishedChanged, SavePublishedSame, SavePublishedUnknown,
    PublishSteps, UnsavedWarning,
    FieldId, FieldOrganization, FieldName, FieldSummary, FieldDescription, FieldInterpretation, FieldFees, FieldCategories,
    FieldTargetGroups, FieldLanguages, FieldCost, FieldAppointment, FieldLocations, FieldLocationName, FieldStreet,
    FieldPostalCode, FieldCity, FieldRoom, FieldStepFree, FieldAccessibility, FieldTransport, FieldCoordinates,
    FieldLatitude, FieldLongitude, FieldPhones, FieldNumber, FieldPhoneNote, FieldEmails, FieldWebsite, FieldBooking, FieldSchedule, FieldSlots,
    FieldDays, FieldOpens, FieldCloses, FieldMode, FieldValidFrom, FieldValidTo, FieldExceptions, FieldDate, FieldNote,
    FieldAsOf, FieldStatus, FieldState, FieldEndedOn, FieldNotice, FieldSources, FieldUrl, FieldAssured, FieldKeywords,
    FieldMachine, FieldFirstStop, FieldDataVersion, FieldMunicipality, FieldTextLanguages, FieldHelplines, FieldSynonyms,
    EntryDirectory, EntryService, EntryOrganization, EntryCategory, EntryTargetGroup, EntryEmergency,
    KindOrganization, KindCategory, KindTargetGroup, KindService,
    ProblemMissing, ProblemMissingGerman, ProblemBadLanguage, ProblemBadId, ProblemDuplicate, ProblemUnknown,
    ProblemBadDate, ProblemBadTime, ProblemTimesOutOfOrder, ProblemPeriodOutOfOrder, ProblemBadWeekday, ProblemNotOneOf,
    ProblemBadUrl, ProblemBadEmail, ProblemBadPhone, ProblemEndedWithoutDate, ProblemEndDateWithoutEnd,
    ProblemBadCoordinates, ProblemNotANumber,
    FileNotJson, FileNotDirectory, FileTooNew,
    AttentionHeading, AttentionIntro, AttentionNone, AttentionOffers,
    RuleNotChecked, RuleHoursExpired, RuleUnconfirmed, RuleNoSource, RuleOldSources, RuleNoPhone, RuleNoAddress,
    RuleNoHours, RuleNotReviewed, RuleNeedsUpdate, WhyNotChecked, WhyNeverChecked, WhyHoursExpired, WhyOldSources,
    SheetButton, SheetHeading, SheetIntro, SheetMissing, SheetNothingMissing, SheetPrint, SheetMail, SheetSubject,
    SheetAnswer, SheetAnswerDate, SheetAnswerUrl, SheetRecorded, SheetAddress, SheetHours,
    CheckedToday, CheckSelected, CheckedBy, DefaultChecker, CheckedDone, FieldAssuredBy, FilterNeedsAttention, SelectEntry,
    SheetOrgButton, SheetOrgIntro, SheetNoOffers, SheetOffer,
    NavTranslations, TransHeading, TransIntro, TransLanguage, TransScope, TransScopeNeeded, TransScopeUnreviewed,
    TransScopeAll, TransCounts, TransExport, TransExportNone, TransImport, TransImported, TransRefused, TransColumns,
    ImportNotUtf8, ImportUnclosed, ImportHeading, ImportEmpty, ImportUnknownId, ImportRepeated, ImportSourceChanged,
    ImportNoTranslation, ImportBadState,
    }
}

static CATALOGS: [OnceLock<Catalog>; 2] = [OnceLock::new(), OnceLock::new()];

/// The editor's languages: German, and English for colleagues who read it better.
pub const EDITOR_LANGS: [Lang; 2] = [Lang::De, Lang::En];

/// The editor text of `msg` in `lang` (German unless `lang` is English).
pub fn ed(lang: Lang, msg: EdMsg) -> &'static str {
    let (slot, source) = match lang {
        Lang::En => (&CATALOGS[1], EDITOR_ENGLISH),
        _ => (&CATALOGS[0], EDITOR_GERMAN),
    };
    // Both files are checked by native tests; a broken one would show keys.
    slot.get_or_init(|| parse_catalog_of::<EdMsg>(source, None).unwrap_or_else(|_| Catalog::keys_only::<EdMsg>()))
        .get(msg)
}

/// What is wrong, in plain words.
pub fn problem_text(lang: Lang, problem: &Problem) -> String {
    let with = |msg: EdMsg, value: &str| fill(ed(lang, msg), &[("value", value)]);
    match problem {
        Problem::Missing => ed(lang, EdMsg::ProblemMissing).into(),
        Problem::MissingGerman => ed(lang, EdMsg::ProblemMissingGerman).into(),
        Problem::BadLanguage(v) => with(EdMsg::ProblemBadLanguage, v),
        Problem::BadId(v) => with(EdMsg::ProblemBadId, v),
        Problem::Duplicate(v) => with(EdMsg::ProblemDuplicate, v),
        Problem::Unknown { kind, id } => {
            let kind = match *kind {
                "organization" => EdMsg::KindOrganization,
                "category" => EdMsg::KindCategory,
                "target group" => EdMsg::KindTargetGroup,
                _ => EdMsg::KindService,
            };
            fill(ed(lang, EdMsg::ProblemUnknown), &[("value", id), ("kind", ed(lang, kind))])
        }
        Problem::BadDate(v) => with(EdMsg::ProblemBadDate, v),
        Problem::BadTime(v) => with(EdMsg::ProblemBadTime, v),
        Problem::TimesOutOfOrder => ed(lang, EdMsg::ProblemTimesOutOfOrder).into(),
        Problem::PeriodOutOfOrder => ed(lang, EdMsg::ProblemPeriodOutOfOrder).into(),
        Problem::BadWeekday(v) => with(EdMsg::ProblemBadWeekday, v),
        Problem::NotOneOf { value, .. } => with(EdMsg::ProblemNotOneOf, value),
        Problem::BadUrl(v) => with(EdMsg::ProblemBadUrl, v),
        Problem::BadEmail(v) => with(EdMsg::ProblemBadEmail, v),
        Problem::BadPhone(v) => with(EdMsg::ProblemBadPhone, v),
        Problem::EndedWithoutDate => ed(lang, EdMsg::ProblemEndedWithoutDate).into(),
        Problem::EndDateWithoutEnd => ed(lang, EdMsg::ProblemEndDateWithoutEnd).into(),
        Problem::BadCoordinates => ed(lang, EdMsg::ProblemBadCoordinates).into(),
    }
}

/// The label of one field name (`closes` → "bis").
fn segment_label(name: &str) -> Option<EdMsg> {
    Some(match name {
        "id" => EdMsg::FieldId,
        "organization_id" => EdMsg::FieldOrganization,
        "name" => EdMsg::FieldName,
        "summary" => EdMsg::FieldSummary,
        "description" => EdMsg::FieldDescription,
        "interpretation_services" => EdMsg::FieldInterpretation,
        "fees_description" => EdMsg::FieldFees,
        "categories" => EdMsg::FieldCategories,
        "target_groups" => EdMsg::FieldTargetGroups,
        "languages" => EdMsg::FieldLanguages,
        "cost" => EdMsg::FieldCost,
        "appointment" => EdMsg::FieldAppointment,
        "locations" => EdMsg::FieldLocations,
        "street" => EdMsg::FieldStreet,
        "postal_code" => EdMsg::FieldPostalCode,
        "city" => EdMsg::FieldCity,
        "room" => EdMsg::FieldRoom,
        "step_free" => EdMsg::FieldStepFree,
        "accessibility" => EdMsg::FieldAccessibility,
        "transportation" => EdMsg::FieldTransport,
        "latitude" | "longitude" => EdMsg::FieldCoordinates,
        "phones" => EdMsg::FieldPhones,
        "number" => EdMsg::FieldNumber,
        "emails" => EdMsg::FieldEmails,
        "website" => EdMsg::FieldWebsite,
        "booking_url" => EdMsg::FieldBooking,
        "schedule" => EdMsg::FieldSchedule,
        "slots" => EdMsg::FieldSlots,
        "days" => EdMsg::FieldDays,
        "opens" => EdMsg::FieldOpens,
        "closes" => EdMsg::FieldCloses,
        "mode" => EdMsg::FieldMode,
        "valid_from" => EdMsg::FieldValidFrom,
        "valid_to" => EdMsg::FieldValidTo,
        "exceptions" => EdMsg::FieldExceptions,
        "date" => EdMsg::FieldDate,
        "note" => EdMsg::FieldNote,
        "as_of" => EdMsg::FieldAsOf,
        "status" => EdMsg::FieldStatus,
        "state" => EdMsg::FieldState,
        "ended_on" => EdMsg::FieldEndedOn,
        "notice" => EdMsg::FieldNotice,
        "sources" => EdMsg::FieldSources,
        "url" => EdMsg::FieldUrl,
        "assured_date" => EdMsg::FieldAssured,
        "assured_by" => EdMsg::FieldAssuredBy,
        "keywords" => EdMsg::FieldKeywords,
        "machine_translated" => EdMsg::FieldMachine,
        "needs_update" => EdMsg::FieldNeedsUpdate,
        "first_stop" => EdMsg::FieldFirstStop,
        "data_version" => EdMsg::FieldDataVersion,
        "municipality" => EdMsg::FieldMunicipality,
        "text_languages" => EdMsg::FieldTextLanguages,
        "helplines" => EdMsg::FieldHelplines,
        "synonyms" => EdMsg::FieldSynonyms,
        _ => return None,
    })
}

/// A field path as people name it: `schedule.slots[0].closes` →
/// "Öffnungszeiten › Zeitfenster 1 › bis"; `name.ar` → "Name › العربية".
pub fn field_label(lang: Lang, path: &str) -> String {
    let mut parts = Vec::new();
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (name, index) = match segment.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (segment, None),
        };
        let label = match segment_label(name) {
            Some(msg) => ed(lang, msg).to_string(),
            // A text's language (`name.ar`): the language's own name.
            None if crate::domain::parse::is_language_code(name) => super::language_endonym(name).to_string(),
            None => name.to_string(),
        };
        parts.push(match index {
            Some(i) => format!("{label} {}", i + 1),
            None => label,
        });
    }
    parts.join(" › ")
}

/// A field's value as the summary of changes shows it: fixed values in
/// words (`walk_in` → "offene Sprechstunde", `tu` → "Dienstag"), others as they are.
pub fn value_text(lang: Lang, field: &str, value: &str) -> String {
    let last = field.rsplit('.').next().unwrap_or(field);
    let last = last.split('[').next().unwrap_or(last);
    let fixed =
        |table: &[(&str, EdMsg)]| table.iter().find(|(v, _)| *v == value).map(|(_, m)| ed(lang, *m).to_string());
    let words = match last {
        "days" => {
            const DAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];
            let names: Vec<String> = value
                .split(", ")
                .map(|d| {
                    DAYS.iter().position(|x| *x == d).map_or(d.to_string(), |i| super::weekday_name(lang, i).into())
                })
                .collect();
            Some(names.join(", "))
        }
        "mode" => fixed(&[
            ("walk_in", EdMsg::ModeWalkIn),
            ("appointment", EdMsg::ModeAppointment),
            ("phone", EdMsg::ModePhone),
        ]),
        "state" => fixed(&[
            ("active", EdMsg::StateActive),
            ("temporarily_closed", EdMsg::StateTemporarilyClosed),
            ("ended", EdMsg::StateEnded),
            ("unconfirmed", EdMsg::StateUnconfirmed),
        ]),
        "cost" => fixed(&[("free", EdMsg::CostFree), ("fee", EdMsg::CostFee)]),
        "appointment" => fixed(&[
            ("required", EdMsg::AppointmentRequired),
            ("walk_in", EdMsg::AppointmentWalkIn),
            ("walk_in_or_appointment", EdMsg::AppointmentEither),
        ]),
        "step_free" => fixed(&[("true", EdMsg::StepFreeYes), ("false", EdMsg::StepFreeNo)]),
        "languages" => Some(value.split(", ").map(super::language_endonym).collect::<Vec<_>>().join(", ")),
        _ => None,
    };
    words.unwrap_or_else(|| value.to_string())
}

/// An entry as people name it: "Angebot „Jobcenter Moers“".
pub fn entry_label(lang: Lang, file: Option<&FileDirectory>, entry: &str) -> String {
    let (kind, inner) = match entry.split_once('[') {
        Some((kind, rest)) => (kind, rest.trim_end_matches(']')),
        None => (entry, ""),
    };
    let position = inner.parse::<usize>().ok();
    let german = |t: &crate::domain::Text| t.get("de").text.to_string();
    let (msg, name) = match kind {
        "services" => (
            EdMsg::EntryService,
            file.and_then(|f| f.services.iter().enumerate().find(|(i, s)| s.id == inner || Some(*i) == position))
                .map(|(_, s)| german(&s.name)),
        ),
        "organizations" => (
            EdMsg::EntryOrganization,
            file.and_then(|f| position.and_then(|i| f.organizations.get(i))).map(|o| o.name.clone()),
        ),
        "categories" => (
            EdMsg::EntryCategory,
            file.and_then(|f| position.and_then(|i| f.categories.get(i))).map(|c| german(&c.name)),
        ),
        "target_groups" => (
            EdMsg::EntryTargetGroup,
            file.and_then(|f| position.and_then(|i| f.target_groups.get(i))).map(|t| german(&t.name)),
        ),
        "emergency" => (
            EdMsg::EntryEmergency,
            file.and_then(|f| position.and_then(|i| f.emergency.get(i))).map(|e| german(&e.name)),
        ),
        _ => return ed(lang, EdMsg::EntryDirectory).to_string(),
    };
    let name = name.filter(|n| !n.trim().is_empty()).unwrap_or_else(|| inner.to_string());
    fill(ed(lang, msg), &[("name", &name)])
}

/// The "please check your entry" sheet for one offer, in plain words:
/// what the directory says now, and what is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub name: String,
    pub facts: Vec<(String, String)>,
    pub missing: Vec<String>,
    /// The offer's first e-mail address, where the sheet can be mailed.
    pub email: Option<String>,
}

pub fn provider_sheet(
    lang: Lang,
    file: &FileDirectory,
    index: usize,
    today: crate::domain::date::Date,
) -> Option<Sheet> {
    use crate::domain::attention::{reasons, Reason};
    let s = file.services.get(index)?;
    let german = |t: &crate::domain::Text| t.get("de").text.to_string();
    let mut facts: Vec<(String, String)> = Vec::new();
    let mut fact = |label: EdMsg, value: String| {
        if !value.trim().is_empty() {
            facts.push((ed(lang, label).to_string(), value));
        }
    };
    fact(EdMsg::FieldName, german(&s.name));
    fact(
        EdMsg::FieldOrganization,
        file.organizations.iter().find(|o| o.id == s.organization_id).map(|o| o.name.clone()).unwrap_or_default(),
    );
    fact(EdMsg::FieldSummary, german(&s.summary));
    fact(EdMsg::FieldDescription, german(&s.description));
    for l in &s.locations {
        let line = crate::domain::join_present(
            &[
                &l.address.street,
                &crate::domain::join_present(&[&l.address.postal_code, &l.address.city], " "),
                &l.address.room,
            ],
            ", ",
        );
        fact(EdMsg::SheetAddress, line);
    }
    for p in &s.phones {
        let note = german(&p.description);
        fact(EdMsg::FieldPhones, if note.is_empty() { p.number.clone() } else { format!("{} ({note})", p.number) });
    }
    for e in &s.emails {
        fact(EdMsg::FieldEmails, e.clone());
    }
    fact(EdMsg::FieldWebsite, s.website.clone().unwrap_or_default());
    fact(EdMsg::FieldBooking, s.booking_url.clone().unwrap_or_default());
    if let Some(schedule) = &s.schedule {
        for slot in &schedule.slots {
            let days = value_text(lang, "days", &slot.days.join(", "));
            let mode = slot.mode.as_deref().map(|m| format!(" ({})", value_text(lang, "mode", m))).unwrap_or_default();
            fact(EdMsg::SheetHours, format!("{days}: {}–{}{mode}", slot.opens, slot.closes));
        }
        fact(EdMsg::FieldNote, german(&schedule.note));
    }
    fact(EdMsg::FieldLanguages, value_text(lang, "languages", &s.languages.join(", ")));
    fact(EdMsg::FieldCost, s.cost.as_deref().map(|c| value_text(lang, "cost", c)).unwrap_or_default());
    fact(
        EdMsg::FieldAppointment,
        s.appointment.as_deref().map(|a| value_text(lang, "appointment", a)).unwrap_or_default(),
    );
    fact(EdMsg::FieldAssured, s.assured_date.clone());
    let mut missing: Vec<String> = reasons(s, today)
        .iter()
        .filter_map(|r| match r {
            Reason::NoPhone => Some(ed(lang, EdMsg::FieldPhones)),
            Reason::NoAddress => Some(ed(lang, EdMsg::SheetAddress)),
            Reason::NoHours => Some(ed(lang, EdMsg::SheetHours)),
            _ => None,
        })
        .map(str::to_string)
        .collect();
    if s.emails.is_empty() {
        missing.push(ed(lang, EdMsg::FieldEmails).to_string());
    }
    if s.website.is_none() {
        missing.push(ed(lang, EdMsg::FieldWebsite).to_string());
    }
    Some(Sheet { name: german(&s.name), facts, missing, email: s.emails.first().cloned() })
}

/// The sheets for every current offer of the organization at `index`
/// (ended ones are left out), with each offer's position in the file.
pub fn organization_sheets(
    lang: Lang,
    file: &FileDirectory,
    index: usize,
    today: crate::domain::date::Date,
) -> Vec<(usize, Sheet)> {
    let Some(org) = file.organizations.get(index) else { return Vec::new() };
    file.services
        .iter()
        .enumerate()
        .filter(|(_, s)| s.organization_id == org.id && s.status.state != "ended")
        .filter_map(|(i, _)| Some((i, provider_sheet(lang, file, i, today)?)))
        .collect()
}

/// The two columns of a translation table a translator reads and the
/// import ignores: which entry (its German name) and which field.
pub fn translation_context(file: &FileDirectory, unit: &crate::domain::translate::Unit) -> (String, String) {
    (entry_label(Lang::De, Some(file), &unit.entry), field_label(Lang::De, &unit.field))
}

/// Why a translated table was not taken over, in plain words, naming the
/// entry and field where the problem is.
pub fn import_problem_text(
    lang: Lang,
    file: &FileDirectory,
    problem: &crate::domain::translate::ImportProblem,
) -> String {
    use crate::domain::translate::ImportProblem as P;
    let line = |l: &usize| l.to_string();
    let at = |entry: &str, field: &str| (entry_label(lang, Some(file), entry), field_label(lang, field));
    match problem {
        P::NotUtf8 => ed(lang, EdMsg::ImportNotUtf8).to_string(),
        P::Heading => ed(lang, EdMsg::ImportHeading).to_string(),
        P::Empty => ed(lang, EdMsg::ImportEmpty).to_string(),
        P::Unclosed { line: l } => fill(ed(lang, EdMsg::ImportUnclosed), &[("line", &line(l))]),
        P::UnknownId { line: l, id } => fill(ed(lang, EdMsg::ImportUnknownId), &[("line", &line(l)), ("id", id)]),
        P::BadState { line: l, value } => {
            fill(ed(lang, EdMsg::ImportBadState), &[("line", &line(l)), ("value", value)])
        }
        P::SourceChanged { line: l, entry, field }
        | P::NoTranslation { line: l, entry, field }
        | P::Repeated { line: l, entry, field } => {
            let msg = match problem {
                P::SourceChanged { .. } => EdMsg::ImportSourceChanged,
                P::Repeated { .. } => EdMsg::ImportRepeated,
                _ => EdMsg::ImportNoTranslation,
            };
            let (entry, field) = at(entry, field);
            fill(ed(lang, msg), &[("line", &line(l)), ("entry", &entry), ("field", &field)])
        }
    }
}

/// One problem of a directory file, for the command-line check and the
/// editor's "open file" message: where it is (line and column, when known)
/// and what is wrong, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub text: String,
}

/// Checks a directory file's text as the app reads it: every problem, each
/// with its place in the file and its plain message. Empty when the app
/// accepts the file.
pub fn check_file(lang: Lang, text: &str) -> Vec<FileProblem> {
    use crate::domain::{locate::locate, parse, DirectoryError};
    let whole = |text: String| vec![FileProblem { line: None, column: None, text }];
    let file = match parse::read_file(text) {
        Ok(file) => file,
        Err(DirectoryError::Syntax { line, column, message }) => {
            let detail = fill(
                ed(lang, EdMsg::FileNotJson),
                &[("line", &line.to_string()), ("column", &column.to_string()), ("detail", &message)],
            );
            return vec![FileProblem { line: Some(line), column: Some(column), text: detail }];
        }
        Err(e) => return file_error(lang, &e).map(whole).unwrap_or_default(),
    };
    match parse::validate(file.clone()) {
        Ok(_) => Vec::new(),
        Err(DirectoryError::Invalid(issues)) => issues
            .iter()
            .map(|issue| {
                let at = locate(text, &issue.entry, &issue.field);
                let place = entry_label(lang, Some(&file), &issue.entry);
                let field = field_label(lang, &issue.field);
                let place = if field.is_empty() { place } else { format!("{place} › {field}") };
                FileProblem {
                    line: at.map(|p| p.line),
                    column: at.map(|p| p.column),
                    text: format!("{place}: {}", problem_text(lang, &issue.problem)),
                }
            })
            .collect(),
        Err(e) => file_error(lang, &e).map(whole).unwrap_or_default(),
    }
}

/// Why a file cannot be read at all, in plain words (`None` for `Invalid`:
/// those are reported one by one).
pub fn file_error(lang: Lang, error: &crate::domain::DirectoryError) -> Option<String> {
    use crate::domain::DirectoryError;
    Some(match error {
        DirectoryError::Syntax { line, column, message } => fill(
            ed(lang, EdMsg::FileNotJson),
            &[("line", &line.to_string()), ("column", &column.to_string()), ("detail", message)],
        ),
        DirectoryError::NotADirectory => ed(lang, EdMsg::FileNotDirectory).to_string(),
        DirectoryError::UnsupportedVersion { found, supported } => {
            fill(ed(lang, EdMsg::FileTooNew), &[("found", &found.to_string()), ("supported", &supported.to_string())])
        }
        DirectoryError::Invalid(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_editor_locales_are_complete() {
        let german = parse_catalog_of::<EdMsg>(EDITOR_GERMAN, None).expect("editor/de.ftl");
        parse_catalog_of::<EdMsg>(EDITOR_ENGLISH, Some(&german)).expect("editor/en.ftl");
        for &msg in EdMsg::ALL {
            assert_ne!(ed(Lang::De, msg), msg.key(), "{msg:?}");
        }
    }

    #[test]
    fn fixed_values_read_as_words() {
        assert_eq!(value_text(Lang::De, "schedule.slots[0].days", "mo, tu"), "Montag, Dienstag");
        assert_eq!(value_text(Lang::De, "schedule.slots[0].mode", "walk_in"), "offene Sprechstunde");
        assert_eq!(value_text(Lang::En, "status.state", "temporarily_closed"), "temporarily closed");
        assert_eq!(value_text(Lang::De, "phones[0].number", "02841 201-0"), "02841 201-0");
        assert_eq!(value_text(Lang::De, "languages", "de, ar"), "Deutsch, العربية");
    }

    #[test]
    fn field_paths_read_as_words() {
        assert_eq!(field_label(Lang::De, "schedule.slots[0].closes"), "Öffnungszeiten › Zeitfenster 1 › bis");
        assert_eq!(field_label(Lang::En, "phones[1].number"), "Phone 2 › Number");
        assert_eq!(field_label(Lang::De, "name.ar"), "Name › العربية");
    }
}
