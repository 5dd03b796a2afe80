//! The application shell: loads the directory, provides the app-wide
//! contexts (directory, language) and routes URLs to pages.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    ParamSegment, StaticSegment,
};

use crate::components::layout::Layout;
use crate::domain::hours::{berlin_local, LocalTime};
use crate::domain::{parse_directory, Directory, DirectoryError};
use crate::i18n::{self, tr, Lang, Msg};
use crate::my_contacts::MyContacts;
use crate::pages::{
    about::AboutPage, category::CategoryPage, contacts::ContactsPage, emergency::EmergencyPage, home::HomePage,
    not_found::PageNotFound, offer::OfferPage, referral::ReferralPage, search::SearchPage,
};
use crate::platform;
use crate::platform::Fetched;
use crate::route::Route as AppRoute;
use crate::search::{documents, SearchIndex};
use crate::storage::{Store, StoredDirectory};
use crate::update::{directory_path, judge, Verdict};

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

/// The directory, for every page.
#[derive(Clone, Copy)]
pub struct DirectoryState(pub RwSignal<Load>);

/// The search index for the current directory and UI language.
#[derive(Clone, Copy)]
pub struct SearchState(pub RwSignal<Option<Arc<SearchIndex>>>);

/// The current time in Moers, refreshed every half minute (for "open now").
#[derive(Clone, Copy)]
pub struct Clock(pub RwSignal<i64>);

impl Clock {
    pub fn local(self) -> LocalTime {
        berlin_local(self.0.get())
    }
}

/// What the browser tells about connectivity and the installed app.
#[derive(Clone, Copy)]
pub struct Pwa {
    pub online: RwSignal<bool>,
    /// A new version of the app is installed and waits for the user's go.
    pub update_ready: RwSignal<bool>,
    /// The browser offers "install" (`beforeinstallprompt`).
    pub installable: RwSignal<bool>,
}

impl Pwa {
    fn watch() -> Pwa {
        let pwa = Pwa {
            online: RwSignal::new(platform::is_online()),
            update_ready: RwSignal::new(platform::pwa_flag("updateReady")),
            installable: RwSignal::new(platform::pwa_flag("installable")),
        };
        platform::on_window_event("online", move || pwa.online.set(true));
        platform::on_window_event("offline", move || pwa.online.set(false));
        platform::on_window_event("wegweiser:update-ready", move || pwa.update_ready.set(true));
        platform::on_window_event("wegweiser:installable", move || pwa.installable.set(true));
        pwa
    }
}

pub fn use_pwa() -> Pwa {
    expect_context::<Pwa>()
}

/// The UI language, for every view.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
    /// False until a language was chosen on this device (or by a `?lang=` link):
    /// the full-screen chooser shows.
    pub chosen: RwSignal<bool>,
    /// A language whose texts could not be loaded (offline before it was ever used).
    pub unavailable: RwSignal<Option<Lang>>,
}

impl I18n {
    /// A reactive text: re-renders when the language changes.
    pub fn t(self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || tr(self.lang.get(), msg)
    }

    /// The text now (inside an already reactive closure).
    pub fn now(self, msg: Msg) -> &'static str {
        tr(self.lang.get(), msg)
    }

    /// Switches to `lang` once its texts are loaded (the page stays as it is,
    /// in the old language, until then) and remembers the choice.
    pub fn choose(self, lang: Lang) {
        self.switch(lang, true);
    }

    fn switch(self, lang: Lang, remember: bool) {
        leptos::task::spawn_local(async move {
            match ensure_locale(lang).await {
                Ok(()) => {
                    if remember {
                        platform::save_setting(LANG_SETTING, lang.code());
                        self.chosen.set(true);
                    }
                    self.unavailable.set(None);
                    self.lang.set(lang);
                }
                Err(_) => self.unavailable.set(Some(lang)),
            }
        });
    }
}

/// Staff mode ("I help newcomers") and the referral list being put together.
/// Both stay on this device (localStorage); staff mode is off by default.
#[derive(Clone, Copy)]
pub struct Staff {
    pub on: RwSignal<bool>,
    /// Offer ids in the order staff chose.
    pub referral: RwSignal<Vec<String>>,
}

const STAFF_SETTING: &str = "wegweiser.staff";
const REFERRAL_SETTING: &str = "wegweiser.referral";

