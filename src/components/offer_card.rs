//! One offer in a list.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::keyed::keyed_list;
use crate::components::status::status_badge;
use crate::components::text::{localized, localized_marked};
use crate::domain::{Directory, Service};
use crate::i18n::Msg;
use crate::route::Route;
use crate::state::{use_i18n, use_my_contacts};

#[component]
pub fn OfferCard(service: Service, provider: String) -> impl IntoView {
    let href = Route::Offer(service.id.clone()).href();
    let class = if service.is_current() { "offer-card" } else { "offer-card ended" };
    let my = use_my_contacts();
    let i18n = use_i18n();
    let id = service.id.clone();
    let saved = move || {
        my.is_saved(&id)
            .then(|| view! { <span class="badge saved" data-testid="saved-marker">{i18n.t(Msg::SavedMarker)}</span> })
    };
    view! {
        <li class=class>
            <h3>
                <a href=href>{localized(service.name.clone())}</a>
            </h3>
            <p class="provider"><bdi lang="de">{provider}</bdi> " " {saved}</p>
            <p>{localized_marked(service.summary.clone())}</p>
            {status_badge(&service.status)}
        </li>
    }
}

/// A list of offers, each with its provider's name; keyed by offer id, so
/// an offer that stays in a changing list is moved, not drawn anew.
pub fn offer_list(directory: Arc<Directory>, ids: Signal<Vec<String>>) -> impl IntoView {
    let row = move |id: String| {
        directory
            .service(&id)
            .map(|s| {
                let provider = directory.organization(&s.organization_id).map(|o| o.name.clone()).unwrap_or_default();
                view! { <OfferCard service=s.clone() provider=provider/> }
            })
            .into_any()
    };
    view! { <ul class="offer-list">{keyed_list(ids, Arc::new(row))}</ul> }
}
