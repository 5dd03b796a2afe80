//! `/referral`: several offers for one person, in their language and in German.
//!
//! Without `offers=` it is the staff's list in the making (order, client's
//! language, link, QR code). With `offers=…` it is the referral itself, as the
//! client opens it (also offline) or staff print it: each offer with its key
//! contact data in the client's language beside the German, unknown ids shown
//! as such, "save all to my contacts", and a print view (A4, black and white).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::directory_gate::with_directory;
use crate::components::keyed::keyed_list;
use crate::components::qr::{qr_figure, QrButton};
use crate::components::share::{language_options, share_outcome};
use crate::components::storage::StorageNotice;
use crate::components::text::{appointment_msg, plain};
use crate::contacts::Contact;
use crate::domain::links::tel_uri;
use crate::domain::{parse_directory, Directory, Service, State};
use crate::i18n::hours::week_lines;
use crate::i18n::{self, fill, format_date, tr, Lang, Msg};
use crate::platform;
use crate::referral::{parse_offers, resolve, Entry, ReferralProblem, Shift};
use crate::route::Route;
use crate::state::{
    ensure_locale, spawn_in_browser, use_clock, use_i18n, use_my_contacts, use_page_title, use_site, use_staff,
    SaveState,
};
use crate::update::directory_path;

#[component]
pub fn ReferralPage() -> impl IntoView {
    use_page_title(Msg::ReferralHeading);
    let query = use_query_map();
    move || match query.read().get("offers") {
        Some(offers) => {
            let client = query.read().get("lang").and_then(|c| Lang::from_code(&c));
            view! { <ReferralView offers=offers client=client/> }.into_any()
        }
        None => view! { <ReferralBuilder/> }.into_any(),
    }
}

/// The staff's list: reorder, remove, pick the client's language, get the link.
#[component]
fn ReferralBuilder() -> impl IntoView {
    let i18n = use_i18n();
    let staff = use_staff();
    let client = RwSignal::new(i18n.lang.get_untracked());
    let href = Signal::derive(move || {
        Route::Referral { offers: staff.referral.get(), lang: Some(client.get().code().to_string()) }.href()
    });
    let origin = use_site().origin;
    let url = Signal::derive(move || format!("{origin}{}", href.get()));
    with_directory(move |dir| {
        // Keyed by offer id: a reordered row is moved with its focused control.
        let rows = move || {
            let dir = dir.clone();
            keyed_list(staff.referral.into(), Arc::new(move |id| referral_row(&dir, id).into_any()))
        };
        let options = move || language_options(client);
        let shared = RwSignal::new(None::<platform::Shared>);
        let share = move |_| {
            let link = url.get_untracked();
            let title = i18n.text(Msg::ReferralHeading).to_string();
            leptos::task::spawn_local(async move {
                shared.set(Some(platform::share_link(&title, "", &link).await));
            });
        };
        let share_result = move || shared.get().and_then(|outcome| share_outcome(i18n.lang.get(), outcome, url.get()));
        // Drawn anew only when the list becomes empty or not, never on a reorder.
        let empty = Memo::new(move |_| staff.referral.with(Vec::is_empty));
        let tools = move || {
            (!empty.get()).then(|| {
                view! {
                    <ol class="referral-list">{rows.clone()}</ol>
                    <div class="filter">
                        <label for="client-language">{i18n.t(Msg::ClientLanguage)}</label>
                        <select id="client-language" on:change=move |ev| {
                            if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                                client.set(l);
                            }
                        }>{options()}</select>
                    </div>
                    <p>{i18n.t(Msg::ReferralLinkLabel)}</p>
                    <p class="referral-link">
                        <bdi dir="ltr"><a href=move || href.get() data-testid="referral-link">{move || url.get()}</a></bdi>
                    </p>
                    <p class="actions">
                        <a class="button" href=move || href.get()>{i18n.t(Msg::ViewAndPrint)}</a>
                        <button type="button" class="button" on:click=share>{i18n.t(Msg::Share)}</button>
                        <QrButton url=url title=i18n.text(Msg::ReferralHeading).to_string()/>
                    </p>
                    {share_result}
                }
            })
        };
        view! {
            <h1>{i18n.t(Msg::ReferralHeading)}</h1>
            {move || empty.get().then(|| view! { <p data-testid="referral-empty">{i18n.t(Msg::ReferralEmpty)}</p> })}
            {tools}
        }
    })
}

