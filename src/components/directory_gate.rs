//! The loading gate of every page that needs the directory.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::Directory;
use crate::i18n::Msg;
use crate::state::{use_directory, use_i18n, Load};

/// Renders `ready` once the directory is there; a loading line before, and a
/// clear, translated message (with the technical details folded away) when
/// it could not be loaded.
pub fn with_directory<V: IntoView + 'static>(
    ready: impl Fn(Arc<Directory>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    gate(Arc::new(move |dir| ready(dir).into_any()))
}

/// The gate itself, once in the wasm for every page.
fn gate(ready: Arc<dyn Fn(Arc<Directory>) -> AnyView + Send + Sync>) -> impl IntoView {
    let i18n = use_i18n();
    let load = use_directory();
    move || match load.get() {
        Load::Loading => view! { <p class="loading" role="status">{i18n.t(Msg::Loading)}</p> }.into_any(),
        Load::Failed(error) => view! {
            <section class="notice notice-ended" role="alert" data-testid="directory-error">
                <h1>{i18n.t(Msg::DirectoryBroken)}</h1>
                <p>{i18n.t(Msg::DirectoryBrokenHelp)}</p>
                <details>
                    <summary>{i18n.t(Msg::TechnicalDetails)}</summary>
                    <pre>{error.to_string()}</pre>
                </details>
            </section>
        }
        .into_any(),
        Load::Ready(dir) => ready(dir),
    }
}
