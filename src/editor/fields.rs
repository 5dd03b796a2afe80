//! Form fields bound to one place in the draft: a label, the input, and the
//! validator's problems at that place, in plain words, right below it.
//!
//! Inputs are uncontrolled: they start from the draft and write every
//! keystroke into it; they are drawn anew only when the form's structure
//! changes (see [`Editor::structure`]), so the caret never jumps.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::{use_editor, Editor};
use crate::domain::file::{FileDirectory, FileService};
use crate::domain::Text;
use crate::i18n::editor::{ed, problem_text, EdMsg};
use crate::i18n::{language_endonym, Lang};

pub type Getter<T> = Arc<dyn Fn(&FileDirectory) -> T + Send + Sync>;
pub type Setter<T> = Arc<dyn Fn(&mut FileDirectory, T) + Send + Sync>;

/// A place in the draft: the entry as the validator names it (it may change
/// while a new entry's id is typed, hence a signal), the field path inside
/// it, and a stable prefix for element ids (`s3`: the fourth offer).
#[derive(Clone)]
pub struct At {
    pub entry: Signal<String>,
    pub key: String,
    pub path: String,
}

impl At {
    pub fn field(&self, path: &str) -> At {
        let path = if self.path.is_empty() { path.to_string() } else { format!("{}.{path}", self.path) };
        At { entry: self.entry, key: self.key.clone(), path }
    }

    pub fn item(&self, index: usize) -> At {
        At { entry: self.entry, key: self.key.clone(), path: format!("{}[{index}]", self.path) }
    }

    /// The element id of this field.
    pub fn id(&self) -> String {
        dom_id(&self.key, &self.path)
    }
}

/// `s3` + `schedule.slots[0].opens` → `s3-schedule-slots-0-opens`.
pub fn dom_id(key: &str, path: &str) -> String {
    let mut id = format!("{key}-");
    for c in path.chars() {
        id.push(if c.is_ascii_alphanumeric() { c } else { '-' });
    }
    id.trim_end_matches('-').replace("--", "-")
}

/// The problems at exactly this place, in the editor's language (tracked).
pub fn problems_at(editor: Editor, at: &At) -> Vec<String> {
    let entry = at.entry.get();
    let lang = editor.lang.get();
    editor.issues.with(|issues| {
        issues
            .iter()
            // A text's problems as a whole (its German text missing) show at its German field.
            .filter(|i| {
                i.entry == entry && (i.field == at.path || at.path.strip_suffix(".de") == Some(i.field.as_str()))
            })
            .map(|i| problem_text(lang, &i.problem))
            .collect()
    })
}

/// The problem texts below a field; the input points at them.
fn problems_view(editor: Editor, at: At) -> impl IntoView {
    let id = format!("{}-problem", at.id());
    view! {
        <p class="field-problem" id=id role="alert">
            {move || problems_at(editor, &at).join(" ")}
        </p>
    }
}

fn invalid(editor: Editor, at: &At) -> impl Fn() -> Option<&'static str> + Send + Sync + 'static {
    let at = at.clone();
    move || (!problems_at(editor, &at).is_empty()).then_some("true")
}

/// A one-line input (`kind`: text, tel, email, url, date, time).
pub fn input(label: String, kind: &'static str, at: At, get: Getter<String>, set: Setter<String>) -> impl IntoView {
    line(label, kind, at, get, set, None)
}

/// A one-line input, for a text in `lang` when given (its script direction).
fn line(
    label: String,
    kind: &'static str,
    at: At,
    get: Getter<String>,
    set: Setter<String>,
    lang: Option<&'static str>,
) -> impl IntoView {
    let editor = use_editor();
    let id = at.id();
    let initial = editor.read(|f| get(f)).unwrap_or_default();
    let problem_id = format!("{id}-problem");
    let dir = lang.map(|code| Lang::from_code(code).map_or("ltr", |l| l.dir()));
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type=kind
                lang=lang
                dir=dir
                value=initial
                aria-invalid=invalid(editor, &at)
                aria-describedby=problem_id
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    let set = set.clone();
                    editor.edit(move |f| set(f, value));
                }
            />
            {problems_view(editor, at)}
        </div>
    }
}