/// One row of the staff's list: the offer's name and its controls, which act
/// on the offer by id (wherever the row is now).
fn referral_row(dir: &Directory, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let staff = use_staff();
    let name = dir.service(&id).map(|s| s.name.clone());
    let label = {
        let id = id.clone();
        move || name.as_ref().map(|n| plain(n, i18n.lang.get())).unwrap_or_else(|| id.clone())
    };
    let position = {
        let id = id.clone();
        move || staff.referral.with(|l| (l.iter().position(|x| *x == id), l.len()))
    };
    let is_first = {
        let position = position.clone();
        move || position().0 == Some(0)
    };
    let is_last = move || {
        let (i, len) = position();
        i.is_some_and(|i| i + 1 == len)
    };
    let [up, down, remove] = ["up", "down", "remove"].map(|what| control_id(what, &id));
    // At the end of the list a moved control is disabled: focus goes to the other one.
    let shift = {
        let (id, up, down) = (id.clone(), up.clone(), down.clone());
        move |direction: Shift| {
            staff.shift(&id, direction);
            let order = if direction == Shift::Up { [up.clone(), down.clone()] } else { [down.clone(), up.clone()] };
            platform::focus_after_render(order.to_vec());
        }
    };
    let shift_down = shift.clone();
    let removed = id.clone();
    let on_remove = move |_| {
        let next = staff.referral.with_untracked(|l| {
            let i = l.iter().position(|x| *x == removed)?;
            crate::order::neighbour(l, i).map(|n| control_id("remove", n))
        });
        staff.toggle(&removed);
        platform::focus_after_render(next.into_iter().chain(["main".to_string()]).collect());
    };
    view! {
        <li data-testid="referral-item">
            <span class="referral-name">{label}</span>
            <span class="referral-controls">
                <button type="button" class="button secondary" id=up disabled=is_first
                    on:click=move |_| shift(Shift::Up)>{i18n.t(Msg::MoveUp)}</button>
                <button type="button" class="button secondary" id=down disabled=is_last
                    on:click=move |_| shift_down(Shift::Down)>{i18n.t(Msg::MoveDown)}</button>
                <button type="button" class="button secondary" id=remove on:click=on_remove>{i18n.t(Msg::Remove)}</button>
            </span>
        </li>
    }
}

/// The directory with the client's texts: the one in use when it has them,
/// else that language's published file (fetched once; without a connection
/// the German texts stand in, marked where shown).
fn client_directory(client: Lang) -> RwSignal<Option<Arc<Directory>>> {
    let texts = RwSignal::new(None);
    spawn_in_browser(async move {
        if let Ok(text) = platform::fetch_text(&directory_path(client.code())).await {
            if let Ok(dir) = parse_directory(&text) {
                texts.set(Some(Arc::new(dir)));
            }
        }
    });
    texts
}

