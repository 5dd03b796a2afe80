//! For staff and volunteers: share one offer as a link (in the client's
//! language), and a full-screen card to show at an office's desk.

use crate::components::read_aloud::read_aloud;
use leptos::prelude::*;

use crate::components::overlay::Overlay;
use crate::components::qr::QrButton;
use crate::components::text::{plain, with_ltr};
use crate::domain::Text;
use crate::i18n::{fill, tr, Lang, Msg};
use crate::platform::{self, Shared};
use crate::route::Route;
use crate::state::{use_i18n, use_site};

/// "Share": the system share sheet, else the clipboard, with a visible result.
#[component]
pub fn ShareOffer(id: String, name: Text, summary: Text) -> impl IntoView {
    let i18n = use_i18n();
    let link_lang = RwSignal::new(i18n.lang.get_untracked());
    let result = RwSignal::new(None::<(Shared, String)>);
    let origin = use_site().origin;
    let link = {
        let id = id.clone();
        Signal::derive(move || format!("{origin}{}?lang={}", Route::Offer(id.clone()).href(), link_lang.get().code()))
    };
    let qr_title = plain(&name, i18n.lang.get_untracked());
    let share = move |_| {
        let lang = link_lang.get_untracked();
        let url = link.get_untracked();
        let (title, text) = (plain(&name, lang), plain(&summary, lang));
        leptos::task::spawn_local(async move {
            let outcome = platform::share_link(&title, &text, &url).await;
            result.set(Some((outcome, url)));
        });
    };
    let options = language_options(link_lang);
    let message = move || result.get().and_then(|(outcome, url)| share_outcome(i18n.lang.get(), outcome, url));
    view! {
        <div class="share">
            <div class="filter">
                <label for="link-language">{i18n.t(Msg::LinkLanguage)}</label>
                <select id="link-language" on:change=move |ev| {
                    if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                        link_lang.set(l);
                    }
                }>{options}</select>
            </div>
            <p class="actions">
                <button type="button" class="button" data-testid="share" on:click=share>{i18n.t(Msg::Share)}</button>
                <QrButton url=link title=qr_title/>
                // A slip for this one offer, in the link's language beside German.
                <a class="button secondary" data-testid="print-slip" href={
                    let id = id.clone();
                    move || {
                        Route::Referral { offers: vec![id.clone()], lang: Some(link_lang.get().code().to_string()) }.href()
                    }
                }>{i18n.t(Msg::ViewAndPrint)}</a>
            </p>
            {message}
        </div>
    }
}

/// What happened to a shared link, for the user: nothing after the share
/// sheet (the system showed it), else "copied" or "did not work", with the link.
pub fn share_outcome(lang: Lang, outcome: Shared, url: String) -> Option<impl IntoView> {
    let msg = match outcome {
        Shared::ShareSheet => return None,
        Shared::Copied => Msg::LinkCopied,
        Shared::Failed => Msg::ShareFailed,
    };
    Some(view! { <p role="status" data-testid="share-result">{with_ltr(tr(lang, msg), "url", url)}</p> })
}

/// `<option>`s for every UI language, each named in its own script; `chosen` marks one.
pub fn language_options(chosen: RwSignal<Lang>) -> Vec<impl IntoView> {
    Lang::ALL
        .into_iter()
        .map(|l| view! { <option value=l.code() lang=l.html_lang() selected=move || chosen.get() == l>{l.endonym()}</option> })
        .collect()
}

/// A large card for the office: the request in German, and in the user's language.
#[component]
pub fn DeskCard(name: Text) -> impl IntoView {
    let i18n = use_i18n();
    let overlay = Overlay::new();
    let open = overlay.open;
    let card = move || {
        open.get().then(|| {
            let lang = i18n.lang.get();
            let german = fill(tr(Lang::De, Msg::DeskSentence), &[("name", &plain(&name, Lang::De))]);
            let own = (lang != Lang::De).then(|| {
                let text = fill(tr(lang, Msg::DeskSentence), &[("name", &plain(&name, lang))]);
                view! { <p class="desk-own" lang=lang.html_lang() dir=lang.dir()>{text}</p> }
            });
            view! {
                <div class="desk-card" role="dialog" aria-modal="true" data-testid="desk-card" on:keydown=overlay.on_key()>
                    <p class="desk-german" id="desk-german" lang="de" dir="ltr">{german}</p>
                    {own}
                    {read_aloud("desk-german", Some(Lang::De))}
                    <button type="button" class="button" node_ref=overlay.close on:click=move |_| open.set(false)>
                        {tr(lang, Msg::Close)}
                    </button>
                </div>
            }
        })
    };
    view! {
        <p class="actions">
            <button type="button" class="button secondary" data-testid="show-at-desk" node_ref=overlay.opener
                on:click=move |_| open.set(true)>
                {i18n.t(Msg::ShowAtDesk)}
            </button>
        </p>
        {card}
    }
}
