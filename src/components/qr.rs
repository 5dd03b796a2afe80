//! QR codes drawn on the device (see [`crate::qr`]): a large, high-contrast
//! code with a caption, and a button that shows one full screen.

use leptos::prelude::*;

use crate::components::overlay::Overlay;
use crate::i18n::{fill, tr, Msg};
use crate::qr::QrMatrix;
use crate::state::use_i18n;

/// The QR code of `text` as SVG, black on white, with `title` under it.
pub fn qr_figure(text: &str, title: String) -> impl IntoView {
    let i18n = use_i18n();
    QrMatrix::encode(text).map(|m| {
        let size = m.size_with_quiet_zone();
        let label = title.clone();
        view! {
            <figure class="qr" data-testid="qr">
                <svg
                    viewBox=format!("0 0 {size} {size}")
                    role="img"
                    aria-label=move || fill(tr(i18n.lang.get(), Msg::QrCaption), &[("title", &label)])
                    shape-rendering="crispEdges"
                >
                    <rect width=size height=size fill="#fff"></rect>
                    <path d=m.svg_path() fill="#000"></path>
                </svg>
                <figcaption>{title}</figcaption>
            </figure>
        }
    })
}

/// "Show QR code": the code of `url()` full screen, over everything, until closed.
#[component]
pub fn QrButton(#[prop(into)] url: Signal<String>, title: String) -> impl IntoView {
    let i18n = use_i18n();
    let overlay = Overlay::new();
    let open = overlay.open;
    let card = move || {
        open.get().then(|| {
            view! {
                <div class="desk-card qr-card" role="dialog" aria-modal="true" data-testid="qr-card" on:keydown=overlay.on_key()>
                    {qr_figure(&url.get(), title.clone())}
                    <button type="button" class="button" node_ref=overlay.close on:click=move |_| open.set(false)>
                        {tr(i18n.lang.get(), Msg::Close)}
                    </button>
                </div>
            }
        })
    };
    view! {
        <button type="button" class="button secondary" data-testid="show-qr" node_ref=overlay.opener
            on:click=move |_| open.set(true)>
            {i18n.t(Msg::ShowQr)}
        </button>
        {card}
    }
}