#[component]
fn ReferralView(offers: String, client: Option<Lang>) -> impl IntoView {
    let i18n = use_i18n();
    let (ids, problems) = parse_offers(&offers);
    // The client's language: the link's (opened from within the app), else the UI language.
    let client = client.unwrap_or_else(|| i18n.lang.get_untracked());
    let locale_ready = RwSignal::new(i18n::is_installed(client));
    if !locale_ready.get_untracked() {
        spawn_in_browser(async move {
            let _ = ensure_locale(client).await;
            locale_ready.set(true);
        });
    }
    // Texts in the client's language when the UI shows another one: that
    // language's directory file (fetched here, outside the reactive render, so
    // a re-render cannot drop it).
    let texts = if client == i18n.lang.get_untracked() || client == Lang::De {
        RwSignal::new(None::<Arc<Directory>>)
    } else {
        client_directory(client)
    };
    let clock = use_clock();
    let my = use_my_contacts();
    // After "save all": how many offers, and the entries written for it.
    let saved = RwSignal::new(None::<(usize, Vec<String>)>);
    with_directory(move |dir| {
        locale_ready.track();
        let text_dir = texts.get().filter(|_| !dir.has_texts_for(client.code())).unwrap_or_else(|| dir.clone());
        let entries = resolve(&dir, &ids);
        let offers: Vec<&Service> = entries
            .iter()
            .filter_map(|e| match e {
                Entry::Offer(s) => Some(*s),
                Entry::Unknown(_) => None,
            })
            .collect();
        let today = clock.today();
        let languages: Vec<Lang> = if client == Lang::De { vec![Lang::De] } else { vec![client, Lang::De] };
        let both = |msg: Msg, args: &[(&str, &str)]| {
            languages
                .iter()
                .map(|l| view! { <p lang=l.html_lang() dir=l.dir()>{fill(tr(*l, msg), args)}</p> })
                .collect::<Vec<_>>()
        };
        let notices: Vec<_> = problems
            .iter()
            .filter_map(|p| match p {
                ReferralProblem::TooMany { max } => Some(both(Msg::ReferralTooMany, &[("max", &max.to_string())])),
                _ => None,
            })
            .chain(
                problems
                    .iter()
                    .any(|p| matches!(p, ReferralProblem::Duplicate(_)))
                    .then(|| both(Msg::ReferralDuplicates, &[])),
            )
            .map(|ps| view! { <div class="notice" role="status">{ps}</div> })
            .collect();
        let cards: Vec<_> = entries
            .iter()
            .map(|entry| match entry {
                Entry::Offer(s) => {
                    let columns: Vec<_> = languages.iter().map(|l| slip_column(&dir, &text_dir, s, *l)).collect();
                    view! { <article class="slip-offer" data-testid="referral-offer">{columns}</article> }.into_any()
                }
                Entry::Unknown(id) => view! {
                    <article class="slip-offer slip-unknown" data-testid="referral-unknown">
                        {both(Msg::UnknownOffer, &[("id", id)])}
                    </article>
                }
                .into_any(),
            })
            .collect();
        // Ended offers stay on the slip (marked), but are not saved as contacts.
        let current: Vec<String> = offers.iter().filter(|s| s.is_current()).map(|s| s.id.clone()).collect();
        let save_dir = dir.clone();
        let save_all = move |_| {
            // The snapshot is taken now, in the language the user sees now.
            let (lang, now) = (i18n.lang.get_untracked(), platform::now_iso());
            let fresh: Vec<Contact> = current
                .iter()
                .filter(|id| !my.is_saved(id))
                .filter_map(|id| save_dir.service(id))
                .map(|s| {
                    let provider = save_dir.organization(&s.organization_id).map(|o| o.name.as_str()).unwrap_or("");
                    Contact::from_service(s, provider, lang.code(), &now)
                })
                .collect();
            let written = fresh.iter().map(|c| c.id.clone()).collect();
            my.save(fresh);
            saved.set(Some((current.len(), written)));
        };
        let link = format!(
            "{}{}",
            use_site().origin,
            Route::Referral { offers: ids.clone(), lang: Some(client.code().to_string()) }.href()
        );
        let count = offers.len().to_string();
        view! {
            <header class="slip-head">
                <h1 lang=client.html_lang() dir=client.dir()>{fill(tr(client, Msg::ReferralCount), &[("count", &count)])}</h1>
                {both(Msg::ReferralIntro, &[])}
                {languages
                    .iter()
                    .map(|l| {
                        let text = fill(tr(*l, Msg::SlipCreated), &[("date", &format_date(*l, today))]);
                        view! { <p lang=l.html_lang() dir=l.dir()>{text}</p> }
                    })
                    .collect::<Vec<_>>()}
            </header>
            {notices}
            <p class="actions no-print">
                <button type="button" class="button" data-testid="save-all" on:click=save_all>{i18n.t(Msg::SaveAll)}</button>
                <button type="button" class="button secondary" data-testid="print" on:click=move |_| platform::print()>{i18n.t(Msg::Print)}</button>
            </p>
            {move || saved.get().map(|(n, written)| save_all_outcome(n, written))}
            <div class="slip">{cards}</div>
            <div class="slip-qr">{qr_figure(&link, fill(tr(client, Msg::ReferralCount), &[("count", &count)]))}</div>
        }
    })
}

