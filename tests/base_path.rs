//! A site under a sub-path (`site.json`'s `base_path`, e.g. `/wegweiser/`):
//! every URL the app makes starts with it, a path with it reads back to the
//! same route, and the static pages are written to the same files as at the
//! root, linking below the base. (Its own test binary: the base is set once
//! per process, as in the app.) The browser side is tests/e2e/subpath.spec.mjs.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

use std::sync::Arc;

use wegweiser::domain::parse_directory;
use wegweiser::prerender::{pages, render, site_base};
use wegweiser::route::{asset, base, normalize_base, set_base, Route, SearchParams};

/// 2026-12-01 12:00 in Moers.
const NOW: i64 = 1_796_126_400;

fn under_wegweiser() {
    set_base("/wegweiser/");
    assert_eq!(base(), "/wegweiser");
}

#[test]
fn base_paths_are_written_one_way() {
    for (given, kept) in
        [("/", ""), ("", ""), ("/wegweiser/", "/wegweiser"), ("wegweiser", "/wegweiser"), ("/a//b/", "/a/b")]
    {
        assert_eq!(normalize_base(given), kept, "{given}");
    }
}

#[test]
fn every_url_starts_with_the_base_and_reads_back() {
    under_wegweiser();
    assert_eq!(Route::Home.href(), "/wegweiser/");
    assert_eq!(Route::Offer("jobcenter-moers".into()).href(), "/wegweiser/offer/jobcenter-moers");
    assert_eq!(
        Route::Search(SearchParams { q: "kita".into(), ..Default::default() }).href(),
        "/wegweiser/search?q=kita"
    );
    assert_eq!(asset("/directory/de.json"), "/wegweiser/directory/de.json");
    for route in [
        Route::Home,
        Route::Emergency,
        Route::Category("work".into()),
        Route::Offer("x".into()),
        Route::Referral { offers: vec!["a".into(), "b".into()], lang: Some("ar".into()) },
    ] {
        assert_eq!(Route::parse(&route.href()), Some(route.clone()));
    }
    assert_eq!(Route::parse("/wegweiser"), Some(Route::Home));
    assert_eq!(Route::parse("/wegweiser?lang=uk"), Some(Route::Home));
    // Another folder that merely begins with the same letters is not the site.
    assert_eq!(Route::parse("/wegweiserin/offer/x"), None);
}

#[test]
fn static_pages_keep_their_files_and_link_below_the_base() {
    under_wegweiser();
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/directory.json")).unwrap();
    let dir = Arc::new(parse_directory(&json).unwrap());
    let all = pages(&dir);
    let offer = all.iter().find(|p| p.path == "/wegweiser/offer/jobcenter-moers").expect("the offer's page");
    assert_eq!(offer.file, "offer/jobcenter-moers.html");
    assert!(all.iter().any(|p| p.path == "/wegweiser/" && p.file == "index.html"));
    assert!(all.iter().any(|p| p.path == "/wegweiser/404" && p.file == "404.html"));
    assert!(all.iter().all(|p| p.path.starts_with("/wegweiser/")));

    let (title, body) = render(&dir, &offer.path, NOW);
    assert!(title.starts_with("Jobcenter"), "{title}");
    let links: Vec<&str> = body.split("href=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
    let internal: Vec<&&str> = links.iter().filter(|l| l.starts_with('/')).collect();
    assert!(!internal.is_empty(), "no links in {body}");
    for link in internal {
        assert!(link.starts_with("/wegweiser/"), "{link} leaves the site");
    }
    let (_, home) = render(&dir, "/wegweiser/", NOW);
    assert!(home.contains("href=\"/wegweiser/emergency\""), "home links to the emergency numbers below the base");
}

#[test]
fn the_renderer_reads_the_base_the_build_wrote_into_the_page() {
    for (page, expected) in [
        (r#"<meta name="wegweiser-base" content="/wegweiser/">"#, "/wegweiser/"),
        ("<meta content=/wegweiser/ name=wegweiser-base>", "/wegweiser/"),
        ("<meta name=wegweiser-base content=/>", "/"),
        ("<meta name=description content=x>", "/"),
    ] {
        assert_eq!(site_base(page), expected, "{page}");
    }
}