impl Staff {
    fn load() -> Staff {
        let on = platform::load_setting(STAFF_SETTING).as_deref() == Some("1");
        let (ids, _) = crate::referral::parse_offers(&platform::load_setting(REFERRAL_SETTING).unwrap_or_default());
        let staff = Staff { on: RwSignal::new(on), referral: RwSignal::new(ids) };
        Effect::new(move |_| platform::save_setting(STAFF_SETTING, if staff.on.get() { "1" } else { "0" }));
        Effect::new(move |_| platform::save_setting(REFERRAL_SETTING, &staff.referral.get().join(",")));
        staff
    }

    pub fn contains(self, id: &str) -> bool {
        self.referral.with(|list| list.iter().any(|x| x == id))
    }

    /// Adds or removes an offer; adding beyond the limit does nothing (the button says why).
    pub fn toggle(self, id: &str) {
        self.referral.update(|list| match list.iter().position(|x| x == id) {
            Some(i) => {
                list.remove(i);
            }
            None if list.len() < crate::referral::MAX_OFFERS => list.push(id.to_string()),
            None => {}
        });
    }
}

pub fn use_staff() -> Staff {
    expect_context::<Staff>()
}

/// Loads and checks `lang`'s locale file unless it is there already.
/// The service worker keeps fetched locale files for offline use.
pub async fn ensure_locale(lang: Lang) -> Result<(), String> {
    if i18n::is_installed(lang) {
        return Ok(());
    }
    let text = platform::fetch_text(&lang.locale_path()).await?;
    i18n::install(lang, &text).map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

pub fn use_directory() -> RwSignal<Load> {
    expect_context::<DirectoryState>().0
}

pub fn use_search_index() -> RwSignal<Option<Arc<SearchIndex>>> {
    expect_context::<SearchState>().0
}

pub fn use_clock() -> Clock {
    expect_context::<Clock>()
}

const LANG_SETTING: &str = "wegweiser.lang";

/// `?lang=` in the current URL, if it names a UI language.
fn url_language() -> Option<Lang> {
    let query = web_sys::window()?.location().search().ok()?;
    query.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("lang=")).and_then(Lang::from_code)
}