/// What "save all" did: "saving …" until the device has every entry, then
/// how many are saved; if the device refused, it says so, with "try again".
fn save_all_outcome(count: usize, written: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    move || {
        let lang = i18n.lang.get();
        let state =
            |wanted: fn(&SaveState) -> bool| written.iter().any(|id| my.save_state(id).as_ref().is_some_and(wanted));
        let failed = state(|s| matches!(s, SaveState::Failed(_)));
        let text = if failed {
            tr(lang, Msg::NotSaved).to_string()
        } else if state(|s| *s == SaveState::Saving) {
            tr(lang, Msg::Saving).to_string()
        } else {
            fill(tr(lang, Msg::SavedAll), &[("count", &count.to_string())])
        };
        let retry = failed.then(|| {
            let written = written.clone();
            view! {
                <button type="button" class="button" data-testid="save-all-retry" on:click=move |_| {
                    for id in &written {
                        my.persist(id);
                    }
                }>{tr(lang, Msg::Retry)}</button>
            }
        });
        view! {
            <p role="status" data-testid="saved-all">{text}</p>
            {retry}
            <StorageNotice/>
        }
    }
}

/// One offer's key contact data in one language: name, provider, status,
/// address, phone, hours, appointment.
fn slip_column(dir: &Directory, texts: &Directory, s: &Service, lang: Lang) -> impl IntoView {
    let t = texts.service(&s.id).unwrap_or(s);
    let code = lang.code();
    let name = t.name.get(code);
    let only_german =
        |fallback: bool| fallback.then(|| view! { <span class="only-de">{tr(lang, Msg::OnlyInGerman)}</span> });
    let provider = dir
        .organization(&s.organization_id)
        .map(|o| view! { <p class="provider"><bdi lang="de">{o.name.clone()}</bdi></p> });
    let ended =
        (s.status.state == State::Ended).then(|| view! { <p class="slip-ended">{tr(lang, Msg::StatusEnded)}</p> });
    let addresses: Vec<_> =
        s.locations.iter().map(|l| view! { <li><bdi lang="de">{l.address.one_line()}</bdi></li> }).collect();
    let address = (!addresses.is_empty()).then(|| {
        view! { <h3>{tr(lang, Msg::Locations)}</h3><ul class="plain">{addresses}</ul> }
    });
    let phones: Vec<_> = s
        .phones
        .iter()
        .map(|p| view! { <li><a href=tel_uri(&p.number)><bdi dir="ltr">{p.number.clone()}</bdi></a></li> })
        .collect();
    let phone = (!phones.is_empty()).then(|| view! { <h3>{tr(lang, Msg::Phone)}</h3><ul class="plain">{phones}</ul> });
    let hours = match &s.schedule {
        Some(schedule) if !schedule.slots.is_empty() => {
            let rows: Vec<_> = week_lines(lang, schedule)
                .into_iter()
                .map(|(day, ranges)| {
                    let ranges: Vec<_> = ranges
                        .into_iter()
                        .enumerate()
                        .map(|(i, (range, mode))| {
                            let mode = mode.map(|m| format!(" ({m})"));
                            view! { {(i > 0).then_some(", ")}<bdi dir="ltr">{range}</bdi>{mode} }
                        })
                        .collect();
                    view! { <li>{day}": "{ranges}</li> }
                })
                .collect();
            // Hours from an older source say how old they are.
            let as_of = schedule.as_of.map(|d| {
                view! { <p class="muted">{fill(tr(lang, Msg::HoursAsOf), &[("date", &i18n::format_partial_date(lang, d))])}</p> }
            });
            view! { <ul class="plain">{rows}</ul>{as_of} }.into_any()
        }
        _ => view! { <p>{tr(lang, Msg::HoursUnknown)}</p> }.into_any(),
    };
    let appointment =
        s.appointment.map(|a| view! { <p>{tr(lang, Msg::Appointment)}": "{tr(lang, appointment_msg(a))}</p> });
    view! {
        <div class="slip-col" lang=lang.html_lang() dir=lang.dir()>
            <h2>
                <a href=Route::Offer(s.id.clone()).href()>
                    <span lang=name.lang dir=name.fallback.then_some("ltr")>{name.text.to_string()}</span>
                </a>
                {only_german(name.fallback)}
            </h2>
            {provider}
            {ended}
            {address}
            {phone}
            <h3>{tr(lang, Msg::Hours)}</h3>
            {hours}
            {appointment}
        </div>
    }
}

/// The id of a referral row's control (`up`, `down`, `remove`) for one offer.
fn control_id(what: &str, offer: &str) -> String {
    format!("referral-{what}-{offer}")
}
