//! Directory texts in the UI language, with an honest fallback to German.

use leptos::prelude::*;

use crate::domain::Text;
use crate::i18n::{format_date, tr, Msg};
use crate::state::use_i18n;

/// Whether a German fallback says so visibly.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fallback {
    Silent,
    Marked,
}

/// Renders `text` in the UI language. Where that language is missing the
/// German text is shown, marked `lang="de"` so screen readers pronounce it
/// right and `dir="ltr"` so that inside Arabic or Farsi it is an isolated
/// left-to-right run (its full stop stays at its end). For names and short
/// labels; see [`localized_marked`] for running text.
pub fn localized(text: Text) -> impl IntoView {
    localized_text(text, Fallback::Silent)
}

/// As [`localized`], with a visible "only in German" note beside a German
/// fallback (descriptions, summaries, notices).
pub fn localized_marked(text: Text) -> impl IntoView {
    localized_text(text, Fallback::Marked)
}

fn localized_text(text: Text, fallback: Fallback) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang.get();
        let l = text.get(lang.code());
        let note = (fallback == Fallback::Marked && l.fallback).then(|| {
            view! { <span class="only-de">{tr(lang, Msg::OnlyInGerman)}</span> }
        });
        view! {
            <span lang=l.lang dir=l.fallback.then_some("ltr")>{l.text.to_string()}</span>
            {note}
        }
    }
}

/// `text` in the UI language (or German) as a plain string, for attributes and titles.
pub fn plain(text: &Text, lang: crate::i18n::Lang) -> String {
    text.get(lang.code()).text.to_string()
}

/// A message with one `{date}` placeholder filled in, reactive to the language.
pub fn dated(msg: Msg, date: crate::domain::date::Date) -> impl Fn() -> String + Send + Sync + Copy + 'static {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang.get();
        crate::i18n::fill(tr(lang, msg), &[("date", &format_date(lang, date))])
    }
}

/// A translated sentence with one `{name}` placeholder whose value (a link,
/// a phone number) must read left to right even inside Arabic or Farsi text:
/// the value is isolated in `<bdi dir="ltr">`.
pub fn with_ltr(template: &str, name: &str, value: String) -> impl IntoView {
    let marker = format!("{{{name}}}");
    let (before, after) = template.split_once(&marker).unwrap_or((template, ""));
    view! {
        {before.to_string()}
        <bdi dir="ltr">{value}</bdi>
        {after.to_string()}
    }
}

/// The message for how an offer is reached: appointment, walk-in, either.
pub fn appointment_msg(a: crate::domain::Appointment) -> Msg {
    match a {
        crate::domain::Appointment::Required => Msg::AppointmentRequired,
        crate::domain::Appointment::WalkIn => Msg::AppointmentWalkIn,
        crate::domain::Appointment::WalkInOrAppointment => Msg::AppointmentEither,
    }
}
