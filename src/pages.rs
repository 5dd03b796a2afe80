//! One page per file; each is a route of [`crate::route::Route`].

pub mod about;
pub mod category;
pub mod contacts;
pub mod emergency;
pub mod home;
pub mod not_found;
pub mod offer;
pub mod referral;
pub mod search;