/// A multi-line input.
pub fn textarea(label: String, at: At, get: Getter<String>, set: Setter<String>, lang: &'static str) -> impl IntoView {
    let editor = use_editor();
    let id = at.id();
    let initial = editor.read(|f| get(f)).unwrap_or_default();
    let problem_id = format!("{id}-problem");
    let dir = Lang::from_code(lang).map_or("ltr", |l| l.dir());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                rows="3"
                lang=lang
                dir=dir
                aria-invalid=invalid(editor, &at)
                aria-describedby=problem_id
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    let set = set.clone();
                    editor.edit(move |f| set(f, value));
                }
            >
                {initial}
            </textarea>
            {problems_view(editor, at)}
        </div>
    }
}

/// A choice from a fixed list: `(value, label)`; the value `""` means "none".
pub fn select(
    label: String,
    options: Vec<(String, String)>,
    at: At,
    get: Getter<String>,
    set: Setter<String>,
) -> impl IntoView {
    let editor = use_editor();
    let id = at.id();
    let initial = editor.read(|f| get(f)).unwrap_or_default();
    let options: Vec<_> = options
        .into_iter()
        .map(|(value, text)| {
            let selected = value == initial;
            view! { <option value=value selected=selected>{text}</option> }
        })
        .collect();
    let problem_id = format!("{id}-problem");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                aria-invalid=invalid(editor, &at)
                aria-describedby=problem_id
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let set = set.clone();
                    editor.edit(move |f| set(f, value));
                }
            >
                {options}
            </select>
            {problems_view(editor, at)}
        </div>
    }
}

/// A yes/no box.
pub fn checkbox(label: String, at: At, get: Getter<bool>, set: Setter<bool>) -> impl IntoView {
    let editor = use_editor();
    let id = at.id();
    let initial = editor.read(|f| get(f)).unwrap_or_default();
    view! {
        <div class="field check">
            <input
                id=id.clone()
                type="checkbox"
                checked=initial
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    let set = set.clone();
                    editor.edit(move |f| set(f, on));
                }
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// Several choices from a list (topics, target groups, languages): the
/// chosen values in the list's order.
pub fn choices(
    legend: String,
    options: Vec<(String, String, Option<&'static str>)>,
    at: At,
    get: Getter<Vec<String>>,
    set: Setter<Vec<String>>,
) -> impl IntoView {
    let editor = use_editor();
    let chosen = editor.read(|f| get(f)).unwrap_or_default();
    let order: Arc<Vec<String>> = Arc::new(options.iter().map(|(v, _, _)| v.clone()).collect());
    let boxes: Vec<_> = options
        .into_iter()
        .map(|(value, text, lang)| {
            let id = format!("{}-{}", at.id(), value);
            let checked = chosen.contains(&value);
            let (get, set, order) = (get.clone(), set.clone(), order.clone());
            view! {
                <li>
                    <input
                        id=id.clone()
                        type="checkbox"
                        checked=checked
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let (get, set, order, value) = (get.clone(), set.clone(), order.clone(), value.clone());
                            editor.edit(move |f| {
                                let mut list = get(f);
                                list.retain(|v| *v != value);
                                if on {
                                    list.push(value);
                                }
                                // Known values in the list's order, unknown ones after them.
                                let rank = |v: &String| order.iter().position(|o| o == v).unwrap_or(usize::MAX);
                                list.sort_by_key(rank);
                                set(f, list);
                            });
                        }
                    />
                    <label for=id lang=lang>{text}</label>
                </li>
            }
        })
        .collect();
    let described = format!("{}-problem", at.id());
    view! {
        <fieldset class="choices" aria-describedby=described>
            <legend>{legend}</legend>
            <ul>{boxes}</ul>
            {problems_view(editor, at)}
        </fieldset>
    }
}

/// A text in several languages: German (required where the format says
/// so), then the other UI languages, each saying whether it is there.
/// `set` receives one language's change as a one-entry text (an empty text
/// removes that language); [`merge_language`] applies it.
pub fn texts(label: String, at: At, long: bool, get: Getter<Text>, set: Setter<Text>) -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang.get_untracked();
    let field = |code: &'static str, label: String| {
        let get = get.clone();
        let set = set.clone();
        let get_one: Getter<String> = Arc::new(move |f| get(f).0.get(code).cloned().unwrap_or_default());
        let set_one: Setter<String> =
            Arc::new(move |f, value: String| set(f, Text::from_pairs(&[(code, value.as_str())])));
        let at = at.field(code);
        if long {
            textarea(label, at, get_one, set_one, code).into_any()
        } else {
            line(label, "text", at, get_one, set_one, Some(code)).into_any()
        }
    };
    let german = field("de", format!("{label} – {}", ed(lang, EdMsg::TextGerman)));
    let others: Vec<_> = Lang::ALL
        .iter()
        .filter(|l| l.code() != "de")
        .map(|l| {
            let code = l.code();
            let get = get.clone();
            let missing = move || {
                let has = editor.draft.with(|d| {
                    d.as_ref().is_some_and(|d| get(&d.file).0.get(code).is_some_and(|t| !t.trim().is_empty()))
                });
                (!has).then(|| editor.t(EdMsg::TransMissing))
            };
            let label = format!("{label} – {}", language_endonym(code));
            view! { <div class="translation">{field(code, label)}<span class="trans-state">{missing}</span></div> }
        })
        .collect();
    view! {
        <div class="texts">
            {german}
            <details>
                <summary>{move || editor.t(EdMsg::Translations)}</summary>
                {others}
            </details>
        </div>
    }
}

