//! Search with filters. All state is in the URL (`/search?q=…&topic=…`), so a
//! search can be shared, and survives a reload and the back button.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::app::{use_clock, use_i18n, use_search_index};
use crate::components::layout::with_directory;
use crate::components::offer_card::offer_list;
use crate::components::text::{localized, plain};
use crate::domain::links::tel_uri;
use crate::finder::{counseling_languages, find};
use crate::i18n::{fill, language_endonym, tr, Msg};
use crate::platform;
use crate::route::{Route, SearchParams};

/// The search parameters of the current URL.
pub fn current_params() -> Memo<SearchParams> {
    let location = use_location();
    Memo::new(move |_| {
        let search = location.search.get();
        let url = format!("/{}?{}", Route::PATH_SEARCH, search.trim_start_matches('?'));
        match Route::parse(&url) {
            Some(Route::Search(params)) => params,
            _ => SearchParams::default(),
        }
    })
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = current_params();
    let index = use_search_index();
    let clock = use_clock();
    let navigate = use_navigate();
    let set_params = move |p: SearchParams| {
        navigate(&Route::Search(p).href(), NavigateOptions { replace: true, scroll: false, ..Default::default() });
    };
    Effect::new(move |_| platform::set_title(&format!("{} – {}", i18n.now(Msg::SearchTitle), i18n.now(Msg::AppName))));

    with_directory(move |dir| {
        let set_params = set_params.clone();
        // -- filters --
        let select = {
            let set_params = set_params.clone();
            move |id: &'static str,
                  label: Msg,
                  options: Vec<(String, String, Option<String>)>,
                  get: fn(&SearchParams) -> Option<String>,
                  put: fn(&mut SearchParams, Option<String>)| {
                let set_params = set_params.clone();
                let items: Vec<_> = options
                    .into_iter()
                    .map(|(value, text, lang)| {
                        let v = value.clone();
                        view! { <option value=value lang=lang selected=move || get(&params.get()).as_deref() == Some(v.as_str())>{text}</option> }
                    })
                    .collect();
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
                            {items}
                        </select>
                    </div>
                }
            }
        };
        let lang = i18n.lang.get_untracked();
        let topics = dir.categories.iter().map(|c| (c.id.clone(), plain(&c.name, lang), None)).collect();
        let languages = counseling_languages(&dir)
            .into_iter()
            .map(|code| {
                let name = language_endonym(&code).to_string();
                (code.clone(), name, Some(code))
            })
            .collect();
        let groups = dir.target_groups.iter().map(|g| (g.id.clone(), plain(&g.name, lang), None)).collect();
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
        let filters = view! {
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
        };

        // -- results --
        let results = {
            let dir = dir.clone();
            move || {
                let lang = i18n.lang.get();
                let p = params.get();
                let Some(index) = index.get() else { return ().into_any() };
                let found = find(&dir, &index, &p, clock.local());
                let count = fill(tr(lang, Msg::ResultCount), &[("count", &found.services.len().to_string())]);
                let hidden = (found.hidden_ended > 0).then(|| {
                    let mut with_ended = p.clone();
                    with_ended.show_ended = true;
                    let text = fill(tr(lang, Msg::EndedHidden), &[("count", &found.hidden_ended.to_string())]);
                    view! { <p class="muted"><a href=Route::Search(with_ended).href()>{text}</a></p> }
                });
                let body = if found.services.is_empty() {
                    no_results(&dir, &p.q).into_any()
                } else {
                    offer_list(&dir, &found.services).into_any()
                };
                view! {
                    <p class="result-count" role="status" aria-live="polite" data-testid="result-count">{count}</p>
                    <div data-testid="results">{body}</div>
                    {hidden}
                }
                .into_any()
            }
        };

        view! {
            <h1>{i18n.t(Msg::SearchTitle)}</h1>
            {filters}
            {results}
        }
    })
}

/// Nothing found: say so, and point to the Servicestelle with its contact.
fn no_results(dir: &crate::domain::Directory, query: &str) -> impl IntoView {
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
                    <p><a href=Route::Offer(s.id.clone()).href()>{localized(s.name.clone(), false)}</a></p>
                    <p class="actions">{phone}</p>
                }
            })}
        </div>
    }
}
