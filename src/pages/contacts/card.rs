//! One entry of "My contacts": what it is, how to reach it, and its own details.

use std::sync::Arc;

use leptos::prelude::*;

use super::details::ContactDetails;
use crate::contacts::vcard::contact_to_vcard;
use crate::contacts::{current_view_of, file_name, ChangedField, Contact, Listing};
use crate::domain::links::{mailto_uri, tel_uri};
use crate::domain::Directory;
use crate::i18n::{fill, tr, Lang, Msg};
use crate::platform;
use crate::route::Route;
use crate::state::{use_clock, use_i18n, use_my_contacts};

/// The id of an entry's "delete" button (focus returns there after "undo").
pub fn delete_button_id(contact_id: &str) -> String {
    format!("delete-{contact_id}")
}

/// The entry `id`, read by id from "My contacts" (so it shows and edits that
/// entry wherever the list has moved it), in the current UI language.
#[component]
pub fn ContactCard(id: String, dir: Signal<Option<Arc<Directory>>>) -> impl IntoView {
    let my = use_my_contacts();
    let contact = {
        let id = id.clone();
        Memo::new(move |_| my.get(&id))
    };
    let i18n = use_i18n();
    let clock = use_clock();
    let summary = move || {
        let c = contact.get()?;
        Some(summary_view(c, dir.get().as_deref(), i18n.lang.get(), clock.today()))
    };
    view! {
        <li class="contact-card" data-testid="contact">
            {summary}
            <ContactDetails id=id contact=contact/>
        </li>
    }
}

fn changed_names(lang: Lang, fields: &[ChangedField]) -> String {
    let names: Vec<&str> = fields
        .iter()
        .map(|f| match f {
            ChangedField::Phones => tr(lang, Msg::FieldPhone),
            ChangedField::Emails => tr(lang, Msg::FieldEmail),
            ChangedField::Address => tr(lang, Msg::Locations),
            ChangedField::Website => tr(lang, Msg::Website),
        })
        .collect();
    names.join(", ")
}

fn summary_view(c: Contact, dir: Option<&Directory>, lang: Lang, today: crate::domain::date::Date) -> impl IntoView {
    let my = use_my_contacts();
    let (shown, changed, listing) = current_view_of(&c, dir, lang.code());
    // A link to the offer page only while the directory has it.
    let offer_link = c.service_id.clone().filter(|_| matches!(listing, Listing::Current | Listing::Ended)).map(|id| {
        view! { <a href=Route::Offer(id).href()>{tr(lang, Msg::MoreAbout)}</a> }
    });
    let gone_note = match listing {
        Listing::Ended => Some(Msg::StatusEnded),
        Listing::Removed => Some(Msg::OfferGone),
        _ => None,
    }
    .map(|msg| view! { <p class="badge badge-ended" data-testid="offer-gone">{tr(lang, msg)}</p> });
    let changed_note = (!changed.is_empty()).then(|| {
        let text = fill(tr(lang, Msg::OfferChanged), &[("fields", &changed_names(lang, &changed))]);
        view! { <p class="badge badge-unconfirmed" data-testid="offer-changed">{text}</p> }
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
        let text = fill(tr(lang, Msg::NextAppointment), &[("when", &a.describe(lang))]);
        view! { <p class="next-appointment" data-testid="next-appointment">{text}</p> }
    });
    // The file is made when asked for, from the entry as it is then.
    let export = move |_| {
        platform::download(&file_name(&shown.name, "vcf"), "text/vcard;charset=utf-8", &contact_to_vcard(&shown))
    };
    let id = c.id.clone();
    view! {
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
            <button type="button" class="button" on:click=export>{tr(lang, Msg::ExportVcard)}</button>
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
                {tr(lang, Msg::Delete)}
            </button>
        </p>
    }
}
