//! The current time in Moers, refreshed every half minute.

use leptos::prelude::*;

use crate::domain::date::Date;
use crate::domain::hours::{berlin_local, LocalTime};
use crate::platform;

/// The clock: `local()` for "open now" (changes every tick), `today()` for
/// everything that only needs the date (changes once a day), so whole lists
/// are not redrawn every 30 seconds.
#[derive(Clone, Copy)]
pub struct Clock {
    now: RwSignal<i64>,
    /// Derived from `now`; notifies only when the date changes.
    today: Memo<Date>,
}

impl Clock {
    /// Starts the clock at `now_unix` and provides it; it ticks once the app runs.
    pub fn provide(now_unix: i64) -> Clock {
        let clock = Clock::ticking(now_unix);
        provide_context(clock);
        clock
    }

    /// A clock of its own (not provided): the editor's, for its lists of
    /// what needs checking, which change when the date does.
    pub fn ticking(now_unix: i64) -> Clock {
        let now = RwSignal::new(now_unix);
        let today = Memo::new(move |_| berlin_local(now.get()).date);
        Effect::new(move |_| {
            set_interval(move || now.set(platform::now_unix()), std::time::Duration::from_secs(30));
        });
        Clock { now, today }
    }

    /// Today's date without tracking (for an action: "checked today").
    pub fn today_untracked(self) -> Date {
        self.today.get_untracked()
    }

    /// A clock that stands at `now` (Unix seconds) and moves only when `now`
    /// is set: the editor's preview at a time the editor picks.
    pub fn provide_fixed(now: RwSignal<i64>) -> Clock {
        let today = Memo::new(move |_| berlin_local(now.get()).date);
        let clock = Clock { now, today };
        provide_context(clock);
        clock
    }

    /// Local date and time, tracked (re-runs the reader every tick).
    pub fn local(self) -> LocalTime {
        berlin_local(self.now.get())
    }

    /// Today's date in Moers, tracked (re-runs the reader only when the date changes).
    pub fn today(self) -> Date {
        self.today.get()
    }
}

pub fn use_clock() -> Clock {
    expect_context::<Clock>()
}
