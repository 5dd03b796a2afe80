//! Reusable views.

pub mod directory_gate;
pub mod display;
pub mod keyed;
pub mod language;
pub mod layout;
pub mod offer_card;
pub mod open_now;
pub mod overlay;
pub mod pictogram;
pub mod qr;
pub mod read_aloud;
pub mod schedule;
pub mod share;
pub mod status;
pub mod storage;
pub mod text;
