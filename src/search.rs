//! Forgiving full-text search over the directory. Pure and natively tested.
//!
//! Text is *folded* (lowercase; ä/ae → a, ö/oe → o, ü/ue → u, ß → ss, é → e,
//! Turkish ı/İ/ş/ğ, Arabic alef forms and harakat, …) and split into words.
//! The index maps each distinct word to the offers and fields it occurs in;
//! adjacent words are also indexed joined, so `sprachkurs` finds "Sprach-Kurs".
//!
//! A query word matches a vocabulary word exactly, as a prefix, inside a
//! compound (4+ letters), or with one typo (5+ letters) or two (9+ letters).
//! Every query word must match (stop words aside). The score weighs the field:
//! title > keyword > category > provider > summary > address > description,
//! with a bonus for a query that equals or starts the title.

use std::collections::HashMap;

use crate::domain::{Directory, State, Text};

/// Where in an offer a word occurs; the discriminant orders the weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title,
    Keyword,
    Category,
    Provider,
    Summary,
    Address,
    Description,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Field::Title => 10.0,
            Field::Keyword => 7.0,
            Field::Category => 5.0,
            Field::Provider => 4.0,
            Field::Summary => 3.0,
            Field::Address => 2.0,
            Field::Description => 1.0,
        }
    }
}

/// One searchable document: its texts by field.
#[derive(Debug, Clone)]
pub struct Document {
    pub fields: Vec<(Field, String)>,
    /// Ended offers rank after all others.
    pub ended: bool,
    /// Multiplies the score: below 1 for offers not confirmed to run.
    pub boost: f32,
}

impl Default for Document {
    fn default() -> Self {
        Document { fields: Vec::new(), ended: false, boost: 1.0 }
    }
}

/// A result: the document's position in the input, and its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub doc: usize,
    pub score: f32,
}

/// A word of the vocabulary.
#[derive(Debug)]
struct Word {
    text: String,
    /// Length in characters.
    len: u8,
    /// A bitmask of the characters it contains (cheap pre-filter).
    signature: u64,
    /// (document << 3 | field) entries, in document order.
    postings: Vec<u32>,
}

/// The inverted index over a list of documents.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// The vocabulary, sorted by text (prefix ranges are contiguous).
    words: Vec<Word>,
    exact: HashMap<String, u32, FastHash>,
    /// Folded titles per document (every indexed language).
    titles: Vec<Vec<String>>,
    ended: Vec<bool>,
    boosts: Vec<f32>,
}

const FIELDS: [Field; 7] = [
    Field::Title,
    Field::Keyword,
    Field::Category,
    Field::Provider,
    Field::Summary,
    Field::Address,
    Field::Description,
];

fn pack(doc: u32, field: Field) -> u32 {
    doc << 3 | field as u32
}

fn unpack(entry: u32) -> (usize, Field) {
    ((entry >> 3) as usize, FIELDS[(entry & 7) as usize])
}

impl SearchIndex {
    pub fn build(docs: &[Document]) -> SearchIndex {
        // Words of up to 15 bytes (nearly all) are looked up by a packed
        // inline key: no pointer to chase while the table is probed.
        let mut short_ids: HashMap<(u64, u64), u32, FastHash> = HashMap::default();
        let mut long_ids: HashMap<String, u32, FastHash> = HashMap::default();
        let mut words: Vec<Word> = Vec::new();
        // Postings and the last entry added per word, kept apart from the
        // words and dense, so the hot loop touches little memory.
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut last_entry: Vec<u32> = Vec::new();
        let mut titles = Vec::with_capacity(docs.len());
        let mut scratch = String::new();
        for (doc, document) in docs.iter().enumerate() {
            let mut doc_titles = Vec::new();
            for (field, text) in &document.fields {
                let entry = pack(doc as u32, *field);
                let mut title = String::new();
                for_each_word(text, &mut scratch, |token| {
                    if *field == Field::Title {
                        if !title.is_empty() {
                            title.push(' ');
                        }
                        title.push_str(token);
                    }
                    let next = words.len() as u32;
                    let id = match short_key(token) {
                        Some(key) => *short_ids.entry(key).or_insert(next),
                        None => *long_ids.entry(token.to_string()).or_insert(next),
                    };
                    if id == next {
                        words.push(Word {
                            text: token.to_string(),
                            len: token.chars().count().min(255) as u8,
                            signature: signature(token),
                            postings: Vec::new(),
                        });
                        postings.push(Vec::with_capacity(4));
                        last_entry.push(u32::MAX);
                    }
                    if last_entry[id as usize] != entry {
                        last_entry[id as usize] = entry;
                        postings[id as usize].push(entry);
                    }
                });
                if *field == Field::Title {
                    doc_titles.push(title);
                }
            }
            titles.push(doc_titles);
        }
        for (word, list) in words.iter_mut().zip(postings) {
            word.postings = list;
        }
        // The one hot sort (tens of thousands of words in the benchmark): the
        // standard library's, which is faster than `order::sort_by` here.
        words.sort_unstable_by(|a, b| a.text.cmp(&b.text));
        let exact = words.iter().enumerate().map(|(i, w)| (w.text.clone(), i as u32)).collect();
        SearchIndex {
            words,
            exact,
            titles,
            ended: docs.iter().map(|d| d.ended).collect(),
            boosts: docs.iter().map(|d| d.boost).collect(),
        }
    }

