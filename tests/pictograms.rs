//! The topics' pictograms (issue 17): one drawing of ours per topic in the
//! sprite, every topic of the bundled and the sample directory has one, a
//! directory can name another and is told when the name is unknown, and the
//! static home page shows each beside its topic's name, hidden from screen
//! readers (the name is what they read). The browser side (the sprite drawn,
//! mirrored in Arabic where it points) is tests/e2e/pictograms.spec.mjs.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::expect_used, clippy::unwrap_used)] // a failing test may panic

use std::sync::Arc;

use wegweiser::domain::pictogram::{by_name, PICTOGRAMS};
use wegweiser::domain::{parse_directory, DirectoryError, Problem};
use wegweiser::prerender::render;

const SPRITE: &str = include_str!("../public/icons/topics.svg");
const BUNDLED: &str = include_str!("../public/directory.json");
const SAMPLE: &str = include_str!("../deploy/musterstadt.json");

/// 2026-12-01 12:00 in Moers.
const NOW: i64 = 1_796_126_400;

#[test]
fn the_sprite_holds_exactly_the_pictograms_of_the_table() {
    let symbols: Vec<&str> =
        SPRITE.split("<symbol id=\"").skip(1).map(|rest| rest.split('"').next().unwrap()).collect();
    let table: Vec<&str> = PICTOGRAMS.iter().map(|p| p.name).collect();
    assert_eq!(symbols, table);
    // Drawn in the text's colour: no colour of their own.
    for colour in ["fill=\"#", "stroke=\"#", "style="] {
        assert!(!SPRITE.contains(colour), "the sprite sets a colour ({colour})");
    }
}

#[test]
fn every_topic_of_the_bundled_and_the_sample_directory_has_a_pictogram() {
    for file in [BUNDLED, SAMPLE] {
        let dir = parse_directory(file).unwrap();
        for c in &dir.categories {
            assert!(c.pictogram().is_some(), "{}: no pictogram", c.id);
        }
    }
    assert!(by_name("first-steps").is_some_and(|p| p.directional), "the signpost points: mirrored right to left");
}

#[test]
fn a_directory_names_a_pictogram_for_its_own_topic_ids_and_hears_of_unknown_names() {
    let mut json: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    json["categories"][0]["id"] = "ankommen".into();
    json["categories"][0]["pictogram"] = "first-steps".into();
    for s in json["services"].as_array_mut().unwrap() {
        for c in s["categories"].as_array_mut().unwrap() {
            if c == "first-steps" {
                *c = "ankommen".into();
            }
        }
    }
    let dir = parse_directory(&json.to_string()).unwrap();
    assert_eq!(dir.category("ankommen").and_then(|c| c.pictogram()).map(|p| p.name), Some("first-steps"));
    // Written back as read.
    let written = wegweiser::domain::write_directory(&dir);
    assert!(written.contains("\"pictogram\": \"first-steps\""), "{written}");

    json["categories"][0]["pictogram"] = "rocket".into();
    match parse_directory(&json.to_string()) {
        Err(DirectoryError::Invalid(issues)) => {
            assert_eq!(issues.len(), 1, "{issues:?}");
            assert_eq!((issues[0].entry.as_str(), issues[0].field.as_str()), ("categories[0]", "pictogram"));
            assert!(matches!(&issues[0].problem, Problem::NotOneOf { value, .. } if value == "rocket"));
        }
        other => panic!("an unknown pictogram must be refused: {other:?}"),
    }
}

#[test]
fn the_static_home_page_shows_each_topics_pictogram_beside_its_name() {
    let dir = Arc::new(parse_directory(BUNDLED).unwrap());
    let (_, body) = render(&dir, "/", NOW);
    let links: Vec<&str> = body.split("class=\"category\">").skip(1).map(|l| l.split("</a>").next().unwrap()).collect();
    assert_eq!(links.len(), dir.category_counts().len());
    for link in links {
        assert!(link.starts_with("<svg ") && link.contains("class=\"pictogram"), "no pictogram first: {link}");
        assert!(link.contains("aria-hidden=\"true\""), "a pictogram is decoration beside the name: {link}");
        assert!(link.contains("href=\"/icons/topics.svg#"), "{link}");
        assert!(link.contains("class=\"category-name\""), "never an icon alone: {link}");
    }
    assert!(body.contains("class=\"pictogram directional\""), "the signpost is marked to be mirrored");
}
