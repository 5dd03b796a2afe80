//! The loading gate of every page that needs the directory.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::state::{use_directory, use_i18n, Load};

/// Renders `ready` once the directory is there; a loading line before, and a
/// clear, translated message (with the technical details folded away) when
/// it could not be loaded.
pub fn with_directory<V: IntoView + 'static>(
    ready: impl Fn(std::sync::Arc<crate::domain::Directory>) -> V + Send + Sync + 'static,
) -> impl IntoView {
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
        Load::Ready(dir) => ready(dir).into_any(),
    }
}
