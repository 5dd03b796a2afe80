//! One appointment as an iCalendar event (RFC 5545) for the phone's
//! calendar, in Europe/Berlin time with its VTIMEZONE.

use super::vcard::{escape, fold_line};
use super::{Appointment, Contact};
use crate::domain::date::{Date, TimeOfDay};
use crate::domain::model::join_present;

/// Appointments without an end last an hour.
const DEFAULT_MINUTES: u16 = 60;

/// The Europe/Berlin rules (EU summer time since 1996).
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Berlin",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

fn ics_date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

fn ics_local(d: Date, t: TimeOfDay) -> String {
    format!("{}T{:02}{:02}00", ics_date(d), t.hour(), t.minute())
}

/// The event; `None` if the appointment's date is invalid. `stamp` is the
/// creation time as `YYYYMMDDTHHMMSSZ` (DTSTAMP).
pub fn appointment_to_ics(contact: &Contact, appointment: &Appointment, stamp: &str) -> Option<String> {
    let date = appointment.parsed_date()?;
    let mut lines: Vec<String> =
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Wegweiser//Meine Kontakte//DE", "CALSCALE:GREGORIAN"]
            .iter()
            .map(|s| s.to_string())
            .collect();
    let timed = appointment.parsed_time();
    if timed.is_some() {
        lines.extend(VTIMEZONE.iter().map(|s| s.to_string()));
    }
    lines.push("BEGIN:VEVENT".into());
    lines.push(format!("UID:{}@wegweiser", appointment.id));
    lines.push(format!("DTSTAMP:{stamp}"));
    match timed {
        Some(start) => {
            let end_minutes = start.0 + DEFAULT_MINUTES;
            let (end_date, end) = if end_minutes >= 24 * 60 {
                (date.add_days(1), TimeOfDay(end_minutes - 24 * 60))
            } else {
                (date, TimeOfDay(end_minutes))
            };
            lines.push(format!("DTSTART;TZID=Europe/Berlin:{}", ics_local(date, start)));
            lines.push(format!("DTEND;TZID=Europe/Berlin:{}", ics_local(end_date, end)));
        }
        None => {
            lines.push(format!("DTSTART;VALUE=DATE:{}", ics_date(date)));
            lines.push(format!("DTEND;VALUE=DATE:{}", ics_date(date.add_days(1))));
        }
    }
    lines.push(format!("SUMMARY:{}", escape(&contact.name)));
    let location = join_present(&[&appointment.place, &contact.room, &contact.street, &contact.city], ", ");
    if !location.is_empty() {
        lines.push(format!("LOCATION:{}", escape(&location)));
    }
    let phone = contact.phones.first().cloned().unwrap_or_default();
    let description = super::labelled_lines(&[
        ("Mitbringen", &appointment.bring),
        ("Aktenzeichen", &contact.reference),
        ("Telefon", &phone),
        ("", &appointment.note),
    ]);
    if !description.is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape(&description)));
    }
    lines.push("END:VEVENT".into());
    lines.push("END:VCALENDAR".into());
    Some(lines.iter().map(|l| fold_line(l)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::tests::{appointment, contact};

    #[test]
    fn a_timed_appointment_in_berlin_time() {
        let mut c = contact("c1", "Jobcenter Moers");
        c.room = "204".into();
        c.city = "Moers".into();
        c.reference = "123ABC".into();
        let mut a = appointment("a1", "2026-12-01", "10:00");
        a.bring = "Pass, Mietvertrag".into();
        let ics = appointment_to_ics(&c, &a, "20261124T090000Z").unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("TZID:Europe/Berlin\r\n"));
        assert!(ics.contains("UID:a1@wegweiser\r\n"));
        assert!(ics.contains("DTSTAMP:20261124T090000Z\r\n"));
        assert!(ics.contains("DTSTART;TZID=Europe/Berlin:20261201T100000\r\n"));
        assert!(ics.contains("DTEND;TZID=Europe/Berlin:20261201T110000\r\n"));
        assert!(ics.contains("SUMMARY:Jobcenter Moers\r\n"));
        assert!(ics.contains("LOCATION:204\\, Moers\r\n"));
        assert!(ics.contains("DESCRIPTION:Mitbringen: Pass\\, Mietvertrag\\nAktenzeichen: 123ABC\r\n"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    }

    #[test]
    fn a_whole_day_and_a_late_evening() {
        let c = contact("c2", "Олена, Beratung");
        let day = appointment_to_ics(&c, &appointment("d", "2026-12-31", ""), "20261124T090000Z").unwrap();
        assert!(day.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(!day.contains("VTIMEZONE"));
        assert!(day.contains("SUMMARY:Олена\\, Beratung\r\n"));
        let late = appointment_to_ics(&c, &appointment("l", "2026-12-31", "23:30"), "20261124T090000Z").unwrap();
        assert!(late.contains("DTEND;TZID=Europe/Berlin:20270101T003000\r\n"));
        assert_eq!(appointment_to_ics(&c, &appointment("x", "2026-13-01", ""), "20261124T090000Z"), None);
    }
}
