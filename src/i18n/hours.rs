//! Opening hours in words, in a UI language. Pure; natively tested.

use crate::domain::{Mode, Schedule, Slot};
use crate::i18n::{tr, weekday_name, Lang, Msg};

/// How a time slot is served ("mit Termin"), if the directory says.
pub fn mode_text(lang: Lang, mode: Option<Mode>) -> Option<&'static str> {
    mode.map(|m| {
        tr(
            lang,
            match m {
                Mode::WalkIn => Msg::ModeWalkIn,
                Mode::Appointment => Msg::ModeAppointment,
                Mode::Phone => Msg::ModePhone,
            },
        )
    })
}

/// "08:00–12:00" and its mode ("mit Termin"), if the directory gives one.
pub type TimeRange = (String, Option<&'static str>);

/// The weekly hours for a slip: per weekday its time ranges, each with its
/// mode ("mit Termin") if the directory gives one.
pub fn week_lines(lang: Lang, schedule: &Schedule) -> Vec<(&'static str, Vec<TimeRange>)> {
    (0..7)
        .filter_map(|day| {
            let mut slots: Vec<&Slot> =
                schedule.slots.iter().filter(|s| s.days.iter().any(|d| d.index() == day)).collect();
            if slots.is_empty() {
                return None;
            }
            crate::order::sort_by_key(&mut slots, |s| s.opens);
            let ranges = slots.iter().map(|s| (format!("{}–{}", s.opens, s.closes), mode_text(lang, s.mode))).collect();
            Some((weekday_name(lang, day), ranges))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::TimeOfDay;
    use crate::domain::Weekday;

    fn slot(days: &[Weekday], opens: &str, closes: &str, mode: Option<Mode>) -> Slot {
        let time = |t: &str| TimeOfDay::parse(t).unwrap();
        Slot { days: days.to_vec(), opens: time(opens), closes: time(closes), mode }
    }

    #[test]
    fn a_week_lists_each_open_day_once_with_its_ranges_in_order() {
        let schedule = Schedule {
            slots: vec![
                slot(&[Weekday::Mo, Weekday::We], "13:00", "15:00", Some(Mode::Appointment)),
                slot(&[Weekday::Mo], "08:00", "12:00", None),
            ],
            ..Default::default()
        };
        let lines = week_lines(Lang::De, &schedule);
        assert_eq!(
            lines,
            vec![
                ("Montag", vec![("08:00–12:00".to_string(), None), ("13:00–15:00".to_string(), Some("mit Termin"))]),
                ("Mittwoch", vec![("13:00–15:00".to_string(), Some("mit Termin"))]),
            ]
        );
        assert!(week_lines(Lang::De, &Schedule::default()).is_empty());
    }
}
