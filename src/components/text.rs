//! Directory texts in the UI language, with an honest fallback to German.

use leptos::prelude::*;

use crate::app::use_i18n;
use crate::domain::Text;
use crate::i18n::{format_date, tr, Msg};

/// Renders `text` in the UI language. Where that language is missing the
/// German text is shown, marked `lang="de"` so screen readers pronounce it
/// right and `dir="ltr"` so that inside Arabic or Farsi it is an isolated
/// left-to-right run (its full stop stays at its end), and (with `marker`) a
/// visible "only in German" note.
pub fn localized(text: Text, marker: bool) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang.get();
        let l = text.get(lang.code());
        let note = (marker && l.fallback).then(|| {
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
