//! Where in a directory file an [`Issue`](super::Issue) is: its line and
//! column, for the command-line check (`make check-directory`).
//!
//! A small JSON scanner keeps the position of every value; an issue's entry
//! (`services[jobcenter-moers]`, `categories[2]`, `directory`) and field
//! (`schedule.slots[0].closes`) are then followed through that tree. Where
//! the field is absent from the file (a required field left out), the
//! position of the nearest enclosing value is given.

/// A position in the file, both counted from 1; columns count characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

enum Value {
    Object(Vec<(String, Node)>),
    Array(Vec<Node>),
    String(String),
    Other,
}

struct Node {
    at: Position,
    value: Value,
}

impl Node {
    fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, n)| n),
            _ => None,
        }
    }

    fn item(&self, selector: &str) -> Option<&Node> {
        let Value::Array(items) = &self.value else { return None };
        if let Ok(index) = selector.parse::<usize>() {
            return items.get(index);
        }
        items.iter().find(|n| matches!(n.get("id").map(|id| &id.value), Some(Value::String(s)) if s == selector))
    }
}

/// The position of `entry`'s `field` in `json`; `None` when the text is not JSON.
pub fn locate(json: &str, entry: &str, field: &str) -> Option<Position> {
    let root = Scanner::new(json).document()?;
    let mut node = &root;
    let mut path: Vec<&str> = Vec::new();
    if entry != "directory" {
        path.push(entry);
    }
    path.extend(field.split('.').filter(|s| !s.is_empty()));
    for segment in path {
        let (key, selectors) = split_segment(segment);
        let Some(next) = node.get(key) else { break };
        node = next;
        for selector in selectors {
            match node.item(selector) {
                Some(next) => node = next,
                None => return Some(node.at),
            }
        }
    }
    Some(node.at)
}

/// `slots[0]` → (`slots`, [`0`]); `services[x]` → (`services`, [`x`]).
fn split_segment(segment: &str) -> (&str, Vec<&str>) {
    let mut parts = segment.split('[');
    let key = parts.next().unwrap_or("");
    (key, parts.map(|p| p.trim_end_matches(']')).collect())
}

struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    column: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner { chars: text.chars().peekable(), line: 1, column: 1 }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn skip_space(&mut self) {
        while self.chars.peek().is_some_and(|c| c.is_whitespace()) {
            self.bump();
        }
    }

    fn document(mut self) -> Option<Node> {
        let node = self.value()?;
        self.skip_space();
        self.chars.peek().is_none().then_some(node)
    }

    fn value(&mut self) -> Option<Node> {
        self.skip_space();
        let at = Position { line: self.line, column: self.column };
        let value = match *self.chars.peek()? {
            '{' => {
                self.bump();
                let mut members = Vec::new();
                loop {
                    self.skip_space();
                    match self.chars.peek()? {
                        '}' => {
                            self.bump();
                            break;
                        }
                        ',' => {
                            self.bump();
                        }
                        _ => {
                            self.skip_space();
                            let key = self.string()?;
                            self.skip_space();
                            (self.bump()? == ':').then_some(())?;
                            members.push((key, self.value()?));
                        }
                    }
                }
                Value::Object(members)
            }
            '[' => {
                self.bump();
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    match self.chars.peek()? {
                        ']' => {
                            self.bump();
                            break;
                        }
                        ',' => {
                            self.bump();
                        }
                        _ => items.push(self.value()?),
                    }
                }
                Value::Array(items)
            }
            '"' => Value::String(self.string()?),
            _ => {
                while self.chars.peek().is_some_and(|c| c.is_alphanumeric() || "+-.".contains(*c)) {
                    self.bump();
                }
                Value::Other
            }
        };
        Some(Node { at, value })
    }

    fn string(&mut self) -> Option<String> {
        (self.bump()? == '"').then_some(())?;
        let mut out = String::new();
        loop {
            match self.bump()? {
                '"' => return Some(out),
                '\\' => {
                    let escaped = self.bump()?;
                    match escaped {
                        'u' => {
                            let hex: String = (0..4).filter_map(|_| self.bump()).collect();
                            out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('\u{fffd}'));
                        }
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        other => out.push(other),
                    }
                }
                c => out.push(c),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"{
  "first_stop": "b",
  "services": [
    { "id": "a", "name": { "de": "A" } },
    {
      "id": "b",
      "schedule": { "slots": [ { "opens": "10:00", "closes": "09:00" } ] }
    }
  ]
}
"#;

    fn at(line: usize, column: usize) -> Option<Position> {
        Some(Position { line, column })
    }

    #[test]
    fn fields_are_found_by_entry_id_index_and_path() {
        assert_eq!(locate(FILE, "services[b]", "schedule.slots[0].closes"), at(7, 62));
        assert_eq!(locate(FILE, "services[1]", "schedule.slots[0].opens"), at(7, 43));
        assert_eq!(locate(FILE, "services[a]", "name"), at(4, 26));
        assert_eq!(locate(FILE, "directory", "first_stop"), at(2, 17));
    }

    #[test]
    fn an_absent_field_points_at_its_entry() {
        assert_eq!(locate(FILE, "services[a]", "sources"), at(4, 5));
        assert_eq!(locate(FILE, "services[b]", "schedule.slots[3].closes"), at(7, 30));
        assert_eq!(locate(FILE, "services[zz]", "name"), at(3, 15));
    }

    #[test]
    fn text_that_is_not_json_has_no_positions() {
        assert_eq!(locate("{\"a\": ", "directory", "a"), None);
        assert_eq!(locate("{} x", "directory", ""), None);
    }
}
