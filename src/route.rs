//! The one source of the app's URLs. Views link with `Route::…​.href()`;
//! the router's paths are the `PATH_*` constants below.

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Emergency,
    Category(String),
    Offer(String),
}

impl Route {
    pub const PATH_EMERGENCY: &'static str = "emergency";
    pub const PATH_CATEGORY: &'static str = "category";
    pub const PATH_OFFER: &'static str = "offer";

    /// The path of this page, starting with `/`.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::Emergency => format!("/{}", Route::PATH_EMERGENCY),
            Route::Category(id) => format!("/{}/{id}", Route::PATH_CATEGORY),
            Route::Offer(id) => format!("/{}/{id}", Route::PATH_OFFER),
        }
    }

    /// The route a path names, if any (query and fragment are ignored).
    pub fn parse(path: &str) -> Option<Route> {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let parts: Vec<&str> = path.trim_matches('/').split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Some(Route::Home),
            [p] if *p == Route::PATH_EMERGENCY => Some(Route::Emergency),
            [p, id] if *p == Route::PATH_CATEGORY => Some(Route::Category((*id).to_string())),
            [p, id] if *p == Route::PATH_OFFER => Some(Route::Offer((*id).to_string())),
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
            Route::Emergency,
            Route::Category("work".into()),
            Route::Offer("servicestelle-zuwanderung".into()),
        ] {
            assert_eq!(Route::parse(&route.href()), Some(route.clone()));
        }
        assert_eq!(Route::Offer("x".into()).href(), "/offer/x");
        assert_eq!(Route::parse("/offer/x?lang=ar"), Some(Route::Offer("x".into())));
        assert_eq!(Route::parse("/nothing/here/at/all"), None);
    }
}
