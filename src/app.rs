//! The application shell: provides the app-wide state (see [`crate::state`]),
//! starts keeping the directory current ([`crate::sync`]) and routes URLs to
//! pages. Nothing imports this module but `lib.rs`.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    ParamSegment, StaticSegment,
};

use crate::components::layout::Layout;
use crate::domain::Directory;
use crate::pages::{
    about::AboutPage, category::CategoryPage, contacts::ContactsPage, emergency::EmergencyPage, home::HomePage,
    not_found::PageNotFound, offer::OfferPage, referral::ReferralPage, search::SearchPage,
};
use crate::platform;
use crate::route::Route as AppRoute;
use crate::state::directory::provide_directory;
use crate::state::i18n::{initial_language, url_language, LANG_SETTING};
use crate::state::{ensure_locale, Clock, I18n, Load, MyContacts, Pwa, Staff};

/// The whole app. With `directory` given (tests), nothing is fetched.
#[component]
pub fn App(#[prop(optional)] directory: Option<Arc<Directory>>) -> impl IntoView {
    let i18n = I18n::provide();
    let (load, sync) = provide_directory(directory, i18n);
    let contacts = MyContacts::provide();
    if matches!(load.get_untracked(), Load::Loading) {
        crate::sync::start(load, sync, contacts, i18n);
    }
    Pwa::provide();
    Staff::provide();
    Clock::provide();

    view! {
        <Router>
            <Layout>
                <Routes fallback=|| view! { <PageNotFound/> }>
                    <Route path=StaticSegment("") view=HomePage/>
                    <Route path=StaticSegment(AppRoute::PATH_EMERGENCY) view=EmergencyPage/>
                    <Route path=StaticSegment(AppRoute::PATH_SEARCH) view=SearchPage/>
                    <Route path=StaticSegment(AppRoute::PATH_ABOUT) view=AboutPage/>
                    <Route path=StaticSegment(AppRoute::PATH_CONTACTS) view=ContactsPage/>
                    <Route path=StaticSegment(AppRoute::PATH_REFERRAL) view=ReferralPage/>
                    <Route
                        path=(StaticSegment(AppRoute::PATH_CATEGORY), ParamSegment("id"))
                        view=CategoryPage
                    />
                    <Route
                        path=(StaticSegment(AppRoute::PATH_OFFER), ParamSegment("id"))
                        view=OfferPage
                    />
                </Routes>
            </Layout>
        </Router>
    }
}

/// Starts the app (called by `main`): a `?lang=` link becomes the saved
/// choice (and leaves the address, so switching language later is not undone
/// by a reload), and the language's texts are loaded before the first
/// render, so nothing flashes in German first.
pub fn mount() {
    // Panic messages in the console for debug builds only: the release build
    // has no panicking paths on browser I/O (clippy forbids unwrap/expect),
    // and the hook with its message formatting costs 0.6 KB brotli.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    if let Some(lang) = url_language() {
        platform::save_setting(LANG_SETTING, lang.code());
        platform::remove_query_param("lang");
    }
    // Leptos' executor starts with the mount, so this first task uses wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async {
        let (lang, _) = initial_language();
        // On failure the app starts in German and shows why.
        let _ = ensure_locale(lang).await;
        platform::remove_element("boot");
        leptos::mount::mount_to_body(|| view! { <App/> });
    });
}
