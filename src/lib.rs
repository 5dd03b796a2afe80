//! Wegweiser: an offline guide to counseling and support offers for people
//! newly arrived in a town (the town and its offers come from the directory file).
//!
//! Layering rule: `contacts`, `domain`, `finder`, `i18n`, `lang`, `order`, `qr`,
//! `referral`, `route`, `search` and `update` are pure (no `leptos`, no
//! `web_sys`) and tested natively; `tests/architecture.rs` keeps them so. The
//! UI (`app`, `pages`, `components`, `state`) compiles for both targets: in
//! the browser as the app, natively (Leptos' `ssr`) to render the static
//! pages (`src/bin/prerender.rs`), so it does no browser I/O while rendering;
//! `platform`, `storage` and `sync` are the browser glue, called from
//! effects, event handlers and tasks only.

pub mod contacts;
pub mod domain;
pub mod finder;
pub mod hsds;
pub mod i18n;
pub mod json;
pub mod lang;
pub mod order;
pub mod qr;
pub mod referral;
pub mod route;
pub mod search;
pub mod speech;
pub mod update;

pub mod app;
pub mod components;
pub mod editor;
pub mod pages;
pub mod platform;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod state;
pub mod storage;
pub mod sync;

pub use app::{mount, App};
