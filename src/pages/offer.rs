//! Everything known about one offer, at `/offer/<id>`.

use crate::components::pictogram::topic_pictogram;
use crate::components::read_aloud::read_aloud;
use leptos::prelude::*;

use crate::components::directory_gate::with_directory;
use crate::components::open_now::OpenNow;
use crate::components::schedule::ScheduleView;
use crate::components::share::{DeskCard, ShareOffer};
use crate::components::status::status_notice;
use crate::components::storage::SaveStatus;
use crate::components::storage::StorageNotice;
use crate::components::text::{appointment_msg, dated, localized, localized_marked};
use crate::contacts::Contact;
use crate::domain::links::{display_url, geo_uri, mailto_uri, osm_url, tel_uri};
use crate::domain::{Cost, Directory, Location, Service};
use crate::i18n::{format_partial_date, language_endonym, tr, Msg};
use crate::pages::not_found::NotFound;
use crate::platform;
use crate::route::Route;
use crate::state::{use_clock, use_i18n, use_my_contacts, use_staff, use_text_title, SaveState};

/// The offer `id` (the address names it: `Route::Offer`).
#[component]
pub fn OfferPage(id: String) -> impl IntoView {
    with_directory(move |dir| match dir.service(&id).cloned() {
        Some(service) => view! { {read_aloud("main", None)}{offer_view(&dir, service)} }.into_any(),
        None => view! { <NotFound title=Msg::OfferNotFoundTitle text=Msg::OfferNotFoundText/> }.into_any(),
    })
}

/// "May be out of date, ask the Servicestelle": not checked for over a year
/// (`domain::attention::CHECK_EVERY_DAYS`), by the clock of the page.
fn outdated_note(assured: crate::domain::date::Date) -> impl IntoView {
    let i18n = use_i18n();
    let clock = use_clock();
    move || {
        let days = clock.today().days_since_epoch() - assured.days_since_epoch();
        (days > crate::domain::attention::CHECK_EVERY_DAYS)
            .then(|| view! { <p class="notice" data-testid="may-be-outdated">{i18n.t(Msg::MayBeOutdated)}</p> })
    }
}

/// A `<dt>`/`<dd>` pair.
fn fact(label: Msg, value: impl IntoView + 'static) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dt>{i18n.t(label)}</dt>
        <dd>{value}</dd>
    }
}

pub(crate) fn offer_view(dir: &Directory, s: Service) -> impl IntoView {
    let i18n = use_i18n();
    use_text_title(s.name.clone());
    let provider = dir.organization(&s.organization_id).cloned();
    let provider_name = provider.as_ref().map(|o| o.name.clone()).unwrap_or_default();
    let provider_view = provider.map(|o| {
        let website = o.website.clone().map(|url| view! { " · " <a href=url.clone() rel="noopener">{display_url(&url)}</a> });
        view! { <p class="provider"><span class="label">{i18n.t(Msg::Provider)}</span>": "<bdi lang="de">{o.name.clone()}</bdi>{website}</p> }
    });

    let categories: Vec<_> = s
        .categories
        .iter()
        .filter_map(|id| dir.category(id))
        .map(|c| {
            view! { <li><a href=Route::Category(c.id.clone()).href()>{topic_pictogram(c)}{localized(c.name.clone())}</a></li> }
        })
        .collect();

    let locations: Vec<_> = s.locations.iter().map(location_view).collect();
    let locations_section = (!locations.is_empty()).then(|| {
        view! {
            <section aria-labelledby="address-heading">
                <h2 id="address-heading">{i18n.t(Msg::Locations)}</h2>
                <ul class="locations">{locations}</ul>
            </section>
        }
    });

    let description = (!s.description.is_empty()).then(|| view! { <p>{localized_marked(s.description.clone())}</p> });

    // Texts a person has not yet reviewed say so; reviewed ones show nothing.
    let machine = s.machine_translated.clone();
    let machine_note = move || {
        let lang = i18n.lang.get();
        machine.iter().any(|code| code == lang.code()).then(|| {
            view! { <p class="machine-note" data-testid="machine-translated">{tr(lang, Msg::MachineTranslated)}</p> }
        })
    };

    view! {
        <article class="offer" data-testid="offer">
            <h1>{localized(s.name.clone())}</h1>
            {provider_view}
            {save_button(s.clone(), provider_name)}
            <p class="actions">{referral_button(s.id.clone())}</p>
            {status_notice(&s.status)}
            <p class="summary">{localized_marked(s.summary.clone())}</p>
            <ShareOffer id=s.id.clone() name=s.name.clone() summary=s.summary.clone()/>
            <DeskCard name=s.name.clone()/>
            <section aria-labelledby="contact-heading">
                <h2 id="contact-heading">{i18n.t(Msg::Contact)}</h2>
                {contact_view(&s)}
            </section>
            {locations_section}
            <section aria-labelledby="hours-heading">
                <h2 id="hours-heading">{i18n.t(Msg::Hours)}</h2>
                <OpenNow schedule=s.schedule.clone()/>
                <ScheduleView schedule=s.schedule.clone()/>
            </section>
            <section aria-labelledby="about-heading">
                <h2 id="about-heading">{i18n.t(Msg::AboutOffer)}</h2>
                {description}
                {facts_view(dir, &s)}
                <ul class="inline-list tags">{categories}</ul>
            </section>
            <footer class="offer-meta">
                {machine_note}
                <p>{dated(Msg::CheckedOn, s.assured_date)}</p>
                {outdated_note(s.assured_date)}
                <details>
                    <summary>{i18n.t(Msg::Sources)}</summary>
                    <ul class="sources">{sources_view(&s)}</ul>
                </details>
            </footer>
        </article>
    }
}

