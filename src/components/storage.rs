//! What the device's storage did with the user's data: a warning when there
//! is no storage or a setting was not kept, the state of an entry's last write, and storage errors as
//! translated sentences (the browser's own text folded away).

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::state::{use_i18n, use_my_contacts, use_settings, SaveState};
use crate::storage::StorageError;

/// Where contacts are saved: a warning when the browser gives the app no
/// storage on the device, so that "saved" is never a false promise.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    move || {
        my.no_storage.get().then(|| {
            view! { <p class="notice notice-ended" role="alert" data-testid="no-storage">{i18n.t(Msg::StorageUnavailable)}</p> }
        })
    }
}

/// A setting the device refused to keep (language, display, staff mode, the
/// referral list): said on every page, at the top of the screen while the
/// user scrolls, until closed; the setting applies until the app is closed.
#[component]
pub fn SettingsNotice() -> impl IntoView {
    let i18n = use_i18n();
    let refused = use_settings().refused;
    move || {
        refused.get().then(|| {
            view! {
                <p class="notice notice-ended settings-notice" role="alert" data-testid="settings-refused">
                    {i18n.t(Msg::SettingsNotKept)}" "
                    <button type="button" class="link" on:click=move |_| refused.set(false)>{i18n.t(Msg::Close)}</button>
                </p>
            }
        })
    }
}

/// A storage failure: `message` in the UI language, the technical text only
/// inside a details element.
pub fn storage_problem(message: Msg, error: StorageError) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice notice-ended" role="alert" data-testid="storage-problem">
            <p>{i18n.t(message)}</p>
            <details><summary>{i18n.t(Msg::TechnicalDetails)}</summary><pre>{error.to_string()}</pre></details>
        </div>
    }
}

/// How the last write of contact `id` went: "saving …", "saved" once the
/// device has it, or "not saved" with "try again" (the data stays in memory
/// and in the form meanwhile).
#[component]
pub fn SaveStatus(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    let retry_id = format!("{id}-retry");
    let state_id = id.clone();
    let body = move || match my.save_state(&state_id) {
        None => None,
        Some(SaveState::Saving) => Some(view! { <span>{i18n.t(Msg::Saving)}</span> }.into_any()),
        Some(SaveState::Saved) => Some(view! { <span>{i18n.t(Msg::SavedMarker)}</span> }.into_any()),
        Some(SaveState::Failed(error)) => {
            let id = id.clone();
            Some(
                view! {
                    {storage_problem(Msg::NotSaved, error)}
                    <button type="button" class="button" id=retry_id.clone() on:click=move |_| my.persist(&id)>
                        {i18n.t(Msg::Retry)}
                    </button>
                }
                .into_any(),
            )
        }
    };
    view! { <div class="save-state" aria-live="polite" data-testid="save-state">{body}</div> }
}
