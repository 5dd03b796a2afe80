//! The editor's state: the draft (the file being edited, the file as it was
//! opened), where the user is, the validation of every keystroke, and the
//! draft's copy on this device (IndexedDB), written as the user types.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::attention::{needs_attention, Attention};
use crate::domain::file::FileDirectory;
use crate::domain::{validate, DirectoryError, Issue};
use crate::i18n::editor::{ed, EdMsg};
use crate::i18n::Lang;
use crate::platform;
use crate::state::Clock;
use crate::storage::{Store, EDITOR_DB_NAME, EDITOR_MIGRATIONS};

/// Work in progress, as kept on the device.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The directory being edited.
    pub file: FileDirectory,
    /// The directory as it was opened: the changes are shown against it.
    pub base: FileDirectory,
    /// Where it was opened from: empty for the published directory, else the file's name.
    pub source: String,
    /// Unix seconds of the last edit.
    pub changed: i64,
    /// Edited since the last download.
    pub unsaved: bool,
}

/// Where the user is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    List,
    /// The offer at this position in the file (positions never change: an
    /// entry is never removed, new ones are appended).
    Service(usize),
    Organization(usize),
    Save,
    /// The "please check your entry" sheet of the offer at this position.
    Sheet(usize),
    /// The sheet for every current offer of the organization at this position.
    OrganizationSheet(usize),
    /// The translation hand-off: export a language's texts, import them translated.
    Translations,
}

/// How the draft's copy on the device stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Keep {
    Idle,
    Saving,
    Saved(i64),
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct Editor {
    pub lang: RwSignal<Lang>,
    pub draft: RwSignal<Option<Draft>>,
    /// Whether a draft is open: changes only on open and close, not on every edit.
    pub has_draft: Memo<bool>,
    /// A draft found on the device at the start, offered to continue.
    pub stored: RwSignal<Option<Draft>>,
    pub view: RwSignal<View>,
    /// Changes when entries or list items are added or removed (or a draft
    /// is opened): the forms are drawn anew then; typing only updates the draft.
    pub structure: RwSignal<u64>,
    /// Every problem of the draft, re-checked on each edit by the app's validator.
    pub issues: Memo<Arc<Vec<Issue>>>,
    /// Today in Moers: what "checked today" writes and the rules of "Zu prüfen" count from.
    pub clock: Clock,
    /// What needs checking (`domain::attention`), once per edit or new day, for
    /// the "Zu prüfen" view and the list's filter alike.
    pub attention: Memo<Arc<Vec<Attention>>>,
    pub keep: RwSignal<Keep>,
    /// "Minor edit": a change of a German text leaves the translations current.
    pub minor: RwSignal<bool>,
    /// Why the last file could not be opened.
    pub open_error: RwSignal<Option<String>>,
    /// The file opened for saving back (File System Access API) and its name:
    /// for this session only (a continued draft saves by download).
    pub save_back: RwSignal<Option<String>>,
    handle: StoredValue<Option<wasm_bindgen::JsValue>, LocalStorage>,
    store: StoredValue<Option<Rc<Store>>, LocalStorage>,
    writing: StoredValue<bool>,
    dirty: StoredValue<bool>,
}

pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}

impl Editor {
    pub fn provide(lang: Lang) -> Editor {
        let draft: RwSignal<Option<Draft>> = RwSignal::new(None);
        let issues = Memo::new(move |_| {
            draft.with(|d| match d {
                Some(d) => match validate(d.file.clone()) {
                    Ok(_) => Arc::new(Vec::new()),
                    Err(DirectoryError::Invalid(issues)) => Arc::new(issues),
                    Err(_) => Arc::new(Vec::new()),
                },
                None => Arc::new(Vec::new()),
            })
        });
        let clock = Clock::ticking(platform::now_unix());
        let attention = Memo::new(move |_| {
            let today = clock.today();
            Arc::new(draft.with(|d| d.as_ref().map(|d| needs_attention(&d.file, today)).unwrap_or_default()))
        });
        let editor = Editor {
            lang: RwSignal::new(lang),
            draft,
            has_draft: Memo::new(move |_| draft.with(Option::is_some)),
            stored: RwSignal::new(None),
            view: RwSignal::new(View::List),
            structure: RwSignal::new(0),
            issues,
            clock,
            attention,
            keep: RwSignal::new(Keep::Idle),
            minor: RwSignal::new(false),
            open_error: RwSignal::new(None),
            save_back: RwSignal::new(None),
            handle: StoredValue::new_local(None),
            store: StoredValue::new_local(None),
            writing: StoredValue::new(false),
            dirty: StoredValue::new(false),
        };
        provide_context(editor);
        editor
    }

