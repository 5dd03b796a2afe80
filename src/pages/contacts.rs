//! "My contacts" (`/contacts`): saved offers and own contacts, with the
//! user's notes and appointments; export as vCard and iCalendar; backup.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{use_clock, use_directory, use_i18n, I18n, Load};
use crate::components::status::StorageNotice;
use crate::contacts::backup::{apply_import, export_backup, parse_backup, plan_import, BackupError, ImportPlan};
use crate::contacts::ical::appointment_to_ics;
use crate::contacts::vcard::{contact_to_vcard, contacts_to_vcard};
use crate::contacts::{sort_contacts, Appointment, Contact};
use crate::domain::date::Date;
use crate::domain::links::{mailto_uri, tel_uri};
use crate::domain::Directory;
use crate::i18n::{fill, tr, Msg};
use crate::my_contacts::{use_my_contacts, MyContacts};
use crate::platform;
use crate::route::Route;

#[component]
pub fn ContactsPage() -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    let load = use_directory();
    let clock = use_clock();
    Effect::new(move |_| platform::set_title(&format!("{} – {}", i18n.now(Msg::NavContacts), i18n.now(Msg::AppName))));

    let undo = move || {
        my.deleted.get().map(|c| {
            let text = fill(tr(i18n.lang.get(), Msg::DeletedUndo), &[("name", &c.name)]);
            view! {
                <p class="status-update" role="status" data-testid="undo">
                    {text}" "
                    <button
                        type="button"
                        class="button"
                        id="undo-delete"
                        on:click=move |_| {
                            let id = my.deleted.get_untracked().map(|c| delete_button_id(&c.id));
                            my.undo_delete();
                            platform::focus_after_render(id.into_iter().collect());
                        }
                    >
                        {i18n.t(Msg::Undo)}
                    </button>
                </p>
            }
        })
    };
    let error = move || {
        my.error.get().map(|e| view! { <p class="notice notice-ended" role="alert">{fill(tr(i18n.lang.get(), Msg::StorageFailed), &[("error", &e)])}</p> })
    };
    let list = move || {
        // Drawn once the directory is there (or known to be missing): an entry
        // drawn without it and again with it would be built anew, closing what
        // the user had just opened.
        let dir = match load.get() {
            Load::Loading => return view! { <p class="loading" role="status">{i18n.t(Msg::Loading)}</p> }.into_any(),
            Load::Ready(d) => Some(d),
            Load::Failed(_) => None,
        };
        let mut contacts = my.list.get();
        if contacts.is_empty() {
            return view! { <p data-testid="contacts-empty">{i18n.t(Msg::ContactsEmpty)}</p> }.into_any();
        }
        let today = clock.local().date;
        sort_contacts(&mut contacts, today);
        let items: Vec<_> = contacts.into_iter().map(|c| contact_view(c, dir.as_deref(), today)).collect();
        view! { <ul class="contact-cards">{items}</ul> }.into_any()
    };

    view! {
        <h1>{i18n.t(Msg::NavContacts)}</h1>
        <p class="muted">{i18n.t(Msg::ContactsPrivacy)}</p>
        <StorageNotice/>
        {error}
        {undo}
        {list}
        <OwnContactForm/>
        <BackupTools/>
    }
}

/// Where a saved offer stands in the directory now.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Listing {
    /// An own contact, or the directory is not loaded.
    NotApplicable,
    Current,
    Ended,
    Removed,
}

/// The data shown for an entry: for a saved offer still in the directory, its
/// current contact data (and what changed since saving); else the snapshot.
fn current_view_of(c: &Contact, dir: Option<&Directory>, lang: &str) -> (Contact, Option<Vec<&'static str>>, Listing) {
    let (Some(service_id), Some(dir)) = (c.service_id.as_deref(), dir) else {
        return (c.clone(), None, Listing::NotApplicable);
    };
    let Some(s) = dir.service(service_id) else { return (c.clone(), None, Listing::Removed) };
    let provider = dir.organization(&s.organization_id).map(|o| o.name.as_str()).unwrap_or("");
    let now = Contact::from_service(s, provider, lang, &c.updated);
    let changed = c.changes_since_saved(&now);
    let mut shown = c.clone();
    shown.phones = now.phones;
    shown.emails = now.emails;
    shown.street = now.street;
    shown.postal_code = now.postal_code;
    shown.city = now.city;
    shown.website = now.website;
    let listing = if s.is_current() { Listing::Current } else { Listing::Ended };
    (shown, (!changed.is_empty()).then_some(changed), listing)
}

