//! The device's own storage: one IndexedDB database, versioned, behind this
//! small interface. The rest of the app never sees IndexedDB.
//!
//! Schema (database `wegweiser`):
//! - version 1: object store `directory`, out-of-line keys: `text` (the
//!   directory file as downloaded) and `etag` (its HTTP entity tag).
//! - version 2: object store `contacts` ("My contacts"): one JSON text per
//!   contact, keyed by the contact's id. A directory update never touches it.
//!
//! Upgrades run [`MIGRATIONS`] in order from the stored version to
//! [`SCHEMA_VERSION`], inside the browser's upgrade transaction, so a failed
//! upgrade changes nothing. A new version appends one migration; existing
//! stores and their data are left as they are.
//!
//! Two tabs: when another tab opens a newer schema, this tab closes its
//! connection at once (so the other is not blocked) and `on_outdated` tells
//! the user to reload.

use crate::contacts::Contact;
use indexed_db_futures::database::Database;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The name of the app's database.
pub const DB_NAME: &str = "wegweiser";
/// The newest schema version.
pub const SCHEMA_VERSION: u32 = 2;

const DIRECTORY_STORE: &str = "directory";
const CONTACTS_STORE: &str = "contacts";
const KEY_TEXT: &str = "text";
const KEY_ETAG: &str = "etag";

/// The editor's database (`/redaktion/`), apart from the app's: version 1,
/// object store `drafts`, one JSON text under the key `current` (the draft
/// being edited). A newcomer's device never has it.
pub const EDITOR_DB_NAME: &str = "wegweiser-redaktion";
const DRAFTS_STORE: &str = "drafts";
const KEY_CURRENT: &str = "current";

/// The editor's schema steps.
pub const EDITOR_MIGRATIONS: &[Migration] = &[create_drafts_store];

fn create_drafts_store(db: &Database) -> Result<(), StorageError> {
    db.create_object_store(DRAFTS_STORE).build().map(|_| ()).idb()
}

/// One schema step: called with the database inside the upgrade transaction.
pub type Migration = fn(&Database) -> Result<(), StorageError>;

/// Schema steps: `MIGRATIONS[0]` creates version 1, `MIGRATIONS[1]` turns 1 into 2, …
pub const MIGRATIONS: &[Migration] = &[create_directory_store, create_contacts_store];

fn create_directory_store(db: &Database) -> Result<(), StorageError> {
    db.create_object_store(DIRECTORY_STORE).build().map(|_| ()).idb()
}

fn create_contacts_store(db: &Database) -> Result<(), StorageError> {
    db.create_object_store(CONTACTS_STORE).build().map(|_| ()).idb()
}

/// Why the device's storage failed; shown as a short message, never a panic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageError(pub String);

impl StorageError {
    fn from_idb(e: impl std::fmt::Display) -> StorageError {
        StorageError(e.to_string())
    }
}

/// `.idb()` turns any IndexedDB error into a [`StorageError`].
trait IdbResult<T> {
    fn idb(self) -> Result<T, StorageError>;
}

impl<T, E: std::fmt::Display> IdbResult<T> for Result<T, E> {
    fn idb(self) -> Result<T, StorageError> {
        self.map_err(StorageError::from_idb)
    }
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The stored directory file and its entity tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDirectory {
    pub text: String,
    pub etag: Option<String>,
}

/// An open connection to the app's database.
pub struct Store {
    db: Database,
}

impl Store {
    /// Opens (creating or upgrading) the app's database.
    pub async fn open(on_outdated: impl Fn() + 'static) -> Result<Store, StorageError> {
        Store::open_with(DB_NAME, MIGRATIONS, on_outdated).await
    }

