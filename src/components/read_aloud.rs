//! "Read aloud": the page's main content in the UI language with the
//! device's own speech synthesis (nothing downloaded, nothing sent; offline
//! where the device has a voice). Hidden where the browser cannot speak;
//! where it has no voice for the language it says so in that language and
//! offers German. What is read and how numbers are spoken: `speech`.

use leptos::prelude::*;

use crate::i18n::{fill, language_endonym, tr, Lang, Msg};
use crate::platform;
use crate::speech;
use crate::state::use_i18n;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    Idle,
    Speaking,
    Paused,
    /// The device has no voice for this language.
    NoVoice(Lang),
}

/// `part`: the id of the element to read (default: the page's `main`);
/// `lang`: the language it is in, when not the UI language (the desk card's
/// German sentence, read to the staff).
#[component]
pub fn ReadAloud(#[prop(optional)] part: Option<&'static str>, #[prop(optional)] lang: Option<Lang>) -> impl IntoView {
    let i18n = use_i18n();
    let available = RwSignal::new(false);
    // (In the browser only: leaving the page stops reading; the static pages render natively.)
    Effect::new(move |_| {
        available.set(platform::can_speak());
    });
    let state = RwSignal::new(Reading::Idle);
    // Each start counts up, so that the end of an earlier reading (stopped
    // by this one) does not reset the state.
    let started = StoredValue::new(0u32);
    let start = move |lang: Lang| {
        leptos::task::spawn_local(async move {
            let voices = platform::speech_voices().await;
            let Some(i) = speech::choose(lang.code(), &voices) else {
                state.set(Reading::NoVoice(lang));
                return;
            };
            started.update_value(|n| *n += 1);
            let this = started.get_value();
            state.set(Reading::Speaking);
            let pieces = speech::pieces(&platform::element_html(part.unwrap_or("main")));
            platform::speak(&pieces, &voices[i].name, move || {
                if started.get_value() == this {
                    state.set(Reading::Idle);
                }
            });
        });
    };
    let in_german = move |_| {
        i18n.choose(Lang::De);
        leptos::task::spawn_local(async move {
            // The page is drawn in German first.
            platform::wait_ms(300).await;
            start(Lang::De);
        });
    };
    let stop = move |_| {
        started.update_value(|n| *n += 1);
        platform::speech_stop();
        state.set(Reading::Idle);
    };
    // One button that reads, pauses and resumes; "stop" beside it while reading.
    let main_action = move |_| match state.get_untracked() {
        Reading::Speaking => {
            platform::speech_pause(true);
            state.set(Reading::Paused);
        }
        Reading::Paused => {
            platform::speech_pause(false);
            state.set(Reading::Speaking);
        }
        Reading::Idle | Reading::NoVoice(_) => start(lang.unwrap_or_else(|| i18n.lang.get_untracked())),
    };
    move || {
        available.get().then(|| {
            let ui = i18n.lang.get();
            let now = state.get();
            let label = match now {
                Reading::Speaking => Msg::ReadPause,
                Reading::Paused => Msg::ReadResume,
                _ => Msg::ReadAloud,
            };
            let reading = matches!(now, Reading::Speaking | Reading::Paused);
            let missing = match now {
                Reading::NoVoice(l) => Some((l, fill(tr(ui, Msg::ReadNoVoice), &[("language", language_endonym(l.code()))]))),
                _ => None,
            };
            view! {
                <div class="read-aloud" data-no-speech>
                    <button type="button" class="button" data-testid="read-aloud" on:click=main_action>{tr(ui, label)}</button>
                    {reading.then(|| view! { <button type="button" class="button" on:click=stop>{tr(ui, Msg::ReadStop)}</button> })}
                    {missing.map(|(l, text)| view! {
                        <p role="status" data-testid="no-voice">
                            {text}" "
                            {(l != Lang::De).then(|| view! {
                                <button type="button" class="link" lang="de" on:click=in_german>{tr(Lang::De, Msg::ReadInGerman)}</button>
                            })}
                        </p>
                    })}
                </div>
            }
        })
    }
}
