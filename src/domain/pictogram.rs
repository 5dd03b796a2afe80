//! The topics' pictograms: simple high-contrast drawings of our own
//! (`public/icons/topics.svg`, one `<symbol>` each, drawn in the text's
//! colour), always shown beside the topic's name, never alone. A directory
//! names one per topic (`"pictogram": "work"`); without that, a topic whose id
//! is a pictogram's name gets it, any other has none. The sprite carries no
//! comment (every byte reaches a shelter phone): its symbols are 24×24, lines
//! only, stroked in the text's colour by the page (`stroke: currentColor`).

/// A pictogram: its name (the symbol's id in the sprite) and whether it
/// points somewhere, so right-to-left languages see it mirrored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pictogram {
    pub name: &'static str,
    pub directional: bool,
}

/// Every pictogram the sprite holds.
pub const PICTOGRAMS: &[Pictogram] = &[
    Pictogram { name: "first-steps", directional: true },
    Pictogram { name: "residence", directional: false },
    Pictogram { name: "work", directional: false },
    Pictogram { name: "language", directional: false },
    Pictogram { name: "counselling", directional: false },
    Pictogram { name: "health", directional: false },
    Pictogram { name: "women-family", directional: false },
    Pictogram { name: "community", directional: false },
    Pictogram { name: "helplines", directional: false },
];

/// The names, for a validation message.
pub const PICTOGRAM_NAMES: &str =
    "first-steps, residence, work, language, counselling, health, women-family, community, helplines";

/// The pictogram called `name`, if there is one.
pub fn by_name(name: &str) -> Option<Pictogram> {
    PICTOGRAMS.iter().copied().find(|p| p.name == name)
}

/// A topic's pictogram: the one its directory entry names, else the one
/// named like its id.
pub fn for_topic(id: &str, named: Option<&str>) -> Option<Pictogram> {
    by_name(named.unwrap_or(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_list_is_the_table() {
        let names: Vec<&str> = PICTOGRAMS.iter().map(|p| p.name).collect();
        assert_eq!(names.join(", "), PICTOGRAM_NAMES);
    }

    #[test]
    fn a_named_pictogram_wins_over_the_id() {
        assert_eq!(for_topic("arbeit", Some("work")).map(|p| p.name), Some("work"));
        assert_eq!(for_topic("work", None).map(|p| p.name), Some("work"));
        assert_eq!(for_topic("arbeit", None), None);
        assert!(for_topic("first-steps", None).is_some_and(|p| p.directional));
    }
}
