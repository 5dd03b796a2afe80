//! Full-screen cards over the page (desk card, QR code) behave like dialogs:
//! focus moves to the card's close button when it opens, Escape closes it,
//! and focus goes back to the button that opened it.

use leptos::html;
use leptos::prelude::*;

/// The focus and keyboard handling of one overlay.
#[derive(Clone, Copy)]
pub struct Overlay {
    pub open: RwSignal<bool>,
    pub opener: NodeRef<html::Button>,
    pub close: NodeRef<html::Button>,
}

impl Overlay {
    pub fn new() -> Overlay {
        let overlay = Overlay { open: RwSignal::new(false), opener: NodeRef::new(), close: NodeRef::new() };
        Effect::new(move |was_open: Option<bool>| {
            let open = overlay.open.get();
            if open {
                if let Some(button) = overlay.close.get() {
                    let _ = button.focus();
                }
            } else if was_open == Some(true) {
                if let Some(button) = overlay.opener.get_untracked() {
                    let _ = button.focus();
                }
            }
            open
        });
        overlay
    }

    /// For the card's `on:keydown`: Escape closes it.
    pub fn on_key(self) -> impl Fn(leptos::ev::KeyboardEvent) + Copy + 'static {
        move |ev| {
            if ev.key() == "Escape" {
                self.open.set(false);
            }
        }
    }
}

impl Default for Overlay {
    fn default() -> Self {
        Overlay::new()
    }
}
