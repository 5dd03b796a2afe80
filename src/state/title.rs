//! The document title: "<page> – Wegweiser <town>" in the UI language,
//! the town from the directory; on the static pages and in the editor's
//! preview it goes to a [`TitleSink`] instead.

use leptos::prelude::*;

use super::directory::use_town;
use super::i18n::use_i18n;
use crate::i18n::{app_name, tr, Lang, Msg};
use crate::platform;

/// Where the static pages take the page's title from (natively there is no
/// document): written once when the page is drawn.
#[derive(Clone, Copy)]
pub struct TitleSink(pub RwSignal<String>);

/// Sets the document title to `title(lang)`, following the language.
pub fn use_title(title: impl Fn(Lang) -> String + Send + Sync + 'static) {
    set_title(Box::new(title));
}

// One copy in the wasm for every caller.
fn set_title(title: Box<dyn Fn(Lang) -> String + Send + Sync>) {
    let i18n = use_i18n();
    // Where the title goes to a sink (the static pages, the editor's
    // preview), the document's own title is left alone.
    if let Some(TitleSink(sink)) = use_context::<TitleSink>() {
        sink.set(title(i18n.lang.get_untracked()));
        return;
    }
    Effect::new(move |_| platform::set_title(&title(i18n.lang.get())));
}

/// Sets the document title to "<page> – Wegweiser <town>", following the language.
pub fn use_page_title(page: Msg) {
    let town = use_town();
    use_title(move |lang| page_title(lang, &town.get(), tr(lang, page)));
}

/// Sets the document title to "<name> – Wegweiser <town>" for a page named by
/// a directory text (a topic, an offer), in the UI language or German.
pub fn use_text_title(name: crate::domain::Text) {
    let town = use_town();
    use_title(move |lang| page_title(lang, &town.get(), name.get(lang.code()).text));
}

/// "<page> – Wegweiser <town>".
fn page_title(lang: Lang, town: &str, page: &str) -> String {
    format!("{page} – {}", app_name(lang, town))
}