    /// Number of distinct words (for benchmarks and tests).
    pub fn vocabulary_len(&self) -> usize {
        self.words.len()
    }

    /// Ranked hits: current offers by score, then ended ones by score.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let folded = fold(query);
        let all: Vec<&str> = split(&folded).collect();
        if all.is_empty() {
            return Vec::new();
        }
        let meaningful: Vec<&str> = all.iter().copied().filter(|t| !is_stop_word(t)).collect();
        let terms = if meaningful.is_empty() { all.clone() } else { meaningful };

        let mut scores = self.match_all(&terms);
        // "sprach kurs" may be one word in the text: try the words joined, too.
        if terms.len() > 1 {
            let joined = self.match_all(&[terms.concat().as_str()]);
            for (s, j) in scores.iter_mut().zip(joined) {
                *s = s.max(j);
            }
        }

        let phrase = terms.join(" ");
        let mut hits: Vec<Hit> = scores
            .into_iter()
            .enumerate()
            .filter(|(_, score)| *score > 0.0)
            .map(|(doc, mut score)| {
                let titles = &self.titles[doc];
                if titles.contains(&phrase) {
                    score += 1000.0;
                } else if titles.iter().any(|t| t.starts_with(&phrase)) {
                    score += 500.0;
                }
                Hit { doc, score: score * self.boosts[doc] }
            })
            .collect();
        crate::order::sort_by(&mut hits, |a, b| {
            self.ended[a.doc].cmp(&self.ended[b.doc]).then(b.score.total_cmp(&a.score)).then(a.doc.cmp(&b.doc))
        });
        hits
    }

    /// Per document, the summed best scores of the terms; 0 where any term is missing.
    fn match_all(&self, terms: &[&str]) -> Vec<f32> {
        let mut total: Option<Vec<f32>> = None;
        for term in terms {
            // Every term must match: once no document is left, stop.
            if total.as_ref().is_some_and(|t| t.iter().all(|&s| s == 0.0)) {
                break;
            }
            let this = self.match_term(term);
            total = Some(match total {
                None => this,
                Some(mut prev) => {
                    for (p, t) in prev.iter_mut().zip(this) {
                        *p = if *p > 0.0 && t > 0.0 { *p + t } else { 0.0 };
                    }
                    prev
                }
            });
        }
        total.unwrap_or_default()
    }

    /// Raises each document's score to `quality` × field weight where that is more.
    fn credit(&self, best: &mut [f32], word: usize, quality: f32) {
        for &entry in &self.words[word].postings {
            let (doc, field) = unpack(entry);
            let score = quality * field.weight();
            if score > best[doc] {
                best[doc] = score;
            }
        }
    }

    /// Per document, the best (quality × field weight) of one query word.
    fn match_term(&self, term: &str) -> Vec<f32> {
        let mut best = vec![0.0f32; self.titles.len()];
        let len = term.chars().count();
        if let Some(&i) = self.exact.get(term) {
            self.credit(&mut best, i as usize, 1.0);
        }
        if len >= 2 {
            let start = self.words.partition_point(|w| w.text.as_str() < term);
            for (i, word) in self.words.iter().enumerate().skip(start) {
                if !word.text.starts_with(term) {
                    break;
                }
                if word.text.len() > term.len() {
                    self.credit(&mut best, i, 0.6 + 0.3 * term.len() as f32 / word.text.len() as f32);
                }
            }
        }
        if len < 4 {
            return best;
        }
        // "sprachkurs" against "Sprach-Kurs": the term split into two indexed words.
        if !self.exact.contains_key(term) {
            self.credit_split(term, &mut best);
        }

        let max_typos = typo_budget(len);
        let sig = signature(term);
        let term_chars: Vec<char> = term.chars().collect();
        let mut word_chars: Vec<char> = Vec::new();
        for (i, word) in self.words.iter().enumerate() {
            let wlen = usize::from(word.len);
            // A compound part: "kurs" in "integrationskurs" (all its letters must be there).
            if wlen > len && word.signature & sig == sig && !word.text.starts_with(term) && word.text.contains(term) {
                self.credit(&mut best, i, 0.5);
                continue;
            }
            if max_typos == 0
                || wlen + max_typos < len
                || (word.signature & !sig).count_ones() as usize > 2 * max_typos
                || (sig & !word.signature).count_ones() as usize > 2 * max_typos
            {
                continue;
            }
            word_chars.clear();
            word_chars.extend(word.text.chars());
            if wlen <= len + max_typos {
                if let Some(d) = bounded_distance(&term_chars, &word_chars, max_typos).filter(|&d| d > 0) {
                    self.credit(&mut best, i, 0.6 - 0.1 * d as f32);
                    continue;
                }
            }
            // Still typing: the start of a longer word, with a typo.
            if wlen > len && bounded_distance(&term_chars, &word_chars[..len], max_typos).is_some_and(|d| d > 0) {
                self.credit(&mut best, i, 0.4);
            }
        }
        best
    }

    /// Credits documents holding both halves of `term` split at some point
    /// (the second half may be a prefix, as in "sprachkurse"): "sprachkurs"
    /// finds "Sprach-Kurs".
    fn credit_split(&self, term: &str, best: &mut [f32]) {
        let mut with_tail = vec![0u64; self.titles.len().div_ceil(64)];
        for (at, _) in term.char_indices().skip(3) {
            let (head, tail) = term.split_at(at);
            if tail.chars().count() < 3 {
                break;
            }
            let Some(&h) = self.exact.get(head) else { continue };
            with_tail.iter_mut().for_each(|bits| *bits = 0);
            let start = self.words.partition_point(|w| w.text.as_str() < tail);
            for w in self.words[start..].iter().take_while(|w| w.text.starts_with(tail)) {
                for &entry in &w.postings {
                    let doc = (entry >> 3) as usize;
                    with_tail[doc / 64] |= 1 << (doc % 64);
                }
            }
            for &entry in &self.words[h as usize].postings {
                let (doc, field) = unpack(entry);
                if with_tail[doc / 64] & (1 << (doc % 64)) != 0 {
                    let score = 0.9 * field.weight();
                    if score > best[doc] {
                        best[doc] = score;
                    }
                }
            }
        }
    }
}

