//! State that lives in the URL.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::route::SearchParams;

/// The search parameters of the current URL (tracked).
pub fn use_search_params() -> Memo<SearchParams> {
    let location = use_location();
    Memo::new(move |_| location.search.with(|q| SearchParams::from_query(q)))
}
