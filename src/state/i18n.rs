//! The UI language: which one is shown, whether the user chose it, and
//! loading a language's texts before switching to it.

use leptos::prelude::*;

use crate::i18n::{self, tr, Lang, Msg};
use crate::platform;
use crate::state::boot::LANG_SETTING;
use crate::state::Settings;

/// The UI language, for every view.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
    /// False until a language was chosen on this device (or by a `?lang=` link):
    /// the full-screen chooser shows.
    pub chosen: RwSignal<bool>,
    /// A language whose texts could not be loaded (offline before it was ever used).
    pub unavailable: RwSignal<Option<Lang>>,
    /// Where the choice is kept.
    pub settings: Settings,
}

impl I18n {
    /// Starts in `start` (the saved, linked or preferred language, see
    /// [`Boot`](crate::state::Boot)) and provides the state.
    pub fn provide(start: Lang, chosen: bool, settings: Settings) -> I18n {
        let i18n = I18n {
            lang: RwSignal::new(if i18n::is_installed(start) { start } else { Lang::De }),
            chosen: RwSignal::new(chosen),
            unavailable: RwSignal::new(None),
            settings,
        };
        provide_context(i18n);
        if !i18n::is_installed(start) {
            i18n.switch(start, chosen);
        }
        // Keep <html lang dir> in step with the UI language.
        Effect::new(move |_| {
            let lang = i18n.lang.get();
            platform::set_document_language(lang.html_lang(), lang.dir());
        });
        i18n
    }

    /// A reactive text: re-renders when the language changes.
    pub fn t(self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || tr(self.lang.get(), msg)
    }

    /// The text in the current language, tracked (inside an already reactive closure).
    pub fn text(self, msg: Msg) -> &'static str {
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
                        self.settings.save(LANG_SETTING, lang.code());
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

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
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
