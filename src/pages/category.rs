//! The offers of one topic: current ones first, ended ones after them.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::app::use_i18n;
use crate::components::layout::with_directory;
use crate::components::offer_card::offer_list;
use crate::components::text::{localized, plain};
use crate::i18n::Msg;
use crate::pages::not_found::NotFound;
use crate::platform;

#[component]
pub fn CategoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();

    with_directory(move |dir| {
        let id = id();
        let Some(category) = dir.category(&id).cloned() else {
            return view! { <NotFound title=Msg::CategoryNotFoundTitle text=Msg::CategoryNotFoundText/> }.into_any();
        };
        let name = category.name.clone();
        Effect::new(move |_| {
            platform::set_title(&format!("{} – {}", plain(&name, i18n.lang.get()), i18n.now(Msg::AppName)))
        });

        let services = dir.services_in(&category.id);
        let (current, ended): (Vec<_>, Vec<_>) = services.into_iter().partition(|s| s.is_current());
        let ended_section = (!ended.is_empty()).then(|| {
            view! {
                <section aria-labelledby="ended-heading">
                    <h2 id="ended-heading">{i18n.t(Msg::EndedOffersHeading)}</h2>
                    {offer_list(&dir, &ended)}
                </section>
            }
        });
        let description = (!category.description.is_empty())
            .then(|| view! { <p>{localized(category.description.clone(), true)}</p> });
        view! {
            <h1>{localized(category.name.clone(), false)}</h1>
            {description}
            <section aria-labelledby="offers-heading" data-testid="category-offers">
                <h2 id="offers-heading" class="visually-hidden">{i18n.t(Msg::CategoryOffers)}</h2>
                {offer_list(&dir, &current)}
            </section>
            {ended_section}
        }
        .into_any()
    })
}
