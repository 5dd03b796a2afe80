//! "My contacts" state: the list in a signal, written through to IndexedDB.
//! Views call these methods; they never touch the store themselves. Every
//! write reports how it went ([`SaveState`] per entry), so "saved" is shown
//! only once the device has the data, and a failed write says so.

use std::rc::Rc;

use leptos::prelude::*;

use crate::contacts::{upsert, Contact};
use crate::platform;
use crate::storage::{StorageError, Store};

/// How the last write of one entry went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Written to memory; the device's write is under way.
    Saving,
    /// The device's storage has it.
    Saved,
    /// The device refused it; the entry is still in memory (and in the form).
    Failed(StorageError),
}

#[derive(Clone, Copy)]
pub struct MyContacts {
    pub list: RwSignal<Vec<Contact>>,
    /// The last deleted entry, for "undo".
    pub deleted: RwSignal<Option<Contact>>,
    /// A write or read of the device's storage failed (not tied to one entry): say so.
    pub error: RwSignal<Option<StorageError>>,
    /// The browser gives the app no storage at all (IndexedDB could not be
    /// opened, as in some private modes): contacts live only in memory.
    pub no_storage: RwSignal<bool>,
    /// The state of each entry's last write: contact id, write number, state.
    /// (A short list: only entries written in this session.)
    writes: RwSignal<Vec<(String, u64, SaveState)>>,
    /// Numbers writes, so an older write finishing late cannot overwrite the state of a newer one.
    generation: StoredValue<u64>,
    store: StoredValue<Option<Rc<Store>>, LocalStorage>,
}

pub fn use_my_contacts() -> MyContacts {
    expect_context::<MyContacts>()
}

impl MyContacts {
    pub fn provide() -> MyContacts {
        let my = MyContacts {
            list: RwSignal::new(Vec::new()),
            deleted: RwSignal::new(None),
            error: RwSignal::new(None),
            no_storage: RwSignal::new(false),
            writes: RwSignal::new(Vec::new()),
            generation: StoredValue::new(0),
            store: StoredValue::new_local(None),
        };
        provide_context(my);
        my
    }

    /// Connects to the opened store and loads the saved contacts.
    pub async fn attach(self, store: Rc<Store>) {
        match store.list_contacts().await {
            Ok(list) => self.list.set(list),
            Err(e) => self.error.set(Some(e)),
        }
        self.store.set_value(Some(store));
    }

    pub fn is_saved(self, service_id: &str) -> bool {
        self.list.with(|l| l.iter().any(|c| c.service_id.as_deref() == Some(service_id)))
    }

    /// The entry with this id, as it is now (tracked).
    pub fn get(self, id: &str) -> Option<Contact> {
        self.list.with(|l| l.iter().find(|c| c.id == id).cloned())
    }

    /// How the last write of entry `id` went (tracked); `None`: not written in this session.
    pub fn save_state(self, id: &str) -> Option<SaveState> {
        self.writes.with(|w| w.iter().find(|(x, _, _)| x == id).map(|(_, _, s)| s.clone()))
    }

    /// Changes one entry in memory and on the device (the write reports
    /// through [`MyContacts::save_state`]). The entry is found by id, so an
    /// edit always lands on the entry it was made in, wherever the list has
    /// moved it.
    pub fn edit(self, id: &str, change: &dyn Fn(&mut Contact)) {
        self.change(id, change);
        self.persist(id);
    }

    /// Changes one entry in memory only (typing in progress); its state is
    /// "saving" until [`MyContacts::persist`] has written it.
    pub fn change(self, id: &str, change: &dyn Fn(&mut Contact)) {
        let mut found = false;
        self.list.update(|l| {
            if let Some(c) = l.iter_mut().find(|c| c.id == id) {
                change(c);
                c.updated = platform::now_iso();
                found = true;
            }
        });
        if found {
            let generation = self.next_generation();
            self.mark(&[id.to_string()], generation, SaveState::Saving);
        }
    }

    /// Writes entry `id` as it is in memory now (after typing paused, or
    /// again after a failed write); the list itself is already up to date.
    pub fn persist(self, id: &str) {
        if let Some(c) = self.list.with_untracked(|l| l.iter().find(|c| c.id == id).cloned()) {
            self.write(vec![c], false);
        }
    }

    /// Adds or replaces contacts, in the list and on the device. The first
    /// contact ever saved asks the browser to keep the data permanently.
    pub fn save(self, contacts: Vec<Contact>) {
        let first_ever = self.list.with_untracked(Vec::is_empty);
        self.list.update(|list| upsert(list, &contacts));
        self.write(contacts, first_ever);
    }

    /// Writes `contacts` to the device; their state is "saving" until it is done.
    fn write(self, contacts: Vec<Contact>, first_ever: bool) {
        let generation = self.next_generation();
        let ids: Vec<String> = contacts.iter().map(|c| c.id.clone()).collect();
        self.mark(&ids, generation, SaveState::Saving);
        let store = self.store.get_value();
        leptos::task::spawn_local(async move {
            let outcome = match store {
                Some(store) => store.put_contacts(&contacts, &|_| {}).await,
                // No storage on this device: nothing more can be done (the notice says so).
                None => Ok(()),
            };
            self.mark(&ids, generation, outcome.map_or_else(SaveState::Failed, |()| SaveState::Saved));
            if first_ever {
                let _ = platform::request_persistent_storage().await;
            }
        });
    }

    /// Adds or replaces many contacts (a backup) on the device first, in one
    /// transaction, and only then in the list: what the list shows is on the
    /// device. `progress` hears how many are written.
    pub async fn import(self, contacts: Vec<Contact>, progress: &dyn Fn(usize)) -> Result<(), StorageError> {
        if let Some(store) = self.store.get_value() {
            store.put_contacts(&contacts, progress).await?;
        }
        self.list.update(|list| upsert(list, &contacts));
        Ok(())
    }

    fn next_generation(self) -> u64 {
        self.generation.update_value(|g| *g += 1);
        self.generation.get_value()
    }

    fn mark(self, ids: &[String], generation: u64, state: SaveState) {
        self.writes.update(|w| {
            for id in ids {
                match w.iter_mut().find(|(x, _, _)| x == id) {
                    // An older write finishing late leaves a newer one's state alone.
                    Some((_, g, _)) if *g > generation => {}
                    Some(entry) => *entry = (id.clone(), generation, state.clone()),
                    None => w.push((id.clone(), generation, state.clone())),
                }
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
                    self.error.set(Some(e));
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

    /// "Delete all my data": contacts, the stored directory, settings and
    /// caches. If the device refuses, nothing is deleted and the error says why.
    pub async fn delete_everything(self) -> Result<(), StorageError> {
        if let Some(store) = self.store.get_value() {
            store.clear_all().await?;
        }
        self.list.set(Vec::new());
        self.deleted.set(None);
        platform::clear_settings_and_caches().await;
        Ok(())
    }
}
