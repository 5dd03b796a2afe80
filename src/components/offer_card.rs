//! One offer in a list.

use leptos::prelude::*;

use crate::app::use_i18n;
use crate::components::status::status_badge;
use crate::components::text::localized;
use crate::domain::{Directory, Service};
use crate::i18n::Msg;
use crate::my_contacts::use_my_contacts;
use crate::route::Route;

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
                <a href=href>{localized(service.name.clone(), false)}</a>
            </h3>
            <p class="provider"><bdi lang="de">{provider}</bdi> " " {saved}</p>
            <p>{localized(service.summary.clone(), true)}</p>
            {status_badge(&service.status)}
        </li>
    }
}

/// A list of offers, each with its provider's name.
pub fn offer_list(directory: &Directory, services: &[&Service]) -> impl IntoView {
    let items: Vec<_> = services
        .iter()
        .map(|s| {
            let provider = directory.organization(&s.organization_id).map(|o| o.name.clone()).unwrap_or_default();
            view! { <OfferCard service=(*s).clone() provider=provider/> }
        })
        .collect();
    view! { <ul class="offer-list">{items}</ul> }
}
