//! Reusable views.

pub mod layout;
pub mod offer_card;
pub mod schedule;
pub mod status;
pub mod text;
