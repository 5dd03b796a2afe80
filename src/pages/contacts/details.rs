//! The user's own details and appointments of one entry, edited in place.
//! Every edit goes to the entry by its id ([`MyContacts::edit`]).

use leptos::prelude::*;

use std::sync::Arc;

use crate::components::keyed::{keyed_list, Row};
use crate::components::storage::SaveStatus;
use crate::contacts::ical::appointment_to_ics;
use crate::contacts::{file_name, split_list, Appointment, Contact};
use crate::domain::date::Date;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::{use_i18n, use_my_contacts, MyContacts};

/// How long typing must pause before an edit is written to IndexedDB.
const SAVE_AFTER_TYPING: std::time::Duration = std::time::Duration::from_millis(400);

/// One editable field of a contact: how to read it and how to write it.
struct Field {
    suffix: &'static str,
    label: Msg,
    get: fn(&Contact) -> String,
    set: fn(&mut Contact, String),
}

/// Fields of own contacts only: for a saved offer these come from the directory.
static OWN_FIELDS: [Field; 7] = [
    Field {
        suffix: "name",
        label: Msg::FieldName,
        get: |c| c.name.clone(),
        set: |c, v| {
            if !v.trim().is_empty() {
                c.name = v
            }
        },
    },
    Field {
        suffix: "org",
        label: Msg::FieldOrganization,
        get: |c| c.organization.clone(),
        set: |c, v| c.organization = v,
    },
    Field {
        suffix: "phone",
        label: Msg::FieldPhone,
        get: |c| c.phones.join(", "),
        set: |c, v| c.phones = split_list(&v),
    },
    Field {
        suffix: "email",
        label: Msg::FieldEmail,
        get: |c| c.emails.join(", "),
        set: |c, v| c.emails = split_list(&v),
    },
    Field { suffix: "street", label: Msg::FieldStreet, get: |c| c.street.clone(), set: |c, v| c.street = v },
    Field {
        suffix: "postal",
        label: Msg::FieldPostalCode,
        get: |c| c.postal_code.clone(),
        set: |c, v| c.postal_code = v,
    },
    Field { suffix: "city", label: Msg::FieldCity, get: |c| c.city.clone(), set: |c, v| c.city = v },
];

/// The user's own notes, for every entry.
static NOTE_FIELDS: [Field; 4] = [
    Field { suffix: "person", label: Msg::FieldPerson, get: |c| c.person.clone(), set: |c, v| c.person = v },
    Field { suffix: "room", label: Msg::FieldRoom, get: |c| c.room.clone(), set: |c, v| c.room = v },
    Field {
        suffix: "reference",
        label: Msg::FieldReference,
        get: |c| c.reference.clone(),
        set: |c, v| c.reference = v,
    },
    Field { suffix: "note", label: Msg::FieldNote, get: |c| c.note.clone(), set: |c, v| c.note = v },
];

/// A labelled text input bound to one field of entry `id`. What the user
/// types stays in the field as typed (also when a write fails); the entry in
/// memory changes at once, and the device's copy when typing pauses for
/// [`SAVE_AFTER_TYPING`] or the field is left: on a phone the user may switch
/// apps without leaving the field, and `change` then never fires.
fn text_field(my: MyContacts, id: &str, contact: Memo<Option<Contact>>, field: &'static Field) -> impl IntoView {
    let i18n = use_i18n();
    let input_id = format!("{id}-{}", field.suffix);
    let draft = RwSignal::new(contact.with_untracked(|c| c.as_ref().map(field.get)).unwrap_or_default());
    // A change from elsewhere (a backup import) shows in the field; the
    // user's own typing does not come back to overwrite itself.
    Effect::new(move |_| {
        if let Some(c) = contact.get() {
            let mut typed = c.clone();
            (field.set)(&mut typed, draft.get_untracked());
            let stored = (field.get)(&c);
            if (field.get)(&typed) != stored {
                draft.set(stored);
            }
        }
    });
    // The timer of an edit not yet written. It may fire after the page is
    // gone (the user navigated away), hence the `try_` accessors.
    let pending: StoredValue<Option<TimeoutHandle>, LocalStorage> = StoredValue::new_local(None);
    let cancel = move || {
        if let Some(Some(handle)) = pending.try_update_value(Option::take) {
            handle.clear();
        }
    };
    let (on_input_id, on_change_id) = (id.to_string(), id.to_string());
    view! {
        <div class="filter">
            <label for=input_id.clone()>{i18n.t(field.label)}</label>
            <input
                id=input_id
                type="text"
                prop:value=move || draft.get()
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    draft.set(value.clone());
                    my.change(&on_input_id, &|c| (field.set)(c, value.clone()));
                    cancel();
                    let id = on_input_id.clone();
                    let write = move || my.persist(&id);
                    match set_timeout_with_handle(
                        move || {
                            pending.try_set_value(None);
                            write();
                        },
                        SAVE_AFTER_TYPING,
                    ) {
                        Ok(handle) => pending.set_value(Some(handle)),
                        Err(_) => my.persist(&on_input_id),
                    }
                }
                on:change=move |_| {
                    cancel();
                    my.persist(&on_change_id);
                }
            />
        </div>
    }
}

/// The id of an appointment's "delete" button.
fn appointment_delete_id(contact: &str, appointment: &str) -> String {
    format!("{contact}-{appointment}-delete")
}

