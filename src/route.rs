//! The one source of the app's URLs. Views link with `Route::…​.href()`;
//! the router's paths are the `PATH_*` constants below. Every URL starts with
//! the site's base path ([`base`]): `/` for a site at its domain's root,
//! `/wegweiser/` for one hosted under a sub-path (`site.json`'s `base_path`).

use std::sync::OnceLock;

use crate::domain::links::percent_decode;

static BASE: OnceLock<String> = OnceLock::new();

/// Sets the site's base path once, before the first URL is made (the app
/// reads it from its page, the static pages' renderer from the build). A
/// path like `wegweiser`, `/wegweiser` or `/wegweiser/` means the same; `/`
/// or an empty one means the root. Later calls change nothing.
pub fn set_base(path: &str) {
    let _ = BASE.set(normalize_base(path));
}

/// The base path without its final slash: `""` at the root, else e.g. `/wegweiser`.
pub fn base() -> &'static str {
    BASE.get().map_or("", String::as_str)
}

/// `path` (starting with `/`) under the base path: the URL of one of the
/// site's files, e.g. `/directory/de.json` → `/wegweiser/directory/de.json`.
pub fn asset(path: &str) -> String {
    format!("{}{path}", base())
}

/// The name of something this site keeps in the browser (its databases,
/// settings, caches): as given at the root; under a sub-path with the base
/// path appended (`wegweiser@/stadt-a`), so two sites on one host (two towns'
/// guides under `/stadt-a/` and `/stadt-b/`) never read, overwrite or
/// clear each other's data.
pub fn scoped(name: &str) -> String {
    match base() {
        "" => name.to_string(),
        base => format!("{name}@{base}"),
    }
}

/// A base path as [`base`] keeps it: segments joined with `/`, a leading
/// slash, no trailing one; the root is empty.
pub fn normalize_base(path: &str) -> String {
    path.split('/').filter(|s| !s.is_empty()).map(|s| format!("/{s}")).collect()
}

/// `url` without the base path, when it starts with it.
fn strip_base(url: &str) -> &str {
    let base = base();
    match url.strip_prefix(base) {
        Some(rest) if base.is_empty() || rest.is_empty() || rest.starts_with(['/', '?', '#']) => rest,
        _ => url,
    }
}

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    About,
    Contacts,
    Emergency,
    Category(String),
    Offer(String),
    Search(SearchParams),
    /// A referral list: offer ids in order, and the client's language.
    Referral {
        offers: Vec<String>,
        lang: Option<String>,
    },
}

/// The search page's state, all of it in the URL so a search can be shared
/// and survives a reload.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchParams {
    /// `q`: the query text.
    pub q: String,
    /// `topic`: a category id.
    pub topic: Option<String>,
    /// `speaks`: a language code in which counseling is given.
    pub language: Option<String>,
    /// `for`: a target group id.
    pub group: Option<String>,
    /// `open=now`: only offers open at this moment.
    pub open_now: bool,
    /// `walkin=1`: only offers one can walk into without appointment.
    pub walk_in: bool,
    /// `ended=1`: also list ended offers.
    pub show_ended: bool,
}

impl SearchParams {
    /// Reads the parameters from `key=value` pairs (already percent-decoded).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> SearchParams {
        let mut p = SearchParams::default();
        let some = |v: &str| (!v.trim().is_empty()).then(|| v.trim().to_string());
        for (key, value) in pairs {
            match key {
                "q" => p.q = value.to_string(),
                "topic" => p.topic = some(value),
                "speaks" => p.language = some(value),
                "for" => p.group = some(value),
                "open" => p.open_now = value == "now",
                "walkin" => p.walk_in = value == "1",
                "ended" => p.show_ended = value == "1",
                _ => {}
            }
        }
        p
    }

    /// Reads the parameters from a query string (with or without `?`).
    pub fn from_query(query: &str) -> SearchParams {
        let pairs: Vec<(String, String)> = query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .map(|(k, v)| (percent_decode(k), percent_decode(&v.replace('+', " "))))
            .collect();
        SearchParams::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// The query string, without `?`; empty when nothing is set.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        let enc = crate::domain::links::percent_encode;
        if !self.q.is_empty() {
            parts.push(format!("q={}", enc(&self.q)));
        }
        for (key, value) in [("topic", &self.topic), ("speaks", &self.language), ("for", &self.group)] {
            if let Some(v) = value {
                parts.push(format!("{key}={}", enc(v)));
            }
        }
        for (flag, text) in [(self.open_now, "open=now"), (self.walk_in, "walkin=1"), (self.show_ended, "ended=1")] {
            if flag {
                parts.push(text.to_string());
            }
        }
        parts.join("&")
    }
}