/// Merges a one-language change (see [`texts`]) into a text.
pub fn merge_language(text: &mut Text, change: Text) {
    for (code, value) in change.0 {
        if value.is_empty() {
            text.0.remove(&code);
        } else {
            text.0.insert(code, value);
        }
    }
}

/// A getter on the offer at position `i`.
pub fn sget<T: Default + 'static>(i: usize, get: impl Fn(&FileService) -> T + Send + Sync + 'static) -> Getter<T> {
    Arc::new(move |f: &FileDirectory| f.services.get(i).map(&get).unwrap_or_default())
}

/// A setter on the offer at position `i`.
pub fn sset<T: 'static>(i: usize, set: impl Fn(&mut FileService, T) + Send + Sync + 'static) -> Setter<T> {
    Arc::new(move |f: &mut FileDirectory, v: T| {
        if let Some(s) = f.services.get_mut(i) {
            set(s, v);
        }
    })
}

/// `""` → `None`, else the trimmed value.
pub fn optional(value: String) -> Option<String> {
    let value = value.trim().to_string();
    (!value.is_empty()).then_some(value)
}

/// A decimal number (coordinates): `Some` when it reads as one (a comma
/// counts as the decimal point), `None` when empty; what does not read as a
/// number stays in the field with a message and changes nothing.
pub fn number(label: String, at: At, get: Getter<Option<f64>>, set: Setter<Option<f64>>) -> impl IntoView {
    let editor = use_editor();
    let id = at.id();
    let initial = editor.read(|f| get(f)).flatten().map(|v| v.to_string()).unwrap_or_default();
    let unreadable = RwSignal::new(None::<String>);
    let problem_id = format!("{id}-problem");
    let problems = at.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="text"
                inputmode="decimal"
                value=initial
                aria-invalid=move || unreadable.with(Option::is_some).then_some("true")
                aria-describedby=problem_id.clone()
                on:input=move |ev| {
                    let text = event_target_value(&ev).trim().replace(',', ".");
                    let value = if text.is_empty() { Some(None) } else { text.parse::<f64>().ok().map(Some) };
                    match value {
                        Some(value) => {
                            unreadable.set(None);
                            let set = set.clone();
                            editor.edit(move |f| set(f, value));
                        }
                        None => unreadable.set(Some(text)),
                    }
                }
            />
            <p class="field-problem" id=problem_id role="alert">
                {move || {
                    let lang = editor.lang.get();
                    match unreadable.get() {
                        Some(text) => crate::i18n::fill(ed(lang, EdMsg::ProblemNotANumber), &[("value", &text)]),
                        None => problems_at(editor, &problems).join(" "),
                    }
                }}
            </p>
        </div>
    }
}
