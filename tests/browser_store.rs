//! The IndexedDB store in headless Chromium: real IndexedDB, no mocks.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::cell::Cell;
use std::rc::Rc;

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use wasm_bindgen_test::*;
use wegweiser::contacts::Contact;
use wegweiser::state::MyContacts;
use wegweiser::storage::{Migration, StorageError, Store, StoredDirectory, MIGRATIONS, SCHEMA_VERSION};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh database name per test.
fn unique(name: &str) -> String {
    format!("test-{name}-{}", (js_sys::Math::random() * 1e12) as u64)
}

fn dir(text: &str, etag: Option<&str>) -> StoredDirectory {
    StoredDirectory { text: text.to_string(), etag: etag.map(str::to_string) }
}

#[wasm_bindgen_test]
async fn directory_round_trip() {
    let store = Store::open_with(&unique("rt"), MIGRATIONS, || {}).await.expect("open");
    assert_eq!(store.version(), SCHEMA_VERSION);
    assert_eq!(store.load_directory().await.expect("load"), None);
    let bundled = include_str!("../public/directory.json");
    store.replace_directory(&dir(bundled, Some("\"abc\""))).await.expect("replace");
    assert_eq!(store.load_directory().await.expect("load"), Some(dir(bundled, Some("\"abc\""))));
    store.replace_directory(&dir("second", None)).await.expect("replace again");
    assert_eq!(store.load_directory().await.expect("load"), Some(dir("second", None)));
}

#[wasm_bindgen_test]
async fn a_failure_in_the_middle_of_a_replace_keeps_the_old_directory() {
    let store = Store::open_with(&unique("atomic"), MIGRATIONS, || {}).await.expect("open");
    store.replace_directory(&dir("old", Some("\"1\""))).await.expect("replace");
    let failed = store.replace_directory_failing_midway(&dir("new", Some("\"2\""))).await;
    assert!(failed.is_err());
    assert_eq!(store.load_directory().await.expect("load"), Some(dir("old", Some("\"1\""))));
}

fn add_extra_store(db: &Database) -> Result<(), StorageError> {
    db.create_object_store("extra").build().map(|_| ()).map_err(|e| StorageError(e.to_string()))
}

/// The current schema plus one more step, as the next version will add one.
static NEXT_SCHEMA: [Migration; 3] = [MIGRATIONS[0], MIGRATIONS[1], add_extra_store];

#[wasm_bindgen_test]
async fn upgrading_a_version_1_database_keeps_its_directory_and_adds_contacts() {
    let name = unique("upgrade");
    let v1 = Store::open_with(&name, &MIGRATIONS[..1], || {}).await.expect("open v1");
    assert_eq!(v1.version(), 1);
    v1.replace_directory(&dir("kept", Some("\"e\""))).await.expect("write v1");
    drop(v1);
    let current = Store::open_with(&name, MIGRATIONS, || {}).await.expect("open current");
    assert_eq!(current.version(), SCHEMA_VERSION);
    let mut names = current.store_names();
    names.sort();
    assert_eq!(names, vec!["contacts".to_string(), "directory".to_string()]);
    assert_eq!(current.load_directory().await.expect("load"), Some(dir("kept", Some("\"e\""))));
    assert_eq!(current.list_contacts().await.expect("contacts"), vec![]);
}

#[wasm_bindgen_test]
async fn upgrading_a_database_with_contacts_keeps_them_all() {
    let name = unique("upgrade-contacts");
    let store = Store::open_with(&name, MIGRATIONS, || {}).await.expect("open");
    let saved: Vec<Contact> = (0..25).map(|i| contact(&format!("c{i}"), &format!("Kontakt {i} محمد"))).collect();
    store.put_contacts(&saved, &|_| {}).await.expect("save");
    drop(store);
    let next = Store::open_with(&name, &NEXT_SCHEMA, || {}).await.expect("open next schema");
    assert_eq!(next.version(), SCHEMA_VERSION + 1);
    let mut after = next.list_contacts().await.expect("contacts");
    after.sort_by_key(|c| c.id[1..].parse::<u32>().unwrap_or(0));
    assert_eq!(after, saved);
}

