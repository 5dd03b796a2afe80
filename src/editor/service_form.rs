//! The form of one offer: every field the directory format has, in the
//! order a caseworker thinks of them, with the preview beside it.

use std::sync::Arc;

use leptos::prelude::*;

use super::fields::{checkbox, choices, input, merge_language, number, optional, select, sget, sset, texts, At};
use super::hours::hours_editor;
use super::preview::Preview;
use super::state::{use_editor, View};
use crate::domain::edit::{german_changed, is_published, mark_ended, service_entry, translation_updated};
use crate::domain::file::{FileLocation, FilePhone, FileService, FileSource};
use crate::domain::{Text, SOURCE_LANGUAGE};
use crate::i18n::editor::{ed, EdMsg};
use crate::i18n::{language_endonym, Lang};
use crate::platform;

fn options(lang: Lang, list: &[(&str, EdMsg)]) -> Vec<(String, String)> {
    list.iter().map(|(v, m)| (v.to_string(), ed(lang, *m).to_string())).collect()
}

#[component]
pub fn ServiceForm(index: usize) -> impl IntoView {
    let editor = use_editor();
    let entry = Signal::derive(move || {
        editor.draft.with(|d| d.as_ref().map(|d| service_entry(&d.file, index)).unwrap_or_default())
    });
    let at = At { entry, key: format!("s{index}"), path: String::new() };
    let form = move || {
        editor.structure.track();
        let lang = editor.lang.get();
        let at = at.clone();
        let Some(exists) = editor.read(|f| f.services.len() > index) else { return ().into_any() };
        if !exists {
            return ().into_any();
        }
        service_sections(lang, index, at).into_any()
    };
    let title = move || {
        editor.draft.with(|d| {
            d.as_ref()
                .and_then(|d| d.file.services.get(index))
                .map(|s| s.name.get(SOURCE_LANGUAGE).text.to_string())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="entry-layout">
            <form class="entry-form" on:submit=|ev| ev.prevent_default() aria-labelledby="entry-title">
                <p>
                    <button type="button" class="link" on:click=move |_| editor.view.set(View::List)>
                        {move || editor.t(EdMsg::Back)}
                    </button>
                </p>
                <h2 id="entry-title">{title}</h2>
                {form}
            </form>
            <Preview index=index/>
        </div>
    }
}

#[allow(clippy::too_many_lines)] // one form, section by section
fn service_sections(lang: Lang, i: usize, at: At) -> impl IntoView {
    let editor = use_editor();
    let t = move |m: EdMsg| ed(lang, m).to_string();
    let published = editor.draft.with_untracked(|d| {
        d.as_ref().is_some_and(|d| d.file.services.get(i).is_some_and(|s| is_published(&d.base, &s.id)))
    });
    let (organizations, categories, groups, languages) = editor
        .read(|f| {
            let orgs: Vec<(String, String)> = f.organizations.iter().map(|o| (o.id.clone(), o.name.clone())).collect();
            let cats: Vec<(String, String, Option<&'static str>)> = f
                .categories
                .iter()
                .map(|c| (c.id.clone(), c.name.get(SOURCE_LANGUAGE).text.to_string(), Some("de")))
                .collect();
            let groups: Vec<(String, String, Option<&'static str>)> = f
                .target_groups
                .iter()
                .map(|g| (g.id.clone(), g.name.get(SOURCE_LANGUAGE).text.to_string(), Some("de")))
                .collect();
            // The languages offers are counseled in: the UI languages and every one the directory names.
            let mut codes: Vec<String> =
                Lang::ALL.iter().map(|l| l.code().to_string()).filter(|c| c != "de-ls").collect();
            for s in &f.services {
                for c in &s.languages {
                    if !codes.contains(c) {
                        codes.push(c.clone());
                    }
                }
            }
            let langs = codes.into_iter().map(|c| (c.clone(), language_endonym(&c).to_string(), None)).collect();
            (orgs, cats, groups, langs)
        })
        .unwrap_or_default();

    let id_field = if published {
        let id = editor.read(|f| f.services[i].id.clone()).unwrap_or_default();
        view! {
            <div class="field">
                <span class="label">{t(EdMsg::FieldId)}</span>
                <p><code>{id}</code>" "<span class="hint">{t(EdMsg::IdLocked)}</span></p>
            </div>
        }
        .into_any()
    } else {
        view! {
            <div>
                {input(t(EdMsg::FieldId), "text", at.field("id"), sget(i, |s| s.id.clone()), sset(i, |s, v: String| s.id = v.trim().to_string()))}
                <p class="hint">{t(EdMsg::IdHint)}</p>
            </div>
        }
        .into_any()
    };

    let states = options(
        lang,
        &[
            ("active", EdMsg::StateActive),
            ("temporarily_closed", EdMsg::StateTemporarilyClosed),
            ("unconfirmed", EdMsg::StateUnconfirmed),
            ("ended", EdMsg::StateEnded),
        ],
    );
    let costs = options(lang, &[("", EdMsg::CostNone), ("free", EdMsg::CostFree), ("fee", EdMsg::CostFee)]);
    let appointments = options(
        lang,
        &[
            ("", EdMsg::AppointmentNone),
            ("required", EdMsg::AppointmentRequired),
            ("walk_in", EdMsg::AppointmentWalkIn),
            ("walk_in_or_appointment", EdMsg::AppointmentEither),
        ],
    );
    let minor = editor.minor;
    let text_field = |field: &'static str,
                      label: EdMsg,
                      long: bool,
                      get: fn(&FileService) -> &Text,
                      set: fn(&mut FileService) -> &mut Text| {
        texts(
            t(label),
            at.field(field),
            long,
            sget(i, move |s| get(s).clone()),
            sset(i, move |s, change: Text| {
                let german = change.0.contains_key(SOURCE_LANGUAGE);
                let translated: Vec<String> = change.0.keys().filter(|k| *k != SOURCE_LANGUAGE).cloned().collect();
                merge_language(set(s), change);
                // A German change leaves the translations behind, unless it is minor;
                // an edited translation is current again.
                if german && !minor.get_untracked() {
                    german_changed(s);
                }
                for lang in translated {
                    translation_updated(s, &lang);
                }
            }),
        )
    };

    let end_offer = move |_| {
        if platform::confirm(ed(lang, EdMsg::EndOfferConfirm)) {
            let today = editor.clock.today_untracked();
            editor.edit_structure(|f| {
                if let Some(s) = f.services.get_mut(i) {
                    mark_ended(s, today, "");
                }
            });
        }
    };
    let ended = editor.read(|f| f.services[i].status.state == "ended").unwrap_or(false);

    view! {
        <section aria-labelledby=format!("s{i}-basics")>
            <h3 id=format!("s{i}-basics")>{t(EdMsg::SectionBasics)}</h3>
            {id_field}
            {select(t(EdMsg::FieldOrganization), organizations, at.field("organization_id"), sget(i, |s| s.organization_id.clone()), sset(i, |s, v| s.organization_id = v))}
        </section>
        <section aria-labelledby=format!("s{i}-texts")>
            <h3 id=format!("s{i}-texts")>{t(EdMsg::SectionTexts)}</h3>
            <div class="field check">
                <input
                    id=format!("s{i}-minor")
                    type="checkbox"
                    prop:checked=move || editor.minor.get()
                    on:change=move |ev| editor.minor.set(event_target_checked(&ev))
                />
                <label for=format!("s{i}-minor")>{t(EdMsg::MinorEdit)}</label>
            </div>
            {text_field("name", EdMsg::FieldName, false, |s| &s.name, |s| &mut s.name)}
            {text_field("summary", EdMsg::FieldSummary, true, |s| &s.summary, |s| &mut s.summary)}
            {text_field("description", EdMsg::FieldDescription, true, |s| &s.description, |s| &mut s.description)}
            {text_field("interpretation_services", EdMsg::FieldInterpretation, false, |s| &s.interpretation_services, |s| &mut s.interpretation_services)}
            {translation_states(lang, i, at.clone())}
        </section>
        <section aria-labelledby=format!("s{i}-topics")>
            <h3 id=format!("s{i}-topics")>{t(EdMsg::SectionTopics)}</h3>
            {choices(t(EdMsg::FieldCategories), categories, at.field("categories"), sget(i, |s| s.categories.clone()), sset(i, |s, v| s.categories = v))}
            {choices(t(EdMsg::FieldTargetGroups), groups, at.field("target_groups"), sget(i, |s| s.target_groups.clone()), sset(i, |s, v| s.target_groups = v))}
            {choices(t(EdMsg::FieldLanguages), languages, at.field("languages"), sget(i, |s| s.languages.clone()), sset(i, |s, v| s.languages = v))}
        </section>
        <section aria-labelledby=format!("s{i}-access")>
            <h3 id=format!("s{i}-access")>{t(EdMsg::SectionAccess)}</h3>
            {select(t(EdMsg::FieldCost), costs, at.field("cost"), sget(i, |s| s.cost.clone().unwrap_or_default()), sset(i, |s, v| s.cost = optional(v)))}
            {text_field("fees_description", EdMsg::FieldFees, false, |s| &s.fees_description, |s| &mut s.fees_description)}
            {select(t(EdMsg::FieldAppointment), appointments, at.field("appointment"), sget(i, |s| s.appointment.clone().unwrap_or_default()), sset(i, |s, v| s.appointment = optional(v)))}
        </section>
        {locations_section(lang, i, at.clone())}
        {contact_section(lang, i, at.clone())}
        {hours_editor(lang, i, at.field("schedule"))}
        {sources_section(lang, i, at.clone())}
        <section aria-labelledby=format!("s{i}-status")>
            <h3 id=format!("s{i}-status")>{t(EdMsg::SectionStatus)}</h3>
            {select(t(EdMsg::FieldState), states, at.field("status.state"), sget(i, |s| s.status.state.clone()), sset(i, |s, v| s.status.state = v))}
            {input(t(EdMsg::FieldEndedOn), "date", at.field("status.ended_on"), sget(i, |s| s.status.ended_on.clone().unwrap_or_default()), sset(i, |s, v| s.status.ended_on = optional(v)))}
            {text_field("status.notice", EdMsg::FieldNotice, false, |s| &s.status.notice, |s| &mut s.status.notice)}
            <p class="hint">{t(EdMsg::EndedKept)}</p>
            {(!ended).then(|| view! { <button type="button" class="danger" on:click=end_offer>{t(EdMsg::EndOffer)}</button> })}
        </section>
    }
}

/// Per language: are the offer's texts there, machine-assisted or reviewed?
fn translation_states(lang: Lang, i: usize, at: At) -> impl IntoView {
    let editor = use_editor();
    let rows: Vec<_> = Lang::ALL
        .iter()
        .filter(|l| l.code() != "de")
        .map(|l| {
            let code = l.code();
            let state = move || {
                editor.draft.with(|d| {
                    let s = d.as_ref().and_then(|d| d.file.services.get(i))?;
                    let present = s.name.0.contains_key(code) || s.summary.0.contains_key(code);
                    Some(if !present {
                        EdMsg::TransMissing
                    } else if s.needs_update.iter().any(|m| m == code) {
                        EdMsg::TransNeedsUpdate
                    } else if s.machine_translated.iter().any(|m| m == code) {
                        EdMsg::TransMachine
                    } else {
                        EdMsg::TransReviewed
                    })
                })
            };
            let reviewed = checkbox(
                format!("{} – {}", language_endonym(code), ed(lang, EdMsg::MarkReviewed)),
                at.field("machine_translated").field(code),
                sget(i, move |s| !s.machine_translated.iter().any(|m| m == code)),
                sset(i, move |s, on: bool| {
                    s.machine_translated.retain(|m| m != code);
                    if !on {
                        s.machine_translated.push(code.to_string());
                    }
                }),
            );
            let confirm = move || {
                let outdated = editor.draft.with(|d| {
                    d.as_ref().and_then(|d| d.file.services.get(i)).is_some_and(|s| s.needs_update.iter().any(|m| m == code))
                });
                outdated.then(|| {
                    let label = crate::i18n::fill(ed(lang, EdMsg::ConfirmCurrent), &[("language", language_endonym(code))]);
                    view! {
                        <button
                            type="button"
                            on:click=move |_| editor.edit(|f| if let Some(s) = f.services.get_mut(i) { translation_updated(s, code) })
                        >
                            {label}
                        </button>
                    }
                })
            };
            view! {
                <tr>
                    <th scope="row" lang=code>{language_endonym(code)}</th>
                    <td data-testid=format!("trans-{code}")>{move || state().map(|m| editor.t(m))}</td>
                    <td>{reviewed}</td>
                    <td>{confirm}</td>
                </tr>
            }
        })
        .collect();
    view! {
        <table class="translation-states">
            <caption>{ed(lang, EdMsg::Translations)}</caption>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn remove_button(
    lang: Lang,
    label: String,
    remove: impl Fn(&mut FileService) + Send + Sync + 'static,
    i: usize,
) -> impl IntoView {
    let editor = use_editor();
    let remove = Arc::new(remove);
    view! {
        <button
            type="button"
            class="remove"
            aria-label=format!("{} – {label}", ed(lang, EdMsg::Remove))
            on:click=move |_| {
                let remove = remove.clone();
                editor.edit_structure(move |f| {
                    if let Some(s) = f.services.get_mut(i) {
                        remove(s);
                    }
                });
            }
        >
            {ed(lang, EdMsg::Remove)}
        </button>
    }
}

fn add_button(
    lang: Lang,
    label: EdMsg,
    add: impl Fn(&mut FileService) + Send + Sync + 'static,
    i: usize,
) -> impl IntoView {
    let editor = use_editor();
    let add = Arc::new(add);
    view! {
        <button
            type="button"
            class="add"
            on:click=move |_| {
                let add = add.clone();
                editor.edit_structure(move |f| {
                    if let Some(s) = f.services.get_mut(i) {
                        add(s);
                    }
                });
            }
        >
            {ed(lang, label)}
        </button>
    }
}

fn locations_section(lang: Lang, i: usize, at: At) -> impl IntoView {
    let editor = use_editor();
    let t = move |m: EdMsg| ed(lang, m).to_string();
    let count = editor.read(|f| f.services[i].locations.len()).unwrap_or(0);
    let step_free =
        options(lang, &[("", EdMsg::StepFreeUnknown), ("yes", EdMsg::StepFreeYes), ("no", EdMsg::StepFreeNo)]);
    let items: Vec<_> = (0..count)
        .map(|j| {
            let here = at.field("locations").item(j);
            let loc = move |get: fn(&FileLocation) -> String| sget(i, move |s| s.locations.get(j).map(get).unwrap_or_default());
            let set_loc = move |set: fn(&mut FileLocation, String)| {
                sset(i, move |s, v: String| {
                    if let Some(l) = s.locations.get_mut(j) {
                        set(l, v);
                    }
                })
            };
            let text_loc = |field: &'static str, label: EdMsg, get: fn(&FileLocation) -> &Text, set: fn(&mut FileLocation) -> &mut Text| {
                texts(
                    t(label),
                    here.field(field),
                    false,
                    sget(i, move |s| s.locations.get(j).map(|l| get(l).clone()).unwrap_or_default()),
                    sset(i, move |s, change| {
                        if let Some(l) = s.locations.get_mut(j) {
                            merge_language(set(l), change);
                        }
                    }),
                )
            };
            view! {
                <fieldset class="item">
                    <legend>{format!("{} {}", t(EdMsg::FieldLocations), j + 1)}</legend>
                    {text_loc("name", EdMsg::FieldLocationName, |l| &l.name, |l| &mut l.name)}
                    {input(t(EdMsg::FieldStreet), "text", here.field("address.street"), loc(|l| l.address.street.clone()), set_loc(|l, v| l.address.street = v))}
                    {input(t(EdMsg::FieldPostalCode), "text", here.field("address.postal_code"), loc(|l| l.address.postal_code.clone()), set_loc(|l, v| l.address.postal_code = v))}
                    {input(t(EdMsg::FieldCity), "text", here.field("address.city"), loc(|l| l.address.city.clone()), set_loc(|l, v| l.address.city = v))}
                    {input(t(EdMsg::FieldRoom), "text", here.field("address.room"), loc(|l| l.address.room.clone()), set_loc(|l, v| l.address.room = v))}
                    <div class="times">
                        {number(t(EdMsg::FieldLatitude), here.field("latitude"), sget(i, move |s| s.locations.get(j).and_then(|l| l.latitude)), sset(i, move |s, v| if let Some(l) = s.locations.get_mut(j) { l.latitude = v }))}
                        {number(t(EdMsg::FieldLongitude), here.field("longitude"), sget(i, move |s| s.locations.get(j).and_then(|l| l.longitude)), sset(i, move |s, v| if let Some(l) = s.locations.get_mut(j) { l.longitude = v }))}
                    </div>
                    {select(
                        t(EdMsg::FieldStepFree),
                        step_free.clone(),
                        here.field("step_free"),
                        loc(|l| match l.step_free { Some(true) => "yes".into(), Some(false) => "no".into(), None => String::new() }),
                        set_loc(|l, v| l.step_free = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None }),
                    )}
                    {text_loc("accessibility", EdMsg::FieldAccessibility, |l| &l.accessibility, |l| &mut l.accessibility)}
                    {text_loc("transportation", EdMsg::FieldTransport, |l| &l.transportation, |l| &mut l.transportation)}
                    {remove_button(lang, format!("{} {}", t(EdMsg::FieldLocations), j + 1), move |s| { s.locations.remove(j); }, i)}
                </fieldset>
            }
        })
        .collect();
    // A new place is in the directory's town until someone types another.
    let town = use_editor().read(|f| f.municipality.name.clone()).unwrap_or_default();
    view! {
        <section aria-labelledby=format!("s{i}-locations")>
            <h3 id=format!("s{i}-locations")>{t(EdMsg::SectionLocations)}</h3>
            {items}
            {add_button(lang, EdMsg::AddLocation, move |s| s.locations.push(FileLocation { address: crate::domain::Address { city: town.clone(), ..Default::default() }, ..Default::default() }), i)}
        </section>
    }
}

fn contact_section(lang: Lang, i: usize, at: At) -> impl IntoView {
    let editor = use_editor();
    let t = move |m: EdMsg| ed(lang, m).to_string();
    let (phones, emails) = editor.read(|f| (f.services[i].phones.len(), f.services[i].emails.len())).unwrap_or((0, 0));
    let phone_items: Vec<_> = (0..phones)
        .map(|j| {
            let here = at.field("phones").item(j);
            let label = format!("{} {}", t(EdMsg::FieldPhones), j + 1);
            view! {
                <fieldset class="item">
                    <legend>{label.clone()}</legend>
                    {input(
                        t(EdMsg::FieldNumber),
                        "tel",
                        here.field("number"),
                        sget(i, move |s| s.phones.get(j).map(|p| p.number.clone()).unwrap_or_default()),
                        sset(i, move |s, v: String| if let Some(p) = s.phones.get_mut(j) { p.number = v.trim().to_string() }),
                    )}
                    {texts(
                        t(EdMsg::FieldPhoneNote),
                        here.field("description"),
                        false,
                        sget(i, move |s| s.phones.get(j).map(|p| p.description.clone()).unwrap_or_default()),
                        sset(i, move |s, change| if let Some(p) = s.phones.get_mut(j) { merge_language(&mut p.description, change) }),
                    )}
                    {remove_button(lang, label, move |s| { s.phones.remove(j); }, i)}
                </fieldset>
            }
        })
        .collect();
    let email_items: Vec<_> = (0..emails)
        .map(|j| {
            let label = format!("{} {}", t(EdMsg::FieldEmails), j + 1);
            view! {
                <div class="item-row">
                    {input(
                        label.clone(),
                        "email",
                        at.field("emails").item(j),
                        sget(i, move |s| s.emails.get(j).cloned().unwrap_or_default()),
                        sset(i, move |s, v: String| if let Some(e) = s.emails.get_mut(j) { *e = v.trim().to_string() }),
                    )}
                    {remove_button(lang, label, move |s| { s.emails.remove(j); }, i)}
                </div>
            }
        })
        .collect();
    view! {
        <section aria-labelledby=format!("s{i}-contact")>
            <h3 id=format!("s{i}-contact")>{t(EdMsg::SectionContact)}</h3>
            {phone_items}
            {add_button(lang, EdMsg::AddPhone, |s| s.phones.push(FilePhone::default()), i)}
            {email_items}
            {add_button(lang, EdMsg::AddEmail, |s| s.emails.push(String::new()), i)}
            {input(t(EdMsg::FieldWebsite), "url", at.field("website"), sget(i, |s| s.website.clone().unwrap_or_default()), sset(i, |s, v| s.website = optional(v)))}
            {input(t(EdMsg::FieldBooking), "url", at.field("booking_url"), sget(i, |s| s.booking_url.clone().unwrap_or_default()), sset(i, |s, v| s.booking_url = optional(v)))}
        </section>
    }
}

fn sources_section(lang: Lang, i: usize, at: At) -> impl IntoView {
    let editor = use_editor();
    let t = move |m: EdMsg| ed(lang, m).to_string();
    let count = editor.read(|f| f.services[i].sources.len()).unwrap_or(0);
    let items: Vec<_> = (0..count)
        .map(|j| {
            let here = at.field("sources").item(j);
            let label = format!("{} {}", t(EdMsg::FieldSources), j + 1);
            view! {
                <fieldset class="item">
                    <legend>{label.clone()}</legend>
                    {input(
                        t(EdMsg::FieldUrl),
                        "url",
                        here.field("url"),
                        sget(i, move |s| s.sources.get(j).map(|x| x.url.clone()).unwrap_or_default()),
                        sset(i, move |s, v: String| if let Some(x) = s.sources.get_mut(j) { x.url = v.trim().to_string() }),
                    )}
                    {input(
                        t(EdMsg::FieldDate),
                        "text",
                        here.field("date"),
                        sget(i, move |s| s.sources.get(j).and_then(|x| x.date.clone()).unwrap_or_default()),
                        sset(i, move |s, v| if let Some(x) = s.sources.get_mut(j) { x.date = optional(v) }),
                    )}
                    {remove_button(lang, label, move |s| { s.sources.remove(j); }, i)}
                </fieldset>
            }
        })
        .collect();
    let today = editor.clock.today_untracked().to_string();
    let whole = at.field("sources");
    view! {
        <section aria-labelledby=format!("s{i}-sources")>
            <h3 id=format!("s{i}-sources")>{t(EdMsg::SectionSources)}</h3>
            <p class="field-problem" role="alert" id=format!("s{i}-sources-problem")>{move || super::fields::problems_at(editor, &whole).join(" ")}</p>
            {items}
            {add_button(lang, EdMsg::AddSource, move |s| s.sources.push(FileSource { url: String::new(), date: Some(today.clone()), kind: None }), i)}
            {input(t(EdMsg::FieldAssured), "date", at.field("assured_date"), sget(i, |s| s.assured_date.clone()), sset(i, |s, v: String| s.assured_date = v))}
            {input(t(EdMsg::FieldAssuredBy), "text", at.field("assured_by"), sget(i, |s| s.assured_by.clone().unwrap_or_default()), sset(i, |s, v| s.assured_by = optional(v)))}
            <button type="button" on:click=move |_| editor.view.set(View::Sheet(i))>{t(EdMsg::SheetButton)}</button>
            " "
            <button
                type="button"
                data-testid="checked-today"
                on:click=move |_| {
                    let by = editor
                        .read(|f| f.services.get(i).and_then(|s| s.assured_by.clone()))
                        .flatten()
                        .unwrap_or_else(|| ed(lang, EdMsg::DefaultChecker).to_string());
                    super::attention::check_today(editor, &[i], &by);
                    editor.structure.update(|n| *n += 1);
                }
            >
                {t(EdMsg::CheckedToday)}
            </button>
            {input(
                t(EdMsg::FieldKeywords),
                "text",
                at.field("keywords"),
                sget(i, |s| s.keywords.get(SOURCE_LANGUAGE).map(|k| k.join(", ")).unwrap_or_default()),
                sset(i, |s, v: String| {
                    let words: Vec<String> = v.split(',').map(|w| w.trim().to_string()).filter(|w| !w.is_empty()).collect();
                    if words.is_empty() {
                        s.keywords.remove(SOURCE_LANGUAGE);
                    } else {
                        s.keywords.insert(SOURCE_LANGUAGE.into(), words);
                    }
                }),
            )}
        </section>
    }
}
