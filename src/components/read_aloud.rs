//! "Read aloud": the page's main content in the UI language with the
//! device's own speech synthesis (nothing downloaded, nothing sent; offline
//! where the device has a voice). Hidden where the browser cannot speak;
//! where it has no voice for the language it says so in that language and
//! offers German. What is read and how numbers are spoken: `speech`.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::{fill, language_endonym, tr, Lang, Msg};
use crate::platform;
use crate::speech;
use crate::state::{spawn_in_browser, use_i18n};

/// What one button reads, and how far it is.
#[derive(Clone, Copy)]
struct Reader {
    /// `None`: not reading; `Some(paused)`.
    reading: RwSignal<Option<bool>>,
    /// The language the device has no voice for, when it was asked to read in it.
    no_voice: RwSignal<Option<Lang>>,
    /// Each start counts up, so that the end of an earlier reading (stopped
    /// by this one) does not reset the state.
    started: StoredValue<u32>,
    part: &'static str,
}

impl Reader {
    /// Reads the part in `lang`; `again`: when the device lists no voices
    /// yet, asks once more after 0.5 s (some browsers list them only a
    /// moment after the page first asked).
    fn start(self, lang: Lang, again: bool) {
        let device = platform::speech_voices();
        let voices = device.list();
        if voices.is_empty() && again {
            self.start_after(500, lang, false);
            return;
        }
        let Some(i) = speech::choose(lang.code(), &voices) else {
            self.no_voice.set(Some(lang));
            return;
        };
        self.no_voice.set(None);
        self.started.update_value(|n| *n += 1);
        let this = self.started.get_value();
        self.reading.set(Some(false));
        platform::speak(&platform::spoken_pieces(self.part), &device, i, move || {
            // (The page may be gone by then: `try_`.)
            if self.started.try_get_value() == Some(this) {
                self.reading.try_set(None);
            }
        });
    }

    fn start_after(self, ms: u64, lang: Lang, again: bool) {
        set_timeout(move || self.start(lang, again), Duration::from_millis(ms));
    }
}

/// The controls that read `part` (the id of the element to read: the
/// page's `main`, or a part of it); `lang`: the language it is in, when not
/// the UI language (the desk card's German sentence, read to the staff).
/// A function, not a `#[component]`: no props type and builder to carry
/// (with `display_settings`: about 0.1 KB brotli less per first visit).
pub fn read_aloud(part: &'static str, lang: Option<Lang>) -> impl IntoView {
    let i18n = use_i18n();
    let available = RwSignal::new(false);
    // (In the browser only: the static pages render natively.)
    spawn_in_browser(async move { available.set(platform::can_speak()) });
    let reader =
        Reader { reading: RwSignal::new(None), no_voice: RwSignal::new(None), started: StoredValue::new(0), part };
    // Leaving the page (another page drawn in its place) stops its reading.
    on_cleanup(move || {
        if reader.reading.try_get_untracked().flatten().is_some() {
            platform::speech_stop();
        }
    });
    let in_german = move |_| {
        i18n.choose(Lang::De);
        // The page is drawn in German first.
        reader.start_after(300, Lang::De, true);
    };
    let stop = move |_| {
        reader.started.update_value(|n| *n += 1);
        platform::speech_stop();
        reader.reading.set(None);
    };
    // One button that reads, pauses and resumes; "stop" beside it while reading.
    let main_action = move |_| match reader.reading.get_untracked() {
        Some(paused) => {
            platform::speech_pause(!paused);
            reader.reading.set(Some(!paused));
        }
        None => reader.start(lang.unwrap_or_else(|| i18n.lang.get_untracked()), true),
    };
    move || {
        available.get().then(|| {
            let ui = i18n.lang.get();
            let reading = reader.reading.get();
            let label = match reading {
                Some(false) => Msg::ReadPause,
                Some(true) => Msg::ReadResume,
                None => Msg::ReadAloud,
            };
            let missing = reader.no_voice.get();
            let text = missing
                .map(|l| fill(tr(ui, Msg::ReadNoVoice), &[("language", language_endonym(l.code()))]))
                .unwrap_or_default();
            // One shape whatever the state (parts hidden, not added and
            // removed): the status line is there before it has news.
            view! {
                <div class="read-aloud" data-no-speech>
                    <button type="button" class="button" data-testid="read-aloud" on:click=main_action>{tr(ui, label)}</button>
                    <button type="button" class="button" hidden=reading.is_none() on:click=stop>{tr(ui, Msg::ReadStop)}</button>
                    <p role="status" data-testid="no-voice" hidden=missing.is_none()>
                        {text}" "
                        <button type="button" class="link" lang="de" hidden=missing == Some(Lang::De) on:click=in_german>
                            {tr(Lang::De, Msg::ReadInGerman)}
                        </button>
                    </p>
                </div>
            }
        })
    }
}
