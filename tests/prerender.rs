//! The static pages (src/prerender.rs) hold the facts the app shows: for
//! every route, rendered natively by the app's own components from the
//! bundled directory. (That the app shows the same is by construction: it is
//! the same code; tests/e2e/static.spec.mjs checks the pages in a browser
//! without JavaScript, and that the app takes their place without a change.)

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

use std::sync::Arc;

use wegweiser::domain::links::tel_uri;
use wegweiser::domain::model::State;
use wegweiser::domain::{parse_directory, Directory};
use wegweiser::prerender::{fill, pages, render};

/// 2026-12-01 12:00 in Moers.
const NOW: i64 = 1_796_126_400;

fn directory() -> Arc<Directory> {
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/directory.json")).unwrap();
    Arc::new(parse_directory(&json).expect("the bundled directory"))
}

/// As the HTML has it (Leptos escapes `&`, `<`, `>`; attributes also `"`).
fn html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn every_offer_page_holds_its_name_provider_phones_address_and_status() {
    let dir = directory();
    assert!(dir.services.len() > 30);
    for s in &dir.services {
        let (title, body) = render(&dir, &format!("/offer/{}", s.id), NOW);
        let name = html(s.name.get("de").text);
        assert!(body.contains(&format!("<h1><span lang=\"de\">{name}</span></h1>")), "{}: heading", s.id);
        assert!(title.starts_with(s.name.get("de").text), "{}: title {title}", s.id);
        let provider = dir.organization(&s.organization_id).expect("provider");
        assert!(body.contains(&html(&provider.name)), "{}: provider", s.id);
        for p in &s.phones {
            assert!(body.contains(&format!("href=\"{}\"", tel_uri(&p.number))), "{}: tel link {}", s.id, p.number);
        }
        for l in &s.locations {
            assert!(body.contains(&html(&l.address.street)), "{}: street", s.id);
            assert!(body.contains(&html(&l.address.city)), "{}: city", s.id);
        }
        let notice = body.contains("data-testid=\"status-notice\"");
        match s.status.state {
            State::Ended => assert!(
                body.contains("notice-ended") && body.contains("Dieses Angebot gibt es nicht mehr."),
                "{}: ended notice",
                s.id
            ),
            State::Active if s.status.notice.is_empty() => assert!(!notice, "{}: no status notice", s.id),
            _ => assert!(notice, "{}: status notice", s.id),
        }
        assert!(body.contains("href=\"tel:110\"") || body.contains("href=\"/emergency\""), "{}: emergency link", s.id);
    }
}

#[test]
fn home_emergency_topics_and_not_found_hold_their_facts() {
    let dir = directory();
    let (_, home) = render(&dir, "/", NOW);
    let first = dir.first_stop().expect("first stop");
    assert!(home.contains(&html(first.name.get("de").text)) && home.contains("data-testid=\"first-stop\""));
    for (category, _) in dir.category_counts() {
        assert!(home.contains(&format!("href=\"/category/{}\"", category.id)), "home links {}", category.id);
    }
    let (_, emergency) = render(&dir, "/emergency", NOW);
    for number in &dir.emergency {
        assert!(emergency.contains(&format!("href=\"{}\"", tel_uri(&number.number))), "emergency {}", number.number);
    }
    assert!(emergency.contains("href=\"tel:110\"") && emergency.contains("href=\"tel:112\""));
    for c in &dir.categories {
        let (_, body) = render(&dir, &format!("/category/{}", c.id), NOW);
        assert!(
            body.contains("<h1 class=\"with-pictogram\"><svg ")
                && body.contains(&format!("<span lang=\"de\">{}</span></h1>", html(c.name.get("de").text))),
            "topic {}",
            c.id
        );
        for s in dir.services_in(&c.id) {
            assert!(body.contains(&format!("href=\"/offer/{}\"", s.id)), "topic {} lists {}", c.id, s.id);
        }
    }
    // What is on the device is not known to the static page: "loading", never "none yet".
    let (_, contacts) = render(&dir, "/contacts", NOW);
    assert!(!contacts.contains("contacts-empty") && contacts.contains("class=\"loading\""));
    let (title, missing) = render(&dir, "/404", NOW);
    assert!(missing.contains("data-testid=\"not-found\"") && title.contains("gibt es nicht"));
}

