//! "Please check your entry": a printable and mailable sheet for the
//! provider with the current data in plain German and what is missing, for
//! one offer or every current offer of one organization; the answer is
//! recorded as a source of kind "provider confirmation", which also counts
//! as a check.

use leptos::prelude::*;

use super::fields::optional;
use super::state::{use_editor, View};
use crate::domain::attention::record_confirmation;
use crate::domain::date::Date;
use crate::domain::links::{mailto_uri, percent_encode};
use crate::i18n::editor::{ed, organization_sheets, provider_sheet, EdMsg, Sheet};
use crate::i18n::{fill, format_date, Lang};
use crate::platform;

/// Providers are asked to answer within three weeks (the 211 practice).
const ANSWER_WITHIN_DAYS: i64 = 21;

/// The sheet is for the provider: in German, whatever the editor's language.
const SHEET_LANG: Lang = Lang::De;

/// The sheet of the offer at `index`.
#[component]
pub fn ProviderSheet(index: usize) -> impl IntoView {
    let editor = use_editor();
    let today = editor.clock.today_untracked();
    let Some(sheet) = editor.read(|f| provider_sheet(SHEET_LANG, f, index, today)).flatten() else {
        return ().into_any();
    };
    let intro = intro_text(EdMsg::SheetIntro, today, "");
    view! { <SheetPage back=View::Service(index) intro sheets=vec![(index, sheet)] today/> }.into_any()
}

/// The sheets of every current offer of the organization at `index`, on one page.
#[component]
pub fn OrganizationSheet(index: usize) -> impl IntoView {
    let editor = use_editor();
    let today = editor.clock.today_untracked();
    let (name, sheets) = editor
        .read(|f| {
            let name = f.organizations.get(index).map(|o| o.name.clone()).unwrap_or_default();
            (name, organization_sheets(SHEET_LANG, f, index, today))
        })
        .unwrap_or_default();
    let intro = intro_text(EdMsg::SheetOrgIntro, today, &name);
    view! { <SheetPage back=View::Organization(index) intro sheets today/> }
}

/// The introduction: as of today, answer within three weeks.
fn intro_text(msg: EdMsg, today: Date, name: &str) -> String {
    let (date, until) = (format_date(SHEET_LANG, today), format_date(SHEET_LANG, today.add_days(ANSWER_WITHIN_DAYS)));
    fill(ed(SHEET_LANG, msg), &[("date", &date), ("until", &until), ("name", name)])
}

/// The mail's text: heading, introduction, and each offer's facts and gaps.
fn mail_body(intro: &str, sheets: &[(usize, Sheet)]) -> String {
    let mut parts = vec![ed(SHEET_LANG, EdMsg::SheetHeading).to_string(), intro.to_string()];
    for (n, (_, sheet)) in sheets.iter().enumerate() {
        if sheets.len() > 1 {
            parts.push(offer_heading(n, sheets.len(), &sheet.name));
        }
        parts.extend(sheet.facts.iter().map(|(k, v)| format!("{k}: {v}")));
        if !sheet.missing.is_empty() {
            parts.push(format!("{} {}", ed(SHEET_LANG, EdMsg::SheetMissing), sheet.missing.join(", ")));
        }
    }
    parts.join("\n\n")
}

fn offer_heading(n: usize, count: usize, name: &str) -> String {
    let (number, count) = ((n + 1).to_string(), count.to_string());
    fill(ed(SHEET_LANG, EdMsg::SheetOffer), &[("number", &number), ("count", &count), ("name", name)])
}

