//! Referral lists: several offers in one link, in the order staff chose, in
//! the client's language. The link carries offer ids only, never anything
//! about the person: `/referral?offers=jobcenter-moers,vhs-moers-integrationskurse&lang=uk`.
//! Pure and natively tested.

use crate::domain::parse::is_slug;
use crate::domain::{Directory, Service};

/// At most this many offers in one referral: a slip stays readable, the link
/// short enough for a QR code that cheap phone cameras read.
pub const MAX_OFFERS: usize = 12;

/// What was wrong with a referral link or list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReferralProblem {
    /// No offer ids at all.
    Empty,
    /// More than [`MAX_OFFERS`]; only the first ones are used.
    TooMany { max: usize },
    /// Not an offer id (wrong characters): shown as an unknown offer.
    BadId(String),
    /// An offer listed twice; shown once.
    Duplicate(String),
}

/// The offer ids of an `offers=` value, in order, with what was wrong.
/// Nothing is dropped silently: malformed ids stay in the list (the page
/// shows them as unknown offers), duplicates and the overflow are reported.
pub fn parse_offers(value: &str) -> (Vec<String>, Vec<ReferralProblem>) {
    let mut ids: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    for raw in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let id = raw.to_string();
        if ids.contains(&id) {
            problems.push(ReferralProblem::Duplicate(id));
            continue;
        }
        if !is_slug(&id) {
            problems.push(ReferralProblem::BadId(id.clone()));
        }
        ids.push(id);
    }
    if ids.is_empty() {
        problems.push(ReferralProblem::Empty);
    }
    if ids.len() > MAX_OFFERS {
        ids.truncate(MAX_OFFERS);
        problems.push(ReferralProblem::TooMany { max: MAX_OFFERS });
    }
    (ids, problems)
}

/// The query of a referral link (without `?`). Refuses an empty list and one
/// longer than [`MAX_OFFERS`], so a link never promises more than it shows.
pub fn referral_query(ids: &[String], lang: Option<&str>) -> Result<String, ReferralProblem> {
    if ids.is_empty() {
        return Err(ReferralProblem::Empty);
    }
    if ids.len() > MAX_OFFERS {
        return Err(ReferralProblem::TooMany { max: MAX_OFFERS });
    }
    if let Some(bad) = ids.iter().find(|id| !is_slug(id)) {
        return Err(ReferralProblem::BadId(bad.clone()));
    }
    let mut query = format!("offers={}", ids.join(","));
    if let Some(lang) = lang {
        query.push_str("&lang=");
        query.push_str(lang);
    }
    Ok(query)
}

/// One line of a referral as the page shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry<'a> {
    Offer(&'a Service),
    /// Not in the directory (a typo, or an offer removed since).
    Unknown(String),
}

/// The referral's offers, in order, looked up in the directory.
pub fn resolve<'a>(dir: &'a Directory, ids: &[String]) -> Vec<Entry<'a>> {
    ids.iter().map(|id| dir.service(id).map(Entry::Offer).unwrap_or_else(|| Entry::Unknown(id.clone()))).collect()
}

/// Which way a referral row moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    Up,
    Down,
}

/// Moves `id` one place in `list`; false when it is not there or cannot move.
pub fn shift(list: &mut [String], id: &str, direction: Shift) -> bool {
    let Some(i) = list.iter().position(|x| x == id) else { return false };
    let j = match direction {
        Shift::Up if i > 0 => i - 1,
        Shift::Down if i + 1 < list.len() => i + 1,
        _ => return false,
    };
    list.swap(i, j);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_link_round_trips() {
        let list = ids(&["jobcenter-moers", "vhs-moers-integrationskurse"]);
        let query = referral_query(&list, Some("uk")).unwrap();
        assert_eq!(query, "offers=jobcenter-moers,vhs-moers-integrationskurse&lang=uk");
        let value = query.strip_prefix("offers=").unwrap().split('&').next().unwrap();
        assert_eq!(parse_offers(value), (list, vec![]));
        assert_eq!(referral_query(&ids(&["a"]), None).unwrap(), "offers=a");
    }

    #[test]
    fn unknown_and_malformed_ids_are_kept_duplicates_reported() {
        let (list, problems) = parse_offers("jobcenter-moers, gibt-es-nicht,jobcenter-moers,<script>,");
        assert_eq!(list, ids(&["jobcenter-moers", "gibt-es-nicht", "<script>"]));
        assert_eq!(
            problems,
            vec![ReferralProblem::Duplicate("jobcenter-moers".into()), ReferralProblem::BadId("<script>".into())]
        );
        let dir = crate::domain::parse_directory(include_str!("../public/directory.json")).unwrap();
        let entries = resolve(&dir, &list);
        assert!(matches!(entries[0], Entry::Offer(s) if s.id == "jobcenter-moers"));
        assert_eq!(entries[1], Entry::Unknown("gibt-es-nicht".into()));
        assert_eq!(entries[2], Entry::Unknown("<script>".into()));
    }

    #[test]
    fn the_length_is_limited_with_a_clear_reason() {
        let many: Vec<String> = (0..MAX_OFFERS + 3).map(|i| format!("offer-{i}")).collect();
        assert_eq!(referral_query(&many, None), Err(ReferralProblem::TooMany { max: MAX_OFFERS }));
        let (list, problems) = parse_offers(&many.join(","));
        assert_eq!(list.len(), MAX_OFFERS);
        assert_eq!(problems, vec![ReferralProblem::TooMany { max: MAX_OFFERS }]);
        assert_eq!(parse_offers(" , "), (vec![], vec![ReferralProblem::Empty]));
        assert_eq!(referral_query(&[], None), Err(ReferralProblem::Empty));
        assert_eq!(referral_query(&ids(&["Bad Id"]), None), Err(ReferralProblem::BadId("Bad Id".into())));
    }

    #[test]
    fn shifting_moves_the_named_offer_and_stops_at_the_ends() {
        let mut list: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        assert!(shift(&mut list, "c", Shift::Up));
        assert_eq!(list, ["a", "c", "b"]);
        assert!(!shift(&mut list, "a", Shift::Up));
        assert!(!shift(&mut list, "b", Shift::Down));
        assert!(!shift(&mut list, "x", Shift::Down));
        assert!(shift(&mut list, "a", Shift::Down));
        assert_eq!(list, ["c", "a", "b"]);
    }
}
