//! "My contacts" state: the list in a signal, written through to IndexedDB.
//! Views call these methods; they never touch the store themselves.

use std::rc::Rc;

use leptos::prelude::*;

use crate::contacts::Contact;
use crate::platform;
use crate::storage::Store;

#[derive(Clone, Copy)]
pub struct MyContacts {
    pub list: RwSignal<Vec<Contact>>,
    /// The last deleted entry, for "undo".
    pub deleted: RwSignal<Option<Contact>>,
    /// A write to the device's storage failed: say so.
    pub error: RwSignal<Option<String>>,
    /// The browser gives the app no storage at all (IndexedDB could not be
    /// opened, as in some private modes): contacts live only in memory.
    pub no_storage: RwSignal<bool>,
    store: StoredValue<Option<Rc<Store>>, LocalStorage>,
}

pub fn use_my_contacts() -> MyContacts {
    expect_context::<MyContacts>()
}

impl MyContacts {
    pub fn new() -> MyContacts {
        MyContacts {
            list: RwSignal::new(Vec::new()),
            deleted: RwSignal::new(None),
            error: RwSignal::new(None),
            no_storage: RwSignal::new(false),
            store: StoredValue::new_local(None),
        }
    }

    /// Connects to the opened store and loads the saved contacts.
    pub async fn attach(self, store: Rc<Store>) {
        match store.list_contacts().await {
            Ok(list) => self.list.set(list),
            Err(e) => self.error.set(Some(e.to_string())),
        }
        self.store.set_value(Some(store));
    }

    pub fn is_saved(self, service_id: &str) -> bool {
        self.list.with(|l| l.iter().any(|c| c.service_id.as_deref() == Some(service_id)))
    }

    /// Adds or replaces contacts, in the list and on the device. The first
    /// contact ever saved asks the browser to keep the data permanently.
    pub fn save(self, contacts: Vec<Contact>) {
        let first_ever = self.list.with_untracked(Vec::is_empty);
        self.list.update(|list| {
            for c in &contacts {
                match list.iter_mut().find(|x| x.id == c.id) {
                    Some(slot) => *slot = c.clone(),
                    None => list.push(c.clone()),
                }
            }
        });
        let store = self.store.get_value();
        leptos::task::spawn_local(async move {
            if let Some(store) = store {
                if let Err(e) = store.put_contacts(&contacts).await {
                    self.error.set(Some(e.to_string()));
                }
            }
            if first_ever {
                let _ = platform::request_persistent_storage().await;
            }
        });
    }

    /// Deletes one contact; it can be brought back with [`MyContacts::undo_delete`].
    pub fn delete(self, id: &str) {
        let removed = self.list.with_untracked(|l| l.iter().find(|c| c.id == id).cloned());
        self.list.update(|l| l.retain(|c| c.id != id));
        self.deleted.set(removed);
        let store = self.store.get_value();
        let id = id.to_string();
        leptos::task::spawn_local(async move {
            if let Some(store) = store {
                if let Err(e) = store.delete_contact(&id).await {
                    self.error.set(Some(e.to_string()));
                }
            }
        });
    }

    pub fn undo_delete(self) {
        if let Some(c) = self.deleted.get_untracked() {
            self.deleted.set(None);
            self.save(vec![c]);
        }
    }

    /// "Delete all my data": contacts, the stored directory, settings and caches.
    pub async fn delete_everything(self) -> Result<(), String> {
        if let Some(store) = self.store.get_value() {
            store.clear_all().await.map_err(|e| e.to_string())?;
        }
        self.list.set(Vec::new());
        self.deleted.set(None);
        platform::clear_settings_and_caches().await;
        Ok(())
    }
}

impl Default for MyContacts {
    fn default() -> Self {
        MyContacts::new()
    }
}
