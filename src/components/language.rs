//! Choosing the UI language: the full-screen chooser on first start, the
//! select in the header, and the notice when a language cannot be loaded.

use leptos::prelude::*;

use crate::i18n::{fill, tr, Lang, Msg};
use crate::state::use_i18n;

/// Shown on first start instead of the page (as the page's `<main>`, the
/// frame being hidden): every language named in its own script, with its
/// German and English name beside it.
#[component]
pub fn LanguageChooser() -> impl IntoView {
    let i18n = use_i18n();
    let buttons = Lang::ALL
        .into_iter()
        .map(|lang| {
            let (german, english) = lang.names_de_en();
            view! {
                <li>
                    <button
                        type="button"
                        class="chooser-option"
                        data-lang=lang.code()
                        aria-pressed=move || (i18n.lang.get() == lang).to_string()
                        on:click=move |_| i18n.choose(lang)
                    >
                        <span class="endonym" lang=lang.html_lang() dir=lang.dir()>
                            {lang.endonym()}
                        </span>
                        <span class="exonym" dir="ltr">
                            <span lang="de">{german}</span>
                            " · "
                            <span lang="en">{english}</span>
                        </span>
                    </button>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <main class="chooser" aria-labelledby="chooser-title" data-testid="language-chooser">
            <h1 id="chooser-title">{i18n.t(Msg::ChooseLanguageTitle)}</h1>
            <ul class="chooser-list">{buttons}</ul>
            <p>{i18n.t(Msg::ChooseLanguageHint)}</p>
            <LanguageNotice/>
        </main>
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