fn contact_view(c: Contact, dir: Option<&Directory>, today: Date) -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    let lang = i18n.lang.get_untracked();
    let (shown, changed, listing) = current_view_of(&c, dir, lang.code());
    // A link to the offer page only while the directory has it.
    let offer_link = c.service_id.clone().filter(|_| matches!(listing, Listing::Current | Listing::Ended)).map(|id| {
        view! { <a href=Route::Offer(id).href()>{i18n.t(Msg::MoreAbout)}</a> }
    });
    let gone_note = match listing {
        Listing::Ended => Some(Msg::StatusEnded),
        Listing::Removed => Some(Msg::OfferGone),
        _ => None,
    }
    .map(|msg| view! { <p class="badge badge-ended" data-testid="offer-gone">{i18n.t(msg)}</p> });
    let changed_note = changed.map(|fields| {
        let names: Vec<&str> = fields
            .iter()
            .map(|f| match *f {
                "phones" => tr(lang, Msg::FieldPhone),
                "emails" => tr(lang, Msg::FieldEmail),
                "address" => tr(lang, Msg::Locations),
                _ => tr(lang, Msg::Website),
            })
            .collect();
        view! { <p class="badge badge-unconfirmed">{fill(tr(lang, Msg::OfferChanged), &[("fields", &names.join(", "))])}</p> }
    });
    let phones: Vec<_> = shown
        .phones
        .iter()
        .map(|p| view! { <a class="button call" href=tel_uri(p)><bdi dir="ltr">{p.clone()}</bdi></a> })
        .collect();
    let emails: Vec<_> =
        shown.emails.iter().map(|e| view! { <a href=mailto_uri(e)><bdi dir="ltr">{e.clone()}</bdi></a> }).collect();
    let address = shown.address_line();
    let next = c.next_appointment(today).map(|a| {
        let when = a.describe(lang);
        view! { <p class="next-appointment" data-testid="next-appointment">{fill(tr(lang, Msg::NextAppointment), &[("when", &when)])}</p> }
    });
    let export = {
        let c = shown.clone();
        move |_| platform::download(&file_name(&c.name, "vcf"), "text/vcard;charset=utf-8", &contact_to_vcard(&c))
    };
    let id = c.id.clone();
    view! {
        <li class="contact-card" data-testid="contact">
            <h2>{c.name.clone()}</h2>
            {(!c.organization.is_empty()).then(|| view! { <p class="provider"><bdi>{c.organization.clone()}</bdi></p> })}
            {gone_note}
            {changed_note}
            {next}
            <p class="actions">{phones}</p>
            <p>{emails}</p>
            {(!address.is_empty()).then(|| view! { <address><bdi>{address}</bdi></address> })}
            <p class="actions">
                {offer_link}
                <button type="button" class="button" on:click=export>{i18n.t(Msg::ExportVcard)}</button>
                <button
                    type="button"
                    class="button secondary"
                    id=delete_button_id(&id)
                    on:click=move |_| {
                        my.delete(&id);
                        // The entry is gone: focus goes to "undo".
                        platform::focus_after_render(vec!["undo-delete".into()]);
                    }
                >
                    {i18n.t(Msg::Delete)}
                </button>
            </p>
            <ContactDetails contact=c/>
        </li>
    }
}

