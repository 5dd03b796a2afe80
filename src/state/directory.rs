//! The directory as the app has it: loading, ready or failed; how it relates
//! to the published one; and the search index built from it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::{Directory, DirectoryError};
use crate::search::{documents, SearchIndex};
use crate::state::i18n::I18n;

/// Where the directory stands.
#[derive(Clone, Debug)]
pub enum Load {
    Loading,
    Ready(Arc<Directory>),
    /// The directory could not be fetched or did not validate.
    Failed(Arc<LoadError>),
}

#[derive(Debug)]
pub enum LoadError {
    Network(String),
    Invalid(DirectoryError),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Network(e) => write!(f, "network: {e}"),
            LoadError::Invalid(e) => write!(f, "{e}"),
        }
    }
}

/// How the directory on this device relates to the published one.
#[derive(Clone, Debug, PartialEq)]
pub enum Freshness {
    /// Checking for a newer directory.
    Checking,
    /// The published directory is the one shown.
    UpToDate,
    /// The check failed (offline, server error): showing the stored copy.
    Unchecked,
    /// A download was broken; the stored copy is kept. The text says why.
    DownloadBroken(String),
    /// The published directory is older than the stored one, which is kept.
    DownloadOlder,
}

/// Directory freshness and whether this tab must reload (another tab upgraded the storage).
#[derive(Clone, Copy)]
pub struct DirectorySync {
    pub freshness: RwSignal<Freshness>,
    pub outdated_tab: RwSignal<bool>,
}

/// What the pages read: the app's own directory, or (the editor's preview)
/// one derived from elsewhere. Read-only: only its source writes it.
#[derive(Clone, Copy)]
struct DirectoryState(Signal<Load>);

/// The search index for the current directory and UI language: built on the
/// first search (not at every start), and again only when the directory or
/// the language changes.
#[derive(Clone, Copy)]
pub struct SearchIndexState(pub Memo<Option<Arc<SearchIndex>>>);

/// Provides the directory (`Ready` at once when given, as in tests), its
/// sync state and its search index; the signal returned is the one the
/// app's sync ([`crate::sync`]) writes.
pub fn provide_directory(directory: Option<Arc<Directory>>, i18n: I18n) -> (RwSignal<Load>, DirectorySync) {
    let load = RwSignal::new(directory.map(Load::Ready).unwrap_or(Load::Loading));
    (load, provide_directory_from(load.into(), i18n))
}

/// Provides `load` as the directory the pages read (with a sync state that
/// nothing updates unless the caller does) and its search index: the
/// editor's preview shows its draft through the app's own pages this way.
pub fn provide_directory_from(load: Signal<Load>, i18n: I18n) -> DirectorySync {
    provide_context(DirectoryState(load));
    let sync = DirectorySync { freshness: RwSignal::new(Freshness::Checking), outdated_tab: RwSignal::new(false) };
    provide_context(sync);
    // Always "changed" (an index is not compared): the memo re-runs only when
    // the directory or the language changed.
    let index = Memo::new_with_compare(
        move |_| match load.get() {
            Load::Ready(dir) => Some(Arc::new(SearchIndex::build(&documents(&dir, i18n.lang.get().code())))),
            _ => None,
        },
        |_, _| true,
    );
    provide_context(SearchIndexState(index));
    sync
}

pub fn use_directory() -> Signal<Load> {
    expect_context::<DirectoryState>().0
}

/// The town of the directory (its `municipality.name`), empty while it loads.
pub fn use_town() -> Memo<String> {
    let load = use_directory();
    Memo::new(move |_| load.with(|l| if let Load::Ready(d) = l { d.municipality.name.clone() } else { String::new() }))
}

pub fn use_search_index() -> Memo<Option<Arc<SearchIndex>>> {
    expect_context::<SearchIndexState>().0
}

pub fn use_sync() -> DirectorySync {
    expect_context::<DirectorySync>()
}
