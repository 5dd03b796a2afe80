//! A topic's pictogram ([`crate::domain::pictogram`]) from the sprite
//! `icons/topics.svg`: decoration beside the topic's name (hidden from
//! screen readers, which read the name), in the text's colour, mirrored in
//! right-to-left languages where it points somewhere (the stylesheet).

use leptos::prelude::*;

use crate::domain::Category;

/// The pictogram of `topic`, or nothing (the name stands alone).
pub fn topic_pictogram(topic: &Category) -> Option<impl IntoView> {
    let p = topic.pictogram()?;
    let class = if p.directional { "pictogram directional" } else { "pictogram" };
    let href = crate::route::asset(&format!("/icons/topics.svg#{}", p.name));
    Some(view! {
        <svg class=class aria-hidden="true">
            <use href=href></use>
        </svg>
    })
}
