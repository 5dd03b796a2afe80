//! About this app and the user's data: everything stays on this device;
//! how much is stored, whether the browser keeps it, installing the app.

use leptos::prelude::*;

use crate::components::display::display_settings;
use crate::components::storage::{storage_problem, StorageNotice};
use crate::components::text::with_ltr;
use crate::i18n::{fill, human_size, tr, Msg};
use crate::platform;
use crate::state::{spawn_in_browser, use_i18n, use_my_contacts, use_page_title, use_staff};

#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(Msg::AboutTitle);
    let my = use_my_contacts();
    let used = RwSignal::new(None::<u64>);
    let persisted = RwSignal::new(None::<bool>);
    spawn_in_browser(async move {
        used.set(platform::storage_used().await);
        persisted.set(platform::storage_persisted().await);
    });
    let request = move |_| {
        leptos::task::spawn_local(async move {
            persisted.set(platform::request_persistent_storage().await);
            used.set(platform::storage_used().await);
        });
    };
    let storage = move || {
        let lang = i18n.lang.get();
        // The size reads left to right also inside Arabic or Farsi ("1.3 MB").
        used.get().map(|b| with_ltr(tr(lang, Msg::StorageUsed), "size", human_size(lang, b)))
    };
    let persistence = move || match persisted.get() {
        Some(true) => view! { <p data-testid="persisted">{i18n.t(Msg::PersistGranted)}</p> }.into_any(),
        _ => view! {
            <p data-testid="persisted">{i18n.t(Msg::PersistNotGranted)}</p>
            <p><button type="button" class="button" on:click=request>{i18n.t(Msg::PersistButton)}</button></p>
        }
        .into_any(),
    };
    let staff = use_staff();
    let delete_failed = RwSignal::new(None);
    view! {
        <h1>{i18n.t(Msg::AboutTitle)}</h1>
        <p class="toggle">
            <label>
                <input
                    type="checkbox"
                    data-testid="staff-mode"
                    aria-describedby="staff-hint"
                    prop:checked=move || staff.on.get()
                    on:change=move |ev| staff.on.set(event_target_checked(&ev))
                />
                " "
                {i18n.t(Msg::StaffModeLabel)}
            </label>
        </p>
        <p class="muted" id="staff-hint">{i18n.t(Msg::StaffModeHint)}</p>
        {display_settings()}
        <section aria-labelledby="data-heading">
            <h2 id="data-heading">{i18n.t(Msg::AboutDataHeading)}</h2>
            <p>{i18n.t(Msg::AboutPrivacy)}</p>
            <StorageNotice/>
            <p data-testid="storage-used">{storage}</p>
            <p data-testid="contacts-count">{move || fill(tr(i18n.lang.get(), Msg::ContactsCount), &[("count", &my.list.get().len().to_string())])}</p>
            {persistence}
            <p>
                <button type="button" class="button danger" data-testid="delete-all" on:click=move |_| {
                    if platform::confirm(i18n.text(Msg::DeleteAllConfirm)) {
                        leptos::task::spawn_local(async move {
                            // Reload into an empty app only when everything is gone;
                            // else stay, and say that nothing was deleted.
                            match my.delete_everything().await {
                                Ok(()) => platform::reload(),
                                Err(e) => delete_failed.set(Some(e)),
                            }
                        });
                    }
                }>{i18n.t(Msg::DeleteAllData)}</button>
            </p>
            {move || delete_failed.get().map(|e| storage_problem(Msg::DeleteAllFailed, e))}
        </section>
    }
}