/// "a, b" → ["a", "b"].
fn split_list(value: &str) -> Vec<String> {
    value.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

fn file_name(name: &str, ext: &str) -> String {
    let base: String = name.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    format!("{}.{ext}", base.trim_matches('-'))
}

/// The id of an entry's "delete" button (focus returns there after "undo").
fn delete_button_id(contact_id: &str) -> String {
    format!("delete-{contact_id}")
}

/// How long typing must pause before an edit is written to IndexedDB.
const SAVE_AFTER_TYPING: std::time::Duration = std::time::Duration::from_millis(400);

/// A labelled text input bound to one field of a contact. It saves shortly
/// after typing stops, not only on `change`: on a phone the user may switch
/// apps without leaving the field, and `change` then never fires.
fn field(
    i18n: I18n,
    my: MyContacts,
    contact: RwSignal<Contact>,
    id: String,
    label: Msg,
    get: fn(&Contact) -> String,
    set: fn(&mut Contact, String),
) -> impl IntoView {
    // The timer of an edit not yet written. It may fire after the entry is
    // gone (the user navigated away), hence the `try_` accessors.
    let pending: StoredValue<Option<TimeoutHandle>, LocalStorage> = StoredValue::new_local(None);
    let write = move || {
        if let Some(c) = contact.try_get_untracked() {
            my.save(vec![c]);
        }
    };
    let cancel = move || {
        if let Some(Some(handle)) = pending.try_update_value(Option::take) {
            handle.clear();
        }
    };
    view! {
        <div class="filter">
            <label for=id.clone()>{i18n.t(label)}</label>
            <input
                id=id
                type="text"
                prop:value=move || contact.with(get)
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    contact.update(|c| {
                        set(c, value);
                        c.updated = platform::now_iso();
                    });
                    cancel();
                    let handle = set_timeout_with_handle(
                        move || {
                            pending.try_set_value(None);
                            write();
                        },
                        SAVE_AFTER_TYPING,
                    );
                    match handle {
                        Ok(handle) => pending.set_value(Some(handle)),
                        Err(_) => write(),
                    }
                }
                on:change=move |_| {
                    cancel();
                    write();
                }
            />
        </div>
    }
}