/// One appointment of entry `contact_id`, read by id.
fn appointment_row(
    my: MyContacts,
    contact: Memo<Option<Contact>>,
    contact_id: String,
    appointment_id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let appointment = {
        let appointment_id = appointment_id.clone();
        move || contact.with(|c| c.as_ref()?.appointments.iter().find(|a| a.id == appointment_id).cloned())
    };
    let has_date = {
        let appointment = appointment.clone();
        move || appointment().is_some_and(|a| a.parsed_date().is_some())
    };
    let row = move || {
        let lang = i18n.lang.get();
        let a = appointment()?;
        let bring = (!a.bring.is_empty()).then(|| format!(" · {}: {}", tr(lang, Msg::FieldBring), a.bring));
        Some(view! { {a.describe(lang)}{bring} })
    };
    let to_calendar = {
        let appointment_id = appointment_id.clone();
        move |_| {
            // Made when asked for: from the entry as it is now, stamped now.
            let Some(c) = contact.get_untracked() else { return };
            let Some(a) = c.appointments.iter().find(|a| a.id == appointment_id) else { return };
            if let Some(ics) = appointment_to_ics(&c, a, &platform::now_iso().replace(['-', ':'], "")) {
                platform::download(&file_name(&c.name, "ics"), "text/calendar;charset=utf-8", &ics);
            }
        }
    };
    let delete_id = appointment_delete_id(&contact_id, &appointment_id);
    let remove = move |_| {
        // Focus afterwards: the next appointment's "delete", else the
        // previous one's, else the new-appointment form.
        let neighbour = contact.with_untracked(|c| {
            let list = c.as_ref().map(|c| c.appointments.as_slice()).unwrap_or_default();
            let i = list.iter().position(|a| a.id == appointment_id)?;
            crate::order::neighbour(list, i).map(|n| n.id.clone())
        });
        let focus: Vec<String> = neighbour
            .map(|n| appointment_delete_id(&contact_id, &n))
            .into_iter()
            .chain([format!("{contact_id}-date")])
            .collect();
        let removed = appointment_id.clone();
        my.edit(&contact_id, &|c| c.appointments.retain(|x| x.id != removed));
        platform::focus_after_render(focus);
    };
    view! {
        <li data-testid="appointment">
            {row}" "
            {move || has_date().then(|| view! {
                <button type="button" class="button" on:click=to_calendar.clone()>{i18n.t(Msg::ToCalendar)}</button>
            })}
            " "
            <button type="button" class="button secondary" id=delete_id on:click=remove>{i18n.t(Msg::Delete)}</button>
        </li>
    }
}

/// The user's own details and appointments of entry `id`, in a disclosure
/// whose contents exist only while it is open (a list of 1,000 entries
/// would otherwise hold 15,000 form fields nobody sees).
#[component]
pub fn ContactDetails(id: String, contact: Memo<Option<Contact>>) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    view! {
        <details
            class="contact-details"
            on:toggle=move |ev| {
                let open_now = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                open.set(open_now);
            }
        >
            <summary>{i18n.t(Msg::EditDetails)}</summary>
            {move || open.get().then(|| details_body(id.clone(), contact))}
        </details>
    }
}

fn details_body(id: String, contact: Memo<Option<Contact>>) -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    let f = |suffix: &str| format!("{id}-{suffix}");
    let appointment_ids = move || {
        contact.with(|c| {
            c.as_ref().map(|c| c.appointments.iter().map(|a| a.id.clone()).collect::<Vec<_>>()).unwrap_or_default()
        })
    };
    let row_contact = id.clone();
    let row: Row =
        Arc::new(move |appointment| appointment_row(my, contact, row_contact.clone(), appointment).into_any());
    let appointments = view! { <ul class="appointments">{keyed_list(Signal::derive(appointment_ids), row)}</ul> };
    let (date, time, place, bring) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let add = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
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
            // The entry may move in the list (its next appointment changed):
            // focus stays where it is (see the list's `keep_focus_across_render`).
            my.edit(&id, &|c| c.appointments.push(a.clone()));
            for s in [date, time, place, bring] {
                s.set(String::new());
            }
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
    let own = contact.with_untracked(|c| c.as_ref().is_some_and(|c| c.service_id.is_none()));
    let own_fields =
        own.then(|| OWN_FIELDS.iter().map(|field| text_field(my, &id, contact, field)).collect::<Vec<_>>());
    let note_fields: Vec<_> = NOTE_FIELDS.iter().map(|field| text_field(my, &id, contact, field)).collect();
    view! {
        {own_fields}
        {note_fields}
        <SaveStatus id=id.clone()/>
        <h3>{i18n.t(Msg::Appointments)}</h3>
        {appointments}
        <form class="appointment-form" on:submit=add>
            {input(f("date"), Msg::FieldDate, "date", date)}
            {input(f("time"), Msg::FieldTime, "time", time)}
            {input(f("place"), Msg::FieldPlace, "text", place)}
            {input(f("bring"), Msg::FieldBring, "text", bring)}
            // An id, so that focus can be put back when the entry moves.
            <button type="submit" class="button" id=f("add")>{i18n.t(Msg::AddAppointment)}</button>
        </form>
    }
}
