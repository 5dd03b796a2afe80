//! Search with filters. All state is in the URL (`/search?q=…&topic=…`), so a
//! search can be shared, and survives a reload and the back button.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use std::sync::Arc;

use crate::components::directory_gate::with_directory;
use crate::components::keyed::keyed_list;
use crate::components::offer_card::offer_list;
use crate::components::text::{localized, plain};
use crate::domain::links::tel_uri;
use crate::domain::{Directory, Text};
use crate::finder::{counseling_languages, find};
use crate::i18n::{fill, language_endonym, tr, Msg};
use crate::route::{Route, SearchParams};
use crate::state::{use_clock, use_i18n, use_page_title, use_search_index, use_search_params};

#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_search_params();
    use_page_title(Msg::SearchTitle);
    with_directory(move |dir| {
        view! {
            <h1>{i18n.t(Msg::SearchTitle)}</h1>
            {filters_view(&dir, params)}
            {results_view(dir, params)}
        }
    })
}

/// Topic, counseling language, target group and the three switches; each
/// change replaces the URL's parameters.
fn filters_view(dir: &Directory, params: Memo<SearchParams>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let set_params = move |p: SearchParams| {
        navigate(
            &Route::Search(p).href(),
            NavigateOptions { replace: true, scroll: false, resolve: false, ..Default::default() },
        );
    };
    // Options are keyed by value and their labels follow the UI language.
    let select = {
        let set_params = set_params.clone();
        move |id: &'static str,
              label: Msg,
              options: Vec<FilterOption>,
              get: fn(&SearchParams) -> Option<String>,
              put: fn(&mut SearchParams, Option<String>)| {
            let set_params = set_params.clone();
            view! {
                <div class="filter">
                    <label for=id>{i18n.t(label)}</label>
                    <select
                        id=id
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            let mut p = params.get_untracked();
                            put(&mut p, (!value.is_empty()).then_some(value));
                            set_params(p);
                        }
                    >
                        <option value="" selected=move || get(&params.get()).is_none()>{i18n.t(Msg::FilterAll)}</option>
                        {option_list(options, get, params)}
                    </select>
                </div>
            }
        }
    };
    let topics = dir.categories.iter().map(|c| FilterOption::translated(c.id.clone(), c.name.clone())).collect();
    let languages = counseling_languages(dir)
        .into_iter()
        .map(|code| {
            let name = language_endonym(&code).to_string();
            // A language's name is in that language, whatever the UI language.
            FilterOption { value: code.clone(), label: Label::Fixed(name), lang: Some(code) }
        })
        .collect();
    let groups = dir.target_groups.iter().map(|g| FilterOption::translated(g.id.clone(), g.name.clone())).collect();
    let checkbox = {
        let set_params = set_params.clone();
        move |id: &'static str, label: Msg, get: fn(&SearchParams) -> bool, put: fn(&mut SearchParams, bool)| {
            let set_params = set_params.clone();
            view! {
                <div class="check">
                    <input
                        type="checkbox"
                        id=id
                        prop:checked=move || get(&params.get())
                        on:change=move |ev| {
                            let mut p = params.get_untracked();
                            put(&mut p, event_target_checked(&ev));
                            set_params(p);
                        }
                    />
                    <label for=id>{i18n.t(label)}</label>
                </div>
            }
        }
    };
    view! {
        <details class="filters" open=move || { let p = params.get(); p.topic.is_some() || p.language.is_some() || p.group.is_some() || p.open_now || p.walk_in || p.show_ended }>
            <summary>{i18n.t(Msg::FiltersHeading)}</summary>
            {select("filter-topic", Msg::FilterTopic, topics, |p| p.topic.clone(), |p, v| p.topic = v)}
            {select("filter-language", Msg::FilterLanguage, languages, |p| p.language.clone(), |p, v| p.language = v)}
            {select("filter-group", Msg::FilterGroup, groups, |p| p.group.clone(), |p, v| p.group = v)}
            {checkbox("filter-open", Msg::FilterOpenNow, |p| p.open_now, |p, v| p.open_now = v)}
            {checkbox("filter-walkin", Msg::FilterWalkIn, |p| p.walk_in, |p, v| p.walk_in = v)}
            {checkbox("filter-ended", Msg::FilterShowEnded, |p| p.show_ended, |p, v| p.show_ended = v)}
            <p>
                <a href=Route::Search(SearchParams::default()).href()>{i18n.t(Msg::ResetFilters)}</a>
            </p>
        </details>
    }
}