    /// The editor text of `msg` in the editor's language (tracked).
    pub fn t(self, msg: EdMsg) -> &'static str {
        ed(self.lang.get(), msg)
    }

    /// Opens the device's draft store and looks for a draft to continue.
    pub async fn attach(self) {
        match Store::open_with(EDITOR_DB_NAME, EDITOR_MIGRATIONS, || {}).await {
            Ok(store) => {
                match store.load_draft().await {
                    Ok(Some(text)) => {
                        if let Ok(found) = crate::json::from_str::<Draft>(&text) {
                            self.stored.set(Some(found));
                        }
                    }
                    Ok(None) => {}
                    Err(e) => self.keep.set(Keep::Failed(e.to_string())),
                }
                self.store.set_value(Some(Rc::new(store)));
            }
            Err(e) => self.keep.set(Keep::Failed(e.to_string())),
        }
    }

    /// Starts editing `file` (opened from `source`; empty: the published one).
    pub fn open(self, file: FileDirectory, source: String) {
        self.handle.set_value(None);
        self.save_back.set(None);
        self.stored.set(None);
        self.draft.set(Some(Draft { base: file.clone(), file, source, changed: platform::now_unix(), unsaved: false }));
        self.view.set(View::List);
        self.structure.update(|n| *n += 1);
        self.keep_draft();
    }

    /// Remembers where the opened file can be saved back to.
    pub fn keep_handle(self, handle: wasm_bindgen::JsValue, name: String) {
        self.handle.set_value(Some(handle));
        self.save_back.set(Some(name));
    }

    /// The handle of the file to save back into, if any.
    pub fn handle(self) -> Option<wasm_bindgen::JsValue> {
        self.handle.get_value()
    }

    /// Continues the draft found on the device.
    pub fn continue_stored(self) {
        if let Some(draft) = self.stored.get_untracked() {
            self.stored.set(None);
            self.draft.set(Some(draft));
            self.view.set(View::List);
            self.structure.update(|n| *n += 1);
        }
    }

    /// Forgets the draft (here and on the device).
    pub fn discard(self) {
        self.stored.set(None);
        self.draft.set(None);
        self.keep.set(Keep::Idle);
        if let Some(store) = self.store.get_value() {
            leptos::task::spawn_local(async move {
                let _ = store.clear_draft().await;
            });
        }
    }

    /// Applies an edit to the draft's file and keeps the draft on the device.
    pub fn edit(self, change: impl FnOnce(&mut FileDirectory)) {
        self.draft.update(|d| {
            if let Some(d) = d {
                change(&mut d.file);
                d.changed = platform::now_unix();
                d.unsaved = true;
            }
        });
        self.keep_draft();
    }

    /// An edit that adds or removes entries or list items: the form is drawn anew.
    pub fn edit_structure(self, change: impl FnOnce(&mut FileDirectory)) {
        self.edit(change);
        self.structure.update(|n| *n += 1);
    }

    /// Reads the draft's file (untracked: for a form's starting values).
    pub fn read<T>(self, get: impl FnOnce(&FileDirectory) -> T) -> Option<T> {
        self.draft.with_untracked(|d| d.as_ref().map(|d| get(&d.file)))
    }

    /// The draft was downloaded: nothing unsaved any more.
    pub fn mark_saved(self, saved: FileDirectory) {
        self.draft.update(|d| {
            if let Some(d) = d {
                d.file = saved;
                d.unsaved = false;
            }
        });
        self.keep_draft();
    }

    /// True while there are changes not saved as a file.
    pub fn has_unsaved(self) -> bool {
        self.draft.with_untracked(|d| d.as_ref().is_some_and(|d| d.unsaved))
    }

    /// Writes the draft to the device. Writes do not pile up: while one is
    /// under way, the next waits and then takes the draft as it is by then.
    fn keep_draft(self) {
        if self.writing.get_value() {
            self.dirty.set_value(true);
            return;
        }
        let Some(store) = self.store.get_value() else { return };
        self.writing.set_value(true);
        self.keep.set(Keep::Saving);
        leptos::task::spawn_local(async move {
            loop {
                self.dirty.set_value(false);
                let text = self.draft.with_untracked(|d| d.as_ref().map(crate::json::to_string));
                let result = match text {
                    Some(text) => store.save_draft(&text).await,
                    None => store.clear_draft().await,
                };
                if let Err(e) = result {
                    self.keep.set(Keep::Failed(e.to_string()));
                    break;
                }
                if !self.dirty.get_value() {
                    self.keep.set(Keep::Saved(platform::now_unix()));
                    break;
                }
            }
            self.writing.set_value(false);
        });
    }
}
