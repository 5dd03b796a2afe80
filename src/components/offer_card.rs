//! One offer in a list.

use leptos::prelude::*;

use crate::components::status::status_badge;
use crate::components::text::localized;
use crate::domain::{Directory, Service};
use crate::route::Route;

#[component]
pub fn OfferCard(service: Service, provider: String) -> impl IntoView {
    let href = Route::Offer(service.id.clone()).href();
    let class = if service.is_current() { "offer-card" } else { "offer-card ended" };
    view! {
        <li class=class>
            <h3>
                <a href=href>{localized(service.name.clone(), false)}</a>
            </h3>
            <p class="provider">{provider}</p>
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
