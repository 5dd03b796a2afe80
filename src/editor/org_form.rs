//! The form of one organization (provider).

use std::sync::Arc;

use leptos::prelude::*;

use super::fields::{input, merge_language, optional, texts, At, Getter, Setter};
use super::state::{use_editor, View};
use crate::domain::file::{FileDirectory, FileOrganization, FileSource};
use crate::i18n::editor::{ed, EdMsg};

fn oget<T: Default + 'static>(i: usize, get: impl Fn(&FileOrganization) -> T + Send + Sync + 'static) -> Getter<T> {
    Arc::new(move |f: &FileDirectory| f.organizations.get(i).map(&get).unwrap_or_default())
}

fn oset<T: 'static>(i: usize, set: impl Fn(&mut FileOrganization, T) + Send + Sync + 'static) -> Setter<T> {
    Arc::new(move |f: &mut FileDirectory, v: T| {
        if let Some(o) = f.organizations.get_mut(i) {
            set(o, v);
        }
    })
}

#[component]
pub fn OrganizationForm(index: usize) -> impl IntoView {
    let editor = use_editor();
    let at =
        At { entry: Signal::stored(format!("organizations[{index}]")), key: format!("o{index}"), path: String::new() };
    let form = move || {
        editor.structure.track();
        let lang = editor.lang.get();
        let t = move |m: EdMsg| ed(lang, m).to_string();
        let Some((published, sources)) = editor.draft.with_untracked(|d| {
            let d = d.as_ref()?;
            let o = d.file.organizations.get(index)?;
            Some((d.base.organizations.iter().any(|b| b.id == o.id), o.sources.len()))
        }) else {
            return ().into_any();
        };
        let id = if published {
            let id = editor.read(|f| f.organizations[index].id.clone()).unwrap_or_default();
            view! { <p><span class="label">{t(EdMsg::FieldId)}</span>": "<code>{id}</code>" "<span class="hint">{t(EdMsg::IdLocked)}</span></p> }.into_any()
        } else {
            input(
                t(EdMsg::FieldId),
                "text",
                at.field("id"),
                oget(index, |o| o.id.clone()),
                oset(index, |o, v: String| o.id = v.trim().to_string()),
            )
            .into_any()
        };
        let source_items: Vec<_> = (0..sources)
            .map(|j| {
                let here = at.field("sources").item(j);
                view! {
                    <fieldset class="item">
                        <legend>{format!("{} {}", t(EdMsg::FieldSources), j + 1)}</legend>
                        {input(t(EdMsg::FieldUrl), "url", here.field("url"), oget(index, move |o| o.sources.get(j).map(|s| s.url.clone()).unwrap_or_default()), oset(index, move |o, v: String| if let Some(s) = o.sources.get_mut(j) { s.url = v.trim().to_string() }))}
                        {input(t(EdMsg::FieldDate), "text", here.field("date"), oget(index, move |o| o.sources.get(j).and_then(|s| s.date.clone()).unwrap_or_default()), oset(index, move |o, v| if let Some(s) = o.sources.get_mut(j) { s.date = optional(v) }))}
                    </fieldset>
                }
            })
            .collect();
        let add_source = move |_| {
            editor.edit_structure(move |f| {
                if let Some(o) = f.organizations.get_mut(index) {
                    o.sources.push(FileSource::default());
                }
            });
        };
        view! {
            {id}
            {input(t(EdMsg::FieldName), "text", at.field("name"), oget(index, |o| o.name.clone()), oset(index, |o, v| o.name = v))}
            {texts(t(EdMsg::FieldDescription), at.field("description"), true, oget(index, |o| o.description.clone()), oset(index, |o, change| merge_language(&mut o.description, change)))}
            {input(t(EdMsg::FieldWebsite), "url", at.field("website"), oget(index, |o| o.website.clone().unwrap_or_default()), oset(index, |o, v| o.website = optional(v)))}
            {source_items}
            <button type="button" class="add" on:click=add_source>{t(EdMsg::AddSource)}</button>
            <p class="actions">
                <button type="button" on:click=move |_| editor.view.set(View::OrganizationSheet(index))>{t(EdMsg::SheetOrgButton)}</button>
            </p>
        }
        .into_any()
    };
    let title = move || {
        editor.draft.with(|d| {
            d.as_ref().and_then(|d| d.file.organizations.get(index)).map(|o| o.name.clone()).unwrap_or_default()
        })
    };
    view! {
        <form class="entry-form" on:submit=|ev| ev.prevent_default() aria-labelledby="entry-title">
            <p>
                <button type="button" class="link" on:click=move |_| editor.view.set(View::List)>{move || editor.t(EdMsg::Back)}</button>
            </p>
            <h2 id="entry-title">{title}</h2>
            {form}
        </form>
    }
}
