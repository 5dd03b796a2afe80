//! Search plus filters: what the search page lists for its URL. Pure.

use crate::domain::hours::{open_state, LocalTime};
use crate::domain::{Appointment, Directory, Mode, Service};
use crate::route::SearchParams;
use crate::search::SearchIndex;

/// What the search page shows.
#[derive(Debug, Default)]
pub struct Found<'a> {
    pub services: Vec<&'a Service>,
    /// Ended offers that matched but are hidden (shown with `ended=1`).
    pub hidden_ended: usize,
}

/// True when walking in is possible: the offer says so, or a slot is walk-in.
pub fn walk_in_possible(service: &Service) -> bool {
    matches!(service.appointment, Some(Appointment::WalkIn | Appointment::WalkInOrAppointment))
        || service.schedule.as_ref().is_some_and(|s| s.slots.iter().any(|slot| slot.mode == Some(Mode::WalkIn)))
}

/// Applies query and filters. Without a query, every offer in directory
/// order; ended offers always after current ones.
pub fn find<'a>(dir: &'a Directory, index: &SearchIndex, params: &SearchParams, now: LocalTime) -> Found<'a> {
    let ranked: Vec<&Service> = if params.q.trim().is_empty() {
        let mut all: Vec<&Service> = dir.services.iter().collect();
        crate::order::sort_by_key(&mut all, |s| !s.is_current());
        all
    } else {
        index.search(&params.q).into_iter().filter_map(|h| dir.services.get(h.doc)).collect()
    };
    let matches = |s: &&Service| {
        params.topic.as_ref().is_none_or(|t| s.categories.contains(t))
            && params.language.as_ref().is_none_or(|l| s.languages.contains(l))
            && params.group.as_ref().is_none_or(|g| s.target_groups.contains(g))
            && (!params.walk_in || walk_in_possible(s))
            && (!params.open_now || open_state(s.schedule.as_ref(), now).is_open())
    };
    let filtered: Vec<&Service> = ranked.into_iter().filter(matches).collect();
    let hidden_ended = if params.show_ended { 0 } else { filtered.iter().filter(|s| !s.is_current()).count() };
    let services = filtered.into_iter().filter(|s| params.show_ended || s.is_current()).collect();
    Found { services, hidden_ended }
}

/// The counseling languages the directory offers, each once, sorted by code.
pub fn counseling_languages(dir: &Directory) -> Vec<String> {
    let mut codes: Vec<String> = dir.services.iter().flat_map(|s| s.languages.iter().cloned()).collect();
    crate::order::sort(&mut codes);
    codes.dedup();
    codes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::TimeOfDay;
    use crate::domain::{Schedule, Slot, Weekday};

    #[test]
    fn walk_in_comes_from_the_appointment_field_or_a_walk_in_slot() {
        let dir = crate::domain::parse_directory(include_str!("../public/directory.json")).expect("valid");
        let mut s = dir.services[0].clone();
        s.appointment = None;
        s.schedule = None;
        assert!(!walk_in_possible(&s));
        s.appointment = Some(Appointment::WalkInOrAppointment);
        assert!(walk_in_possible(&s));
        s.appointment = Some(Appointment::Required);
        assert!(!walk_in_possible(&s));
        s.schedule = Some(Schedule {
            slots: vec![Slot {
                days: vec![Weekday::Mo],
                opens: TimeOfDay(540),
                closes: TimeOfDay(600),
                mode: Some(Mode::WalkIn),
            }],
            ..Schedule::default()
        });
        assert!(walk_in_possible(&s));
    }
}
