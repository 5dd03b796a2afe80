//! Emergency numbers and nationwide helplines, one tap from every page.

use crate::components::read_aloud::read_aloud;
use leptos::prelude::*;

use crate::components::directory_gate::with_directory;
use crate::components::text::{localized, localized_marked};
use crate::domain::links::tel_uri;
use crate::i18n::Msg;
use crate::route::Route;
use crate::state::{use_i18n, use_page_title};

#[component]
pub fn EmergencyPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(Msg::NavEmergency);

    with_directory(move |dir| {
        let numbers: Vec<_> = dir
            .emergency
            .iter()
            .map(|e| {
                let number = e.number.clone();
                view! {
                    <li class="emergency-entry">
                        <a class="button call emergency" href=tel_uri(&e.number)>
                            <bdi dir="ltr" class="number">{number}</bdi>
                        </a>
                        <div>
                            <strong>{localized(e.name.clone())}</strong>
                            <p>{localized_marked(e.description.clone())}</p>
                        </div>
                    </li>
                }
            })
            .collect();

        let helpline_category = dir.categories.iter().find(|c| c.helplines).map(|c| c.id.clone()).unwrap_or_default();
        let helplines: Vec<_> = dir
            .services_in(&helpline_category)
            .into_iter()
            .filter(|s| s.is_current())
            // Numbers already listed above are not repeated.
            .filter(|s| !s.phones.iter().all(|p| dir.emergency.iter().any(|e| e.number == p.number)))
            .map(|s| {
                let phones: Vec<_> = s
                    .phones
                    .iter()
                    .map(|p| {
                        let number = p.number.clone();
                        view! { <a class="button call" href=tel_uri(&p.number)><bdi dir="ltr">{number}</bdi></a> }
                    })
                    .collect();
                view! {
                    <li class="helpline">
                        <h3><a href=Route::Offer(s.id.clone()).href()>{localized(s.name.clone())}</a></h3>
                        <p>{localized_marked(s.summary.clone())}</p>
                        <p class="actions">{phones}</p>
                    </li>
                }
            })
            .collect();

        view! {
            <h1>{i18n.t(Msg::EmergencyHeading)}</h1>
            {read_aloud("main", None)}
            <p>{i18n.t(Msg::EmergencyIntro)}</p>
            <ul class="emergency-list">{numbers}</ul>
            <section aria-labelledby="helplines-heading">
                <h2 id="helplines-heading">{i18n.t(Msg::HelplinesHeading)}</h2>
                <ul class="helplines">{helplines}</ul>
            </section>
        }
    })
}
