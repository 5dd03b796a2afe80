//! Adding a contact that is not in the directory.

use leptos::prelude::*;

use crate::contacts::Contact;
use crate::i18n::Msg;
use crate::platform;
use crate::state::{use_i18n, use_my_contacts};

/// The form's fields: label, input id, and where the value goes.
type OwnField = (Msg, &'static str, fn(&mut Contact, String));

static FIELDS: [OwnField; 7] = [
    (Msg::FieldName, "own-name", |c, v| c.name = v),
    (Msg::FieldOrganization, "own-org", |c, v| c.organization = v),
    (Msg::FieldPhone, "own-phone", |c, v| c.phones = vec![v]),
    (Msg::FieldEmail, "own-email", |c, v| c.emails = vec![v]),
    (Msg::FieldStreet, "own-street", |c, v| c.street = v),
    (Msg::FieldCity, "own-city", |c, v| c.city = v),
    (Msg::FieldNote, "own-note", |c, v| c.note = v),
];

#[component]
pub fn OwnContactForm() -> impl IntoView {
    let i18n = use_i18n();
    let my = use_my_contacts();
    let values: [RwSignal<String>; 7] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut contact = Contact { id: platform::new_id("own"), updated: platform::now_iso(), ..Default::default() };
        for ((_, _, set), value) in FIELDS.iter().zip(values) {
            let v = value.get_untracked().trim().to_string();
            if !v.is_empty() {
                set(&mut contact, v);
            }
        }
        if contact.name.is_empty() {
            return;
        }
        my.save(vec![contact]);
        for s in values {
            s.set(String::new());
        }
    };
    let inputs: Vec<_> = FIELDS
        .iter()
        .zip(values)
        .map(|((label, id, _), value)| {
            view! {
                <div class="filter">
                    <label for=*id>{i18n.t(*label)}</label>
                    <input id=*id type="text" required={*id == "own-name"} prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
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
