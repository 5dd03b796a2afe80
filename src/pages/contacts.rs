//! "My contacts" (`/contacts`): saved offers and own contacts, with the
//! user's notes and appointments; export as vCard and iCalendar; backup.
//!
//! The list is keyed by contact id: when an edit re-sorts it, each entry's
//! elements move with it (open panel, the field being typed in and its
//! caret), and every edit finds its entry by id, never by position.

mod backup;
mod card;
mod details;
mod own_form;

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::keyed::keyed_list;
use crate::components::storage::{storage_problem, StorageNotice};
use crate::contacts::sort_contacts;
use crate::domain::Directory;
use crate::i18n::{fill, tr, Msg};
use crate::platform;
use crate::state::{use_clock, use_directory, use_i18n, use_my_contacts, use_page_title, use_site, Load};

#[component]
pub fn ContactsPage() -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    let load = use_directory();
    let clock = use_clock();
    use_page_title(Msg::NavContacts);

    let undo = move || {
        my.deleted.get().map(|c| {
            let text = fill(tr(i18n.lang.get(), Msg::DeletedUndo), &[("name", &c.name)]);
            view! {
                <p class="status-update" role="status" data-testid="undo">
                    {text}" "
                    <button
                        type="button"
                        class="button"
                        id="undo-delete"
                        on:click=move |_| {
                            let id = my.deleted.get_untracked().map(|c| card::delete_button_id(&c.id));
                            my.undo_delete();
                            platform::focus_after_render(id.into_iter().collect());
                        }
                    >
                        {i18n.t(Msg::Undo)}
                    </button>
                </p>
            }
        })
    };
    let error = move || my.error.get().map(|e| storage_problem(Msg::StorageFailed, e));
    // The order shown: next appointment first, then by name.
    let order = Memo::new(move |_| {
        let mut list = my.list.get();
        sort_contacts(&mut list, clock.today());
        list.into_iter().map(|c| c.id).collect::<Vec<_>>()
    });
    let dir: Signal<Option<Arc<Directory>>> = Signal::derive(move || match load.get() {
        Load::Ready(d) => Some(d),
        _ => None,
    });
    // The static page cannot know what is on the device: it says "loading"
    // until the app has the entries, never "no contacts yet".
    let live = use_site().live;
    let loading = Memo::new(move |_| !live || matches!(load.get(), Load::Loading));
    let list = move || {
        // Drawn once the directory is there (or known to be missing), so an
        // entry is drawn once and not again when the directory arrives.
        if loading.get() {
            return view! { <p class="loading" role="status">{i18n.t(Msg::Loading)}</p> }.into_any();
        }
        view! {
            {move || order.with(Vec::is_empty).then(|| view! { <p data-testid="contacts-empty">{i18n.t(Msg::ContactsEmpty)}</p> })}
            <ul class="contact-cards">
                {keyed_list(order.into(), Arc::new(move |id| view! { <card::ContactCard id=id dir=dir/> }.into_any()))}
            </ul>
        }
        .into_any()
    };

    view! {
        <h1>{i18n.t(Msg::NavContacts)}</h1>
        <p class="muted">{i18n.t(Msg::ContactsPrivacy)}</p>
        <StorageNotice/>
        {error}
        {undo}
        {list}
        <own_form::OwnContactForm/>
        <backup::BackupTools/>
    }
}
