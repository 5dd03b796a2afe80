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
    /// Each start and pause counts up, so that what an earlier reading
    /// reports after it was stopped changes nothing.
    started: StoredValue<u64>,
    /// The first piece not yet spoken to its end: where "resume" reads on.
    at: StoredValue<u64>,
    part: &'static str,
}

impl Reader {
    /// Reads the part in `lang` from piece `from` on; `tries`: how often to
    /// ask again, 0.5 s apart, while the device lists no voices (browsers
    /// list them only a while after the page first asked, a slow phone
    /// after over a second).
    fn start(self, lang: Lang, tries: u8, from: u64) {
        let device = platform::speech_voices();
        let voices = device.list();
        if voices.is_empty() && tries > 0 {
            self.start_after(500, lang, tries - 1, from);
            return;
        }
        let Some(i) = speech::choose(lang.code(), &voices) else {
            self.no_voice.set(Some(lang));
            return;
        };
        self.no_voice.set(None);
        let this = self.halt();
        self.at.set_value(from);
        let pieces = platform::spoken_pieces(self.part);
        let rest = pieces.get(from as usize..).unwrap_or_default();
        let count = rest.len() as u64;
        self.reading.set((count > 0).then_some(false));
        // (The page may be gone when the device reports: `try_`.)
        platform::speak(rest, &device, i, move |n, failed| {
            let n = n as u64;
            if self.started.try_get_value() != Some(this) {
                return;
            }
            match failed {
                // "Resume" reads on from the first piece not spoken to its end.
                None => {
                    self.at.try_set_value(from + n + 1);
                    if n + 1 == count {
                        self.reading.try_set(None);
                    }
                }
                // Stopped by another reading (or the device): this one has
                // ended; stopping the device now would stop that one too.
                Some(true) => {
                    self.started.update_value(|n| *n += 1);
                    self.reading.try_set(None);
                }
                // A voice the device lists but cannot speak with (its data not
                // there, a network voice offline) is as good as none.
                Some(false) => {
                    self.halt();
                    self.reading.try_set(None);
                    self.no_voice.try_set(Some(lang));
                }
            }
        });
    }

    /// [`Self::start`] `ms` later, primed now (in the tap, where this is
    /// called from one): see [`platform::speech_prime`].
    fn start_after(self, ms: u64, lang: Lang, tries: u8, from: u64) {
        platform::speech_prime();
        set_timeout(move || self.start(lang, tries, from), Duration::from_millis(ms));
    }

    /// Stops the device's reading; what it reports of it from now on is
    /// ignored. Returns the new count, which the start that follows owns.
    fn halt(self) -> u64 {
        // (Counted first: a browser may report the stop while stopping.)
        self.started.update_value(|n| *n += 1);
        platform::speech_stop();
        self.started.get_value()
    }
}

/// The controls that read `part` (the id of the element to read: the
/// page's `main`, or a part of it); `lang`: the language it is in, when not
/// the UI language (the desk card's German sentence, read to the staff).
/// A function, not a `#[component]`: no props type and builder to carry
/// (with `display_settings`: about 0.1 KB brotli less per first visit).
pub fn read_aloud(part: &'static str, lang: Option<Lang>) -> AnyView {
    let i18n = use_i18n();
    let available = RwSignal::new(false);
    // (In the browser only: the static pages render natively.)
    spawn_in_browser(async move { available.set(platform::can_speak()) });
    let reader = Reader {
        reading: RwSignal::new(None),
        no_voice: RwSignal::new(None),
        started: StoredValue::new(0),
        at: StoredValue::new(0),
        part,
    };
    // Leaving the page (another page drawn in its place) stops its reading.
    on_cleanup(move || {
        if reader.reading.try_get_untracked().flatten().is_some() {
            platform::speech_stop();
        }
    });
    let in_german = move |_| {
        i18n.choose(Lang::De);
        // The page is drawn in German first.
        reader.start_after(300, Lang::De, 4, 0);
    };
    let stop = move |_| {
        reader.halt();
        reader.reading.set(None);
    };
    // One button that reads, pauses and resumes; "stop" beside it while
    // reading. Pausing stops, and resuming reads on from the piece that was
    // being spoken: the device's own pause ends the reading on Android.
    let main_action = move |_| match reader.reading.get_untracked() {
        Some(false) => {
            reader.halt();
            reader.reading.set(Some(true));
        }
        paused => reader.start(
            lang.unwrap_or_else(|| i18n.lang.get_untracked()),
            4,
            if paused.is_some() { reader.at.get_value() } else { 0 },
        ),
    };
    (move || {
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
                <div class="read-aloud" data-no-speech="">
                    <button type="button" class="button" data-testid="read-aloud" on:click=main_action>{tr(ui, label)}</button>
                    <button type="button" class="button" hidden=reading.is_none() on:click=stop>{tr(ui, Msg::ReadStop)}</button>
                    <p role="status" data-testid="no-voice" hidden=missing.is_none()>
                        {text}" "
                        <button type="button" class="link" hidden=missing == Some(Lang::De) on:click=in_german>
                            {tr(ui, Msg::ReadInGerman)}
                        </button>
                    </p>
                </div>
            }
        })
    })
    .into_any()
}
