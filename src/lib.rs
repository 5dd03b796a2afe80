//! Wegweiser Moers: an offline guide to counseling and support offers for
//! people newly arrived in Moers.
//!
//! Layering rule: `contacts`, `domain`, `finder`, `i18n`, `lang`, `order`, `qr`,
//! `referral`, `route`, `search` and `update` are pure (no `leptos`, no
//! `web_sys`) and tested natively; the rule holds by construction, as the
//! browser crates are dependencies of the `wasm32` build only. Only the modules
//! compiled for `wasm32` (`app`, `pages`, `components`, `my_contacts`,
//! `platform`, `storage`) touch the browser.

pub mod contacts;
pub mod domain;
pub mod finder;
pub mod i18n;
pub mod lang;
pub mod order;
pub mod qr;
pub mod referral;
pub mod route;
pub mod search;
pub mod update;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod sync;

#[cfg(target_arch = "wasm32")]
pub use app::{mount, App};
