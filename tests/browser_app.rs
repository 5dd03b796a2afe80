//! The app mounted in headless Chromium (wasm-bindgen-test), with the real
//! Moers directory. Native `cargo test` skips this file.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use wegweiser::{domain::parse_directory, App};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("document")
}

/// Puts the browser on `path` and mounts the app in a fresh container.
fn mount_app_at(path: &str, directory: Option<Arc<wegweiser::domain::Directory>>) -> web_sys::HtmlElement {
    let window = web_sys::window().expect("window");
    window.history().expect("history").replace_state_with_url(&JsValue::NULL, "", Some(path)).expect("url");
    let container: web_sys::HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&container).expect("append");
    let handle = leptos::mount::mount_to(container.clone(), move || match directory.clone() {
        Some(d) => view! { <App directory=d/> }.into_any(),
        None => view! { <App/> }.into_any(),
    });
    // Keep the app mounted for the rest of the test.
    std::mem::forget(handle);
    container
}

/// Lets the reactive system and pending futures run until `selector` matches
/// in `root` (or 2 s have passed; the assertions after it then say what is missing),
/// and then the effects that drawing it scheduled (`<html lang dir>`, say).
async fn settle_until(root: &web_sys::HtmlElement, selector: &str) {
    for _ in 0..200 {
        if root.query_selector(selector).ok().flatten().is_some() {
            leptos::task::tick().await;
            gloo_timers::future::TimeoutFuture::new(10).await;
            return;
        }
        leptos::task::tick().await;
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.text_content()).collect()
}

#[wasm_bindgen_test]
async fn home_page_lists_the_categories_of_the_real_directory() {
    let directory = Arc::new(parse_directory(include_str!("../public/directory.json")).expect("valid"));
    // `?lang=de` picks the UI language whatever the browser prefers.
    let root = mount_app_at("/?lang=de", Some(directory.clone()));
    settle_until(&root, "[data-testid=first-stop] h3").await;

    let categories = texts(&root, "[data-testid=categories] li");
    assert_eq!(categories.len(), directory.categories.len(), "{categories:?}");
    for (cat, count) in directory.category_counts() {
        let name = cat.name.exact("de").unwrap_or_default();
        let expected = format!("Angebote: {count}");
        assert!(
            categories.iter().any(|t| t.contains(name) && t.contains(&expected)),
            "no entry \"{name}\" with \"{expected}\" in {categories:?}"
        );
    }
    let first_stop = texts(&root, "[data-testid=first-stop] h3");
    assert_eq!(first_stop, vec!["Servicestelle Zuwanderung".to_string()]);
    let html = document().document_element().expect("html");
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some("de"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_directory_that_cannot_be_loaded_gives_a_clear_message() {
    // The test server has no /directory.json: the fetch fails, and the app must
    // say so in words instead of staying blank.
    let root = mount_app_at("/", None);
    settle_until(&root, "[data-testid=directory-error] h1").await;
    let error = texts(&root, "[data-testid=directory-error] h1");
    assert_eq!(error.len(), 1, "no error message shown: {:?}", root.inner_html());
    assert!(
        error[0] == "Das Verzeichnis der Angebote konnte nicht geladen werden."
            || error[0] == "The directory of offers could not be loaded.",
        "{error:?}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_lang_link_sets_language_and_direction_of_the_whole_document() {
    use wegweiser::i18n::{install, Lang};
    // What the app does after fetching /locales/ar.ftl (the test server has no such file).
    install(Lang::Ar, include_str!("../public/locales/ar.ftl")).expect("complete locale");
    let directory = Arc::new(parse_directory(include_str!("../public/directory.json")).expect("valid"));
    let root = mount_app_at("/?lang=ar", Some(directory));
    settle_until(&root, "[data-testid=first-stop] h3").await;
    let html = document().document_element().expect("html");
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(html.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(texts(&root, "h1"), vec!["استشارة ومساعدة للقادمين الجدد".to_string()]);
    // A language given by the link counts as chosen: no chooser in the way.
    assert!(texts(&root, "[data-testid=language-chooser]").is_empty());
    let first_stop = texts(&root, "[data-testid=first-stop] h3");
    assert_eq!(first_stop, vec!["مكتب خدمات الهجرة (Servicestelle Zuwanderung)".to_string()]);
    root.remove();
}
