//! vCard 4.0 (RFC 6350) export, so a contact can go into the phone's own
//! address book: UTF-8, CRLF line ends, lines folded at 75 octets (never
//! inside a UTF-8 sequence), text values escaped.

use super::Contact;
use crate::domain::links::tel_uri;

/// Escapes a text value: `\` `,` `;` and line breaks (RFC 6350 §3.4).
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Folds one content line: at most 75 octets per physical line, each
/// continuation starting with a space (RFC 6350 §3.2, RFC 5545 §3.1).
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

/// One contact as a vCard 4.0.
pub fn contact_to_vcard(contact: &Contact) -> String {
    let mut lines = vec!["BEGIN:VCARD".to_string(), "VERSION:4.0".to_string()];
    lines.push(format!("FN:{}", escape(&contact.name)));
    if !contact.organization.is_empty() {
        lines.push(format!("ORG:{}", escape(&contact.organization)));
    }
    for phone in &contact.phones {
        lines.push(format!("TEL;VALUE=uri;TYPE=work,voice:{}", tel_uri(phone)));
    }
    for email in &contact.emails {
        lines.push(format!("EMAIL;TYPE=work:{}", escape(email)));
    }
    if !(contact.street.is_empty() && contact.city.is_empty()) {
        // ADR: post office box; extended; street; locality; region; postal code; country.
        lines.push(format!(
            "ADR;TYPE=work:;;{};{};;{};{}",
            escape(&contact.street),
            escape(&contact.city),
            escape(&contact.postal_code),
            if contact.city.is_empty() { "" } else { "Deutschland" }
        ));
    }
    if !contact.website.is_empty() {
        lines.push(format!("URL:{}", contact.website));
    }
    let note = note_text(contact);
    if !note.is_empty() {
        lines.push(format!("NOTE:{}", escape(&note)));
    }
    lines.push("END:VCARD".to_string());
    lines.iter().map(|l| fold_line(l)).collect()
}

/// Several contacts in one file.
pub fn contacts_to_vcard(contacts: &[Contact]) -> String {
    contacts.iter().map(contact_to_vcard).collect()
}

/// The user's own details, for NOTE: contact person, room, reference, note.
fn note_text(contact: &Contact) -> String {
    super::labelled_lines(&[
        ("Ansprechperson", &contact.person),
        ("Raum", &contact.room),
        ("Aktenzeichen", &contact.reference),
        ("", &contact.note),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::tests::contact;

    #[test]
    fn escaping_of_special_characters() {
        assert_eq!(escape(r"a,b;c\d"), r"a\,b\;c\\d");
        assert_eq!(escape("line 1\nline 2"), r"line 1\nline 2");
    }

    #[test]
    fn folding_at_75_octets_never_splits_a_character() {
        let ascii = "N".repeat(200);
        let folded = fold_line(&ascii);
        for line in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), ascii);
        // Arabic letters are 2 octets, Cyrillic 2: folding must keep them whole.
        let name = "FN:".to_string() + &"محمد Олена ".repeat(12);
        let folded = fold_line(&name);
        for line in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end_matches("\r\n"), name);
    }

    #[test]
    fn a_complete_card() {
        let mut c = contact("offer-jobcenter-moers", "Jobcenter Kreis Wesel; Moers");
        c.organization = "Jobcenter Kreis Wesel".into();
        c.phones = vec!["0281 9620777".into()];
        c.emails = vec!["info@example.org".into()];
        c.street = "Hanckwitzstraße".into();
        c.city = "Moers".into();
        c.website = "https://www.example.org/".into();
        c.person = "Олена".into();
        c.room = "204".into();
        c.note = "Pass mitbringen, Kopien".into();
        let card = contact_to_vcard(&c);
        assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        assert!(card.contains("FN:Jobcenter Kreis Wesel\\; Moers\r\n"));
        assert!(card.contains("ORG:Jobcenter Kreis Wesel\r\n"));
        assert!(card.contains("TEL;VALUE=uri;TYPE=work,voice:tel:+492819620777\r\n"));
        assert!(card.contains("EMAIL;TYPE=work:info@example.org\r\n"));
        assert!(card.contains("ADR;TYPE=work:;;Hanckwitzstraße;Moers;;;Deutschland\r\n"));
        assert!(card.contains("URL:https://www.example.org/\r\n"));
        assert!(card.contains("NOTE:Ansprechperson: Олена\\nRaum: 204\\nPass mitbringen\\, Kopien\r\n"));
        assert!(card.ends_with("END:VCARD\r\n"));
        assert!(card.split("\r\n").all(|l| l.len() <= 75));
    }

    #[test]
    fn non_ascii_names_stay_utf8() {
        let card = contact_to_vcard(&contact("x", "محمد"));
        assert!(card.contains("FN:محمد\r\n"));
    }
}
