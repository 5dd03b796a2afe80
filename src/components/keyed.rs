//! The app's one keyed list. Every list that can change while the user works
//! with it (My contacts and their appointments, the referral list, offer
//! lists, filter options) is drawn by [`keyed_list`]: an entry that stays is
//! moved, not drawn anew in the place of another, so its open panel, its
//! input and the handlers on it stay its own. One function (one
//! instantiation of Leptos' `<For>`) for all of them keeps the wasm small.

use std::sync::Arc;

use leptos::prelude::*;

use crate::platform;

/// Draws one entry, given its id.
pub type Row = Arc<dyn Fn(String) -> AnyView + Send + Sync>;

/// The entries `ids` in that order, each drawn once by `row` and moved when
/// the order changes. Focus survives the move (see
/// [`platform::keep_focus_across_render`]).
pub fn keyed_list(ids: Signal<Vec<String>>, row: Row) -> impl IntoView {
    let drawn = StoredValue::new(false);
    view! {
        <For
            each=move || {
                // Nothing in the list has focus before it is first drawn
                // (nor, natively, is there a browser to ask).
                if drawn.get_value() {
                    platform::keep_focus_across_render();
                }
                drawn.set_value(true);
                ids.get()
            }
            key=String::clone
            children=move |id| row(id)
        />
    }
}
