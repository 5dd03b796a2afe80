//! The translation hand-off: the texts one language needs as a table (CSV)
//! for translators, and the translated table taken back after a complete
//! check (`domain::translate`). Taking it back is one edit of the draft, so
//! it is saved and published like any other change.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::use_editor;
use crate::domain::hours::berlin_local;
use crate::domain::parse::is_language_code;
use crate::domain::translate::{counts, export_csv, import_csv, units, Scope};
use crate::i18n::editor::{import_problem_text, translation_context, EdMsg};
use crate::i18n::{fill, language_endonym, Lang};
use crate::platform;

/// What the last import did.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    Taken { rows: usize, changed: usize, lang: String },
    Refused(Vec<String>),
}

const SCOPES: [(Scope, &str, EdMsg); 3] = [
    (Scope::Needed, "needed", EdMsg::TransScopeNeeded),
    (Scope::Unreviewed, "unreviewed", EdMsg::TransScopeUnreviewed),
    (Scope::All, "all", EdMsg::TransScopeAll),
];

#[component]
pub fn TranslationsView() -> impl IntoView {
    let editor = use_editor();
    let lang = RwSignal::new("uk".to_string());
    let scope = RwSignal::new(Scope::Needed);
    let targets: Vec<_> = Lang::ALL
        .iter()
        .filter(|l| l.code() != "de")
        .map(|l| view! { <option value=l.code() lang=l.html_lang()>{l.endonym()}</option> })
        .collect();
    let wanted = Memo::new(move |_| {
        editor.draft.with(|d| d.as_ref().map(|d| units(&d.file, &lang.get(), scope.get()).len()).unwrap_or(0))
    });
    let count_text = move || {
        let (missing, outdated) =
            editor.draft.with(|d| d.as_ref().map(|d| counts(&d.file, &lang.get())).unwrap_or((0, 0)));
        fill(editor.t(EdMsg::TransCounts), &[("missing", &missing.to_string()), ("outdated", &outdated.to_string())])
    };
    let download = move |_| {
        let code = lang.get_untracked();
        let Some(csv) =
            editor.read(|f| export_csv(&units(f, &code, scope.get_untracked()), &code, &|u| translation_context(f, u)))
        else {
            return;
        };
        let today = berlin_local(platform::now_unix()).date;
        platform::download(&format!("wegweiser-{code}-{today}.csv"), "text/csv;charset=utf-8", &csv);
    };
    let scope_choices: Vec<_> = SCOPES
        .iter()
        .map(|&(s, value, msg)| {
            let id = format!("scope-{value}");
            view! {
                <div class="choice">
                    <input type="radio" name="scope" id=id.clone() value=value prop:checked=move || scope.get() == s on:change=move |_| scope.set(s)/>
                    <label for=id>{move || editor.t(msg)}</label>
                </div>
            }
        })
        .collect();
    view! {
        <section aria-labelledby="trans-heading" class="translations">
            <h2 id="trans-heading">{move || editor.t(EdMsg::TransHeading)}</h2>
            <p>{move || editor.t(EdMsg::TransIntro)}</p>
            <div class="field">
                <label for="trans-lang">{move || editor.t(EdMsg::TransLanguage)}</label>
                <select id="trans-lang" prop:value=move || lang.get() on:change=move |ev| lang.set(event_target_value(&ev))>
                    {targets}
                </select>
            </div>
            <p data-testid="trans-counts">{count_text}</p>
            <fieldset>
                <legend>{move || editor.t(EdMsg::TransScope)}</legend>
                {scope_choices}
            </fieldset>
            <p>
                {move || {
                    let n = wanted.get();
                    if n == 0 {
                        view! { <span class="muted">{editor.t(EdMsg::TransExportNone)}</span> }.into_any()
                    } else {
                        view! {
                            <button type="button" class="primary" data-testid="trans-export" on:click=download>
                                {fill(editor.t(EdMsg::TransExport), &[("count", &n.to_string())])}
                            </button>
                        }
                        .into_any()
                    }
                }}
            </p>
            <p class="hint">{move || editor.t(EdMsg::TransColumns)}</p>
            <ImportPart/>
        </section>
    }
}

/// Taking a translated table back: checked whole, then one edit of the draft.
#[component]
fn ImportPart() -> impl IntoView {
    let editor = use_editor();
    let outcome = RwSignal::new(None::<Outcome>);
    let chosen = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        leptos::task::spawn_local(async move {
            let Some(text) = platform::read_chosen_file(&input).await else { return };
            input.set_value("");
            let ui = editor.lang.get_untracked();
            // Checked and applied in one go on the draft as it is now.
            let Some(result) = editor.read(|f| import_csv(f, &text, &is_language_code)) else { return };
            match result {
                Ok(imported) => {
                    let (rows, changed, code) = (imported.rows, imported.changed, imported.lang.clone());
                    if changed > 0 {
                        editor.edit_structure(move |f| *f = imported.file);
                    }
                    outcome.set(Some(Outcome::Taken { rows, changed, lang: code }));
                }
                Err(problems) => {
                    let texts = editor
                        .read(|f| problems.iter().map(|p| import_problem_text(ui, f, p)).collect())
                        .unwrap_or_default();
                    outcome.set(Some(Outcome::Refused(texts)));
                }
            }
        });
    };
    let report = move || {
        outcome.get().map(|o| match o {
            Outcome::Taken { rows, changed, lang } => {
                let args = [("rows", rows.to_string()), ("changed", changed.to_string()), ("lang", language_endonym(&lang).to_string())];
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                view! { <p class="ok" role="status" data-testid="import-done">{fill(editor.t(EdMsg::TransImported), &args)}</p> }.into_any()
            }
            Outcome::Refused(problems) => {
                let items: Vec<_> = problems.into_iter().map(|p| view! { <li>{p}</li> }).collect();
                view! {
                    <div class="warning" role="alert" data-testid="import-refused">
                        <p>{editor.t(EdMsg::TransRefused)}</p>
                        <ul>{items}</ul>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <div class="field">
            <label for="trans-import">{move || editor.t(EdMsg::TransImport)}</label>
            <input id="trans-import" type="file" accept=".csv,text/csv" on:change=chosen/>
        </div>
        {report}
    }
}
