//! Choosing the UI language: the first-start bar, the select in the header,
//! and the notice when a language cannot be loaded.

use leptos::prelude::*;

use crate::i18n::{fill, tr, Lang, Msg};
use crate::state::use_i18n;

/// First start: a bar at the top of the page asked for (a shared link opens
/// at once, no chooser in front of it), with every language named in its own
/// script as a large target. Plain `?lang=` links, so they work in the static
/// page before the app runs; in the app a tap switches in place and keeps the
/// page. It stays until the user picks a language or closes it (which keeps
/// the language shown); the choice persists.
#[component]
pub fn FirstStartBar() -> impl IntoView {
    let i18n = use_i18n();
    let links = Lang::ALL
        .into_iter()
        .map(|lang| {
            // "Arabisch · Arabic" for staff helping someone choose.
            let (german, english) = lang.names_de_en();
            view! {
                <li>
                    <a
                        class="first-start-option"
                        title=format!("{german} · {english}")
                        href=format!("?lang={}", lang.code())
                        hreflang=lang.html_lang()
                        lang=lang.html_lang()
                        dir=lang.dir()
                        data-lang=lang.code()
                        aria-current=move || (i18n.lang.get() == lang).then_some("true")
                        on:click=move |ev| {
                            ev.prevent_default();
                            i18n.choose(lang);
                        }
                    >
                        {lang.endonym()}
                    </a>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <nav class="first-start" aria-labelledby="first-start-title" data-testid="first-start-bar">
            <h2 id="first-start-title">{i18n.t(Msg::ChooseLanguageTitle)}</h2>
            <ul class="first-start-list">{links}</ul>
            <p class="first-start-hint">{i18n.t(Msg::ChooseLanguageHint)}</p>
            <button
                type="button"
                class="button secondary first-start-close"
                data-testid="first-start-close"
                on:click=move |_| i18n.choose(i18n.lang.get_untracked())
            >
                {i18n.t(Msg::Close)}
            </button>
        </nav>
    }
}

/// The language select in the header of every page; the page stays where it is.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let i18n = use_i18n();
    let options = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <option value=lang.code() lang=lang.html_lang()>
                    {lang.endonym()}
                </option>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <div class="language">
            <label for="language-select">{i18n.t(Msg::LanguageLabel)}</label>
            <select
                id="language-select"
                // Back to the current language when a switch failed.
                prop:value=move || {
                    i18n.unavailable.track();
                    i18n.lang.get().code()
                }
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                        i18n.choose(lang);
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}

/// "Українська could not be loaded (no connection?)": only when it happened.
#[component]
pub fn LanguageNotice() -> impl IntoView {
    let i18n = use_i18n();
    move || {
        i18n.unavailable.get().map(|wanted| {
            let text = fill(tr(i18n.lang.get(), Msg::LanguageUnavailable), &[("language", wanted.endonym())]);
            view! { <p class="notice" role="status" data-testid="language-unavailable">{text}</p> }
        })
    }
}
