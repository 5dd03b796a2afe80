//! Home: the Servicestelle Zuwanderung as first stop, the topics with their
//! offer counts, and the emergency numbers.

use crate::components::pictogram::topic_pictogram;
use crate::components::read_aloud::read_aloud;
use leptos::prelude::*;

use crate::components::directory_gate::with_directory;
use crate::components::text::localized;
use crate::domain::date::Date;
use crate::domain::links::tel_uri;
use crate::i18n::{fill, tr, Msg};
use crate::route::Route;
use crate::state::{use_clock, use_i18n, use_my_contacts, use_title};

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let town = crate::state::use_town();
    use_title(move |lang| crate::i18n::app_name(lang, &town.get()));

    with_directory(move |dir| {
        let first_stop = dir.first_stop().cloned().map(|s| {
            let href = Route::Offer(s.id.clone()).href();
            let phone = s.phones.first().map(|p| {
                let number = p.number.clone();
                view! {
                    <a class="button call" href=tel_uri(&p.number)>
                        {i18n.t(Msg::Call)}" "<bdi dir="ltr">{number}</bdi>
                    </a>
                }
            });
            view! {
                <section class="first-stop" id="first-stop" aria-labelledby="first-stop-heading" data-testid="first-stop">
                    <h2 id="first-stop-heading">{i18n.t(Msg::FirstStopHeading)}</h2>
                    {read_aloud("first-stop", None)}
                    <h3><a href=href.clone()>{localized(s.name.clone())}</a></h3>
                    <p>{i18n.t(Msg::FirstStopIntro)}</p>
                    <p class="actions">
                        <a class="button" href=href>{i18n.t(Msg::MoreAbout)}</a>
                        {phone}
                    </p>
                </section>
            }
        });

        let categories: Vec<_> = dir
            .category_counts()
            .into_iter()
            .map(|(cat, count)| {
                let href = Route::Category(cat.id.clone()).href();
                let pictogram = topic_pictogram(cat);
                let name = cat.name.clone();
                let count_text = move || fill(tr(i18n.lang.get(), Msg::OfferCount), &[("count", &count.to_string())]);
                // The link's name is its visible text (WCAG 2.5.3, label in name);
                // the hidden comma makes screen readers pause before the count.
                view! {
                    <li>
                        <a class="category" href=href>
                            {pictogram}
                            <span class="category-name">{localized(name)}</span>
                            <span class="visually-hidden">", "</span>
                            <span class="count">{count_text}</span>
                        </a>
                    </li>
                }
            })
            .collect();

        let emergency: Vec<_> = dir
            .emergency
            .iter()
            .filter(|e| e.number.len() <= 3)
            .map(|e| {
                let number = e.number.clone();
                view! {
                    <li>
                        <a class="button call emergency" href=tel_uri(&e.number)>
                            <bdi dir="ltr" class="number">{number}</bdi>" "
                            {localized(e.name.clone())}
                        </a>
                    </li>
                }
            })
            .collect();

        view! {
            // The brand is in the header; the page's heading says what it is for, in the user's language.
            <h1 class="tagline">{i18n.t(Msg::Tagline)}</h1>
            {upcoming_view()}
            {first_stop}
            <section aria-labelledby="categories-heading">
                <h2 id="categories-heading">{i18n.t(Msg::CategoriesHeading)}</h2>
                <ul class="categories" data-testid="categories">{categories}</ul>
            </section>
            <section class="emergency-box" aria-labelledby="emergency-heading">
                <h2 id="emergency-heading">{i18n.t(Msg::EmergencyHeading)}</h2>
                <ul class="emergency-numbers">{emergency}</ul>
                <p><a href=Route::Emergency.href()>{i18n.t(Msg::HelplinesHeading)}</a></p>
            </section>
        }
    })
}

/// The next three appointments over all of "My contacts", soonest first.
fn upcoming_view() -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    let clock = use_clock();
    move || {
        let lang = i18n.lang.get();
        let today = clock.today();
        let mut next: Vec<((Option<Date>, String), String, String)> = my
            .list
            .get()
            .iter()
            .filter_map(|c| {
                c.next_appointment(today).map(|a| ((a.parsed_date(), a.time.clone()), a.describe(lang), c.name.clone()))
            })
            .collect();
        crate::order::sort(&mut next);
        (!next.is_empty()).then(|| {
            let items: Vec<_> = next
                .into_iter()
                .take(3)
                .map(|(_, when, what)| view! { <li><strong>{when}</strong>" "{what}</li> })
                .collect();
            view! {
                <section class="upcoming" aria-labelledby="upcoming-heading" data-testid="upcoming">
                    <h2 id="upcoming-heading">{tr(lang, Msg::UpcomingHeading)}</h2>
                    <ul>{items}</ul>
                    <p><a href=Route::Contacts.href()>{tr(lang, Msg::NavContacts)}</a></p>
                </section>
            }
        })
    }
}
