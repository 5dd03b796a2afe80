//! What the browser tells about connectivity and the installed app.

use leptos::prelude::*;

use crate::platform;
use crate::state::boot::Boot;

#[derive(Clone, Copy)]
pub struct Pwa {
    pub online: RwSignal<bool>,
    /// A new version of the app is installed and waits for the user's go.
    pub update_ready: RwSignal<bool>,
    /// The browser offers "install" (`beforeinstallprompt`).
    pub installable: RwSignal<bool>,
    /// An iPhone or iPad browser, where installing is done by hand.
    pub ios_install_hint: bool,
}

impl Pwa {
    /// Starts from what `boot` found, listens to the browser's events (see
    /// `public/pwa.js`; once the app runs) and provides the state.
    pub fn provide(boot: &Boot) -> Pwa {
        let pwa = Pwa {
            online: RwSignal::new(boot.online),
            update_ready: RwSignal::new(boot.update_ready),
            installable: RwSignal::new(boot.installable),
            ios_install_hint: boot.ios_install_hint,
        };
        Effect::new(move |_| {
            platform::on_window_event("online", move || pwa.online.set(true));
            platform::on_window_event("offline", move || pwa.online.set(false));
            platform::on_window_event("wegweiser:update-ready", move || pwa.update_ready.set(true));
            platform::on_window_event("wegweiser:installable", move || pwa.installable.set(true));
        });
        provide_context(pwa);
        pwa
    }
}

pub fn use_pwa() -> Pwa {
    expect_context::<Pwa>()
}
