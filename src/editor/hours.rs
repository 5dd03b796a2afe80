//! The opening-hours editor: weekly time slots (several a day, each walk-in,
//! by appointment or by phone), validity, date exceptions (closed, or other
//! hours), holidays and a note. The preview beside the form shows the week
//! view and "open now" as newcomers will see them.

use leptos::prelude::*;

use super::fields::{checkbox, choices, input, merge_language, optional, select, sget, sset, texts, At};
use super::state::use_editor;
use crate::domain::file::{FileException, FileSchedule, FileService, FileSlot};
use crate::domain::hours::berlin_local;
use crate::i18n::editor::{ed, EdMsg};
use crate::i18n::{weekday_name, Lang};
use crate::platform;

/// Which list of slots: the weekly ones, or those of exception `n`.
#[derive(Clone, Copy)]
enum Slots {
    Weekly,
    Exception(usize),
}

fn slots(s: &FileService, list: Slots) -> Option<&Vec<FileSlot>> {
    let schedule = s.schedule.as_ref()?;
    match list {
        Slots::Weekly => Some(&schedule.slots),
        Slots::Exception(n) => schedule.exceptions.get(n).map(|e| &e.slots),
    }
}

fn slots_mut(s: &mut FileService, list: Slots) -> Option<&mut Vec<FileSlot>> {
    let schedule = s.schedule.as_mut()?;
    match list {
        Slots::Weekly => Some(&mut schedule.slots),
        Slots::Exception(n) => schedule.exceptions.get_mut(n).map(|e| &mut e.slots),
    }
}

fn schedule_mut(s: &mut FileService) -> &mut FileSchedule {
    s.schedule.get_or_insert_with(FileSchedule::default)
}

const DAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

fn slot_rows(lang: Lang, i: usize, list: Slots, at: At, weekly: bool) -> impl IntoView {
    let editor = use_editor();
    let t = move |m: EdMsg| ed(lang, m).to_string();
    let count = editor.read(|f| f.services.get(i).and_then(|s| slots(s, list)).map_or(0, Vec::len)).unwrap_or(0);
    let modes = [
        ("", EdMsg::ModeNone),
        ("walk_in", EdMsg::ModeWalkIn),
        ("appointment", EdMsg::ModeAppointment),
        ("phone", EdMsg::ModePhone),
    ]
    .iter()
    .map(|(v, m)| (v.to_string(), ed(lang, *m).to_string()))
    .collect::<Vec<_>>();
    let rows: Vec<_> = (0..count)
        .map(|k| {
            let here = at.item(k);
            let get = move |read: fn(&FileSlot) -> String| {
                sget(i, move |s| slots(s, list).and_then(|l| l.get(k)).map(read).unwrap_or_default())
            };
            let set = move |write: fn(&mut FileSlot, String)| {
                sset(i, move |s, v: String| {
                    if let Some(slot) = slots_mut(s, list).and_then(|l| l.get_mut(k)) {
                        write(slot, v);
                    }
                })
            };
            let days = weekly.then(|| {
                let options = DAYS
                    .iter()
                    .enumerate()
                    .map(|(n, d)| (d.to_string(), weekday_name(lang, n).to_string(), None))
                    .collect();
                choices(
                    t(EdMsg::FieldDays),
                    options,
                    here.field("days"),
                    sget(i, move |s| slots(s, list).and_then(|l| l.get(k)).map(|x| x.days.clone()).unwrap_or_default()),
                    sset(i, move |s, v| {
                        if let Some(slot) = slots_mut(s, list).and_then(|l| l.get_mut(k)) {
                            slot.days = v;
                        }
                    }),
                )
            });
            let label = format!("{} {}", t(EdMsg::FieldSlots), k + 1);
            view! {
                <fieldset class="item slot">
                    <legend>{label.clone()}</legend>
                    {days}
                    <div class="times">
                        {input(t(EdMsg::FieldOpens), "time", here.field("opens"), get(|x| x.opens.clone()), set(|x, v| x.opens = v))}
                        {input(t(EdMsg::FieldCloses), "time", here.field("closes"), get(|x| x.closes.clone()), set(|x, v| x.closes = v))}
                        {select(t(EdMsg::FieldMode), modes.clone(), here.field("mode"), get(|x| x.mode.clone().unwrap_or_default()), set(|x, v| x.mode = optional(v)))}
                    </div>
                    <button
                        type="button"
                        class="remove"
                        aria-label=format!("{} – {label}", t(EdMsg::Remove))
                        on:click=move |_| editor.edit_structure(move |f| {
                            if let Some(l) = f.services.get_mut(i).and_then(|s| slots_mut(s, list)) {
                                if k < l.len() {
                                    l.remove(k);
                                }
                            }
                        })
                    >
                        {t(EdMsg::Remove)}
                    </button>
                </fieldset>
            }
        })
        .collect();
    let add = move |_| {
        editor.edit_structure(move |f| {
            let Some(s) = f.services.get_mut(i) else { return };
            let days = if weekly { vec!["mo".to_string()] } else { Vec::new() };
            let slot = FileSlot { days, opens: "09:00".into(), closes: "12:00".into(), mode: None };
            if matches!(list, Slots::Weekly) {
                schedule_mut(s).slots.push(slot);
            } else if let Some(l) = slots_mut(s, list) {
                l.push(slot);
            }
        });
    };
    view! {
        {rows}
        <button type="button" class="add" on:click=add>{t(EdMsg::AddSlot)}</button>
    }
}

