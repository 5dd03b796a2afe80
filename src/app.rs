//! The application shell: provides the app-wide state (see [`crate::state`]),
//! starts keeping the directory current ([`crate::sync`]) and routes URLs to
//! pages. Nothing imports this module but `lib.rs` and the static pages'
//! renderer (`prerender.rs`, the native entry point).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use crate::components::layout::Layout;
use crate::domain::Directory;
use crate::pages::{
    about::AboutPage, category::CategoryPage, contacts::ContactsPage, emergency::EmergencyPage, home::HomePage,
    not_found::PageNotFound, offer::OfferPage, referral::ReferralPage, search::SearchPage,
};
use crate::platform;
use crate::route::Route as AppRoute;
use crate::state::boot::{provide_site, url_language, LANG_SETTING};
use crate::state::directory::provide_directory;
use crate::state::{ensure_locale, Boot, Clock, I18n, Load, MyContacts, Pwa, Settings, Staff};

/// The element of the static page (or the boot screen) in `index.html`, and
/// the one the app is drawn into.
const STATIC_PAGE: &str = "boot";
const APP_ROOT: &str = "app";

/// The whole app. With `directory` given (tests, the static pages), nothing
/// is fetched; without `boot`, it starts from what the browser says.
#[component]
pub fn App(#[prop(optional)] directory: Option<Arc<Directory>>, #[prop(optional)] boot: Option<Boot>) -> impl IntoView {
    let boot = boot.unwrap_or_else(Boot::from_browser);
    provide_site(&boot);
    let settings = Settings::provide(boot.settings_refused);
    let i18n = I18n::provide(boot.lang, boot.lang_chosen, settings);
    let (load, sync) = provide_directory(directory, i18n);
    let contacts = MyContacts::provide();
    if matches!(load.get_untracked(), Load::Loading) {
        crate::sync::start(load, sync, contacts, i18n);
    }
    Pwa::provide(&boot);
    Staff::provide(boot.staff_on, boot.referral, settings);
    Clock::provide(boot.now_unix);
    // The app takes the place of the static page (or the boot screen) once it
    // can show the same: when the directory is there (or failed to come).
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let ready = !matches!(load.get(), Load::Loading);
        if ready {
            platform::take_over(STATIC_PAGE, APP_ROOT);
        }
        ready
    });

    view! {
        <Router base=crate::route::base()>
            <Layout>
                <Page/>
            </Layout>
        </Router>
    }
}

/// The page the address names, as [`AppRoute::parse`] reads its path: the
/// one type that writes the app's links also picks its pages, so the two
/// cannot disagree. Drawn anew when the path changes; search and referral
/// read their query themselves, so typing a search does not draw the page
/// anew. (The router's `<Routes>` did this with a matcher of its own, nested
/// and asynchronous routes the app does not use: 23 KB brotli of code.)
#[component]
fn Page() -> impl IntoView {
    let location = use_location();
    // The router puts a link's address into the address bar once the new
    // page is there (in the browser; the static pages' renderer has none).
    let navigation = use_context::<BrowserUrl>();
    move || {
        let route = location.pathname.with(|path| AppRoute::parse(path));
        let page = untrack(move || match route {
            Some(AppRoute::Home) => view! { <HomePage/> }.into_any(),
            Some(AppRoute::Emergency) => view! { <EmergencyPage/> }.into_any(),
            Some(AppRoute::Search(_)) => view! { <SearchPage/> }.into_any(),
            Some(AppRoute::About) => view! { <AboutPage/> }.into_any(),
            Some(AppRoute::Contacts) => view! { <ContactsPage/> }.into_any(),
            Some(AppRoute::Referral { .. }) => view! { <ReferralPage/> }.into_any(),
            Some(AppRoute::Category(id)) => view! { <CategoryPage id/> }.into_any(),
            Some(AppRoute::Offer(id)) => view! { <OfferPage id/> }.into_any(),
            None => view! { <PageNotFound/> }.into_any(),
        });
        if let Some(navigation) = &navigation {
            navigation.ready_to_complete();
        }
        page
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
    #[cfg(all(debug_assertions, target_arch = "wasm32"))]
    console_error_panic_hook::set_once();
    // Before the first URL is made: the site may live under a sub-path.
    crate::route::set_base(&platform::site_base());
    // (Where the device refuses to keep it, the address keeps it, so a
    // reload still shows that language, and the app says so.)
    let refused = url_language().is_some_and(|lang| {
        let kept = platform::save_setting(LANG_SETTING, lang.code());
        if kept {
            platform::remove_query_param("lang");
        }
        !kept
    });
    // Leptos' executor starts with the mount, so this first task uses wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async move {
        let boot = Boot { settings_refused: refused, ..Boot::from_browser() };
        // On failure the app starts in German and shows why.
        let _ = ensure_locale(boot.lang).await;
        // Drawn hidden beside the static page, which stays readable and
        // usable until the app takes its place (see `App`).
        if let Some(root) = platform::hidden_root(APP_ROOT) {
            leptos::mount::mount_to(root, move || view! { <App boot/> }).forget();
        }
    });
}
