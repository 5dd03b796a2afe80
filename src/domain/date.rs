//! Calendar dates and wall-clock times without a date-time crate.
//!
//! The directory needs only civil dates (`2026-11-24`), dates of varying
//! precision for sources (`2019`, `2019-11`), and times of day (`09:30`).
//! A few dozen lines here cost far less wasm than a general library.

use std::fmt;

/// A civil (proleptic Gregorian) date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::new(num(&s[0..4])? as i32, num(&s[5..7])? as u8, num(&s[8..10])? as u8)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday_index(self) -> usize {
        // 1970-01-01 was a Thursday (index 3).
        (self.days_since_epoch() + 3).rem_euclid(7) as usize
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A date known to the year, the month or the day (`2019`, `2019-11`, `2019-11-05`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PartialDate {
    Year(i32),
    Month(i32, u8),
    Day(Date),
}

impl PartialDate {
    pub fn parse(s: &str) -> Option<PartialDate> {
        match s.len() {
            4 => Some(PartialDate::Year(num(s)? as i32)),
            7 if s.as_bytes()[4] == b'-' => {
                let (year, month) = (num(&s[0..4])? as i32, num(&s[5..7])? as u8);
                (1..=12).contains(&month).then_some(PartialDate::Month(year, month))
            }
            10 => Date::parse(s).map(PartialDate::Day),
            _ => None,
        }
    }

    pub fn year(self) -> i32 {
        match self {
            PartialDate::Year(y) | PartialDate::Month(y, _) => y,
            PartialDate::Day(d) => d.year,
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Day(d) => d.fmt(f),
        }
    }
}

/// A wall-clock time, in minutes after midnight; `24:00` (1440) may close a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(pub u16);

impl TimeOfDay {
    pub const END_OF_DAY: TimeOfDay = TimeOfDay(24 * 60);

    /// Parses exactly `HH:MM`, from `00:00` to `24:00`.
    pub fn parse(s: &str) -> Option<TimeOfDay> {
        let b = s.as_bytes();
        if b.len() != 5 || b[2] != b':' {
            return None;
        }
        let (h, m) = (num(&s[0..2])? as u16, num(&s[3..5])? as u16);
        match (h, m) {
            (0..=23, 0..=59) | (24, 0) => Some(TimeOfDay(h * 60 + m)),
            _ => None,
        }
    }

    pub fn hour(self) -> u16 {
        self.0 / 60
    }

    pub fn minute(self) -> u16 {
        self.0 % 60
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

/// Parses ASCII digits only (no sign, no spaces).
fn num(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_valid_dates_and_rejects_invalid_ones() {
        assert_eq!(Date::parse("2025-12-31"), Some(Date { year: 2025, month: 12, day: 31 }));
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        for bad in ["2025-02-29", "2025-13-01", "2025-00-10", "2025-1-01", "25-12-31", "2025-12-3x", ""] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn epoch_days_round_trip_and_weekdays() {
        for days in [-800_000, -1, 0, 1, 10_957, 20_000, 2_000_000] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        // 2026-11-24 is a Tuesday; 2000-01-01 a Saturday.
        assert_eq!(Date::parse("2026-11-24").unwrap().weekday_index(), 1);
        assert_eq!(Date::parse("2000-01-01").unwrap().weekday_index(), 5);
        assert_eq!(Date::parse("2024-02-28").unwrap().add_days(1).to_string(), "2024-02-29");
        assert_eq!(Date::parse("2025-12-31").unwrap().add_days(1).to_string(), "2026-01-01");
    }

    #[test]
    fn partial_dates_and_times() {
        assert_eq!(PartialDate::parse("2019"), Some(PartialDate::Year(2019)));
        assert_eq!(PartialDate::parse("2019-11"), Some(PartialDate::Month(2019, 11)));
        assert_eq!(PartialDate::parse("2019-13"), None);
        assert_eq!(PartialDate::parse("about 2018"), None);
        assert_eq!(PartialDate::parse("2019-11").unwrap().to_string(), "2019-11");
        assert_eq!(TimeOfDay::parse("08:30"), Some(TimeOfDay(510)));
        assert_eq!(TimeOfDay::parse("24:00"), Some(TimeOfDay::END_OF_DAY));
        for bad in ["24:01", "8:30", "08:60", "0830", "ab:cd"] {
            assert_eq!(TimeOfDay::parse(bad), None, "{bad}");
        }
        assert_eq!(TimeOfDay(15 * 60 + 5).to_string(), "15:05");
    }
}
