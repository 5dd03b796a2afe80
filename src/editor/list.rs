//! Every offer and organization of the draft: search by name, filters by
//! topic, status and problems; new entries. Stays fast with 1,000 offers:
//! the rows are a memo of plain values and a keyed list.

use leptos::prelude::*;

use super::issues::issue_list;
use super::state::{use_editor, View};
use crate::domain::edit::{new_organization, new_service, service_entry};
use crate::domain::SOURCE_LANGUAGE;
use crate::i18n::editor::{ed, EdMsg};
use crate::i18n::fill;
use crate::platform;
use crate::search::fold;

#[derive(Clone, PartialEq)]
struct Row {
    index: usize,
    name: String,
    organization: String,
    state: String,
    problems: usize,
    /// Something about it should be checked ("Zu prüfen").
    attention: bool,
    categories: Vec<String>,
    /// The name folded for search (case, accents).
    folded: String,
}

fn state_msg(state: &str) -> EdMsg {
    match state {
        "temporarily_closed" => EdMsg::StateTemporarilyClosed,
        "ended" => EdMsg::StateEnded,
        "unconfirmed" => EdMsg::StateUnconfirmed,
        _ => EdMsg::StateActive,
    }
}

/// One plain row per offer: a memo, so typing in a form redraws only the
/// rows whose values changed.
fn rows(editor: super::state::Editor) -> Memo<Vec<Row>> {
    Memo::new(move |_| {
        let issues = editor.issues.get();
        let attention = editor.attention.get();
        editor.draft.with(|d| {
            let Some(d) = d else { return Vec::new() };
            let mut flagged = vec![false; d.file.services.len()];
            for a in attention.iter() {
                if let Some(f) = flagged.get_mut(a.index) {
                    *f = true;
                }
            }
            d.file
                .services
                .iter()
                .enumerate()
                .map(|(index, s)| {
                    let entry = service_entry(&d.file, index);
                    let name = s.name.get(SOURCE_LANGUAGE).text.to_string();
                    Row {
                        index,
                        folded: fold(&name),
                        name,
                        organization: d
                            .file
                            .organizations
                            .iter()
                            .find(|o| o.id == s.organization_id)
                            .map(|o| o.name.clone())
                            .unwrap_or_default(),
                        state: s.status.state.clone(),
                        problems: issues.iter().filter(|i| i.entry == entry).count(),
                        attention: flagged[index],
                        categories: s.categories.clone(),
                    }
                })
                .collect::<Vec<_>>()
        })
    })
}

/// The topics as `<option>`s of the filter.
fn topic_options(editor: super::state::Editor) -> Vec<AnyView> {
    editor.draft.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.file
                        .categories
                        .iter()
                        .map(|c| view! { <option value=c.id.clone()>{c.name.get(SOURCE_LANGUAGE).text.to_string()}</option> })
                        .map(IntoAny::into_any).collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
}

/// The states as `<option>`s of the filter.
fn state_options(editor: super::state::Editor) -> Vec<AnyView> {
    let lang = editor.lang.get();
    ["active", "temporarily_closed", "unconfirmed", "ended"]
        .iter()
        .map(|s| view! { <option value=*s>{ed(lang, state_msg(s))}</option> })
        .map(IntoAny::into_any)
        .collect::<Vec<_>>()
}

