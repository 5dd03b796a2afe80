//! Export all, backup and import with a preview. A broken file changes
//! nothing; an import says "done" only once the device has every entry.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::storage::storage_problem;
use crate::contacts::backup::{export_backup, parse_backup, plan_import, BackupError, ImportPlan};
use crate::contacts::vcard::contacts_to_vcard;
use crate::i18n::{fill, tr, Msg};
use crate::platform;
use crate::state::{use_i18n, use_my_contacts};
use crate::storage::StorageError;

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
enum ImportState {
    Idle,
    /// The file was read and checked: what it would do.
    Planned(Arc<ImportPlan>),
    /// Writing to the device: entries written, of all.
    Writing(usize, usize),
    /// A message: done, or why the file was not taken.
    Said(Msg),
    Failed(StorageError),
}

#[component]
pub fn BackupTools() -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    let state = RwSignal::new(ImportState::Idle);
    let export_all = move |_| {
        platform::download("kontakte.vcf", "text/vcard;charset=utf-8", &contacts_to_vcard(&my.list.get_untracked()))
    };
    let backup = move |_| {
        let stamp = platform::now_iso();
        platform::download(
            &format!("wegweiser-sicherung-{}.json", &stamp[..10]),
            "application/json",
            &export_backup(&my.list.get_untracked(), &stamp),
        );
    };
    let chosen = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        leptos::task::spawn_local(async move {
            let text = platform::read_chosen_file(&input).await.unwrap_or_default();
            input.set_value("");
            state.set(match parse_backup(&text) {
                Ok(imported) => ImportState::Planned(Arc::new(plan_import(&my.list.get_untracked(), imported))),
                Err(BackupError::TooNew { .. }) => ImportState::Said(Msg::BackupTooNew),
                Err(BackupError::NotABackup) => ImportState::Said(Msg::BackupForeign),
                Err(_) => ImportState::Said(Msg::BackupBroken),
            });
        });
    };
    let confirm = move |_| {
        let ImportState::Planned(plan) = state.get_untracked() else { return };
        let changes = plan.changes();
        let total = changes.len();
        state.set(ImportState::Writing(0, total));
        leptos::task::spawn_local(async move {
            let progress = move |done: usize| state.set(ImportState::Writing(done, total));
            state.set(match my.import(changes, &progress).await {
                Ok(()) => ImportState::Said(Msg::ImportDone),
                Err(e) => ImportState::Failed(e),
            });
        });
    };
    let preview = move || match state.get() {
        ImportState::Planned(p) => {
            let lang = i18n.lang.get();
            let text = fill(
                tr(lang, Msg::ImportPlan),
                &[
                    ("add", &p.add.len().to_string()),
                    ("replace", &p.replace.len().to_string()),
                    ("same", &p.unchanged.to_string()),
                ],
            );
            Some(
                view! {
                    <div class="no-results" data-testid="import-plan">
                        <p>{text}</p>
                        <p class="actions">
                            <button type="button" class="button" on:click=confirm>{tr(lang, Msg::ImportConfirm)}</button>
                            <button type="button" class="button secondary" on:click=move |_| state.set(ImportState::Idle)>
                                {tr(lang, Msg::Cancel)}
                            </button>
                        </p>
                    </div>
                }
                .into_any(),
            )
        }
        ImportState::Failed(e) => Some(storage_problem(Msg::ImportFailed, e).into_any()),
        _ => None,
    };
    let message = move || {
        let lang = i18n.lang.get();
        match state.get() {
            ImportState::Writing(done, total) => {
                Some(fill(tr(lang, Msg::ImportRunning), &[("done", &done.to_string()), ("total", &total.to_string())]))
            }
            ImportState::Said(msg) => Some(tr(lang, msg).to_string()),
            _ => None,
        }
    };
    view! {
        <section class="backup" aria-labelledby="backup-heading">
            <h2 id="backup-heading">{i18n.t(Msg::BackupHeading)}</h2>
            <p class="actions">
                <button type="button" class="button" on:click=export_all>{i18n.t(Msg::ExportAllVcard)}</button>
                <button type="button" class="button" on:click=backup>{i18n.t(Msg::DownloadBackup)}</button>
            </p>
            // The browser's own file button speaks the browser's language, not
            // the app's: the input is hidden and its label is the button.
            <p class="file-pick">
                <input
                    id="import-backup"
                    class="visually-hidden"
                    type="file"
                    accept="application/json,.json"
                    on:change=chosen
                />
                <label for="import-backup" class="button secondary">{i18n.t(Msg::ImportBackup)}</label>
            </p>
            {preview}
            <p role="status" data-testid="import-message">{message}</p>
        </section>
    }
}
