//! Staff mode ("I help newcomers") and the referral list being put together.
//! Both stay on this device (localStorage); staff mode is off by default.

use leptos::prelude::*;

use crate::platform;
use crate::referral::{shift, Shift, MAX_OFFERS};
use crate::state::boot::{REFERRAL_SETTING, STAFF_SETTING};

#[derive(Clone, Copy)]
pub struct Staff {
    pub on: RwSignal<bool>,
    /// Offer ids in the order staff chose.
    pub referral: RwSignal<Vec<String>>,
}

impl Staff {
    /// Starts from the stored settings (read by [`Boot`](crate::state::Boot)),
    /// keeps them stored, and provides the state.
    pub fn provide(on: bool, referral: Vec<String>) -> Staff {
        let staff = Staff { on: RwSignal::new(on), referral: RwSignal::new(referral) };
        Effect::new(move |_| platform::save_setting(STAFF_SETTING, if staff.on.get() { "1" } else { "0" }));
        Effect::new(move |_| platform::save_setting(REFERRAL_SETTING, &staff.referral.get().join(",")));
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
