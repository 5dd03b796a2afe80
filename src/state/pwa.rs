//! What the browser tells about connectivity and the installed app.

use leptos::prelude::*;

use crate::platform;

#[derive(Clone, Copy)]
pub struct Pwa {
    pub online: RwSignal<bool>,
    /// A new version of the app is installed and waits for the user's go.
    pub update_ready: RwSignal<bool>,
    /// The browser offers "install" (`beforeinstallprompt`).
    pub installable: RwSignal<bool>,
}

impl Pwa {
    /// Listens to the browser's events (see `public/pwa.js`) and provides the state.
    pub fn provide() -> Pwa {
        let pwa = Pwa {
            online: RwSignal::new(platform::is_online()),
            update_ready: RwSignal::new(platform::pwa_flag("updateReady")),
            installable: RwSignal::new(platform::pwa_flag("installable")),
        };
        platform::on_window_event("online", move || pwa.online.set(true));
        platform::on_window_event("offline", move || pwa.online.set(false));
        platform::on_window_event("wegweiser:update-ready", move || pwa.update_ready.set(true));
        platform::on_window_event("wegweiser:installable", move || pwa.installable.set(true));
        provide_context(pwa);
        pwa
    }
}

pub fn use_pwa() -> Pwa {
    expect_context::<Pwa>()
}