fn contact(id: &str, name: &str) -> Contact {
    serde_json::from_str(&format!(r#"{{"id":"{id}","name":"{name}","updated":"2026-11-24T10:00:00Z"}}"#))
        .expect("contact")
}

#[wasm_bindgen_test]
async fn contacts_save_edit_delete_and_survive_a_directory_replace() {
    let store = Store::open_with(&unique("contacts"), MIGRATIONS, || {}).await.expect("open");
    let mut jobcenter = contact("offer-jobcenter-moers", "Jobcenter");
    store.put_contacts(&[jobcenter.clone(), contact("own-1", "Олена")], &|_| {}).await.expect("save");
    jobcenter.room = "204".into();
    jobcenter.note = "Pass mitbringen".into();
    store.put_contacts(&[jobcenter.clone()], &|_| {}).await.expect("edit");
    store.replace_directory(&dir("a new directory", None)).await.expect("directory replace");
    let mut all = store.list_contacts().await.expect("list");
    all.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(all.len(), 2);
    assert_eq!(all[0], jobcenter, "the edit is kept, the directory replace left it alone");
    store.delete_contact("own-1").await.expect("delete");
    assert_eq!(store.list_contacts().await.expect("list"), vec![jobcenter]);
    store.clear_all().await.expect("clear");
    assert_eq!(store.list_contacts().await.expect("list"), vec![]);
    assert_eq!(store.load_directory().await.expect("directory"), None);
}

#[wasm_bindgen_test]
async fn an_older_tab_closes_and_is_told_when_a_newer_schema_opens() {
    let name = unique("tabs");
    let told = Rc::new(Cell::new(false));
    let flag = told.clone();
    let old_tab = Store::open_with(&name, MIGRATIONS, move || flag.set(true)).await.expect("old tab");
    let new_tab = Store::open_with(&name, &NEXT_SCHEMA, || {}).await.expect("new tab is not blocked");
    assert!(told.get(), "the old tab was not told to reload");
    assert_eq!(new_tab.version(), SCHEMA_VERSION + 1);
    drop(old_tab);
}

/// "My contacts" attached to a fresh database, with Leptos' task executor
/// running (mounting starts it; nothing else is public) and a reactive owner.
async fn my_contacts_on_a_fresh_store(name: &str) -> (MyContacts, Rc<Store>, leptos::prelude::Owner) {
    use wasm_bindgen::JsCast;
    let element: web_sys::HtmlElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .expect("div")
        .unchecked_into();
    std::mem::forget(leptos::mount::mount_to(element, || ()));
    let owner = leptos::prelude::Owner::new();
    owner.set();
    let my = MyContacts::provide();
    let store = Rc::new(Store::open_with(&unique(name), MIGRATIONS, || {}).await.expect("open"));
    my.attach(store.clone()).await;
    (my, store, owner)
}

/// Polls (with the reactive system running) until `done` or 2 s have passed.
async fn eventually(done: impl Fn() -> bool) -> bool {
    for _ in 0..200 {
        if done() {
            return true;
        }
        leptos::task::tick().await;
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    done()
}

#[wasm_bindgen_test]
async fn my_contacts_say_saved_only_once_indexeddb_has_the_entry() {
    use wegweiser::state::SaveState;
    let (my, store, _owner) = my_contacts_on_a_fresh_store("my").await;

    my.save(vec![contact("own-1", "Zora")]);
    assert_eq!(my.save_state("own-1"), Some(SaveState::Saving), "not 'saved' before the write");
    assert!(eventually(|| my.save_state("own-1") == Some(SaveState::Saved)).await, "{:?}", my.save_state("own-1"));
    assert_eq!(store.list_contacts().await.expect("list").len(), 1, "'saved' means stored");

    // An edit lands on its entry by id; typing in progress is "saving" until written.
    my.save(vec![contact("own-2", "Berta")]);
    my.change("own-1", &|c| c.name = "Anna".into());
    assert_eq!(my.save_state("own-1"), Some(SaveState::Saving));
    my.persist("own-1");
    assert!(eventually(|| my.save_state("own-1") == Some(SaveState::Saved)).await);
    let mut stored = store.list_contacts().await.expect("list");
    stored.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(stored.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["Anna", "Berta"]);
}

#[wasm_bindgen_test]
async fn an_import_is_on_the_device_before_it_is_listed_and_reports_progress() {
    use leptos::prelude::GetUntracked;
    let (my, store, _owner) = my_contacts_on_a_fresh_store("import").await;
    let many: Vec<Contact> = (0..250).map(|i| contact(&format!("own-{i}"), &format!("Kontakt {i}"))).collect();
    let heard = Rc::new(std::cell::RefCell::new(Vec::new()));
    let log = heard.clone();
    my.import(many, &move |n| log.borrow_mut().push(n)).await.expect("import");
    assert_eq!(*heard.borrow(), vec![100, 200, 250]);
    assert_eq!(store.list_contacts().await.expect("list").len(), 250);
    assert_eq!(my.list.get_untracked().len(), 250);
}
