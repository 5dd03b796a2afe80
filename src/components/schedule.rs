//! The week view of an offer's opening hours. Only what the directory says
//! is shown: no schedule means "hours unknown", never a guess.

use leptos::prelude::*;

use crate::components::text::{dated, localized_marked};
use crate::domain::{Schedule, Slot};
use crate::i18n::hours::mode_text;
use crate::i18n::{fill, format_date, format_partial_date, tr, weekday_name, Lang, Msg};
use crate::state::use_i18n;

/// One time range; times stay left-to-right inside right-to-left text.
fn slot_view(lang: Lang, slot: &Slot) -> impl IntoView {
    let range = format!("{}–{}", slot.opens, slot.closes);
    let mode = mode_text(lang, slot.mode).map(|m| view! { <span class="mode">{m}</span> });
    view! {
        <li>
            <bdi dir="ltr">{range}</bdi>
            {mode}
        </li>
    }
}

#[component]
pub fn ScheduleView(schedule: Option<Schedule>) -> impl IntoView {
    let i18n = use_i18n();
    // Without hours, `OpenNow` beside this view already says "unknown".
    let Some(schedule) = schedule else {
        return ().into_any();
    };
    let note = (!schedule.note.is_empty()).then(|| view! { <p>{localized_marked(schedule.note.clone())}</p> });
    let as_of = schedule.as_of.map(|d| {
        move || {
            let lang = i18n.lang.get();
            view! { <p class="muted">{fill(tr(lang, Msg::HoursAsOf), &[("date", &format_partial_date(lang, d))])}</p> }
        }
    });
    let valid_from = schedule.valid_from.map(|d| view! { <p>{dated(Msg::HoursValidFrom, d)}</p> });
    let valid_to = schedule.valid_to.map(|d| view! { <p>{dated(Msg::HoursValidTo, d)}</p> });
    let holiday_rule = (!schedule.slots.is_empty() && !schedule.open_on_holidays)
        .then(|| view! { <p class="muted">{i18n.t(Msg::HolidayRule)}</p> });

    let slots = schedule.slots.clone();
    let week = move || {
        let lang = i18n.lang.get();
        let rows: Vec<_> = (0..7)
            .filter_map(|day| {
                let mut today: Vec<&Slot> = slots.iter().filter(|s| s.days.iter().any(|d| d.index() == day)).collect();
                if today.is_empty() {
                    return None;
                }
                crate::order::sort_by_key(&mut today, |s| s.opens);
                let items: Vec<_> = today.into_iter().map(|s| slot_view(lang, s)).collect();
                Some(view! {
                    <tr>
                        <th scope="row">{weekday_name(lang, day)}</th>
                        <td><ul class="slots">{items}</ul></td>
                    </tr>
                })
            })
            .collect();
        (!rows.is_empty()).then(|| view! { <table class="week"><tbody>{rows}</tbody></table> })
    };

    let exceptions = schedule.exceptions.clone();
    let exception_list = (!exceptions.is_empty()).then_some({
        move || {
            let lang = i18n.lang.get();
            let items: Vec<_> = exceptions
                .iter()
                .map(|e| {
                    let hours: Vec<_> = e.slots.iter().map(|s| slot_view(lang, s)).collect();
                    let closed = e.slots.is_empty().then(|| tr(lang, Msg::Closed));
                    view! {
                        <li>
                            <strong>{format_date(lang, e.date)}</strong>" "
                            {closed}
                            <ul class="slots">{hours}</ul>
                            {localized_marked(e.note.clone())}
                        </li>
                    }
                })
                .collect();
            view! {
                <h3>{tr(lang, Msg::HoursExceptions)}</h3>
                <ul>{items}</ul>
            }
        }
    });

    view! {
        <div class="schedule" data-testid="schedule">
            {week}
            {note}
            {valid_from}
            {valid_to}
            {exception_list}
            {holiday_rule}
            {as_of}
        </div>
    }
    .into_any()
}
