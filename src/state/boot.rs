//! What the app starts from. In the browser, `mount` reads it before the
//! first render (the address, the saved settings, the browser's languages and
//! clock); the static pages start from [`Boot::prerender`]. So the views never
//! read the browser while they render, and the same views render natively.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::platform;
use crate::referral::parse_offers;

pub(crate) const LANG_SETTING: &str = "wegweiser.lang";
pub(crate) const STAFF_SETTING: &str = "wegweiser.staff";
pub(crate) const REFERRAL_SETTING: &str = "wegweiser.referral";

#[derive(Clone, Debug, PartialEq)]
pub struct Boot {
    /// The language to start in, and whether it was chosen (by the user or a
    /// `?lang=` link) rather than taken from the browser's preference.
    pub lang: Lang,
    pub lang_chosen: bool,
    pub staff_on: bool,
    pub referral: Vec<String>,
    /// A setting written before the start was refused (see [`Settings`](crate::state::Settings)).
    pub settings_refused: bool,
    /// Unix seconds at the start.
    pub now_unix: i64,
    /// False for the static pages: no live clock ("open now" is left to the app).
    pub live: bool,
    pub online: bool,
    pub update_ready: bool,
    pub installable: bool,
    pub ios_install_hint: bool,
    /// This page's origin, for shareable links (empty in the static pages).
    pub origin: Arc<str>,
}

impl Boot {
    /// Read from the browser (by `mount`, before the first render).
    pub fn from_browser() -> Boot {
        let (lang, lang_chosen) = initial_language();
        let (referral, _) = parse_offers(&platform::load_setting(REFERRAL_SETTING).unwrap_or_default());
        Boot {
            lang,
            lang_chosen,
            staff_on: platform::load_setting(STAFF_SETTING).as_deref() == Some("1"),
            referral,
            settings_refused: false,
            now_unix: platform::now_unix(),
            live: true,
            online: platform::is_online(),
            update_ready: platform::pwa_flag("updateReady"),
            installable: platform::pwa_flag("installable"),
            ios_install_hint: platform::needs_ios_install_hint(),
            origin: platform::origin().into(),
        }
    }

    /// The static pages: German, no language chosen yet (the first-start bar
    /// shows), nothing stored, the clock standing at the build time.
    pub fn prerender(now_unix: i64) -> Boot {
        Boot {
            lang: Lang::De,
            lang_chosen: false,
            staff_on: false,
            referral: Vec::new(),
            settings_refused: false,
            now_unix,
            live: false,
            online: true,
            update_ready: false,
            installable: false,
            ios_install_hint: false,
            origin: "".into(),
        }
    }
}

/// What the views need of [`Boot`] after the start.
#[derive(Clone)]
pub struct Site {
    pub origin: Arc<str>,
    pub live: bool,
}

pub fn provide_site(boot: &Boot) {
    provide_context(Site { origin: boot.origin.clone(), live: boot.live });
}

pub fn use_site() -> Site {
    expect_context::<Site>()
}

/// `?lang=` in the current URL, if it names a UI language.
pub(crate) fn url_language() -> Option<Lang> {
    let query = platform::query();
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