pub fn hours_editor(lang: Lang, i: usize, at: At) -> impl IntoView {
    let editor = use_editor();
    let t = move |m: EdMsg| ed(lang, m).to_string();
    let has_schedule = editor.read(|f| f.services.get(i).is_some_and(|s| s.schedule.is_some())).unwrap_or(false);
    let exceptions = editor
        .read(|f| f.services.get(i).and_then(|s| s.schedule.as_ref()).map_or(0, |s| s.exceptions.len()))
        .unwrap_or(0);
    let sched =
        move |read: fn(&FileSchedule) -> String| sget(i, move |s| s.schedule.as_ref().map(read).unwrap_or_default());
    let details = has_schedule.then(|| {
        let exception_items: Vec<_> = (0..exceptions)
            .map(|n| {
                let here = at.field("exceptions").item(n);
                let label = format!("{} {}", t(EdMsg::FieldExceptions), n + 1);
                view! {
                    <fieldset class="item exception">
                        <legend>{label.clone()}</legend>
                        {input(
                            t(EdMsg::FieldDate),
                            "date",
                            here.field("date"),
                            sget(i, move |s| s.schedule.as_ref().and_then(|x| x.exceptions.get(n)).map(|e| e.date.clone()).unwrap_or_default()),
                            sset(i, move |s, v: String| if let Some(e) = schedule_mut(s).exceptions.get_mut(n) { e.date = v }),
                        )}
                        <p class="hint">{t(EdMsg::ExceptionClosed)}</p>
                        {slot_rows(lang, i, Slots::Exception(n), here.field("slots"), false)}
                        {texts(
                            t(EdMsg::FieldNote),
                            here.field("note"),
                            false,
                            sget(i, move |s| s.schedule.as_ref().and_then(|x| x.exceptions.get(n)).map(|e| e.note.clone()).unwrap_or_default()),
                            sset(i, move |s, change| if let Some(e) = schedule_mut(s).exceptions.get_mut(n) { merge_language(&mut e.note, change) }),
                        )}
                        <button
                            type="button"
                            class="remove"
                            aria-label=format!("{} – {label}", t(EdMsg::Remove))
                            on:click=move |_| editor.edit_structure(move |f| {
                                if let Some(x) = f.services.get_mut(i).and_then(|s| s.schedule.as_mut()) {
                                    if n < x.exceptions.len() {
                                        x.exceptions.remove(n);
                                    }
                                }
                            })
                        >
                            {t(EdMsg::Remove)}
                        </button>
                    </fieldset>
                }
            })
            .collect();
        let add_exception = move |_| {
            let date = berlin_local(platform::now_unix()).date.to_string();
            editor.edit_structure(move |f| {
                if let Some(s) = f.services.get_mut(i) {
                    schedule_mut(s).exceptions.push(FileException { date, ..FileException::default() });
                }
            });
        };
        view! {
            <div class="validity">
                {input(t(EdMsg::FieldValidFrom), "date", at.field("valid_from"), sched(|x| x.valid_from.clone().unwrap_or_default()), sset(i, |s, v| schedule_mut(s).valid_from = optional(v)))}
                {input(t(EdMsg::FieldValidTo), "date", at.field("valid_to"), sched(|x| x.valid_to.clone().unwrap_or_default()), sset(i, |s, v| schedule_mut(s).valid_to = optional(v)))}
            </div>
            {checkbox(t(EdMsg::OpenOnHolidays), at.field("open_on_holidays"), sget(i, |s| s.schedule.as_ref().is_some_and(|x| x.open_on_holidays)), sset(i, |s, on| schedule_mut(s).open_on_holidays = on))}
            <h4>{t(EdMsg::FieldExceptions)}</h4>
            {exception_items}
            <button type="button" class="add" on:click=add_exception>{t(EdMsg::AddException)}</button>
            {texts(
                t(EdMsg::FieldNote),
                at.field("note"),
                true,
                sget(i, |s| s.schedule.as_ref().map(|x| x.note.clone()).unwrap_or_default()),
                sset(i, |s, change| merge_language(&mut schedule_mut(s).note, change)),
            )}
            {input(t(EdMsg::FieldAsOf), "text", at.field("as_of"), sched(|x| x.as_of.clone().unwrap_or_default()), sset(i, |s, v| schedule_mut(s).as_of = optional(v)))}
        }
    });
    let whole = at.clone();
    view! {
        <section aria-labelledby=format!("s{i}-hours")>
            <h3 id=format!("s{i}-hours")>{t(EdMsg::SectionHours)}</h3>
            <p class="field-problem" role="alert">{move || super::fields::problems_at(editor, &whole).join(" ")}</p>
            {slot_rows(lang, i, Slots::Weekly, at.field("slots"), true)}
            {details}
        </section>
    }
}
