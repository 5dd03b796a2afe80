//! The offers of one topic: current ones first, ended ones after them.

use leptos::prelude::*;

use crate::components::directory_gate::with_directory;
use crate::components::offer_card::offer_list;
use crate::components::pictogram::topic_pictogram;
use crate::components::text::{localized, localized_marked};
use crate::i18n::Msg;
use crate::pages::not_found::NotFound;
use crate::state::{use_i18n, use_text_title};

/// The topic `id` (the address names it: `Route::Category`).
#[component]
pub fn CategoryPage(id: String) -> impl IntoView {
    let i18n = use_i18n();

    with_directory(move |dir| {
        let Some(category) = dir.category(&id).cloned() else {
            return view! { <NotFound title=Msg::CategoryNotFoundTitle text=Msg::CategoryNotFoundText/> }.into_any();
        };
        use_text_title(category.name.clone());

        let services = dir.services_in(&category.id);
        let (current, ended): (Vec<_>, Vec<_>) = services.into_iter().partition(|s| s.is_current());
        let ids =
            |list: Vec<&crate::domain::Service>| Signal::stored(list.iter().map(|s| s.id.clone()).collect::<Vec<_>>());
        let (current, ended) = (ids(current), ids(ended));
        let ended_section = (!ended.with_untracked(Vec::is_empty)).then(|| {
            view! {
                <section aria-labelledby="ended-heading">
                    <h2 id="ended-heading">{i18n.t(Msg::EndedOffersHeading)}</h2>
                    {offer_list(dir.clone(), ended)}
                </section>
            }
        });
        let description = (!category.description.is_empty())
            .then(|| view! { <p>{localized_marked(category.description.clone())}</p> });
        view! {
            <h1 class="with-pictogram">{topic_pictogram(&category)}{localized(category.name.clone())}</h1>
            {description}
            <section aria-labelledby="offers-heading" data-testid="category-offers">
                <h2 id="offers-heading" class="visually-hidden">{i18n.t(Msg::CategoryOffers)}</h2>
                {offer_list(dir.clone(), current)}
            </section>
            {ended_section}
        }
        .into_any()
    })
}
