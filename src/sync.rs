//! Keeping the directory on this device current: show the stored copy at
//! once (never waiting for the network), then ask for a newer one with one
//! conditional request, and replace the stored copy only with a complete,
//! valid, newer file, in one transaction. The decision itself is the pure
//! [`crate::update::judge`]; this module is the browser shell around it.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::parse_directory;
use crate::i18n::Lang;
use crate::platform::{self, Fetched};
use crate::state::{DirectorySync, Freshness, I18n, Load, LoadError, MyContacts};
use crate::storage::{Store, StoredDirectory};
use crate::update::{directory_path, judge, Verdict};

/// The IndexedDB store, once open: kept for later checks (a language switch).
type StoreSlot = Rc<RefCell<Option<Rc<Store>>>>;

/// Opens the device's storage, loads contacts and the stored directory, checks
/// for a newer directory, and fetches another language's texts when the user
/// switches to a language the stored directory lacks.
pub fn start(load: RwSignal<Load>, sync: DirectorySync, contacts: MyContacts, i18n: I18n) {
    let slot = StoreSlot::default();
    leptos::task::spawn_local(load_and_update(load, sync, contacts, i18n.lang.get_untracked(), slot.clone()));
    Effect::new(move |previous: Option<Lang>| {
        let lang = i18n.lang.get();
        let lacking = matches!(load.get_untracked(), Load::Ready(dir) if !dir.has_texts_for(lang.code()));
        if previous.is_some_and(|p| p != lang) && lacking {
            let store = slot.borrow().clone();
            leptos::task::spawn_local(check_published(store, load, sync, lang, None));
        }
        lang
    });
}

async fn load_and_update(load: RwSignal<Load>, sync: DirectorySync, contacts: MyContacts, lang: Lang, slot: StoreSlot) {
    let store = Store::open(move || sync.outdated_tab.set(true)).await.ok().map(Rc::new);
    slot.borrow_mut().clone_from(&store);
    match &store {
        Some(store) => contacts.attach(store.clone()).await,
        // The directory still comes from the network; contacts cannot be kept.
        None => contacts.no_storage.set(true),
    }
    let mut etag = None;
    if let Some(store) = &store {
        if let Ok(Some(stored)) = store.load_directory().await {
            if let Ok(dir) = parse_directory(&stored.text) {
                load.set(Load::Ready(Arc::new(dir)));
                etag = stored.etag;
            }
        }
    }
    check_published(store, load, sync, lang, etag).await;
}

/// Asks for the published directory file of `lang` (conditionally, when the
/// stored copy is that file) and takes it if [`judge`] says so.
async fn check_published(
    store: Option<Rc<Store>>,
    load: RwSignal<Load>,
    sync: DirectorySync,
    lang: Lang,
    etag: Option<String>,
) {
    let current = match load.get_untracked() {
        Load::Ready(dir) => Some(dir),
        _ => None,
    };
    // The stored ETag belongs to the file of the language the stored copy carries.
    let etag = etag.filter(|_| current.as_ref().is_some_and(|d| d.has_texts_for(lang.code())));
    sync.freshness.set(Freshness::Checking);
    match platform::fetch_conditional(&directory_path(lang.code()), etag.as_deref()).await {
        Ok(Fetched::NotModified) => sync.freshness.set(Freshness::UpToDate),
        Ok(Fetched::Body { text, etag }) => match judge(current.as_deref(), &text, lang.code()) {
            Verdict::Replace(dir) => {
                if let Some(store) = &store {
                    // If storing fails the app still shows the new data; it is fetched again next time.
                    let _ = store.replace_directory(&StoredDirectory { text, etag }).await;
                }
                load.set(Load::Ready(Arc::new(*dir)));
                sync.freshness.set(Freshness::UpToDate);
            }
            Verdict::UpToDate => sync.freshness.set(Freshness::UpToDate),
            Verdict::Older => sync.freshness.set(Freshness::DownloadOlder),
            Verdict::Broken(e) if current.is_some() => sync.freshness.set(Freshness::DownloadBroken(e.to_string())),
            Verdict::Broken(e) => load.set(Load::Failed(Arc::new(LoadError::Invalid(e)))),
        },
        Err(_) if current.is_some() => sync.freshness.set(Freshness::Unchecked),
        Err(e) => load.set(Load::Failed(Arc::new(LoadError::Network(e)))),
    }
}