/// A word of at most 15 bytes packed into two integers (its length in the last byte).
fn short_key(word: &str) -> Option<(u64, u64)> {
    let bytes = word.as_bytes();
    (bytes.len() <= 15).then(|| {
        let mut buf = [0u8; 16];
        buf[..bytes.len()].copy_from_slice(bytes);
        buf[15] = bytes.len() as u8;
        let mut lo = [0u8; 8];
        let mut hi = [0u8; 8];
        lo.copy_from_slice(&buf[..8]);
        hi.copy_from_slice(&buf[8..]);
        (u64::from_le_bytes(lo), u64::from_le_bytes(hi))
    })
}

/// FxHash-style hasher: fast for short keys, no dependency.
#[derive(Debug, Default, Clone, Copy)]
struct FastHash;

impl std::hash::BuildHasher for FastHash {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0)
    }
}

struct FastHasher(u64);

impl FastHasher {
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(buf));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(buf));
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.mix(u64::from(b));
    }
    fn write_u64(&mut self, v: u64) {
        self.mix(v);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Typos tolerated for a query word of `len` letters.
pub fn typo_budget(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Which of 64 buckets of characters a word uses.
fn signature(word: &str) -> u64 {
    word.chars().fold(0u64, |acc, c| acc | 1u64 << (u32::from(c) % 64))
}

/// Optimal-string-alignment distance (edits and adjacent transpositions),
/// or `None` when it exceeds `max`. Words longer than 63 letters never match.
pub fn bounded_distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    const CAP: usize = 64;
    if a.len().abs_diff(b.len()) > max || b.len() >= CAP {
        return None;
    }
    let width = b.len() + 1;
    let mut prev2 = [0usize; CAP];
    let mut prev = [0usize; CAP];
    let mut cur = [0usize; CAP];
    for (j, p) in prev.iter_mut().enumerate().take(width) {
        *p = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = i;
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        prev2 = prev;
        prev = cur;
    }
    let d = prev[width - 1];
    (d <= max).then_some(d)
}

/// Lowercases and folds diacritics and spelling variants, so that the
/// query and the text meet in one form.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// [`fold`] into a reusable buffer.
pub fn fold_into(text: &str, out: &mut String) {
    let mut prev = ' ';
    for c in text.chars() {
        prev = push_folded(c, prev, out);
    }
}

/// Calls `emit` for every folded word of `text`; `buf` is scratch space.
/// Equivalent to splitting [`fold`]'s output, in one pass.
fn for_each_word(text: &str, buf: &mut String, mut emit: impl FnMut(&str)) {
    buf.clear();
    let mut prev = ' ';
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII, nearly all of German and English text: no decoding.
        if b.is_ascii() {
            i += 1;
            if b.is_ascii_alphanumeric() {
                let lower = char::from(b.to_ascii_lowercase());
                if lower == 'e' && matches!(prev, 'a' | 'o' | 'u') {
                    prev = 'e';
                } else {
                    buf.push(lower);
                    prev = lower;
                }
            } else if b != b'\'' {
                if !buf.is_empty() {
                    emit(buf);
                    buf.clear();
                }
                prev = char::from(b);
            }
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        let before = buf.len();
        prev = push_folded(c, prev, buf);
        // A separator ends the word (folding never turns a letter into one).
        if buf.len() > before && !buf[before..].chars().all(char::is_alphanumeric) {
            buf.truncate(before);
            if !buf.is_empty() {
                emit(buf);
            }
            buf.clear();
        }
    }
    if !buf.is_empty() {
        emit(buf);
    }
}

/// Appends the folded form of `c` (given the previous folded char) and
/// returns the new "previous" char. German spelling without umlauts is
/// folded too: an `e` right after `a`, `o` or `u` is dropped (ae → a).
fn push_folded(c: char, prev: char, out: &mut String) -> char {
    let folded = match c {
        'e' | 'E' if matches!(prev, 'a' | 'o' | 'u') => return 'e',
        'a'..='z' | '0'..='9' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        '\'' => return prev,
        _ if c.is_ascii() => c,
        'ä' | 'Ä' | 'à' | 'á' | 'â' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Å' => 'a',
        'ö' | 'Ö' | 'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ø' => 'o',
        'ü' | 'Ü' | 'ù' | 'ú' | 'û' | 'Ù' | 'Ú' | 'Û' => 'u',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' | 'ı' | 'İ' => 'i',
        'ß' | 'ẞ' => {
            out.push_str("ss");
            return 's';
        }
        'ç' | 'Ç' | 'č' | 'Č' | 'ć' | 'Ć' => 'c',
        'ş' | 'Ş' | 'š' | 'Š' | 'ś' | 'Ś' => 's',
        'ğ' | 'Ğ' => 'g',
        'ñ' | 'Ñ' | 'ń' | 'Ń' => 'n',
        'ž' | 'Ž' | 'ż' | 'ź' => 'z',
        'ł' | 'Ł' => 'l',
        // Arabic script: alef forms, ta marbuta, alef maqsura, Persian yeh and kaf.
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' | 'ی' | 'ئ' => 'ي',
        'ك' => 'ک',
        'ؤ' => 'و',
        // Harakat and tatweel carry no meaning for search; apostrophes join words.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | 'ʼ' | '’' => return prev,
        'ё' | 'Ё' => 'е',
        _ => {
            out.extend(c.to_lowercase());
            return c;
        }
    };
    out.push(folded);
    folded
}

/// Splits folded text into words.
fn split(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

fn is_stop_word(word: &str) -> bool {
    const STOP: &[&str] = &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "oder", "fur", "in", "im", "am", "an",
        "auf", "mit", "von", "zu", "zum", "zur", "bei", "ich", "wo", "wie", "was", "the", "a", "of", "to", "for",
        "and", "or", "at", "on", "with", "by", "where", "how", "what", "my", "is",
    ];
    STOP.contains(&word)
}

/// The documents for a directory in one UI language: texts in that language
/// and in German, keywords and category synonyms in every language.
pub fn documents(dir: &Directory, lang: &str) -> Vec<Document> {
    let pick = |text: &Text| -> Vec<String> {
        let mut out = Vec::new();
        for code in [lang, crate::domain::SOURCE_LANGUAGE] {
            if let Some(t) = text.exact(code) {
                if !out.iter().any(|o: &String| o == t) {
                    out.push(t.to_string());
                }
            }
        }
        out
    };
    dir.services
        .iter()
        .map(|s| {
            let mut fields = Vec::new();
            let mut push = |field: Field, texts: Vec<String>| fields.extend(texts.into_iter().map(|t| (field, t)));
            push(Field::Title, pick(&s.name));
            push(Field::Keyword, s.keywords.values().flatten().cloned().collect());
            for cat in s.categories.iter().filter_map(|id| dir.category(id)) {
                push(Field::Category, pick(&cat.name));
                push(Field::Category, cat.synonyms.values().flatten().cloned().collect());
            }
            if let Some(org) = dir.organization(&s.organization_id) {
                push(Field::Provider, vec![org.name.clone()]);
            }
            push(Field::Summary, pick(&s.summary));
            push(Field::Address, s.locations.iter().map(|l| l.address.one_line()).collect());
            push(Field::Description, pick(&s.description));
            let boost = match s.status.state {
                State::Active => 1.0,
                State::TemporarilyClosed => 0.8,
                State::Unconfirmed | State::Ended => 0.7,
            };
            Document { fields, ended: !s.is_current(), boost }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Ausländerbehörde"), "auslanderbehorde");
        assert_eq!(fold("Auslaenderbehoerde"), "auslanderbehorde");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Café İŞ"), "cafe is");
        assert_eq!(fold("أَهْلاً"), fold("اهلا"));
        assert_eq!(fold("Українська"), "українська");
    }

    #[test]
    fn the_fast_index_tokeniser_agrees_with_fold() {
        // Queries go through `fold`, documents through `for_each_word`: they must meet.
        for text in [
            "Ausländerbehörde Moers, Rathausplatz 1",
            "Auslaenderbehoerde; Straße & Café — İŞ ğ",
            "Sprach-Kurs für Frauen (Deutsch) 02841/201-666",
            "أَهْلاً بك في مورس",
            "Українська мова, «курс» Ёлка",
            "don't stop 'quoted' Queue aee",
        ] {
            let expected: Vec<String> = split(&fold(text)).map(str::to_string).collect();
            let mut got = Vec::new();
            let mut buf = String::new();
            for_each_word(text, &mut buf, |w| got.push(w.to_string()));
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn distance_is_bounded_and_counts_transpositions_once() {
        assert_eq!(bounded_distance(&chars("jobcentr"), &chars("jobcenter"), 1), Some(1));
        assert_eq!(bounded_distance(&chars("jobcetner"), &chars("jobcenter"), 1), Some(1));
        assert_eq!(bounded_distance(&chars("kitten"), &chars("sitting"), 2), None);
        assert_eq!(bounded_distance(&chars("kitten"), &chars("sitting"), 3), Some(3));
        assert_eq!(typo_budget(4), 0);
        assert_eq!(typo_budget(5), 1);
        assert_eq!(typo_budget(9), 2);
    }

    fn doc(title: &str, summary: &str, description: &str) -> Document {
        Document {
            fields: vec![
                (Field::Title, title.into()),
                (Field::Summary, summary.into()),
                (Field::Description, description.into()),
            ],
            ..Document::default()
        }
    }

    #[test]
    fn ranking_title_exact_then_prefix_then_summary_then_description() {
        let docs = vec![
            doc("Hilfe beim Wohnen", "", "Wir helfen bei der Miete"),
            doc("Miete", "", ""),
            doc("Mietberatung", "Alles zur Miete", ""),
            doc("Schulden", "Miete und Strom", ""),
        ];
        let index = SearchIndex::build(&docs);
        let order: Vec<usize> = index.search("Miete").iter().map(|h| h.doc).collect();
        assert_eq!(order, vec![1, 2, 3, 0]);
    }

    #[test]
    fn compounds_prefixes_and_all_words_required() {
        let docs =
            vec![doc("Sprach-Kurs für Frauen", "", ""), doc("Integrationskurs", "", ""), doc("Frauenhaus", "", "")];
        let index = SearchIndex::build(&docs);
        assert_eq!(index.search("sprachkurs").first().map(|h| h.doc), Some(0));
        assert_eq!(index.search("sprach kurs").first().map(|h| h.doc), Some(0));
        assert_eq!(index.search("integ").first().map(|h| h.doc), Some(1));
        assert!(index.search("kurs").iter().any(|h| h.doc == 1), "compound part");
        assert_eq!(index.search("kurs frauen").iter().map(|h| h.doc).collect::<Vec<_>>(), vec![0]);
        assert!(index.search("xylophon").is_empty());
        assert!(index.search("   ").is_empty());
    }

    #[test]
    fn ended_documents_rank_last() {
        let mut ended = doc("Beratung", "", "");
        ended.ended = true;
        let docs = vec![ended, doc("Sozialberatung", "", "")];
        let order: Vec<usize> = SearchIndex::build(&docs).search("beratung").iter().map(|h| h.doc).collect();
        assert_eq!(order, vec![1, 0]);
    }
}