/// The user's own details and appointments of one entry.
#[component]
fn ContactDetails(contact: Contact) -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    let key = contact.id.clone();
    let contact = RwSignal::new(contact);
    let f = |suffix: &str| format!("{key}-{suffix}");
    let date_input = f("date");
    let appointments = move || {
        let lang = i18n.lang.get();
        let c = contact.get();
        let delete_id = |appointment: &str| format!("{}-{appointment}-delete", c.id);
        let items: Vec<_> = c
            .appointments
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let text = a.describe(lang);
                let bring = (!a.bring.is_empty()).then(|| format!(" · {}: {}", tr(lang, Msg::FieldBring), a.bring));
                let ics = appointment_to_ics(&c, a, &platform::now_iso().replace(['-', ':'], ""));
                let name = file_name(&c.name, "ics");
                let remove_id = a.id.clone();
                // Focus after the list is drawn anew: the next appointment's
                // "delete", else the previous one's, else the new-appointment form.
                let neighbour = crate::order::neighbour(&c.appointments, i);
                let focus_next: Vec<String> =
                    neighbour.map(|n| delete_id(&n.id)).into_iter().chain([date_input.clone()]).collect();
                view! {
                    <li data-testid="appointment">
                        {text}{bring}" "
                        {ics.map(|ics| view! {
                            <button type="button" class="button" on:click=move |_| platform::download(&name, "text/calendar;charset=utf-8", &ics)>
                                {tr(lang, Msg::ToCalendar)}
                            </button>
                        })}
                        " "
                        <button type="button" class="button secondary" id=delete_id(&a.id) on:click=move |_| {
                            contact.update(|c| {
                                c.appointments.retain(|x| x.id != remove_id);
                                c.updated = platform::now_iso();
                            });
                            my.save(vec![contact.get_untracked()]);
                            platform::focus_after_render(focus_next.clone());
                        }>{tr(lang, Msg::Delete)}</button>
                    </li>
                }
            })
            .collect();
        view! { <ul class="appointments">{items}</ul> }
    };
    let (date, time, place, bring) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if Date::parse(&date.get_untracked()).is_none() {
            return;
        }
        let a = Appointment {
            id: platform::new_id("appt"),
            date: date.get_untracked(),
            time: time.get_untracked(),
            place: place.get_untracked(),
            bring: bring.get_untracked(),
            note: String::new(),
        };
        contact.update(|c| {
            c.appointments.push(a);
            c.updated = platform::now_iso();
        });
        my.save(vec![contact.get_untracked()]);
        for s in [date, time, place, bring] {
            s.set(String::new());
        }
    };
    let input = move |id: String, label: Msg, kind: &'static str, value: RwSignal<String>| {
        view! {
            <div class="filter">
                <label for=id.clone()>{i18n.t(label)}</label>
                <input id=id type=kind prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };
    // Own contacts: their base data is the user's too, so it is editable.
    let own = contact.with_untracked(|c| c.service_id.is_none()).then(|| {
        view! {
            {field(i18n, my, contact, f("name"), Msg::FieldName, |c| c.name.clone(), |c, v| if !v.trim().is_empty() { c.name = v })}
            {field(i18n, my, contact, f("org"), Msg::FieldOrganization, |c| c.organization.clone(), |c, v| c.organization = v)}
            {field(i18n, my, contact, f("phone"), Msg::FieldPhone, |c| c.phones.join(", "), |c, v| c.phones = split_list(&v))}
            {field(i18n, my, contact, f("email"), Msg::FieldEmail, |c| c.emails.join(", "), |c, v| c.emails = split_list(&v))}
            {field(i18n, my, contact, f("street"), Msg::FieldStreet, |c| c.street.clone(), |c, v| c.street = v)}
            {field(i18n, my, contact, f("postal"), Msg::FieldPostalCode, |c| c.postal_code.clone(), |c, v| c.postal_code = v)}
            {field(i18n, my, contact, f("city"), Msg::FieldCity, |c| c.city.clone(), |c, v| c.city = v)}
        }
    });
    view! {
        <details class="contact-details">
            <summary>{i18n.t(Msg::EditDetails)}</summary>
            {own}
            {field(i18n, my, contact, f("person"), Msg::FieldPerson, |c| c.person.clone(), |c, v| c.person = v)}
            {field(i18n, my, contact, f("room"), Msg::FieldRoom, |c| c.room.clone(), |c, v| c.room = v)}
            {field(i18n, my, contact, f("reference"), Msg::FieldReference, |c| c.reference.clone(), |c, v| c.reference = v)}
            {field(i18n, my, contact, f("note"), Msg::FieldNote, |c| c.note.clone(), |c, v| c.note = v)}
            <h3>{i18n.t(Msg::Appointments)}</h3>
            {appointments}
            <form class="appointment-form" on:submit=add>
                {input(f("date"), Msg::FieldDate, "date", date)}
                {input(f("time"), Msg::FieldTime, "time", time)}
                {input(f("place"), Msg::FieldPlace, "text", place)}
                {input(f("bring"), Msg::FieldBring, "text", bring)}
                <button type="submit" class="button">{i18n.t(Msg::AddAppointment)}</button>
            </form>
        </details>
    }
}

/// A contact that is not in the directory.
#[component]
fn OwnContactForm() -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    let fields: [(Msg, &'static str, RwSignal<String>); 7] = [
        (Msg::FieldName, "own-name", RwSignal::new(String::new())),
        (Msg::FieldOrganization, "own-org", RwSignal::new(String::new())),
        (Msg::FieldPhone, "own-phone", RwSignal::new(String::new())),
        (Msg::FieldEmail, "own-email", RwSignal::new(String::new())),
        (Msg::FieldStreet, "own-street", RwSignal::new(String::new())),
        (Msg::FieldCity, "own-city", RwSignal::new(String::new())),
        (Msg::FieldNote, "own-note", RwSignal::new(String::new())),
    ];
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v = |i: usize| fields[i].2.get_untracked().trim().to_string();
        if v(0).is_empty() {
            return;
        }
        let contact = Contact {
            id: platform::new_id("own"),
            service_id: None,
            name: v(0),
            organization: v(1),
            phones: [v(2)].into_iter().filter(|s| !s.is_empty()).collect(),
            emails: [v(3)].into_iter().filter(|s| !s.is_empty()).collect(),
            street: v(4),
            postal_code: String::new(),
            city: v(5),
            website: String::new(),
            person: String::new(),
            room: String::new(),
            reference: String::new(),
            note: v(6),
            appointments: Vec::new(),
            updated: platform::now_iso(),
        };
        my.save(vec![contact]);
        for (_, _, s) in fields {
            s.set(String::new());
        }
    };
    let inputs: Vec<_> = fields
        .into_iter()
        .map(|(label, id, value)| {
            view! {
                <div class="filter">
                    <label for=id>{i18n.t(label)}</label>
                    <input id=id type="text" required={id == "own-name"} prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
                </div>
            }
        })
        .collect();
    view! {
        <details class="filters">
            <summary>{i18n.t(Msg::AddOwnContact)}</summary>
            <form on:submit=submit>
                {inputs}
                <button type="submit" class="button">{i18n.t(Msg::SaveButton)}</button>
            </form>
        </details>
    }
}