#[component]
fn SheetPage(back: View, intro: String, sheets: Vec<(usize, Sheet)>, today: Date) -> impl IntoView {
    let editor = use_editor();
    let several = sheets.len() > 1;
    let name = sheets.first().map(|(_, s)| s.name.clone()).unwrap_or_default();
    let mail = sheets.iter().find_map(|(_, s)| s.email.clone()).map(|to| {
        let subject = fill(ed(SHEET_LANG, EdMsg::SheetSubject), &[("name", &name)]);
        let body = mail_body(&intro, &sheets);
        let href = format!("{}?subject={}&body={}", mailto_uri(&to), percent_encode(&subject), percent_encode(&body));
        view! { <a class="button" href=href data-testid="sheet-mail">{move || editor.t(EdMsg::SheetMail)}</a> }
    });
    let count = sheets.len();
    let offers: Vec<_> = sheets
        .iter()
        .enumerate()
        .map(|(n, (_, sheet))| {
            let heading = several.then(|| view! { <h3>{offer_heading(n, count, &sheet.name)}</h3> });
            view! { <section class="sheet-offer">{heading}<SheetFacts sheet=sheet.clone()/></section> }
        })
        .collect();
    let empty = sheets.is_empty().then(|| view! { <p>{ed(SHEET_LANG, EdMsg::SheetNoOffers)}</p> });
    let targets: Vec<usize> = sheets.iter().map(|(i, _)| *i).collect();
    let answer = (!targets.is_empty()).then(|| view! { <AnswerForm targets today/> });
    view! {
        <div class="sheet-page">
            <p class="no-print">
                <button type="button" class="link" on:click=move |_| editor.view.set(back)>
                    {move || editor.t(EdMsg::Back)}
                </button>
            </p>
            <article class="sheet" lang="de" data-testid="sheet">
                <h2>{ed(SHEET_LANG, EdMsg::SheetHeading)}</h2>
                <p>{intro}</p>
                {empty}
                {offers}
            </article>
            <p class="no-print actions">
                <button type="button" class="primary" on:click=|_| platform::print()>{move || editor.t(EdMsg::SheetPrint)}</button>
                {mail}
            </p>
            {answer}
        </div>
    }
}

#[component]
fn SheetFacts(sheet: Sheet) -> impl IntoView {
    let facts: Vec<_> = sheet.facts.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect();
    let missing = if sheet.missing.is_empty() {
        view! { <p>{ed(SHEET_LANG, EdMsg::SheetNothingMissing)}</p> }.into_any()
    } else {
        let items: Vec<_> = sheet.missing.into_iter().map(|m| view! { <li>{m}</li> }).collect();
        view! { <p>{ed(SHEET_LANG, EdMsg::SheetMissing)}</p><ul data-testid="sheet-missing">{items}</ul> }.into_any()
    };
    view! { <dl class="sheet-facts">{facts}</dl>{missing} }
}

/// Records the provider's answer for every offer on the sheet.
#[component]
fn AnswerForm(targets: Vec<usize>, today: Date) -> impl IntoView {
    let editor = use_editor();
    let answer_date = RwSignal::new(today.to_string());
    let first = targets.first().copied().unwrap_or_default();
    let default_url = editor
        .read(|f| {
            let s = f.services.get(first)?;
            s.website.clone().or_else(|| f.organizations.iter().find(|o| o.id == s.organization_id)?.website.clone())
        })
        .flatten()
        .unwrap_or_default();
    let answer_url = RwSignal::new(default_url);
    let recorded = RwSignal::new(false);
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(on) = Date::parse(&answer_date.get_untracked()) else { return };
        let url = answer_url.get_untracked();
        let by = ed(editor.lang.get_untracked(), EdMsg::DefaultChecker).to_string();
        let targets = targets.clone();
        editor.edit_structure(move |f| {
            for &i in &targets {
                if let Some(s) = f.services.get_mut(i) {
                    record_confirmation(s, on, &url, &by);
                }
            }
        });
        recorded.set(true);
    };
    view! {
        <form class="no-print new-entry" on:submit=record aria-labelledby="answer-heading">
            <h3 id="answer-heading">{move || editor.t(EdMsg::SheetAnswer)}</h3>
            <div class="field">
                <label for="answer-date">{move || editor.t(EdMsg::SheetAnswerDate)}</label>
                <input id="answer-date" type="date" prop:value=move || answer_date.get() on:input=move |ev| answer_date.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="answer-url">{move || editor.t(EdMsg::SheetAnswerUrl)}</label>
                <input
                    id="answer-url"
                    type="url"
                    prop:value=move || answer_url.get()
                    on:input=move |ev| answer_url.set(optional(event_target_value(&ev)).unwrap_or_default())
                />
            </div>
            <button type="submit">{move || editor.t(EdMsg::SheetAnswer)}</button>
            <p role="status" data-testid="sheet-recorded">{move || recorded.get().then(|| editor.t(EdMsg::SheetRecorded))}</p>
        </form>
    }
}
