//! The frame of every page: skip link, header with navigation, emergency
//! link and language choice, the main region and a footer.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::components::language::{FirstStartBar, LanguageNotice, LanguageSelect};
use crate::components::storage::SettingsNotice;
use crate::i18n::{fill, format_date, tr, Msg};
use crate::platform;
use crate::route::{Route, SearchParams};
use crate::state::{use_directory, use_i18n, use_pwa, use_search_params, use_staff, use_sync, Freshness, Load};

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let load = use_directory();

    // After a client-side navigation, put focus on the new content; not
    // while typing in the search box, which navigates to the results.
    let location = use_location();
    let search_path = Route::Search(SearchParams::default()).href();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) && path != search_path {
            platform::focus_main();
        }
        path
    });

    let sync = use_sync();
    let as_of = move || match load.get() {
        Load::Ready(dir) => dir.as_of().map(|date| {
            let lang = i18n.lang.get();
            let state = match sync.freshness.get() {
                Freshness::UpToDate => tr(lang, Msg::DirectoryUpToDate),
                Freshness::Checking => tr(lang, Msg::DirectoryChecking),
                Freshness::Unchecked | Freshness::DownloadBroken(_) | Freshness::DownloadOlder => {
                    tr(lang, Msg::DirectoryNotChecked)
                }
            };
            format!("{} · {state}", fill(tr(lang, Msg::DirectoryAsOf), &[("date", &format_date(lang, date))]))
        }),
        _ => None,
    };

    let chosen = i18n.chosen;
    // When the first-start bar goes, focus (on one of its links, now gone)
    // moves to the page's content, as after navigation.
    Effect::new(move |was_chosen: Option<bool>| {
        let now = chosen.get();
        if was_chosen == Some(false) && now {
            platform::focus_after_render(vec!["main".into()]);
        }
        now
    });
    let staff = use_staff();
    let town = crate::state::use_town();
    view! {
        <div class="frame">
        // The router would take "#main" for a navigation and leave focus on
        // the link: move focus to the content ourselves.
        <a
            class="skip-link"
            href="#main"
            on:click=|ev| {
                ev.prevent_default();
                platform::focus_main();
            }
        >
            {i18n.t(Msg::SkipToContent)}
        </a>
        {move || (!chosen.get()).then(|| view! { <FirstStartBar/> })}
        {move || {
            load.with(|l| matches!(l, Load::Ready(d) if d.sample)).then(|| {
                view! { <p class="sample-banner" role="note" data-testid="sample-data">{i18n.t(Msg::SampleData)}</p> }
            })
        }}
        <header class="site-header">
            <a class="brand" href=Route::Home.href()>{move || crate::i18n::app_name(i18n.lang.get(), &town.get())}</a>
            <nav aria-label=i18n.t(Msg::MainNavigation)>
                <ul>
                    <li><a href=Route::Home.href()>{i18n.t(Msg::NavHome)}</a></li>
                    <li><a href=Route::Contacts.href()>{i18n.t(Msg::NavContacts)}</a></li>
                    <li><a href=Route::About.href()>{i18n.t(Msg::NavAbout)}</a></li>
                    {move || staff.on.get().then(|| {
                        let count = staff.referral.with(Vec::len).to_string();
                        view! {
                            <li>
                                <a href=Route::Referral { offers: vec![], lang: None }.href() data-testid="nav-referral">
                                    {fill(tr(i18n.lang.get(), Msg::NavReferral), &[("count", &count)])}
                                </a>
                            </li>
                        }
                    })}
                    <li>
                        <a class="emergency-link" href=Route::Emergency.href() data-testid="emergency-link">
                            {i18n.t(Msg::NavEmergency)}
                        </a>
                    </li>
                </ul>
            </nav>
            <LanguageSelect/>
        </header>
        <SearchBox/>
        <StatusBar/>
        <LanguageNotice/>
        <SettingsNotice/>
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p data-testid="directory-freshness">{as_of}</p>
            <InstallHint/>
        </footer>
        </div>
    }
}

