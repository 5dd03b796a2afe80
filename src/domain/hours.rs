//! Opening-hours semantics: is an offer open now, until when, and when does
//! it open next. Pure: the caller passes the current instant.
//!
//! Rules, in this order, for one calendar day:
//! 1. an `exception` for that date replaces everything (no slots = closed);
//! 2. outside `valid_from`..=`valid_to` there are no hours;
//! 3. public holidays of North Rhine-Westphalia, and 24 and 31 December, are
//!    closed unless the schedule says `open_on_holidays` (24/7 hotlines);
//! 4. otherwise the weekly slots for that weekday.
//!
//! All times are wall-clock times in Europe/Berlin; [`berlin_local`] turns
//! an instant into that, across the daylight-saving changes.

use super::date::{Date, TimeOfDay};
use super::model::{Mode, Schedule, Slot};

/// How far ahead "opens next" looks.
const HORIZON_DAYS: i64 = 21;

/// A wall-clock moment in Moers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalTime {
    pub date: Date,
    pub time: TimeOfDay,
}

/// What the schedule says about a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// Open now. `until` is `None` when it stays open for the whole horizon (around the clock).
    Open { until: Option<LocalTime>, mode: Option<Mode> },
    /// Closed now; opens next at `next` (if within the horizon).
    Closed { next: Option<(LocalTime, Option<Mode>)> },
    /// The directory has no usable hours: say so, never guess.
    Unknown,
}

impl OpenState {
    pub fn is_open(&self) -> bool {
        matches!(self, OpenState::Open { .. })
    }
}

/// Why a day is a holiday in NRW.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    NewYear,
    GoodFriday,
    EasterMonday,
    LabourDay,
    Ascension,
    WhitMonday,
    CorpusChristi,
    GermanUnity,
    AllSaints,
    ChristmasDay,
    StStephensDay,
}

/// Easter Sunday (Gregorian; anonymous algorithm).
pub fn easter_sunday(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date { year, month: month as u8, day: day as u8 }
}

