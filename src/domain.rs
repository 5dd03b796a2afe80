//! Pure domain code: the directory model, its file format and validation,
//! dates, and the links an offer page builds. No browser types, no Leptos:
//! everything here is tested natively with `cargo test`.

pub mod attention;
pub mod date;
pub mod edit;
pub mod file;
pub mod hours;
pub mod links;
pub mod locate;
pub mod model;
pub mod parse;
pub mod pictogram;
pub mod translate;
pub mod write;

pub use model::*;
pub use parse::{parse_directory, read_file, validate, DirectoryError, Issue, Problem};
pub use write::write_directory;