/// Languages, interpretation, target groups, cost, appointment.
fn facts_view(dir: &Directory, s: &Service) -> impl IntoView {
    let i18n = use_i18n();
    let languages = (!s.languages.is_empty()).then(|| {
        let items: Vec<_> = s
            .languages
            .iter()
            .map(|code| view! { <li lang=code.clone()>{language_endonym(code).to_string()}</li> })
            .collect();
        fact(Msg::Languages, view! { <ul class="inline-list">{items}</ul> })
    });
    let interpretation = (!s.interpretation_services.is_empty())
        .then(|| fact(Msg::Interpretation, localized_marked(s.interpretation_services.clone())));
    let groups: Vec<_> = s
        .target_groups
        .iter()
        .filter_map(|id| dir.target_group(id))
        .map(|t| view! { <li>{localized(t.name.clone())}</li> })
        .collect();
    let groups = (!groups.is_empty()).then(|| fact(Msg::TargetGroups, view! { <ul class="inline-list">{groups}</ul> }));
    let cost = s.cost.map(|c| {
        let msg = match c {
            Cost::Free => Msg::CostFree,
            Cost::Fee => Msg::CostFee,
        };
        let fees =
            (!s.fees_description.is_empty()).then(|| view! { " – " {localized_marked(s.fees_description.clone())} });
        fact(Msg::Cost, view! { {i18n.t(msg)} {fees} })
    });
    let appointment = s.appointment.map(|a| fact(Msg::Appointment, i18n.t(appointment_msg(a))));
    view! { <dl class="facts">{languages}{interpretation}{groups}{cost}{appointment}</dl> }
}

/// Phones, e-mail, website, online booking; or "no data yet".
fn contact_view(s: &Service) -> impl IntoView {
    let i18n = use_i18n();
    let phones: Vec<_> = s
        .phones
        .iter()
        .map(|p| {
            let number = p.number.clone();
            let description = (!p.description.is_empty())
                .then(|| view! { <span class="muted">{localized_marked(p.description.clone())}</span> });
            view! {
                <li>
                    <a class="button call" href=tel_uri(&p.number) data-testid="phone-link">
                        <span class="visually-hidden">{i18n.t(Msg::Phone)}" "</span>
                        <bdi dir="ltr">{number}</bdi>
                    </a>
                    {description}
                </li>
            }
        })
        .collect();
    let emails: Vec<_> = s
        .emails
        .iter()
        .map(|e| {
            view! {
                <li>
                    <span class="label">{i18n.t(Msg::Email)}</span>": "
                    <a href=mailto_uri(e)><bdi dir="ltr">{e.clone()}</bdi></a>
                </li>
            }
        })
        .collect();
    let website = s.website.clone().map(|url| {
        view! {
            <li>
                <span class="label">{i18n.t(Msg::Website)}</span>": "
                <a href=url.clone() rel="noopener"><bdi dir="ltr">{display_url(&url)}</bdi></a>
            </li>
        }
    });
    let booking = s
        .booking_url
        .clone()
        .map(|url| view! { <li><a class="button" href=url rel="noopener">{i18n.t(Msg::BookOnline)}</a></li> });
    let has_contact = !(s.phones.is_empty() && s.emails.is_empty() && s.website.is_none() && s.booking_url.is_none());
    if has_contact {
        view! { <ul class="contact-list">{phones}{emails}{website}{booking}</ul> }.into_any()
    } else {
        view! { <p class="muted">{i18n.t(Msg::NoDataYet)}</p> }.into_any()
    }
}