#[test]
fn every_page_has_the_language_bar_with_plain_links_and_one_main() {
    let dir = directory();
    let all = pages(&dir);
    assert_eq!(all.len(), 6 + dir.categories.len() + dir.services.len() + 1);
    assert!(all.iter().any(|p| p.path == "/offer/jobcenter-moers" && p.file == "offer/jobcenter-moers.html"));
    assert!(all.iter().any(|p| p.path == "/" && p.file == "index.html"));
    for page in all {
        let (_, body) = render(&dir, &page.path, NOW);
        assert_eq!(body.matches("<main").count(), 1, "{}: one main", page.path);
        assert!(body.contains("data-testid=\"first-start-bar\""), "{}: language bar", page.path);
        for code in ["de", "ar", "fa", "uk", "ti"] {
            assert!(body.contains(&format!("href=\"?lang={code}\"")), "{}: link to {code}", page.path);
        }
        assert!(!body.contains("<!>"), "{}: no hydration markers", page.path);
    }
}

#[test]
fn the_page_is_filled_into_the_template_with_its_title_and_the_css_inline() {
    let template = "<!doctype html><html lang=de><head><title>Wegweiser Moers</title>\
        <link href=/main-1a2b.css integrity=sha384-x rel=stylesheet></head><body><div class=boot id=boot>…</div>\
        <noscript>needs JS</noscript></body></html>";
    let page = fill(template, "p{color:red}", "A & B – Wegweiser Moers", "<main>hi</main>").unwrap();
    assert_eq!(
        page,
        "<!doctype html><html lang=de><head><title>A &amp; B – Wegweiser Moers</title><style data-href=\"/main-1a2b.css\">p{color:red}</style>\
         </head><body><div id=boot class=static-page><main>hi</main></div></body></html>"
    );
    assert!(fill("<html><body></body></html>", "", "", "").is_err(), "no title, no stylesheet: an error");
    let quoted = template.replace("href=/main-1a2b.css", "href=\"/wegweiser/main-1a2b.css\"");
    let page = fill(&quoted, "p{}", "T", "").unwrap();
    assert!(page.contains("<style data-href=\"/wegweiser/main-1a2b.css\">p{}</style>"), "{page}");
    let bare = template.replace("href=/main-1a2b.css ", "");
    assert!(fill(&bare, "p{}", "T", "").is_err(), "a stylesheet link without href: an error");
}

#[test]
fn the_template_takes_the_town_from_the_directory_and_the_colour_from_site_json() {
    let mut dir = wegweiser::domain::parse_directory(include_str!("../deploy/musterstadt.json")).unwrap();
    let template = "<!doctype html><html lang=de><meta content=Wegweiser name=description>\
        <meta content=#0b4f6c name=theme-color><title>Wegweiser</title><body>\
        <div class=boot id=boot role=status><p class=boot-brand>Wegweiser</p></div></body></html>";
    let branded = wegweiser::prerender::brand(template, &dir, Some("#123abc"));
    assert!(branded.contains("<title>Wegweiser Musterstadt</title>"), "{branded}");
    assert!(branded.contains("<p class=boot-brand>Wegweiser Musterstadt</p>"));
    assert!(branded
        .contains("<meta content=\"Wegweiser Musterstadt: Beratung und Hilfe für Neuzugewanderte\" name=description>"));
    assert!(branded.contains("<meta content=#123abc name=theme-color>"));
    // Again on its own output (publishing another directory into a built site): the other town.
    dir.municipality.name = "Neustadt".into();
    let again = wegweiser::prerender::brand(&branded, &dir, Some("not a colour"));
    assert!(again.contains("<title>Wegweiser Neustadt</title>") && again.contains("boot-brand>Wegweiser Neustadt<"));
    assert!(!again.contains("Musterstadt"), "{again}");
    assert!(again.contains("#123abc"), "a malformed colour changes nothing");
}