/// The results for the URL's parameters, keyed by offer id (a result that
/// stays in the list is moved, not drawn anew), or help when nothing matched.
fn results_view(dir: Arc<Directory>, params: Memo<SearchParams>) -> impl IntoView {
    let i18n = use_i18n();
    let index = use_search_index();
    let clock = use_clock();
    // The count of hidden ended offers searches a second time: under a
    // millisecond for a town's directory, and less wasm than a second memo
    // type holding both results (measured 2026-12-01).
    let search = {
        let dir = dir.clone();
        move || index.get().map(|index| find(&dir, &index, &params.get(), clock.local()).hidden_ended)
    };
    let ids = {
        let dir = dir.clone();
        Memo::new(move |_| {
            let Some(index) = index.get() else { return Vec::new() };
            find(&dir, &index, &params.get(), clock.local()).services.iter().map(|s| s.id.clone()).collect()
        })
    };
    let searched = move || index.with(Option::is_some);
    let count = move || {
        let lang = i18n.lang.get();
        searched().then(|| fill(tr(lang, Msg::ResultCount), &[("count", &ids.with(Vec::len).to_string())]))
    };
    let hidden = move || {
        let lang = i18n.lang.get();
        let hidden = search().unwrap_or(0);
        (hidden > 0).then(|| {
            let mut with_ended = params.get();
            with_ended.show_ended = true;
            let text = fill(tr(lang, Msg::EndedHidden), &[("count", &hidden.to_string())]);
            view! { <p class="muted"><a href=Route::Search(with_ended).href()>{text}</a></p> }
        })
    };
    let nothing = Memo::new(move |_| searched() && ids.with(Vec::is_empty));
    let body = {
        let dir = dir.clone();
        move || {
            if nothing.get() {
                no_results(&dir, params.get().q).into_any()
            } else {
                offer_list(dir.clone(), ids.into()).into_any()
            }
        }
    };
    view! {
        <p class="result-count" role="status" aria-live="polite" data-testid="result-count">{count}</p>
        <div data-testid="results">{body}</div>
        {hidden}
    }
}

/// One option of a filter: its value in the URL, and its label in a language.
#[derive(Clone)]
struct FilterOption {
    value: String,
    label: Label,
    /// The label's own language, where it is always the same (language names).
    lang: Option<String>,
}

/// A filter option's label: a directory text in the UI language, or a name
/// that is the same in every language (a language's own name).
#[derive(Clone)]
enum Label {
    Translated(Text),
    Fixed(String),
}

/// A filter's options, keyed by value; each label follows the UI language.
fn option_list(
    options: Vec<FilterOption>,
    get: fn(&SearchParams) -> Option<String>,
    params: Memo<SearchParams>,
) -> impl IntoView {
    let i18n = use_i18n();
    let values = Signal::stored(options.iter().map(|o| o.value.clone()).collect::<Vec<_>>());
    let row = move |value: String| {
        let Some(option) = options.iter().find(|o| o.value == value).cloned() else { return ().into_any() };
        view! {
            <option
                value=value.clone()
                lang=option.lang.clone()
                selected=move || get(&params.get()).as_deref() == Some(value.as_str())
            >
                {move || match &option.label {
                    Label::Translated(text) => plain(text, i18n.lang.get()),
                    Label::Fixed(name) => name.clone(),
                }}
            </option>
        }
        .into_any()
    };
    keyed_list(values, Arc::new(row))
}

impl FilterOption {
    /// An option labelled with a directory text in the UI language.
    fn translated(value: String, name: Text) -> FilterOption {
        FilterOption { value, label: Label::Translated(name), lang: None }
    }
}

/// Nothing found: say so, and point to the Servicestelle with its contact.
fn no_results(dir: &crate::domain::Directory, query: String) -> impl IntoView {
    let i18n = use_i18n();
    let query = query.trim().to_string();
    let first = dir.first_stop().cloned();
    let headline = move || {
        let lang = i18n.lang.get();
        if query.is_empty() {
            tr(lang, Msg::NoDataYet).to_string()
        } else {
            fill(tr(lang, Msg::NoResults), &[("query", &query)])
        }
    };
    view! {
        <div class="no-results" data-testid="no-results">
            <p><strong>{headline}</strong></p>
            {first.map(|s| {
                let phone = s.phones.first().map(|p| {
                    let number = p.number.clone();
                    view! { <a class="button call" href=tel_uri(&p.number)><bdi dir="ltr">{number}</bdi></a> }
                });
                view! {
                    <p>{i18n.t(Msg::NoResultsHelp)}</p>
                    <p><a href=Route::Offer(s.id.clone()).href()>{localized(s.name.clone())}</a></p>
                    <p class="actions">{phone}</p>
                }
            })}
        </div>
    }
}
