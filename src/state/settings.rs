//! The small settings this device keeps for the user (localStorage): the
//! language, the display settings, staff mode and the referral list. A write
//! the browser refuses (storage blocked, private mode, storage full) is said
//! on every page ([`SettingsNotice`](crate::components::storage::SettingsNotice)),
//! never swallowed: the setting still applies, but only until the app is closed.

use leptos::prelude::*;

use crate::platform;

#[derive(Clone, Copy)]
pub struct Settings {
    /// True after a write the browser refused, until the user closes the notice.
    pub refused: RwSignal<bool>,
}

impl Settings {
    /// `refused`: a write before the app started was refused (a `?lang=` link's language).
    pub fn provide(refused: bool) -> Settings {
        let settings = Settings { refused: RwSignal::new(refused) };
        provide_context(settings);
        settings
    }

    /// Keeps `value` under `key` on this device, or says that it could not.
    pub fn save(self, key: &str, value: &str) {
        if !platform::save_setting(key, value) {
            self.refused.set(true);
        }
    }
}

pub fn use_settings() -> Settings {
    expect_context::<Settings>()
}
