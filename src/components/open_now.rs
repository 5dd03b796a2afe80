//! "Open now, until 12:00 (walk-in)" / "Closed, opens Tuesday at 09:00
//! (by appointment)" / "Opening hours unknown": never a guess.

use leptos::prelude::*;

use crate::domain::hours::{open_state, OpenState};
use crate::domain::Schedule;
use crate::i18n::hours::mode_text;
use crate::i18n::{fill, relative_day, tr, Msg};
use crate::state::{use_clock, use_i18n};

#[component]
pub fn OpenNow(schedule: Option<Schedule>) -> impl IntoView {
    let i18n = use_i18n();
    let clock = use_clock();
    move || {
        let lang = i18n.lang.get();
        let now = clock.local();
        let state = open_state(schedule.as_ref(), now);
        let with_mode = |text: String, mode| match mode_text(lang, mode) {
            Some(m) => format!("{text} ({m})"),
            None => text,
        };
        let (class, text) = match state {
            OpenState::Open { until: None, mode } => {
                ("open", with_mode(tr(lang, Msg::OpenAroundClock).to_string(), mode))
            }
            OpenState::Open { until: Some(until), mode } => {
                let time = if until.date == now.date {
                    until.time.to_string()
                } else {
                    format!("{} {}", relative_day(lang, now.date, until.date), until.time)
                };
                ("open", with_mode(fill(tr(lang, Msg::OpenUntil), &[("time", &time)]), mode))
            }
            OpenState::Closed { next: Some((at, mode)) } => {
                let day = relative_day(lang, now.date, at.date);
                let text = fill(tr(lang, Msg::ClosedOpensAt), &[("day", &day), ("time", &at.time.to_string())]);
                ("closed", with_mode(text, mode))
            }
            OpenState::Closed { next: None } => ("closed", tr(lang, Msg::ClosedNow).to_string()),
            OpenState::Unknown => ("unknown", tr(lang, Msg::HoursUnknown).to_string()),
        };
        view! { <p class=format!("open-now {class}") data-testid="open-now">{text}</p> }
    }
}