/// The language to start in, and whether it was chosen: `?lang=` in the URL,
/// else the saved choice, else (not chosen) the browser's preference.
fn initial_language() -> (Lang, bool) {
    match url_language().or_else(|| platform::load_setting(LANG_SETTING).and_then(|c| Lang::from_code(&c))) {
        Some(lang) => (lang, true),
        None => {
            let preferred = platform::preferred_languages();
            (Lang::negotiate(preferred.iter().map(String::as_str)), false)
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

pub fn use_sync() -> DirectorySync {
    expect_context::<DirectorySync>()
}

/// The IndexedDB store, once open: kept for later checks (a language switch).
type StoreSlot = Rc<std::cell::RefCell<Option<Rc<Store>>>>;

/// Shows the stored directory at once (never waiting for the network), then
/// checks for a newer one with one conditional request, and replaces the
/// stored copy only with a complete, valid, newer file, in one transaction.
async fn load_and_update(load: RwSignal<Load>, sync: DirectorySync, contacts: MyContacts, lang: Lang, slot: StoreSlot) {
    let store = Store::open(move || sync.outdated_tab.set(true)).await.ok().map(Rc::new);
    slot.borrow_mut().clone_from(&store);
    match &store {
        Some(store) => contacts.attach(store.clone()).await,
        // The directory still comes from the network; contacts cannot be kept.
        None => contacts.no_storage.set(true),
    }
    let mut etag = None;
    if let Some(store) = &store {
        if let Ok(Some(stored)) = store.load_directory().await {
            if let Ok(dir) = parse_directory(&stored.text) {
                load.set(Load::Ready(Arc::new(dir)));
                etag = stored.etag;
            }
        }
    }
    check_published(store, load, sync, lang, etag).await;
}

/// Asks for the published directory file of `lang` (conditionally, when the
/// stored copy is that file) and takes it if [`judge`] says so.
async fn check_published(
    store: Option<Rc<Store>>,
    load: RwSignal<Load>,
    sync: DirectorySync,
    lang: Lang,
    etag: Option<String>,
) {
    let current = match load.get_untracked() {
        Load::Ready(dir) => Some(dir),
        _ => None,
    };
    // The stored ETag belongs to the file of the language the stored copy carries.
    let etag = etag.filter(|_| current.as_ref().is_some_and(|d| d.has_texts_for(lang.code())));
    sync.freshness.set(Freshness::Checking);
    match platform::fetch_conditional(&directory_path(lang.code()), etag.as_deref()).await {
        Ok(Fetched::NotModified) => sync.freshness.set(Freshness::UpToDate),
        Ok(Fetched::Body { text, etag }) => match judge(current.as_deref(), &text, lang.code()) {
            Verdict::Replace(dir) => {
                if let Some(store) = &store {
                    // If storing fails the app still shows the new data; it is fetched again next time.
                    let _ = store.replace_directory(&StoredDirectory { text, etag }).await;
                }
                load.set(Load::Ready(Arc::new(*dir)));
                sync.freshness.set(Freshness::UpToDate);
            }
            Verdict::UpToDate => sync.freshness.set(Freshness::UpToDate),
            Verdict::Older => sync.freshness.set(Freshness::DownloadOlder),
            Verdict::Broken(e) if current.is_some() => sync.freshness.set(Freshness::DownloadBroken(e.to_string())),
            Verdict::Broken(e) => load.set(Load::Failed(Arc::new(LoadError::Invalid(e)))),
        },
        Err(_) if current.is_some() => sync.freshness.set(Freshness::Unchecked),
        Err(e) => load.set(Load::Failed(Arc::new(LoadError::Network(e)))),
    }
}

/// The whole app. With `directory` given (tests), nothing is fetched.
#[component]
pub fn App(#[prop(optional)] directory: Option<Arc<Directory>>) -> impl IntoView {
    let (start, chosen) = initial_language();
    let i18n = I18n {
        lang: RwSignal::new(if i18n::is_installed(start) { start } else { Lang::De }),
        chosen: RwSignal::new(chosen),
        unavailable: RwSignal::new(None),
    };
    provide_context(i18n);
    if !i18n::is_installed(start) {
        i18n.switch(start, chosen);
    }

    let load = RwSignal::new(directory.map(Load::Ready).unwrap_or(Load::Loading));
    provide_context(DirectoryState(load));
    let sync = DirectorySync { freshness: RwSignal::new(Freshness::Checking), outdated_tab: RwSignal::new(false) };
    provide_context(sync);
    let contacts = MyContacts::new();
    provide_context(contacts);
    let slot = StoreSlot::default();
    if matches!(load.get_untracked(), Load::Loading) {
        leptos::task::spawn_local(load_and_update(load, sync, contacts, i18n.lang.get_untracked(), slot.clone()));
        // A language whose texts the stored directory lacks: fetch its file.
        Effect::new(move |previous: Option<Lang>| {
            let lang = i18n.lang.get();
            let lacking = matches!(load.get_untracked(), Load::Ready(dir) if !dir.has_texts_for(lang.code()));
            if previous.is_some_and(|p| p != lang) && lacking {
                let store = slot.borrow().clone();
                leptos::task::spawn_local(check_published(store, load, sync, lang, None));
            }
            lang
        });
    }

    // The search index follows the directory and the UI language.
    let index = RwSignal::new(None);
    provide_context(SearchState(index));
    Effect::new(move |_| {
        if let Load::Ready(dir) = load.get() {
            let lang = i18n.lang.get();
            index.set(Some(Arc::new(SearchIndex::build(&documents(&dir, lang.code())))));
        }
    });

    provide_context(Pwa::watch());
    provide_context(Staff::load());

    let clock = Clock(RwSignal::new(platform::now_unix()));
    provide_context(clock);
    set_interval(move || clock.0.set(platform::now_unix()), std::time::Duration::from_secs(30));

    // Keep <html lang dir> in step with the UI language.
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        platform::set_document_language(lang.html_lang(), lang.dir());
    });

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

/// Mounts the app on `<body>`; called by `main`.
/// Starts the app: a `?lang=` link becomes the saved choice (and leaves the
/// address, so switching language later is not undone by a reload), and the
/// language's texts are loaded before the first render, so nothing flashes
/// in German first.
pub fn mount() {
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
