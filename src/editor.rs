//! The editor (`/redaktion/`, its own wasm: `src/bin/redaktion.rs`): the
//! Servicestelle keeps the directory current with forms, in the browser,
//! without a server. It opens the published directory or a file, keeps the
//! work as a draft on this device (IndexedDB, written as the user types),
//! validates every keystroke with the app's own validator, previews an offer
//! with the app's own page code, and saves a file the app accepts. It
//! publishes nothing itself: the saved file goes onto the host (README,
//! "Keeping the directory current").
//!
//! Layering: the editor is a second app shell beside `app`; it may use the
//! pages and state of the app (for the preview), and nothing of the app
//! imports it. Its pure parts are `domain::edit`, `domain::file` and
//! `i18n::editor`.

mod attention;
mod fields;
mod hours;
mod issues;
mod list;
mod org_form;
mod preview;
mod save;
mod service_form;
mod sheet;
mod start;
pub mod state;
mod translations;

use leptos::prelude::*;

use crate::i18n::editor::{ed, EdMsg, EDITOR_LANGS};
use crate::i18n::{fill, Lang};
use crate::platform;
use state::{use_editor, Editor, Keep, View};

/// Where the editor remembers its UI language.
const LANG_SETTING: &str = "wegweiser.redaktion.lang";

/// Starts the editor (called by its `main`).
pub fn mount() {
    #[cfg(all(debug_assertions, target_arch = "wasm32"))]
    console_error_panic_hook::set_once();
    // The app's base path (the editor lives at `<base>/redaktion/`): its
    // links to offer pages and the published directory are below it.
    crate::route::set_base(&platform::site_base());
    let lang = platform::load_setting(LANG_SETTING).and_then(|c| Lang::from_code(&c)).filter(|l| *l == Lang::En);
    let lang = lang.unwrap_or(Lang::De);
    leptos::mount::mount_to_body(move || view! { <EditorApp lang/> });
}

#[component]
pub fn EditorApp(lang: Lang) -> impl IntoView {
    let editor = Editor::provide(lang);
    crate::state::spawn_in_browser(editor.attach());
    platform::warn_before_leaving(move || editor.has_unsaved());
    Effect::new(move |_| {
        let lang = editor.lang.get();
        platform::set_document_language(lang.html_lang(), lang.dir());
        platform::set_title(ed(lang, EdMsg::EditorTitle));
    });
    let body = move || {
        if !editor.has_draft.get() {
            return view! { <start::StartView/> }.into_any();
        }
        match editor.view.get() {
            View::List => view! { <list::EntryList/> }.into_any(),
            View::Service(i) => view! { <service_form::ServiceForm index=i/> }.into_any(),
            View::Organization(i) => view! { <org_form::OrganizationForm index=i/> }.into_any(),
            View::Save => view! { <save::SaveView/> }.into_any(),
            View::Sheet(i) => view! { <sheet::ProviderSheet index=i/> }.into_any(),
            View::OrganizationSheet(i) => view! { <sheet::OrganizationSheet index=i/> }.into_any(),
            View::Translations => view! { <translations::TranslationsView/> }.into_any(),
        }
    };
    view! {
        <header class="editor-header">
            <p class="brand">{move || editor.t(EdMsg::EditorTitle)}</p>
            <LanguageSwitch/>
            <DraftStatus/>
            <Nav/>
        </header>
        <main id="main" tabindex="-1">
            <p class="intro">{move || editor.t(EdMsg::EditorIntro)}</p>
            <p class="publish-note">{move || editor.t(EdMsg::EditorPublishNote)}</p>
            {body}
        </main>
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let editor = use_editor();
    let refused = RwSignal::new(false);
    let buttons: Vec<_> = EDITOR_LANGS
        .iter()
        .map(|&lang| {
            let choose = move |_| {
                refused.set(!platform::save_setting(LANG_SETTING, lang.code()));
                // The weekday names and the preview come from the app's texts.
                leptos::task::spawn_local(async move {
                    let _ = crate::state::ensure_locale(lang).await;
                    editor.lang.set(lang);
                });
            };
            view! {
                <button type="button" lang=lang.html_lang() aria-pressed=move || (editor.lang.get() == lang).to_string() on:click=choose>
                    {lang.endonym()}
                </button>
            }
        })
        .collect();
    view! {
        <div class="editor-lang" role="group" aria-label=move || editor.t(EdMsg::EditorLanguage)>{buttons}</div>
        <p class="warning" role="alert" hidden=move || !refused.get()>{move || editor.t(EdMsg::EditorLanguageNotKept)}</p>
    }
}

#[component]
fn DraftStatus() -> impl IntoView {
    let editor = use_editor();
    move || {
        let text = match editor.keep.get() {
            Keep::Idle => return None,
            Keep::Saving => editor.t(EdMsg::DraftSaving).to_string(),
            Keep::Saved(at) => fill(editor.t(EdMsg::DraftSaved), &[("time", &start::time_text(editor, at))]),
            Keep::Failed(reason) => fill(editor.t(EdMsg::DraftFailed), &[("reason", &reason)]),
        };
        let failed = matches!(editor.keep.get(), Keep::Failed(_));
        Some(view! {
            <p class="draft-status" class:warning=failed role=if failed { "alert" } else { "status" } data-testid="draft-status">
                {text}
            </p>
        })
    }
}

#[component]
fn Nav() -> impl IntoView {
    let editor = use_editor();
    move || {
        editor.has_draft.get().then(|| {
            let close = move |_| {
                let lang = editor.lang.get_untracked();
                if !editor.has_unsaved() || platform::confirm(ed(lang, EdMsg::CloseDraftConfirm)) {
                    editor.discard();
                }
            };
            view! {
                <nav aria-label=editor.t(EdMsg::NavList)>
                    <button type="button" on:click=move |_| editor.view.set(View::List)>{editor.t(EdMsg::NavList)}</button>
                    <button type="button" on:click=move |_| editor.view.set(View::Translations)>{editor.t(EdMsg::NavTranslations)}</button>
                    <button type="button" class="primary" on:click=move |_| editor.view.set(View::Save)>{editor.t(EdMsg::NavSave)}</button>
                    <button type="button" on:click=close>{editor.t(EdMsg::CloseDraft)}</button>
                </nav>
            }
        })
    }
}