/// The public holiday of North Rhine-Westphalia on `date`, if any.
pub fn nrw_holiday(date: Date) -> Option<Holiday> {
    let fixed = match (date.month, date.day) {
        (1, 1) => Some(Holiday::NewYear),
        (5, 1) => Some(Holiday::LabourDay),
        (10, 3) => Some(Holiday::GermanUnity),
        (11, 1) => Some(Holiday::AllSaints),
        (12, 25) => Some(Holiday::ChristmasDay),
        (12, 26) => Some(Holiday::StStephensDay),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    match date.days_since_epoch() - easter_sunday(date.year).days_since_epoch() {
        -2 => Some(Holiday::GoodFriday),
        1 => Some(Holiday::EasterMonday),
        39 => Some(Holiday::Ascension),
        50 => Some(Holiday::WhitMonday),
        60 => Some(Holiday::CorpusChristi),
        _ => None,
    }
}

/// Closed by default: holidays and Christmas/New Year's Eve.
pub fn is_closing_day(date: Date) -> bool {
    nrw_holiday(date).is_some() || (date.month == 12 && (date.day == 24 || date.day == 31))
}

/// The slots that apply on `date`, sorted by opening time.
pub fn slots_on(schedule: &Schedule, date: Date) -> Vec<&Slot> {
    let mut slots: Vec<&Slot> = if let Some(exception) = schedule.exceptions.iter().find(|e| e.date == date) {
        exception.slots.iter().collect()
    } else if schedule.valid_from.is_some_and(|from| date < from)
        || schedule.valid_to.is_some_and(|to| date > to)
        || (!schedule.open_on_holidays && is_closing_day(date))
    {
        Vec::new()
    } else {
        let weekday = date.weekday_index();
        schedule.slots.iter().filter(|s| s.days.iter().any(|d| d.index() == weekday)).collect()
    };
    crate::order::sort_by_key(&mut slots, |s| (s.opens, s.closes));
    slots
}

/// Open or closed at `now`, and until or from when.
pub fn open_state(schedule: Option<&Schedule>, now: LocalTime) -> OpenState {
    let Some(schedule) = schedule else { return OpenState::Unknown };
    if schedule.slots.is_empty() && schedule.exceptions.iter().all(|e| e.slots.is_empty()) {
        return OpenState::Unknown;
    }
    // Known hours that expired are no hours at all (and no exception lies ahead).
    if schedule.valid_to.is_some_and(|to| now.date > to) && !schedule.exceptions.iter().any(|e| e.date >= now.date) {
        return OpenState::Unknown;
    }

    let today = slots_on(schedule, now.date);
    if let Some(current) = today.iter().filter(|s| s.opens <= now.time && now.time < s.closes).max_by_key(|s| s.closes)
    {
        return OpenState::Open { until: closing_after(schedule, now.date, current.closes), mode: current.mode };
    }
    OpenState::Closed { next: next_opening(schedule, now) }
}

/// When a stretch of opening that ends at `closes` on `date` really ends,
/// following slots that continue without a gap (e.g. 24/7 across midnight).
fn closing_after(schedule: &Schedule, date: Date, closes: TimeOfDay) -> Option<LocalTime> {
    let (mut date, mut closes) = (date, closes);
    for _ in 0..HORIZON_DAYS {
        let same_day = slots_on(schedule, date)
            .into_iter()
            .filter(|s| s.opens <= closes && s.closes > closes)
            .map(|s| s.closes)
            .max();
        if let Some(later) = same_day {
            closes = later;
            continue;
        }
        if closes != TimeOfDay::END_OF_DAY {
            return Some(LocalTime { date, time: closes });
        }
        let next = date.add_days(1);
        match slots_on(schedule, next).into_iter().filter(|s| s.opens == TimeOfDay(0)).map(|s| s.closes).max() {
            Some(c) => {
                date = next;
                closes = c;
            }
            None => return Some(LocalTime { date, time: closes }),
        }
    }
    None
}

fn next_opening(schedule: &Schedule, now: LocalTime) -> Option<(LocalTime, Option<Mode>)> {
    (0..HORIZON_DAYS).find_map(|offset| {
        let date = now.date.add_days(offset);
        slots_on(schedule, date)
            .into_iter()
            .find(|s| offset > 0 || s.opens > now.time)
            .map(|s| (LocalTime { date, time: s.opens }, s.mode))
    })
}

/// Europe/Berlin wall-clock time for a Unix time in seconds.
///
/// Central European Time is UTC+1; summer time (UTC+2) runs from 01:00 UTC on
/// the last Sunday of March to 01:00 UTC on the last Sunday of October.
pub fn berlin_local(unix_seconds: i64) -> LocalTime {
    let utc_date = Date::from_days_since_epoch(unix_seconds.div_euclid(86_400));
    let offset_hours = if is_summer_time(unix_seconds, utc_date.year) { 2 } else { 1 };
    let local = unix_seconds + offset_hours * 3600;
    let date = Date::from_days_since_epoch(local.div_euclid(86_400));
    let minutes = (local.rem_euclid(86_400) / 60) as u16;
    LocalTime { date, time: TimeOfDay(minutes) }
}

/// The Unix time of a Europe/Berlin wall-clock time (the inverse of
/// [`berlin_local`]; in the hour that repeats in October, the first one).
pub fn berlin_unix(date: Date, time: TimeOfDay) -> i64 {
    let naive = date.days_since_epoch() * 86_400 + i64::from(time.0) * 60;
    [2, 1]
        .iter()
        .map(|h| naive - h * 3600)
        .find(|&t| berlin_local(t) == LocalTime { date, time })
        .unwrap_or(naive - 3600)
}

fn is_summer_time(unix_seconds: i64, year: i32) -> bool {
    let start = last_sunday(year, 3).days_since_epoch() * 86_400 + 3600;
    let end = last_sunday(year, 10).days_since_epoch() * 86_400 + 3600;
    (start..end).contains(&unix_seconds)
}

fn last_sunday(year: i32, month: u8) -> Date {
    let last = Date { year, month, day: super::date::days_in_month(year, month) };
    last.add_days(-(((last.weekday_index() + 1) % 7) as i64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Exception, Text, Weekday};

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn wall_clock_times_map_back_to_unix_times() {
        for (date, time) in
            [("2026-01-15", "09:30"), ("2026-07-01", "00:00"), ("2026-03-29", "03:00"), ("2026-10-25", "01:59")]
        {
            let (date, time) = (d(date), TimeOfDay::parse(time).unwrap());
            assert_eq!(berlin_local(berlin_unix(date, time)), LocalTime { date, time }, "{date} {time}");
        }
        // 2026-07-01 12:00 in Moers is 10:00 UTC.
        assert_eq!(berlin_unix(d("2026-07-01"), TimeOfDay::parse("12:00").unwrap()), 1_782_900_000);
    }

    fn t(s: &str) -> TimeOfDay {
        TimeOfDay::parse(s).unwrap()
    }

    fn at(date: &str, time: &str) -> LocalTime {
        LocalTime { date: d(date), time: t(time) }
    }

    fn slot(days: &[Weekday], opens: &str, closes: &str, mode: Option<Mode>) -> Slot {
        Slot { days: days.to_vec(), opens: t(opens), closes: t(closes), mode }
    }

    const WORKDAYS: [Weekday; 5] = [Weekday::Mo, Weekday::Tu, Weekday::We, Weekday::Th, Weekday::Fr];

    fn office() -> Schedule {
        Schedule {
            slots: vec![
                slot(&WORKDAYS, "09:00", "12:00", Some(Mode::WalkIn)),
                slot(&[Weekday::Tu, Weekday::Th], "14:00", "16:00", Some(Mode::Appointment)),
            ],
            ..Schedule::default()
        }
    }

    #[test]
    fn easter_and_nrw_holidays() {
        assert_eq!(easter_sunday(2024), d("2024-03-31"));
        assert_eq!(easter_sunday(2025), d("2025-04-20"));
        assert_eq!(easter_sunday(2026), d("2026-04-05"));
        assert_eq!(easter_sunday(2038), d("2038-04-25"));
        assert_eq!(nrw_holiday(d("2026-04-03")), Some(Holiday::GoodFriday));
        assert_eq!(nrw_holiday(d("2026-04-06")), Some(Holiday::EasterMonday));
        assert_eq!(nrw_holiday(d("2026-05-14")), Some(Holiday::Ascension));
        assert_eq!(nrw_holiday(d("2026-05-25")), Some(Holiday::WhitMonday));
        assert_eq!(nrw_holiday(d("2026-06-04")), Some(Holiday::CorpusChristi));
        assert_eq!(nrw_holiday(d("2026-11-01")), Some(Holiday::AllSaints));
        assert_eq!(nrw_holiday(d("2026-10-03")), Some(Holiday::GermanUnity));
        assert_eq!(nrw_holiday(d("2026-11-24")), None);
        assert!(is_closing_day(d("2026-12-24")) && is_closing_day(d("2026-12-31")));
    }

    #[test]
    fn a_weekday_slot_is_open_with_its_mode_and_closing_time() {
        // 2026-11-24 is a Tuesday.
        assert_eq!(
            open_state(Some(&office()), at("2026-11-24", "10:15")),
            OpenState::Open { until: Some(at("2026-11-24", "12:00")), mode: Some(Mode::WalkIn) }
        );
        assert_eq!(
            open_state(Some(&office()), at("2026-11-24", "12:00")),
            OpenState::Closed { next: Some((at("2026-11-24", "14:00"), Some(Mode::Appointment))) }
        );
    }

    #[test]
    fn an_appointment_only_slot_reports_appointment_mode() {
        let s =
            Schedule { slots: vec![slot(&WORKDAYS, "08:00", "16:00", Some(Mode::Appointment))], ..Schedule::default() };
        assert!(matches!(
            open_state(Some(&s), at("2026-11-25", "09:00")),
            OpenState::Open { mode: Some(Mode::Appointment), .. }
        ));
    }

    #[test]
    fn next_opening_across_a_weekend() {
        // Friday 2026-11-27 after closing → Monday 2026-11-30 09:00.
        assert_eq!(
            open_state(Some(&office()), at("2026-11-27", "13:00")),
            OpenState::Closed { next: Some((at("2026-11-30", "09:00"), Some(Mode::WalkIn))) }
        );
    }

    #[test]
    fn holidays_close_and_next_opening_skips_them() {
        // Karfreitag 2026-04-03 (Friday) and Ostermontag 2026-04-06: closed; next is Tuesday 2026-04-07.
        assert_eq!(
            open_state(Some(&office()), at("2026-04-03", "10:00")),
            OpenState::Closed { next: Some((at("2026-04-07", "09:00"), Some(Mode::WalkIn))) }
        );
        // Fronleichnam 2026-06-04 (Thursday) closed; next Friday 09:00.
        assert_eq!(
            open_state(Some(&office()), at("2026-06-04", "10:00")),
            OpenState::Closed { next: Some((at("2026-06-05", "09:00"), Some(Mode::WalkIn))) }
        );
        // 24 December is closed unless stated.
        assert!(!open_state(Some(&office()), at("2026-12-24", "10:00")).is_open());
    }

    #[test]
    fn a_date_exception_replaces_the_week() {
        let mut s = office();
        s.exceptions.push(Exception { date: d("2026-11-24"), slots: vec![], note: Text::default() });
        s.exceptions.push(Exception {
            date: d("2026-12-24"),
            slots: vec![slot(&[], "09:00", "11:00", Some(Mode::Phone))],
            note: Text::default(),
        });
        assert_eq!(
            open_state(Some(&s), at("2026-11-24", "10:00")),
            OpenState::Closed { next: Some((at("2026-11-25", "09:00"), Some(Mode::WalkIn))) }
        );
        assert_eq!(
            open_state(Some(&s), at("2026-12-24", "10:00")),
            OpenState::Open { until: Some(at("2026-12-24", "11:00")), mode: Some(Mode::Phone) }
        );
    }

    #[test]
    fn validity_period() {
        let mut s = office();
        s.valid_to = Some(d("2026-06-30"));
        assert_eq!(open_state(Some(&s), at("2026-11-24", "10:00")), OpenState::Unknown);
        let mut later = office();
        later.valid_from = Some(d("2026-12-01"));
        assert_eq!(
            open_state(Some(&later), at("2026-11-24", "10:00")),
            OpenState::Closed { next: Some((at("2026-12-01", "09:00"), Some(Mode::WalkIn))) }
        );
    }

    #[test]
    fn no_hours_is_unknown_never_a_guess() {
        assert_eq!(open_state(None, at("2026-11-24", "10:00")), OpenState::Unknown);
        let note_only = Schedule { note: Text::from_pairs(&[("de", "mittwochs")]), ..Schedule::default() };
        assert_eq!(open_state(Some(&note_only), at("2026-11-25", "10:00")), OpenState::Unknown);
    }

    #[test]
    fn around_the_clock_including_holidays() {
        let all = Weekday::ALL;
        let s = Schedule {
            slots: vec![slot(&all, "00:00", "24:00", Some(Mode::Phone))],
            open_on_holidays: true,
            ..Schedule::default()
        };
        assert_eq!(
            open_state(Some(&s), at("2026-12-25", "03:00")),
            OpenState::Open { until: None, mode: Some(Mode::Phone) }
        );
        let weekdays = Schedule { slots: vec![slot(&WORKDAYS, "00:00", "24:00", None)], ..Schedule::default() };
        // Open through the week's nights until Friday midnight.
        assert_eq!(
            open_state(Some(&weekdays), at("2026-11-25", "22:00")),
            OpenState::Open { until: Some(at("2026-11-27", "24:00")), mode: None }
        );
    }

    fn unix(date: &str, h: i64, m: i64) -> i64 {
        d(date).days_since_epoch() * 86_400 + h * 3600 + m * 60
    }

    #[test]
    fn berlin_time_across_daylight_saving_changes() {
        // Winter: UTC+1.
        assert_eq!(berlin_local(unix("2026-01-15", 12, 0)), at("2026-01-15", "13:00"));
        // Night of 29 March 2026: 01:59 UTC+1 is followed by 03:00 UTC+2.
        assert_eq!(berlin_local(unix("2026-03-29", 0, 59)), at("2026-03-29", "01:59"));
        assert_eq!(berlin_local(unix("2026-03-29", 1, 0)), at("2026-03-29", "03:00"));
        // Night of 25 October 2026: 02:59 UTC+2 is followed by 02:00 UTC+1.
        assert_eq!(berlin_local(unix("2026-10-25", 0, 59)), at("2026-10-25", "02:59"));
        assert_eq!(berlin_local(unix("2026-10-25", 1, 0)), at("2026-10-25", "02:00"));
        // Summer: UTC+2, and a date change at local midnight.
        assert_eq!(berlin_local(unix("2026-07-01", 22, 30)), at("2026-07-02", "00:30"));
    }

    #[test]
    fn slots_on_the_dst_nights_follow_wall_clock_time() {
        // A night hotline 01:00–04:00 on Sunday 29 March 2026: at 01:30 UTC it is
        // 03:30 in Moers, so open until 04:00 local; at 00:30 UTC (01:30 local) too.
        let s =
            Schedule { slots: vec![slot(&[Weekday::Su], "01:00", "04:00", Some(Mode::Phone))], ..Schedule::default() };
        let summer_side = berlin_local(unix("2026-03-29", 1, 30));
        assert_eq!(summer_side, at("2026-03-29", "03:30"));
        assert_eq!(
            open_state(Some(&s), summer_side),
            OpenState::Open { until: Some(at("2026-03-29", "04:00")), mode: Some(Mode::Phone) }
        );
        // 25 October 2026 at 02:30 UTC = 03:30 CET: open; at 03:00 UTC = 04:00: closed.
        assert!(open_state(Some(&s), berlin_local(unix("2026-10-25", 2, 30))).is_open());
        assert!(!open_state(Some(&s), berlin_local(unix("2026-10-25", 3, 0))).is_open());
    }
}
