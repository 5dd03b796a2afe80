//! The house rules of `src/`, read from the source: no import cycles among
//! its files, and no component imports a page. A module's references are its
//! `crate::…` and `super::…` paths (in `use` lines and inline), each resolved
//! to the file of the longest module prefix that exists.

#![allow(clippy::expect_used)] // a failing test may panic

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Module path (`pages::contacts::card`) → file text, for every file under `src/`.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files
        .into_iter()
        .filter(|f| !f.ends_with("main.rs") && !f.ends_with("lib.rs"))
        .map(|f| {
            let rel = f.strip_prefix(&src).expect("under src").with_extension("");
            let name = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect::<Vec<_>>().join("::");
            (name, fs::read_to_string(&f).expect("read"))
        })
        .collect()
}

/// The code without comments (doc comments name modules without using them).
fn code(text: &str) -> String {
    text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// Every `prefix` path in `code`, as its segments: `crate::a::b::{c, d}` gives `a::b`.
fn paths<'a>(code: &'a str, prefix: &str) -> Vec<Vec<&'a str>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find(prefix) {
        let before = rest[..i].chars().last();
        rest = &rest[i + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(rest.len());
        out.push(rest[..end].split("::").filter(|s| !s.is_empty()).collect());
    }
    out
}

/// Which modules each module refers to.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let resolve = |segments: &[&str]| {
        (1..=segments.len()).rev().map(|n| segments[..n].join("::")).find(|m| modules.contains_key(m))
    };
    modules
        .iter()
        .map(|(name, text)| {
            let code = code(text);
            let mut uses = BTreeSet::new();
            for path in paths(&code, "crate::") {
                uses.extend(resolve(&path));
            }
            // `super::x` inside `a::b` means `a::x`.
            let parent: Vec<&str> = name.split("::").collect();
            for path in paths(&code, "super::") {
                let base = &parent[..parent.len().saturating_sub(1)];
                let full: Vec<&str> = base.iter().copied().chain(path).collect();
                uses.extend(resolve(&full));
            }
            uses.remove(name);
            (name.clone(), uses)
        })
        .collect()
}

/// A cycle, if there is one, as the modules on it (the first one again at the end).
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = stack.iter().position(|n| n == node) {
            let mut found = stack[i..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, stack, done) {
                return Some(found);
            }
        }
        stack.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_files_in_src_import_each_other_without_cycles() {
    let graph = graph();
    assert!(graph.len() > 40, "read the source tree ({} files)", graph.len());
    assert!(graph["pages::contacts::card"].contains("pages::contacts::details"), "resolves `super::…`");
    assert!(graph["pages::contacts::card"].contains("state"), "resolves grouped `use crate::state::{{…}}`");
    assert_eq!(cycle(&graph), None, "an import cycle");
}

#[test]
fn top_level_modules_import_each_other_without_cycles() {
    let top = |m: &str| m.split("::").next().unwrap_or(m).to_string();
    let mut modules: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, uses) in graph() {
        let entry = modules.entry(top(&from)).or_default();
        entry.extend(uses.iter().map(|u| top(u)).filter(|u| *u != top(&from)));
    }
    assert_eq!(cycle(&modules), None, "a cycle among top-level modules");
}

#[test]
fn components_never_import_pages_and_nothing_imports_the_app_shell() {
    for (from, uses) in graph() {
        for to in &uses {
            assert!(!(from.starts_with("components") && to.starts_with("pages")), "{from} imports {to}");
            // The static pages' renderer is, like `main`, an entry point.
            assert!(to != "app" || from == "prerender", "{from} imports the app shell");
        }
    }
}

#[test]
fn the_checker_finds_a_cycle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a".to_string(), BTreeSet::from(["b".to_string()])),
        ("b".to_string(), BTreeSet::from(["c".to_string()])),
        ("c".to_string(), BTreeSet::from(["a".to_string()])),
    ]
    .into();
    assert_eq!(cycle(&graph), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
    assert_eq!(paths("use crate::state::{use_i18n, Load};", "crate::"), vec![vec!["state"]]);
    assert_eq!(paths("x(crate::order::neighbour(l))", "crate::"), vec![vec!["order", "neighbour"]]);
}

/// The pure modules (tested natively, shared with the build tools) name no
/// browser or UI crate and no module of the UI layers, directly or through
/// what they import.
#[test]
fn pure_modules_import_no_browser_or_ui_code() {
    // `json` is pure too, but its browser half uses `JSON.parse` (js-sys):
    // a codec, no I/O; it is checked for the UI layers only.
    const PURE: [&str; 13] = [
        "contacts", "domain", "finder", "hsds", "i18n", "lang", "order", "qr", "referral", "route", "search", "speech",
        "update",
    ];
    const UI: [&str; 8] = ["app", "components", "editor", "pages", "platform", "state", "storage", "sync"];
    const CRATES: [&str; 9] = [
        "leptos",
        "leptos_router",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "wasm_bindgen_futures",
        "gloo_net",
        "indexed_db_futures",
        "console_error_panic_hook",
    ];
    let modules = modules();
    let graph = graph();
    let top = |m: &str| m.split("::").next().unwrap_or(m).to_string();
    assert!(modules.keys().any(|m| top(m) == "domain") && modules.keys().any(|m| top(m) == "platform"));
    for to in &graph["json"] {
        assert!(!UI.contains(&top(to).as_str()), "json imports {to}");
    }
    for (name, text) in modules.iter().filter(|(m, _)| PURE.contains(&top(m).as_str())) {
        let code = code(text);
        for krate in CRATES {
            assert!(paths(&code, &format!("{krate}::")).is_empty(), "{name} uses {krate}");
        }
        for to in &graph[name] {
            assert!(!UI.contains(&top(to).as_str()), "{name} imports {to}");
        }
    }
}

/// The editor (`/redaktion/`) is a second app shell: it may use the app's
/// pages and state for its preview, but nothing of the newcomers' app
/// imports it, so none of it reaches their download.
#[test]
fn nothing_of_the_app_imports_the_editor() {
    let graph = graph();
    assert!(graph.keys().any(|m| m.starts_with("editor::")), "read the editor");
    assert!(graph["editor::preview"].contains("pages::offer"), "the preview uses the app's own offer page");
    for (name, uses) in graph.iter().filter(|(m, _)| !m.starts_with("editor")) {
        assert!(!uses.iter().any(|u| u == "editor" || u.starts_with("editor::")), "{name} imports the editor");
    }
}