#[component]
pub fn EntryList() -> impl IntoView {
    let editor = use_editor();
    let query = RwSignal::new(String::new());
    let topic = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let only_problems = RwSignal::new(false);
    let only_attention = RwSignal::new(false);
    let rows = rows(editor);
    let shown = Memo::new(move |_| {
        let q = fold(&query.get());
        let (topic, status, only, attention) = (topic.get(), status.get(), only_problems.get(), only_attention.get());
        rows.with(|rows| {
            rows.iter()
                .filter(|r| q.is_empty() || r.folded.contains(&q))
                .filter(|r| topic.is_empty() || r.categories.contains(&topic))
                .filter(|r| status.is_empty() || r.state == status)
                .filter(|r| !only || r.problems > 0)
                .filter(|r| !attention || r.attention)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let topics = move || topic_options(editor);
    let states = move || state_options(editor);
    let count = move || {
        let total = rows.with(Vec::len);
        fill(editor.t(EdMsg::ListCount), &[("shown", &shown.with(Vec::len).to_string()), ("total", &total.to_string())])
    };
    view! {
        <section aria-labelledby="list-heading">
            <h2 id="list-heading">{move || editor.t(EdMsg::ListHeading)}</h2>
            {issue_list(12)}
            <super::attention::NeedsAttention/>
            <div class="filters" role="search">
                <div class="field">
                    <label for="list-search">{move || editor.t(EdMsg::SearchByName)}</label>
                    <input id="list-search" type="search" on:input=move |ev| query.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="list-topic">{move || editor.t(EdMsg::FilterTopic)}</label>
                    <select id="list-topic" on:change=move |ev| topic.set(event_target_value(&ev))>
                        <option value="">{move || editor.t(EdMsg::FilterAll)}</option>
                        {topics}
                    </select>
                </div>
                <div class="field">
                    <label for="list-status">{move || editor.t(EdMsg::FilterStatus)}</label>
                    <select id="list-status" on:change=move |ev| status.set(event_target_value(&ev))>
                        <option value="">{move || editor.t(EdMsg::FilterAll)}</option>
                        {states}
                    </select>
                </div>
                <div class="field check">
                    <input id="list-problems" type="checkbox" on:change=move |ev| only_problems.set(event_target_checked(&ev))/>
                    <label for="list-problems">{move || editor.t(EdMsg::FilterAttention)}</label>
                </div>
                <div class="field check">
                    <input id="list-attention" type="checkbox" on:change=move |ev| only_attention.set(event_target_checked(&ev))/>
                    <label for="list-attention">{move || editor.t(EdMsg::FilterNeedsAttention)}</label>
                </div>
            </div>
            <h3>{move || editor.t(EdMsg::ServicesHeading)}</h3>
            <p role="status" data-testid="list-count">{count}</p>
            <ul class="entries" data-testid="entries">
                <For
                    each=move || shown.get()
                    key=|r| (r.index, r.name.clone(), r.organization.clone(), r.state.clone(), r.problems)
                    children=move |r| {
                        let lang = editor.lang.get_untracked();
                        let problems = (r.problems > 0).then(|| view! { <span class="badge problem">{format!("{} {}", r.problems, ed(lang, EdMsg::HasProblems))}</span> });
                        let index = r.index;
                        view! {
                            <li>
                                <button type="button" class="entry-link" on:click=move |_| editor.view.set(View::Service(index))>{r.name.clone()}</button>
                                " "<span class="muted">{r.organization.clone()}</span>
                                " "<span class=format!("badge state-{}", r.state)>{ed(lang, state_msg(&r.state))}</span>
                                {problems}
                            </li>
                        }
                    }
                />
            </ul>
            {move || shown.with(Vec::is_empty).then(|| view! { <p>{editor.t(EdMsg::NoMatches)}</p> })}
            <NewServiceForm/>
            <Organizations/>
        </section>
    }
}

#[component]
fn NewServiceForm() -> impl IntoView {
    let editor = use_editor();
    let name = RwSignal::new(String::new());
    let organization = RwSignal::new(String::new());
    let organizations = move || {
        editor.draft.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.file
                        .organizations
                        .iter()
                        .map(|o| view! { <option value=o.id.clone()>{o.name.clone()}</option> })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let title = name.get_untracked().trim().to_string();
        if title.is_empty() {
            return;
        }
        let org = organization.get_untracked();
        let org = if org.is_empty() {
            editor.read(|f| f.organizations.first().map(|o| o.id.clone())).flatten().unwrap_or_default()
        } else {
            org
        };
        let today = editor.clock.today_untracked();
        let mut index = 0;
        editor.edit_structure(|f| {
            let service = new_service(f, &title, &org, today);
            f.services.push(service);
            index = f.services.len() - 1;
        });
        editor.view.set(View::Service(index));
        platform::focus_after_render(vec!["entry-title".into()]);
    };
    view! {
        <form class="new-entry" on:submit=add aria-labelledby="new-service-heading">
            <h3 id="new-service-heading">{move || editor.t(EdMsg::NewService)}</h3>
            <div class="field">
                <label for="new-service-name">{move || editor.t(EdMsg::NewServiceName)}</label>
                <input id="new-service-name" type="text" required on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="new-service-org">{move || editor.t(EdMsg::NewServiceOrganization)}</label>
                <select id="new-service-org" on:change=move |ev| organization.set(event_target_value(&ev))>{organizations}</select>
            </div>
            <button type="submit">{move || editor.t(EdMsg::Add)}</button>
        </form>
    }
}

#[component]
fn Organizations() -> impl IntoView {
    let editor = use_editor();
    let name = RwSignal::new(String::new());
    // Keyed by position: entries are never removed, new ones are appended.
    let count = Memo::new(move |_| editor.draft.with(|d| d.as_ref().map_or(0, |d| d.file.organizations.len())));
    let org_name = move |i: usize| {
        editor.draft.with(|d| d.as_ref().and_then(|d| d.file.organizations.get(i)).map(|o| o.name.clone()))
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let title = name.get_untracked().trim().to_string();
        if title.is_empty() {
            return;
        }
        let mut index = 0;
        editor.edit_structure(|f| {
            let org = new_organization(f, &title);
            f.organizations.push(org);
            index = f.organizations.len() - 1;
        });
        editor.view.set(View::Organization(index));
    };
    view! {
        <section aria-labelledby="orgs-heading">
            <h3 id="orgs-heading">{move || editor.t(EdMsg::OrganizationsHeading)}</h3>
            <ul class="entries">
                <For each=move || 0..count.get() key=|i| *i let(i)>
                    <li>
                        <button type="button" class="entry-link" on:click=move |_| editor.view.set(View::Organization(i))>
                            {move || org_name(i)}
                        </button>
                    </li>
                </For>
            </ul>
            <form class="new-entry" on:submit=add>
                <div class="field">
                    <label for="new-org-name">{move || editor.t(EdMsg::NewOrganizationName)}</label>
                    <input id="new-org-name" type="text" required on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <button type="submit">{move || editor.t(EdMsg::NewOrganization)}</button>
            </form>
        </section>
    }
}