/// Export all, backup and import with a preview; a broken file changes nothing.
#[component]
fn BackupTools() -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    let plan = RwSignal::new(None::<std::sync::Arc<ImportPlan>>);
    let message = RwSignal::new(None::<Msg>);
    let export_all = move |_| {
        platform::download("kontakte.vcf", "text/vcard;charset=utf-8", &contacts_to_vcard(&my.list.get_untracked()))
    };
    let backup = move |_| {
        let stamp = platform::now_iso();
        platform::download(
            &format!("wegweiser-sicherung-{}.json", &stamp[..10]),
            "application/json",
            &export_backup(&my.list.get_untracked(), &stamp),
        );
    };
    let chosen = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        leptos::task::spawn_local(async move {
            let text = platform::read_chosen_file(&input).await.unwrap_or_default();
            input.set_value("");
            match parse_backup(&text) {
                Ok(imported) => {
                    message.set(None);
                    plan.set(Some(std::sync::Arc::new(plan_import(&my.list.get_untracked(), imported))));
                }
                Err(e) => {
                    plan.set(None);
                    message.set(Some(match e {
                        BackupError::TooNew { .. } => Msg::BackupTooNew,
                        BackupError::NotABackup => Msg::BackupForeign,
                        _ => Msg::BackupBroken,
                    }));
                }
            }
        });
    };
    let preview = move || {
        plan.get().map(|p| {
            let lang = i18n.lang.get();
            let text = fill(
                tr(lang, Msg::ImportPlan),
                &[("add", &p.add.len().to_string()), ("replace", &p.replace.len().to_string()), ("same", &p.unchanged.to_string())],
            );
            view! {
                <div class="no-results" data-testid="import-plan">
                    <p>{text}</p>
                    <p class="actions">
                        <button type="button" class="button" on:click=move |_| {
                            if let Some(p) = plan.get_untracked() {
                                let merged = apply_import(my.list.get_untracked(), ImportPlan { add: p.add.clone(), replace: p.replace.clone(), unchanged: p.unchanged });
                                let changed: Vec<Contact> = merged.into_iter().filter(|c| p.add.iter().chain(p.replace.iter()).any(|x| x.id == c.id)).collect();
                                my.save(changed);
                                message.set(Some(Msg::ImportDone));
                            }
                            plan.set(None);
                        }>{tr(lang, Msg::ImportConfirm)}</button>
                        <button type="button" class="button secondary" on:click=move |_| plan.set(None)>{tr(lang, Msg::Cancel)}</button>
                    </p>
                </div>
            }
        })
    };
    view! {
        <section class="backup" aria-labelledby="backup-heading">
            <h2 id="backup-heading">{i18n.t(Msg::BackupHeading)}</h2>
            <p class="actions">
                <button type="button" class="button" on:click=export_all>{i18n.t(Msg::ExportAllVcard)}</button>
                <button type="button" class="button" on:click=backup>{i18n.t(Msg::DownloadBackup)}</button>
            </p>
            // The browser's own file button speaks the browser's language, not
            // the app's: the input is hidden and its label is the button.
            <p class="file-pick">
                <input
                    id="import-backup"
                    class="visually-hidden"
                    type="file"
                    accept="application/json,.json"
                    on:change=chosen
                />
                <label for="import-backup" class="button secondary">{i18n.t(Msg::ImportBackup)}</label>
            </p>
            {preview}
            <p role="status" data-testid="import-message">{move || message.get().map(|m| tr(i18n.lang.get(), m))}</p>
        </section>
    }
}
