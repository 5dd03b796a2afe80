//! "Zu prüfen", the editor's start page: how many offers each rule lists,
//! each line saying why and opening the offer at that field, and "checked
//! today" for a selection (the check date and who checked; no content).

use leptos::prelude::*;

use super::fields::dom_id;
use super::state::{use_editor, Editor, View};
use crate::domain::attention::{counts, mark_checked, Reason};
use crate::domain::SOURCE_LANGUAGE;
use crate::i18n::editor::{ed, EdMsg};
use crate::i18n::{fill, format_date, format_partial_date, language_endonym, Lang};
use crate::platform;

fn rule_msg(kind: &str) -> EdMsg {
    match kind {
        "not_checked" => EdMsg::RuleNotChecked,
        "hours_expired" => EdMsg::RuleHoursExpired,
        "unconfirmed" => EdMsg::RuleUnconfirmed,
        "no_source" => EdMsg::RuleNoSource,
        "old_sources" => EdMsg::RuleOldSources,
        "no_phone" => EdMsg::RuleNoPhone,
        "no_address" => EdMsg::RuleNoAddress,
        "no_hours" => EdMsg::RuleNoHours,
        "needs_update" => EdMsg::RuleNeedsUpdate,
        _ => EdMsg::RuleNotReviewed,
    }
}

/// The detail a line adds to its rule ("zuletzt geprüft vor 400 Tagen").
fn why(lang: Lang, reason: &Reason) -> Option<String> {
    Some(match reason {
        Reason::NotChecked { days: Some(days) } => fill(ed(lang, EdMsg::WhyNotChecked), &[("days", &days.to_string())]),
        Reason::NotChecked { days: None } => ed(lang, EdMsg::WhyNeverChecked).to_string(),
        Reason::HoursExpired { valid_to } => {
            fill(ed(lang, EdMsg::WhyHoursExpired), &[("date", &format_date(lang, *valid_to))])
        }
        Reason::OldSources { newest } => {
            fill(ed(lang, EdMsg::WhyOldSources), &[("date", &format_partial_date(lang, *newest))])
        }
        Reason::NotReviewed { languages } | Reason::TranslationsOutdated { languages } => {
            languages.iter().map(|l| language_endonym(l)).collect::<Vec<_>>().join(", ")
        }
        _ => return None,
    })
}

/// Marks the offers at `indices` as checked today by `by`.
pub fn check_today(editor: Editor, indices: &[usize], by: &str) {
    let today = editor.clock.today_untracked();
    editor.edit(|f| {
        for &i in indices {
            if let Some(s) = f.services.get_mut(i) {
                mark_checked(s, today, by);
            }
        }
    });
}

fn open_at(editor: Editor, index: usize, field: &str) {
    editor.view.set(View::Service(index));
    let key = format!("s{index}");
    platform::focus_after_render(vec![
        dom_id(&key, field),
        format!("{key}-{}", field.split('.').next().unwrap_or(field)),
        "entry-title".into(),
    ]);
}

#[component]
pub fn NeedsAttention() -> impl IntoView {
    let editor = use_editor();
    let list = editor.attention;
    let selected = RwSignal::new(Vec::<usize>::new());
    let checker = RwSignal::new(ed(editor.lang.get_untracked(), EdMsg::DefaultChecker).to_string());
    let done = RwSignal::new(None::<usize>);
    let rules = move || {
        let lang = editor.lang.get();
        let all = list.get();
        if all.is_empty() {
            return view! { <p class="ok">{ed(lang, EdMsg::AttentionNone)}</p> }.into_any();
        }
        let names = editor
            .read(|f| f.services.iter().map(|s| s.name.get(SOURCE_LANGUAGE).text.to_string()).collect::<Vec<_>>())
            .unwrap_or_default();
        let groups: Vec<_> = counts(&all)
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(kind, n)| {
                let lines: Vec<_> = all
                    .iter()
                    .filter(|a| a.reason.kind() == kind)
                    .map(|a| {
                        let index = a.index;
                        let field = a.reason.field();
                        let name = names.get(index).cloned().unwrap_or_default();
                        let detail = why(lang, &a.reason).map(|w| format!(" – {w}"));
                        let select = (kind == "not_checked").then(|| {
                            let label = fill(ed(lang, EdMsg::SelectEntry), &[("name", &name)]);
                            view! {
                                <input
                                    type="checkbox"
                                    aria-label=label
                                    checked=move || selected.with(|s| s.contains(&index))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        selected.update(|s| {
                                            s.retain(|i| *i != index);
                                            if on {
                                                s.push(index);
                                            }
                                        });
                                    }
                                />
                                " "
                            }
                        });
                        view! {
                            <li>
                                {select}
                                <button type="button" class="entry-link" on:click=move |_| open_at(editor, index, field)>{name}</button>
                                {detail}
                            </li>
                        }
                    })
                    .collect();
                view! {
                    <details class="rule" data-rule=kind>
                        <summary>
                            {ed(lang, rule_msg(kind))}": "
                            <span data-testid=format!("count-{kind}")>{n}</span>
                        </summary>
                        <ul>{lines}</ul>
                    </details>
                }
            })
            .collect();
        view! { <div class="rules">{groups}</div> }.into_any()
    };
    let check_selected = move |_| {
        let indices = selected.get_untracked();
        if indices.is_empty() {
            return;
        }
        check_today(editor, &indices, &checker.get_untracked());
        done.set(Some(indices.len()));
        selected.set(Vec::new());
    };
    view! {
        <section class="attention" aria-labelledby="attention-heading" data-testid="attention">
            <h3 id="attention-heading">{move || editor.t(EdMsg::AttentionHeading)}</h3>
            <p class="hint">{move || editor.t(EdMsg::AttentionIntro)}</p>
            {rules}
            <div class="check-selected">
                <div class="field">
                    <label for="checked-by">{move || editor.t(EdMsg::CheckedBy)}</label>
                    <input id="checked-by" type="text" prop:value=move || checker.get() on:input=move |ev| checker.set(event_target_value(&ev))/>
                </div>
                <button type="button" disabled=move || selected.with(Vec::is_empty) on:click=check_selected>
                    {move || editor.t(EdMsg::CheckSelected)}
                </button>
                <p role="status">{move || done.get().map(|n| fill(editor.t(EdMsg::CheckedDone), &[("count", &n.to_string())]))}</p>
            </div>
        </section>
    }
}