/// Where the facts come from, each with its date.
fn sources_view(s: &Service) -> impl IntoView {
    let i18n = use_i18n();
    let sources: Vec<_> = s
        .sources
        .iter()
        .map(|src| {
            let url = src.url.clone();
            let date = src.date;
            let date_text = move || {
                let lang = i18n.lang.get();
                date.map(|d| format_partial_date(lang, d)).unwrap_or_else(|| tr(lang, Msg::SourceUndated).to_string())
            };
            view! {
                <li>
                    <a href=url.clone() rel="noopener noreferrer"><bdi dir="ltr">{display_url(&url)}</bdi></a>
                    " (" {date_text} ")"
                </li>
            }
        })
        .collect();

    sources
}

/// "Save to my contacts"; once the device has it, "saved" with a link to the
/// list. The snapshot is taken at the tap, in the language the user sees then.
fn save_button(s: Service, provider: String) -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    let service_id = s.id.clone();
    let contact_id = Contact::id_for_offer(&s.id);
    let state = {
        let contact_id = contact_id.clone();
        Signal::derive(move || my.save_state(&contact_id))
    };
    // "Saved" only once the device has it; the link is there at once, so
    // keyboard focus can follow the button that gave way to it.
    let note = move || match state.get() {
        Some(SaveState::Saving) => Some(i18n.text(Msg::Saving)),
        Some(SaveState::Failed(_)) => None,
        Some(SaveState::Saved) | None => Some(i18n.text(Msg::SavedContact)),
    };
    move || {
        if my.is_saved(&service_id) {
            let contact_id = contact_id.clone();
            view! {
                <p class="actions" data-testid="saved" role="status">
                    <span>{note}</span>
                    <a id="saved-contacts-link" href=Route::Contacts.href()>{i18n.t(Msg::NavContacts)}</a>
                </p>
                {move || {
                    matches!(state.get(), Some(SaveState::Failed(_))).then(|| view! { <SaveStatus id=contact_id.clone()/> })
                }}
                <StorageNotice/>
            }
            .into_any()
        } else {
            let (s, provider) = (s.clone(), provider.clone());
            view! {
                <p class="actions">
                    <button type="button" class="button" data-testid="save-contact" on:click=move |_| {
                        let lang = i18n.lang.get_untracked();
                        my.save(vec![Contact::from_service(&s, &provider, lang.code(), &platform::now_iso())]);
                        // The button gives way to the note: focus follows to its link.
                        platform::focus_after_render(vec!["saved-contacts-link".into()]);
                    }>{i18n.t(Msg::SaveContact)}</button>
                </p>
            }
            .into_any()
        }
    }
}

/// Staff mode: put this offer on the referral list (re-renders when the list changes).
fn referral_button(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let staff = use_staff();
    move || {
        staff.on.get().then(|| {
            let listed = staff.contains(&id);
            let msg = if listed { Msg::RemoveFromReferral } else { Msg::AddToReferral };
            let id = id.clone();
            view! {
                <button type="button" class="button secondary" data-testid="referral-toggle"
                    aria-pressed=listed.to_string() on:click=move |_| staff.toggle(&id)>
                    {i18n.t(msg)}
                </button>
            }
        })
    }
}

fn location_view(l: &Location) -> impl IntoView {
    let i18n = use_i18n();
    let name = (!l.name.is_empty()).then(|| view! { <strong>{localized(l.name.clone())}</strong><br/> });
    let room = (!l.address.room.is_empty()).then(|| format!(" · {}", l.address.room));
    let step_free = l.step_free.map(|yes| {
        let msg = if yes { Msg::StepFree } else { Msg::NotStepFree };
        view! { <p>{i18n.t(msg)}</p> }
    });
    let accessibility =
        (!l.accessibility.is_empty()).then(|| view! { <p>{localized_marked(l.accessibility.clone())}</p> });
    let transport = (!l.transportation.is_empty()).then(|| {
        view! { <p><span class="label">{i18n.t(Msg::Transport)}</span>": "{localized_marked(l.transportation.clone())}</p> }
    });
    view! {
        <li class="location">
            {name}
            <address><bdi>{l.address.one_line()}</bdi>{room}</address>
            <p class="actions">
                <a class="button" href=geo_uri(l) data-testid="geo-link">{i18n.t(Msg::OpenInMapApp)}</a>
                <a href=osm_url(l) rel="noopener noreferrer">{i18n.t(Msg::ShowOnOpenStreetMap)}</a>
            </p>
            {step_free}
            {accessibility}
            {transport}
        </li>
    }
}
