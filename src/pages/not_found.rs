//! "This does not exist": for unknown offers, topics and paths. Always with a
//! way on: the home page and the Servicestelle Zuwanderung.

use leptos::prelude::*;

use crate::i18n::{tr, Msg};
use crate::route::Route;
use crate::state::{use_directory, use_i18n, use_title, Load};

/// The message for something a link names but the directory does not hold.
#[component]
pub fn NotFound(title: Msg, text: Msg) -> impl IntoView {
    let i18n = use_i18n();
    let load = use_directory();
    use_title(move |lang| tr(lang, title).to_string());
    let first_stop = move || match load.get() {
        Load::Ready(dir) => Some(view! {
            <p><a href=Route::Offer(dir.first_stop.clone()).href()>{i18n.t(Msg::AskFirstStop)}</a></p>
        }),
        _ => None,
    };
    view! {
        <section class="not-found" data-testid="not-found">
            <h1>{i18n.t(title)}</h1>
            <p>{i18n.t(text)}</p>
            <p class="actions">
                <a class="button" href=Route::Home.href()>{i18n.t(Msg::BackToStart)}</a>
            </p>
            {first_stop}
        </section>
    }
}

/// The router's fallback for paths that are no page of the app.
#[component]
pub fn PageNotFound() -> impl IntoView {
    view! { <NotFound title=Msg::PageNotFoundTitle text=Msg::PageNotFoundText/> }
}
