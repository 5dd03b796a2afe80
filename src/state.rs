//! App-wide state: one context type per concern, each with its `provide`
//! constructor and `use_*` accessor. Pages and components read state from
//! here, never from the app shell (`app.rs`), so the dependency graph has no
//! cycles: `app` → `pages` → `components` → `state` → pure modules.

pub mod boot;
pub mod clock;
pub mod contacts;
pub mod directory;
pub mod i18n;
pub mod pwa;
pub mod settings;
pub mod staff;
pub mod title;
pub mod url;

pub use boot::{use_site, Boot, Site};
pub use clock::{use_clock, Clock};
pub use contacts::{use_my_contacts, MyContacts, SaveState};
pub use directory::{
    use_directory, use_search_index, use_sync, use_town, DirectorySync, Freshness, Load, LoadError, SearchIndexState,
};
pub use i18n::{ensure_locale, use_i18n, I18n};
pub use pwa::{use_pwa, Pwa};
pub use settings::{use_settings, Settings};
pub use staff::{use_staff, Staff};
pub use title::{use_page_title, use_text_title, use_title, TitleSink};
pub use url::use_search_params;

/// Runs `task` once the view is in the browser: browser I/O a view starts by
/// itself (storage figures, a language's file) waits for the first effect
/// run, so nothing runs while rendering, and the static pages render natively.
pub fn spawn_in_browser(task: impl std::future::Future<Output = ()> + 'static) {
    spawn_boxed(Box::pin(task));
}

// One copy in the wasm for every caller.
fn spawn_boxed(task: std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>) {
    let mut task = Some(task);
    leptos::prelude::Effect::new(move |_| {
        if let Some(task) = task.take() {
            leptos::task::spawn_local(task);
        }
    });
}