impl Route {
    pub const PATH_EMERGENCY: &'static str = "emergency";
    pub const PATH_CATEGORY: &'static str = "category";
    pub const PATH_OFFER: &'static str = "offer";
    pub const PATH_SEARCH: &'static str = "search";
    pub const PATH_ABOUT: &'static str = "about";
    pub const PATH_CONTACTS: &'static str = "contacts";
    pub const PATH_REFERRAL: &'static str = "referral";

    /// The path of this page, starting with the base path.
    pub fn href(&self) -> String {
        asset(&self.path())
    }

    /// The path of this page below the base path, starting with `/` (the
    /// static page's file is named after it).
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::About => format!("/{}", Route::PATH_ABOUT),
            Route::Contacts => format!("/{}", Route::PATH_CONTACTS),
            Route::Emergency => format!("/{}", Route::PATH_EMERGENCY),
            Route::Category(id) => format!("/{}/{id}", Route::PATH_CATEGORY),
            Route::Offer(id) => format!("/{}/{id}", Route::PATH_OFFER),
            Route::Search(params) => match params.to_query() {
                q if q.is_empty() => format!("/{}", Route::PATH_SEARCH),
                q => format!("/{}?{q}", Route::PATH_SEARCH),
            },
            Route::Referral { offers, lang } => match crate::referral::referral_query(offers, lang.as_deref()) {
                Ok(q) => format!("/{}?{q}", Route::PATH_REFERRAL),
                Err(_) => format!("/{}", Route::PATH_REFERRAL),
            },
        }
    }

    /// The route a path names, if any (a query matters only for search).
    pub fn parse(url: &str) -> Option<Route> {
        let url = strip_base(url.split('#').next().unwrap_or(""));
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        let parts: Vec<&str> = path.trim_matches('/').split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Some(Route::Home),
            [p] if *p == Route::PATH_EMERGENCY => Some(Route::Emergency),
            [p] if *p == Route::PATH_ABOUT => Some(Route::About),
            [p] if *p == Route::PATH_CONTACTS => Some(Route::Contacts),
            [p] if *p == Route::PATH_REFERRAL => {
                let value = |key: &str| {
                    query.split('&').find_map(|pair| pair.strip_prefix(key)?.strip_prefix('=').map(percent_decode))
                };
                let offers = value("offers").map(|v| crate::referral::parse_offers(&v).0).unwrap_or_default();
                Some(Route::Referral { offers, lang: value("lang") })
            }
            [p, id] if *p == Route::PATH_CATEGORY => Some(Route::Category((*id).to_string())),
            [p, id] if *p == Route::PATH_OFFER => Some(Route::Offer((*id).to_string())),
            [p] if *p == Route::PATH_SEARCH => Some(Route::Search(SearchParams::from_query(query))),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn href_and_parse_agree() {
        for route in [
            Route::Home,
            Route::About,
            Route::Contacts,
            Route::Emergency,
            Route::Category("work".into()),
            Route::Offer("servicestelle-zuwanderung".into()),
            Route::Search(SearchParams::default()),
            Route::Search(SearchParams {
                q: "Ausländer behörde & co".into(),
                topic: Some("work".into()),
                language: Some("ar".into()),
                group: Some("women".into()),
                open_now: true,
                walk_in: true,
                show_ended: true,
            }),
            Route::Referral { offers: vec!["jobcenter-moers".into(), "moerser-tafel".into()], lang: Some("uk".into()) },
            Route::Referral { offers: vec!["jobcenter-moers".into()], lang: None },
            Route::Referral { offers: vec![], lang: None },
        ] {
            assert_eq!(Route::parse(&route.href()), Some(route.clone()));
        }
        assert_eq!(Route::Offer("x".into()).href(), "/offer/x");
        assert_eq!(Route::parse("/offer/x?lang=ar"), Some(Route::Offer("x".into())));
        assert_eq!(Route::parse("/nothing/here/at/all"), None);
        assert_eq!(Route::Search(SearchParams { q: "a b".into(), ..Default::default() }).href(), "/search?q=a%20b");
        assert_eq!(
            Route::parse("/search?q=sprach+kurs&speaks=uk&x=1"),
            Some(Route::Search(SearchParams {
                q: "sprach kurs".into(),
                language: Some("uk".into()),
                ..Default::default()
            }))
        );
    }

    #[test]
    fn search_params_read_from_a_query_string_with_or_without_question_mark() {
        let expected =
            SearchParams { q: "Kita Platz".into(), topic: Some("family".into()), open_now: true, ..Default::default() };
        assert_eq!(SearchParams::from_query("?q=Kita+Platz&topic=family&open=now"), expected);
        assert_eq!(SearchParams::from_query("q=Kita%20Platz&topic=family&open=now"), expected);
        assert_eq!(SearchParams::from_query(""), SearchParams::default());
        assert_eq!(SearchParams::from_query(&expected.to_query()), expected);
    }
}
