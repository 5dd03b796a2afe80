//! "Please check your entry": a printable and mailable sheet for the
//! provider with the offer's current data in plain German and what is
//! missing; the answer is recorded as a source of kind "provider
//! confirmation", which also counts as a check.

use leptos::prelude::*;

use super::fields::optional;
use super::state::{use_editor, View};
use crate::domain::attention::record_confirmation;
use crate::domain::date::Date;
use crate::domain::hours::berlin_local;
use crate::domain::links::{mailto_uri, percent_encode};
use crate::i18n::editor::{ed, provider_sheet, EdMsg};
use crate::i18n::{fill, format_date, Lang};
use crate::platform;

/// Providers are asked to answer within three weeks (the 211 practice).
const ANSWER_WITHIN_DAYS: i64 = 21;

#[component]
pub fn ProviderSheet(index: usize) -> impl IntoView {
    let editor = use_editor();
    // The sheet is for the provider: in German, whatever the editor's language.
    let lang = Lang::De;
    let today = berlin_local(platform::now_unix()).date;
    let Some(sheet) = editor.read(|f| provider_sheet(lang, f, index, today)).flatten() else {
        return ().into_any();
    };
    let intro = fill(
        ed(lang, EdMsg::SheetIntro),
        &[("date", &format_date(lang, today)), ("until", &format_date(lang, today.add_days(ANSWER_WITHIN_DAYS)))],
    );
    let body: String = std::iter::once(ed(lang, EdMsg::SheetHeading).to_string())
        .chain(std::iter::once(intro.clone()))
        .chain(sheet.facts.iter().map(|(k, v)| format!("{k}: {v}")))
        .chain(
            (!sheet.missing.is_empty())
                .then(|| format!("{} {}", ed(lang, EdMsg::SheetMissing), sheet.missing.join(", "))),
        )
        .collect::<Vec<_>>()
        .join("\n\n");
    let mail = sheet.email.clone().map(|to| {
        let subject = fill(ed(lang, EdMsg::SheetSubject), &[("name", &sheet.name)]);
        let href = format!("{}?subject={}&body={}", mailto_uri(&to), percent_encode(&subject), percent_encode(&body));
        view! { <a class="button" href=href data-testid="sheet-mail">{move || editor.t(EdMsg::SheetMail)}</a> }
    });
    let facts: Vec<_> = sheet.facts.iter().map(|(k, v)| view! { <dt>{k.clone()}</dt><dd>{v.clone()}</dd> }).collect();
    let missing = if sheet.missing.is_empty() {
        view! { <p>{ed(lang, EdMsg::SheetNothingMissing)}</p> }.into_any()
    } else {
        let items: Vec<_> = sheet.missing.iter().map(|m| view! { <li>{m.clone()}</li> }).collect();
        view! { <p>{ed(lang, EdMsg::SheetMissing)}</p><ul data-testid="sheet-missing">{items}</ul> }.into_any()
    };
    let answer_date = RwSignal::new(today.to_string());
    let default_url = editor
        .read(|f| {
            let s = f.services.get(index)?;
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
        editor.edit_structure(|f| {
            if let Some(s) = f.services.get_mut(index) {
                record_confirmation(s, on, &url, &by);
            }
        });
        recorded.set(true);
    };
    view! {
        <div class="sheet-page">
            <p class="no-print">
                <button type="button" class="link" on:click=move |_| editor.view.set(View::Service(index))>
                    {move || editor.t(EdMsg::Back)}
                </button>
            </p>
            <article class="sheet" lang="de" data-testid="sheet">
                <h2>{ed(lang, EdMsg::SheetHeading)}</h2>
                <p>{intro}</p>
                <dl class="sheet-facts">{facts}</dl>
                {missing}
            </article>
            <p class="no-print actions">
                <button type="button" class="primary" on:click=|_| platform::print()>{move || editor.t(EdMsg::SheetPrint)}</button>
                {mail}
            </p>
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
        </div>
    }
    .into_any()
}
