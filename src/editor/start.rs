//! Opening a directory: the published one (one tap), a file from the device
//! (picker or drag and drop), or the draft found on this device.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::{use_editor, Editor};
use crate::domain::read_file;
use crate::i18n::editor::{ed, file_error, EdMsg};
use crate::i18n::fill;
use crate::platform;

/// Where the deployment publishes its full directory file (below the base path).
pub const PUBLISHED: &str = "/directory.json";

/// Unix seconds as "2.12.2026, 14:32" (Moers time).
pub fn time_text(editor: Editor, unix: i64) -> String {
    let local = crate::domain::hours::berlin_local(unix);
    format!("{}, {}", crate::i18n::format_date(editor.lang.get(), local.date), local.time)
}

/// Opens `text` (from `source`), or says in plain words why it cannot.
pub fn open_text(editor: Editor, text: &str, source: String) {
    match read_file(text) {
        Ok(file) => {
            editor.open_error.set(None);
            editor.open(file, source);
        }
        Err(e) => {
            let lang = editor.lang.get_untracked();
            let reason = file_error(lang, &e).unwrap_or_default();
            editor.open_error.set(Some(fill(ed(lang, EdMsg::OpenFailed), &[("reason", &reason)])));
        }
    }
}

#[component]
pub fn StartView() -> impl IntoView {
    let editor = use_editor();
    let open_published = move |_| {
        leptos::task::spawn_local(async move {
            match platform::fetch_conditional(PUBLISHED, None).await {
                Ok(platform::Fetched::Body { text, .. }) => open_text(editor, &text, String::new()),
                Ok(platform::Fetched::NotModified) => {}
                Err(e) => {
                    let lang = editor.lang.get_untracked();
                    editor.open_error.set(Some(fill(ed(lang, EdMsg::OpenFailed), &[("reason", &e)])));
                }
            }
        });
    };
    let chosen = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        leptos::task::spawn_local(async move {
            let name = platform::chosen_file_name(&input).unwrap_or_default();
            if let Some(text) = platform::read_chosen_file(&input).await {
                open_text(editor, &text, name);
            }
        });
    };
    let pick = move |_| {
        leptos::task::spawn_local(async move {
            if let Some((handle, name, text)) = platform::pick_file_to_save_back().await {
                open_text(editor, &text, name.clone());
                if editor.open_error.get_untracked().is_none() {
                    editor.keep_handle(handle, name);
                }
            }
        });
    };
    let save_back = platform::can_save_back().then(|| {
        view! { <p><button type="button" on:click=pick>{move || editor.t(EdMsg::OpenFileSaveBack)}</button></p> }
    });
    let dragging = RwSignal::new(false);
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        leptos::task::spawn_local(async move {
            if let Some((name, text)) = platform::read_dropped_file(&ev).await {
                open_text(editor, &text, name);
            }
        });
    };
    let stored = move || {
        editor.stored.get().map(|draft| {
            let when = time_text(editor, draft.changed);
            let discard = move |_| {
                if platform::confirm(ed(editor.lang.get_untracked(), EdMsg::DraftDiscardConfirm)) {
                    editor.discard();
                }
            };
            view! {
                <div class="draft-found" role="status" data-testid="draft-found">
                    <p>{fill(editor.t(EdMsg::DraftFound), &[("time", &when)])}</p>
                    <button type="button" class="primary" on:click=move |_| editor.continue_stored()>{editor.t(EdMsg::DraftContinue)}</button>
                    " "
                    <button type="button" on:click=discard>{editor.t(EdMsg::DraftDiscard)}</button>
                </div>
            }
        })
    };
    view! {
        <section aria-labelledby="open-heading">
            {stored}
            <h2 id="open-heading">{move || editor.t(EdMsg::OpenHeading)}</h2>
            <p><button type="button" class="primary" on:click=open_published>{move || editor.t(EdMsg::OpenPublished)}</button></p>
            {save_back}
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=dropped
            >
                <label for="open-file">{move || editor.t(EdMsg::OpenFile)}</label>
                <input id="open-file" type="file" accept=".json,application/json" on:change=chosen/>
                <p class="hint">{move || editor.t(EdMsg::DropHint)}</p>
            </div>
            <p class="field-problem" role="alert" data-testid="open-error">{move || editor.open_error.get()}</p>
        </section>
    }
}
