//! Saving: what changed (entry, field, before → after), whether the
//! published directory changed meanwhile, then the file as a download. Only
//! a file the app accepts can be saved.

use leptos::prelude::*;

use super::issues::issue_list;
use super::start::PUBLISHED;
use super::state::{use_editor, View};
use crate::domain::edit::{changes, differing_entries, save};
use crate::domain::read_file;
use crate::i18n::editor::{entry_label, field_label, value_text, EdMsg};
use crate::i18n::fill;
use crate::platform;

/// What the published directory says about the draft's starting point.
#[derive(Clone, PartialEq)]
enum Published {
    Checking,
    Same,
    Changed(Vec<String>),
    Unknown,
}

/// The changes against the opened directory: entry, field, before → after.
fn change_summary(editor: super::state::Editor) -> AnyView {
    let lang = editor.lang.get();
    let list = editor.draft.with(|d| d.as_ref().map(|d| changes(&d.base, &d.file)).unwrap_or_default());
    let list: Vec<_> = list.into_iter().filter(|c| c.field != "data_version").collect();
    if list.is_empty() {
        return view! { <p data-testid="no-changes">{editor.t(EdMsg::SaveNoChanges)}</p> }.into_any();
    }
    let rows: Vec<_> = list
        .iter()
        .map(|c| {
            let entry = editor.read(|f| entry_label(lang, Some(f), &c.entry)).unwrap_or_default();
            let (field, before, after) = if c.field.is_empty() {
                let what = if c.after.is_empty() { EdMsg::SaveRemoved } else { EdMsg::SaveAdded };
                (String::new(), String::new(), editor.t(what).to_string())
            } else {
                (
                    field_label(lang, &c.field),
                    value_text(lang, &c.field, &c.before),
                    value_text(lang, &c.field, &c.after),
                )
            };
            view! {
                <tr>
                    <td>{entry}</td>
                    <td>{field}</td>
                    <td><del>{before}</del></td>
                    <td><ins>{after}</ins></td>
                </tr>
            }
        })
        .collect();
    view! {
        <table class="changes" data-testid="changes">
            <caption>{fill(editor.t(EdMsg::SaveChangesCount), &[("count", &list.len().to_string())])}</caption>
            <thead>
                <tr>
                    <th scope="col">{editor.t(EdMsg::SaveEntry)}</th>
                    <th scope="col">{editor.t(EdMsg::SaveField)}</th>
                    <th scope="col">{editor.t(EdMsg::SaveBefore)}</th>
                    <th scope="col">{editor.t(EdMsg::SaveAfter)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// Saving back into the file that was opened (File System Access API),
/// where the browser can and the file was opened that way.
#[component]
fn SaveBack() -> impl IntoView {
    let editor = use_editor();
    let saved_back = RwSignal::new(None::<Result<String, String>>);
    let write_back = move |_| {
        let today = editor.clock.today_untracked();
        let result = editor.draft.with_untracked(|d| d.as_ref().map(|d| save(&d.file, &d.base, today)));
        let (Some(Ok(text)), Some(handle)) = (result, editor.handle()) else { return };
        leptos::task::spawn_local(async move {
            match platform::save_back(&handle, &text).await {
                Ok(()) => {
                    if let Ok(saved) = read_file(&text) {
                        saved_back.set(Some(Ok(saved.data_version.clone())));
                        editor.mark_saved(saved);
                    }
                }
                Err(reason) => saved_back.set(Some(Err(reason))),
            }
        });
    };
    let save_back_button = move || {
        editor.save_back.get().map(|name| {
            view! {
                <p>
                <button type="button" class="primary" data-testid="save-back" disabled=move || !editor.issues.with(|i| i.is_empty()) on:click=write_back>
                    {fill(editor.t(EdMsg::SaveBackTo), &[("name", &name)])}
                </button>
                </p>
            }
        })
    };
    let saved_back_note = move || {
        let name = editor.save_back.get().unwrap_or_default();
        saved_back.get().map(|result| match result {
            Ok(version) => view! { <p class="ok" role="status" data-testid="saved-back">{fill(editor.t(EdMsg::SavedBack), &[("name", &name), ("version", &version)])}</p> }.into_any(),
            Err(reason) => view! { <p class="warning" role="alert">{fill(editor.t(EdMsg::SaveBackFailed), &[("reason", &reason)])}</p> }.into_any(),
        })
    };
    view! {
        {save_back_button}
        {saved_back_note}
    }
}

#[component]
pub fn SaveView() -> impl IntoView {
    let editor = use_editor();
    let published = RwSignal::new(Published::Checking);
    let done = RwSignal::new(None::<String>);
    crate::state::spawn_in_browser(async move {
        let state = match platform::fetch_conditional(PUBLISHED, None).await {
            Ok(platform::Fetched::Body { text, .. }) => match read_file(&text) {
                Ok(now) => {
                    let lang = editor.lang.get_untracked();
                    let differ = editor
                        .draft
                        .with_untracked(|d| d.as_ref().map(|d| differing_entries(&d.base, &now)))
                        .unwrap_or_default();
                    if differ.is_empty() {
                        Published::Same
                    } else {
                        let names = differ.iter().map(|(entry, _)| entry_label(lang, Some(&now), entry)).collect();
                        Published::Changed(names)
                    }
                }
                Err(_) => Published::Unknown,
            },
            _ => Published::Unknown,
        };
        published.set(state);
    });
    let summary = move || change_summary(editor);
    let published_note = move || match published.get() {
        Published::Checking => None,
        Published::Same => Some(view! { <p class="ok">{editor.t(EdMsg::SavePublishedSame)}</p> }.into_any()),
        Published::Changed(names) => Some(
            view! {
                <p class="warning" role="alert" data-testid="published-changed">
                    {fill(editor.t(EdMsg::SavePublishedChanged), &[("entries", &names.join(", "))])}
                </p>
            }
            .into_any(),
        ),
        Published::Unknown => Some(view! { <p class="muted">{editor.t(EdMsg::SavePublishedUnknown)}</p> }.into_any()),
    };
    let download = move |_| {
        let today = editor.clock.today_untracked();
        let result = editor.draft.with_untracked(|d| d.as_ref().map(|d| save(&d.file, &d.base, today)));
        if let Some(Ok(text)) = result {
            platform::download("directory.json", "application/json", &text);
            if let Ok(saved) = read_file(&text) {
                done.set(Some(saved.data_version.clone()));
                editor.mark_saved(saved);
            }
        }
    };
    let blocked = move || !editor.issues.with(|i| i.is_empty());
    view! {
        <section aria-labelledby="save-heading">
            <h2 id="save-heading">{move || editor.t(EdMsg::SaveHeading)}</h2>
            <p>{move || editor.t(EdMsg::SaveIntro)}</p>
            {summary}
            {published_note}
            {issue_list(50)}
            {move || blocked().then(|| view! { <p class="warning">{editor.t(EdMsg::SaveBlocked)}</p> })}
            <SaveBack/>
            <p>
                <button type="button" class="primary" data-testid="download" disabled=blocked on:click=download>
                    {move || editor.t(EdMsg::SaveDownload)}
                </button>
                " "
                <button type="button" on:click=move |_| editor.view.set(View::List)>{move || editor.t(EdMsg::SaveBack)}</button>
            </p>
            {move || done.get().map(|version| view! { <p class="ok" role="status" data-testid="saved">{fill(editor.t(EdMsg::SaveDone), &[("version", &version)])}</p> })}
            <p class="publish-steps">{move || editor.t(EdMsg::PublishSteps)}</p>
        </section>
    }
}