    /// Opens `name` at schema version `migrations.len()`, running the
    /// migrations the stored version lacks. (Tests use their own lists.)
    pub async fn open_with(
        name: &str,
        migrations: &'static [Migration],
        on_outdated: impl Fn() + 'static,
    ) -> Result<Store, StorageError> {
        // Each site its own database, also beside another on the same host.
        let db = Database::open(&crate::route::scoped(name))
            .with_version(migrations.len() as u32)
            .with_on_upgrade_needed(move |event, db| {
                let from = event.old_version() as usize;
                for migrate in &migrations[from.min(migrations.len())..] {
                    migrate(&db).map_err(|e| indexed_db_futures::error::Error::from(js_sys::Error::new(&e.0)))?;
                }
                Ok(())
            })
            .await
            .idb()?;

        // Another tab wants a newer schema: let it proceed, tell this one.
        let sys: web_sys::IdbDatabase = db.as_sys().clone().unchecked_into();
        let closing = sys.clone();
        let handler = Closure::<dyn FnMut()>::new(move || {
            closing.close();
            on_outdated();
        });
        sys.set_onversionchange(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
        Ok(Store { db })
    }

    /// The schema version of the open database.
    pub fn version(&self) -> u32 {
        self.db.version() as u32
    }

    /// The names of the object stores (for tests of migrations).
    pub fn store_names(&self) -> Vec<String> {
        self.db.object_store_names().collect()
    }

    /// The stored directory, if any.
    pub async fn load_directory(&self) -> Result<Option<StoredDirectory>, StorageError> {
        let tx = self.db.transaction(DIRECTORY_STORE).build().idb()?;
        let store = tx.object_store(DIRECTORY_STORE).idb()?;
        let text: Option<String> = store.get(KEY_TEXT).primitive().idb()?.await.idb()?;
        let etag: Option<String> = store.get(KEY_ETAG).primitive().idb()?.await.idb()?;
        Ok(text.map(|text| StoredDirectory { text, etag }))
    }

    /// Replaces the stored directory in one transaction: all or nothing.
    pub async fn replace_directory(&self, directory: &StoredDirectory) -> Result<(), StorageError> {
        self.replace_directory_inner(directory, false).await
    }

    /// Test hook: writes the text, then fails before the transaction commits,
    /// as a crash or a full disk would. The stored copy must stay as it was.
    #[doc(hidden)]
    pub async fn replace_directory_failing_midway(&self, directory: &StoredDirectory) -> Result<(), StorageError> {
        self.replace_directory_inner(directory, true).await
    }

    async fn replace_directory_inner(&self, directory: &StoredDirectory, fail: bool) -> Result<(), StorageError> {
        let tx = self.db.transaction(DIRECTORY_STORE).with_mode(TransactionMode::Readwrite).build().idb()?;
        let store = tx.object_store(DIRECTORY_STORE).idb()?;
        store.put(directory.text.as_str()).with_key(KEY_TEXT).primitive().idb()?.await.idb()?;
        if fail {
            // Dropping an uncommitted transaction rolls it back.
            return Err(StorageError("simulated failure".into()));
        }
        match &directory.etag {
            Some(etag) => {
                store.put(etag.as_str()).with_key(KEY_ETAG).primitive().idb()?.await.idb()?;
            }
            None => {
                store.delete(KEY_ETAG).primitive().idb()?.await.idb()?;
            }
        }
        tx.commit().await.idb()
    }

    /// All saved contacts, in no particular order. An entry that no longer
    /// reads is skipped rather than hiding all others.
    pub async fn list_contacts(&self) -> Result<Vec<Contact>, StorageError> {
        let tx = self.db.transaction(CONTACTS_STORE).build().idb()?;
        let store = tx.object_store(CONTACTS_STORE).idb()?;
        let texts = store.get_all::<String>().primitive().idb()?.await.idb()?;
        Ok(texts.filter_map(Result::ok).filter_map(|t| crate::json::from_str(&t).ok()).collect())
    }

    /// Adds or replaces contacts, all in one transaction: all or nothing.
    /// Returns once the transaction has committed; `progress` hears how many
    /// are written so far (every 100), and the whole count once committed.
    pub async fn put_contacts(&self, contacts: &[Contact], progress: &dyn Fn(usize)) -> Result<(), StorageError> {
        let tx = self.db.transaction(CONTACTS_STORE).with_mode(TransactionMode::Readwrite).build().idb()?;
        let store = tx.object_store(CONTACTS_STORE).idb()?;
        for (i, contact) in contacts.iter().enumerate() {
            let text = crate::json::to_string(contact);
            store.put(text).with_key(contact.id.as_str()).primitive().idb()?.await.idb()?;
            if (i + 1) % 100 == 0 && i + 1 < contacts.len() {
                progress(i + 1);
            }
        }
        tx.commit().await.idb()?;
        progress(contacts.len());
        Ok(())
    }

    /// Deletes one contact.
    pub async fn delete_contact(&self, id: &str) -> Result<(), StorageError> {
        let tx = self.db.transaction(CONTACTS_STORE).with_mode(TransactionMode::Readwrite).build().idb()?;
        let store = tx.object_store(CONTACTS_STORE).idb()?;
        store.delete(id).primitive().idb()?.await.idb()?;
        tx.commit().await.idb()
    }

    /// "Delete all my data": contacts and the stored directory, in one transaction.
    pub async fn clear_all(&self) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction([DIRECTORY_STORE, CONTACTS_STORE])
            .with_mode(TransactionMode::Readwrite)
            .build()
            .idb()?;
        for name in [DIRECTORY_STORE, CONTACTS_STORE] {
            let store = tx.object_store(name).idb()?;
            store.clear().idb()?.await.idb()?;
        }
        tx.commit().await.idb()
    }

    /// The editor's stored draft (its JSON text), if any.
    pub async fn load_draft(&self) -> Result<Option<String>, StorageError> {
        let tx = self.db.transaction(DRAFTS_STORE).build().idb()?;
        let store = tx.object_store(DRAFTS_STORE).idb()?;
        store.get(KEY_CURRENT).primitive().idb()?.await.idb()
    }

    /// Replaces the editor's draft; returns once the device has it.
    pub async fn save_draft(&self, text: &str) -> Result<(), StorageError> {
        let tx = self.db.transaction(DRAFTS_STORE).with_mode(TransactionMode::Readwrite).build().idb()?;
        let store = tx.object_store(DRAFTS_STORE).idb()?;
        store.put(text).with_key(KEY_CURRENT).primitive().idb()?.await.idb()?;
        tx.commit().await.idb()
    }

    /// Forgets the editor's draft.
    pub async fn clear_draft(&self) -> Result<(), StorageError> {
        let tx = self.db.transaction(DRAFTS_STORE).with_mode(TransactionMode::Readwrite).build().idb()?;
        let store = tx.object_store(DRAFTS_STORE).idb()?;
        store.delete(KEY_CURRENT).primitive().idb()?.await.idb()?;
        tx.commit().await.idb()
    }
}
