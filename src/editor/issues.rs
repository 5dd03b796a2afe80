//! The draft's problems as a list of links: each opens its entry and puts
//! the keyboard focus on the field.

use leptos::prelude::*;

use super::fields::dom_id;
use super::state::{use_editor, Editor, View};
use crate::domain::edit::service_index;
use crate::domain::Issue;
use crate::i18n::editor::{entry_label, field_label, problem_text, EdMsg};
use crate::i18n::fill;
use crate::platform;

/// Opens the entry of `issue` and focuses its field.
pub fn go_to(editor: Editor, issue: &Issue) {
    let (view, key) = editor
        .read(|f| {
            if let Some(i) = service_index(f, &issue.entry) {
                return Some((View::Service(i), format!("s{i}")));
            }
            let n = issue.entry.strip_prefix("organizations[")?.strip_suffix(']')?.parse::<usize>().ok()?;
            Some((View::Organization(n), format!("o{n}")))
        })
        .flatten()
        .unwrap_or((View::List, String::new()));
    editor.view.set(view);
    let field = &issue.field;
    let first = field.split(['.', '[']).next().unwrap_or("");
    platform::focus_after_render(vec![
        dom_id(&key, field),
        dom_id(&key, &format!("{field}.de")),
        dom_id(&key, &format!("{field}-0")),
        format!("{key}-{first}"),
        "entry-title".into(),
    ]);
}

/// At most `max` problems, each a button to its field.
pub fn issue_list(max: usize) -> impl IntoView {
    let editor = use_editor();
    move || {
        let lang = editor.lang.get();
        let issues = editor.issues.get();
        if issues.is_empty() {
            return view! { <p class="ok" data-testid="no-problems">{editor.t(EdMsg::NoProblems)}</p> }.into_any();
        }
        let items: Vec<_> = issues
            .iter()
            .take(max)
            .map(|issue| {
                let place = editor.read(|f| entry_label(lang, Some(f), &issue.entry)).unwrap_or_default();
                let field = field_label(lang, &issue.field);
                let text = format!(
                    "{place}{}{field}: {}",
                    if field.is_empty() { "" } else { " › " },
                    problem_text(lang, &issue.problem)
                );
                let issue = issue.clone();
                view! { <li><button type="button" class="link" on:click=move |_| go_to(editor, &issue)>{text}</button></li> }
            })
            .collect();
        view! {
            <div class="problems" role="status">
                <p>{fill(editor.t(EdMsg::ProblemCount), &[("count", &issues.len().to_string())])}</p>
                <ul>{items}</ul>
            </div>
        }
        .into_any()
    }
}
