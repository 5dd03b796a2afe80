//! Staff mode ("I help newcomers") and the referral list being put together.
//! Both stay on this device (localStorage); staff mode is off by default.

use leptos::prelude::*;

use crate::referral::{shift, Shift, MAX_OFFERS};
use crate::state::boot::{REFERRAL_SETTING, STAFF_SETTING};
use crate::state::Settings;

#[derive(Clone, Copy)]
pub struct Staff {
    pub on: RwSignal<bool>,
    /// Offer ids in the order staff chose.
    pub referral: RwSignal<Vec<String>>,
}

impl Staff {
    /// Starts from the stored settings (read by [`Boot`](crate::state::Boot)),
    /// keeps them stored, and provides the state.
    pub fn provide(on: bool, referral: Vec<String>, settings: Settings) -> Staff {
        let staff = Staff { on: RwSignal::new(on), referral: RwSignal::new(referral) };
        // Written when changed (not at the start: nothing to say then).
        Effect::new(move |first: Option<()>| {
            let on = staff.on.get();
            if first.is_some() {
                settings.save(STAFF_SETTING, if on { "1" } else { "0" });
            }
        });
        Effect::new(move |first: Option<()>| {
            let list = staff.referral.with(|list| list.join(","));
            if first.is_some() {
                settings.save(REFERRAL_SETTING, &list);
            }
        });
        provide_context(staff);
        staff
    }

    pub fn contains(self, id: &str) -> bool {
        self.referral.with(|list| list.iter().any(|x| x == id))
    }

    /// Adds or removes an offer; adding beyond the limit does nothing (the button says why).
    pub fn toggle(self, id: &str) {
        self.referral.update(|list| match list.iter().position(|x| x == id) {
            Some(i) => {
                list.remove(i);
            }
            None if list.len() < MAX_OFFERS => list.push(id.to_string()),
            None => {}
        });
    }

    /// Moves the offer `id` one place up or down (by id, not position, so a
    /// click always moves the offer the user sees).
    pub fn shift(self, id: &str, direction: Shift) {
        self.referral.update(|list| {
            shift(list, id, direction);
        });
    }
}

pub fn use_staff() -> Staff {
    expect_context::<Staff>()
}