/// The search box on every page. Typing shows results at once, on the
/// search page, with the query in the URL; on a topic page it searches
/// within that topic.
#[component]
fn SearchBox() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let navigate = use_navigate();
    let params = use_search_params();
    let on_search_page = move || location.pathname.get() == Route::Search(SearchParams::default()).href();
    let go = move |q: String| {
        let mut p = if on_search_page() { params.get_untracked() } else { SearchParams::default() };
        if let Some(Route::Category(topic)) = Route::parse(&location.pathname.get_untracked()) {
            p.topic = Some(topic);
        }
        p.q = q;
        let replace = on_search_page();
        navigate(
            &Route::Search(p).href(),
            NavigateOptions { replace, scroll: false, resolve: false, ..Default::default() },
        );
    };
    let go_input = go.clone();
    view! {
        <form
            class="search-box"
            role="search"
            action=Route::Search(SearchParams::default()).href()
            on:submit=move |ev| {
                ev.prevent_default();
                let input = event_target::<web_sys::HtmlFormElement>(&ev)
                    .elements()
                    .named_item("q")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
                if let Some(input) = input {
                    go(input.value());
                }
            }
        >
            <label for="q">{i18n.t(Msg::SearchLabel)}</label>
            <div class="search-row">
                <input
                    type="search"
                    id="q"
                    name="q"
                    autocomplete="off"
                    prop:value=move || if on_search_page() { params.get().q } else { String::new() }
                    on:input=move |ev| go_input(event_target_value(&ev))
                />
                <button type="submit" class="button">{i18n.t(Msg::SearchButton)}</button>
            </div>
        </form>
    }
}

/// Non-blocking notices: offline, and "a new version is ready".
#[component]
fn StatusBar() -> impl IntoView {
    let i18n = use_i18n();
    let pwa = use_pwa();
    let load = use_directory();
    let offline = move || {
        (!pwa.online.get()).then(|| {
            let lang = i18n.lang.get();
            let date = match load.get() {
                Load::Ready(dir) => dir.as_of().map(|d| format_date(lang, d)).unwrap_or_default(),
                _ => String::new(),
            };
            view! { <p class="status-offline" data-testid="offline">{fill(tr(lang, Msg::OfflineNotice), &[("date", &date)])}</p> }
        })
    };
    let update = move || {
        pwa.update_ready.get().then(|| {
            view! {
                <p class="status-update" data-testid="update-ready">
                    {i18n.t(Msg::UpdateReady)}" "
                    <button type="button" class="button" on:click=move |_| { let _ = platform::pwa_call("activateUpdate"); }>
                        {i18n.t(Msg::Reload)}
                    </button>
                </p>
            }
        })
    };
    let sync = use_sync();
    let broken = move || match sync.freshness.get() {
        Freshness::DownloadBroken(details) => Some(
            view! {
                <div class="status-broken" data-testid="download-broken">
                    <p>{i18n.t(Msg::DownloadBroken)}</p>
                    <details><summary>{i18n.t(Msg::TechnicalDetails)}</summary><pre>{details}</pre></details>
                </div>
            }
            .into_any(),
        ),
        Freshness::DownloadOlder => Some(
            view! {
                <div class="status-broken" data-testid="download-broken">
                    <p>{i18n.t(Msg::DownloadOlder)}</p>
                </div>
            }
            .into_any(),
        ),
        _ => None,
    };
    let outdated = move || {
        sync.outdated_tab
            .get()
            .then(|| view! { <p class="status-update" data-testid="outdated-tab">{i18n.t(Msg::OutdatedTab)}</p> })
    };
    view! { <div class="status-bar" role="status">{offline}{update}{broken}{outdated}</div> }
}

/// "Install the app" where the browser offers it; the manual way on iPhones.
#[component]
fn InstallHint() -> impl IntoView {
    let i18n = use_i18n();
    let pwa = use_pwa();
    let ios = pwa.ios_install_hint;
    move || {
        if pwa.installable.get() {
            Some(
                view! {
                    <p>
                        <button type="button" class="button" on:click=move |_| {
                            pwa.installable.set(false);
                            platform::pwa_call("install");
                        }>{i18n.t(Msg::InstallApp)}</button>
                    </p>
                }
                .into_any(),
            )
        } else if ios {
            Some(view! { <p>{i18n.t(Msg::IosInstallHint)}</p> }.into_any())
        } else {
            None
        }
    }
}
