//! The preview: the offer page exactly as the app draws it (the app's own
//! page code), in any UI language (right to left for Arabic and Farsi), at a
//! date and time the editor picks, so "open now" and the week view can be
//! checked before saving. Links in it do nothing: the editor stays open.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::use_editor;
use crate::domain::date::{Date, TimeOfDay};
use crate::domain::file::FileDirectory;
use crate::domain::hours::{berlin_local, berlin_unix};
use crate::domain::{validate, Directory};
use crate::i18n::editor::EdMsg;
use crate::i18n::Lang;
use crate::pages::offer::offer_view;
use crate::platform;
use crate::state::directory::provide_directory_from;
use crate::state::{ensure_locale, Clock, I18n, Load, MyContacts, Settings, Site, Staff, TitleSink};

/// The offer at `index` alone in a directory with the draft's tables, validated
/// as the app validates it: `None` while it has problems.
fn single(file: &FileDirectory, index: usize) -> Option<Arc<Directory>> {
    let service = file.services.get(index)?.clone();
    let dir = FileDirectory {
        first_stop: service.id.clone(),
        services: vec![service],
        format: file.format.clone(),
        format_version: file.format_version,
        data_version: file.data_version.clone(),
        sample: file.sample,
        text_languages: file.text_languages.clone(),
        municipality: file.municipality.clone(),
        emergency: file.emergency.clone(),
        categories: file.categories.clone(),
        target_groups: file.target_groups.clone(),
        organizations: file.organizations.clone(),
    };
    // As newcomers will see it: translations a German change left behind are not shown.
    validate(dir).ok().map(|mut d| {
        d.hide_outdated();
        Arc::new(d)
    })
}

#[component]
pub fn Preview(index: usize) -> impl IntoView {
    let editor = use_editor();
    // The app's state, for the preview only: its language, a clock that
    // stands where the editor puts it, nothing stored, no document title.
    let i18n = I18n {
        lang: RwSignal::new(Lang::De),
        chosen: RwSignal::new(true),
        unavailable: RwSignal::new(None),
        settings: Settings::provide(false),
    };
    provide_context(i18n);
    let now = RwSignal::new(platform::now_unix());
    Clock::provide_fixed(now);
    provide_context(Site { origin: platform::origin().into(), live: true });
    MyContacts::provide();
    provide_context(Staff { on: RwSignal::new(false), referral: RwSignal::new(Vec::new()) });
    provide_context(TitleSink(RwSignal::new(String::new())));
    let directory = Memo::new(move |_| editor.draft.with(|d| d.as_ref().and_then(|d| single(&d.file, index))));
    // The app's pages read the draft's offer as their directory (derived, not copied).
    provide_directory_from(Signal::derive(move || directory.get().map_or(Load::Loading, Load::Ready)), i18n);

    let languages: Vec<_> =
        Lang::ALL.iter().map(|l| view! { <option value=l.code() lang=l.html_lang()>{l.endonym()}</option> }).collect();
    let choose = move |ev: leptos::ev::Event| {
        let Some(lang) = Lang::from_code(&event_target_value(&ev)) else { return };
        leptos::task::spawn_local(async move {
            if ensure_locale(lang).await.is_ok() {
                i18n.lang.set(lang);
            }
        });
    };
    let start = berlin_local(now.get_untracked());
    let (date, time) = (RwSignal::new(start.date.to_string()), RwSignal::new(start.time.to_string()));
    let set_clock = move || {
        if let (Some(d), Some(t)) = (Date::parse(&date.get_untracked()), TimeOfDay::parse(&time.get_untracked())) {
            now.set(berlin_unix(d, t));
        }
    };
    let page = move || match directory.get() {
        Some(dir) => {
            let service = dir.services[0].clone();
            offer_view(&dir, service).into_any()
        }
        None => view! { <p class="preview-invalid">{editor.t(EdMsg::PreviewInvalid)}</p> }.into_any(),
    };
    view! {
        <aside class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{move || editor.t(EdMsg::SectionPreview)}</h2>
            <div class="preview-controls">
                <label for="preview-lang">{move || editor.t(EdMsg::PreviewLanguage)}</label>
                <select id="preview-lang" on:change=choose>{languages}</select>
                <fieldset>
                    <legend>{move || editor.t(EdMsg::PreviewTime)}</legend>
                    <input
                        type="date"
                        id="preview-date"
                        aria-label=move || editor.t(EdMsg::PreviewTime)
                        value=date.get_untracked()
                        on:input=move |ev| {
                            date.set(event_target_value(&ev));
                            set_clock();
                        }
                    />
                    <input
                        type="time"
                        id="preview-time"
                        aria-label=move || editor.t(EdMsg::PreviewTime)
                        value=time.get_untracked()
                        on:input=move |ev| {
                            time.set(event_target_value(&ev));
                            set_clock();
                        }
                    />
                </fieldset>
            </div>
            <div
                class="preview-page app-look"
                data-testid="preview"
                lang=move || i18n.lang.get().html_lang()
                dir=move || i18n.lang.get().dir()
                on:click=|ev| {
                    if platform::is_link_click(&ev) {
                        ev.prevent_default();
                    }
                }
            >
                {page}
            </div>
        </aside>
    }
}
