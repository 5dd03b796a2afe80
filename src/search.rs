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

#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Distinct folded words, sorted (for prefix ranges).
    vocab: Vec<String>,
    /// Per vocabulary word: (document, field) pairs.
    postings: Vec<Vec<(u32, Field)>>,
    /// Per vocabulary word: a bitmask of the characters it contains (typo filter).
    signatures: Vec<u64>,
    /// Per vocabulary word: its length in characters.
    lengths: Vec<u8>,
    exact: HashMap<String, u32>,
    /// Folded titles per document (every indexed language).
    titles: Vec<Vec<String>>,
    ended: Vec<bool>,
    boosts: Vec<f32>,
}

impl SearchIndex {
    pub fn build(docs: &[Document]) -> SearchIndex {
        let mut words: HashMap<String, Vec<(u32, Field)>> = HashMap::new();
        let mut titles = Vec::with_capacity(docs.len());
        for (id, doc) in docs.iter().enumerate() {
            let id = id as u32;
            let mut doc_titles = Vec::new();
            for (field, text) in &doc.fields {
                let folded = fold(text);
                let toks: Vec<&str> = split(&folded).collect();
                for (i, tok) in toks.iter().enumerate() {
                    add(&mut words, tok, id, *field);
                    if let Some(next) = toks.get(i + 1) {
                        add(&mut words, &format!("{tok}{next}"), id, *field);
                    }
                }
                if *field == Field::Title {
                    doc_titles.push(toks.join(" "));
                }
            }
            titles.push(doc_titles);
        }
        let mut entries: Vec<(String, Vec<(u32, Field)>)> = words.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut index = SearchIndex {
            titles,
            ended: docs.iter().map(|d| d.ended).collect(),
            boosts: docs.iter().map(|d| d.boost).collect(),
            ..SearchIndex::default()
        };
        for (i, (word, mut posting)) in entries.into_iter().enumerate() {
            posting.sort_unstable();
            posting.dedup();
            index.signatures.push(signature(&word));
            index.lengths.push(word.chars().count().min(255) as u8);
            index.exact.insert(word.clone(), i as u32);
            index.vocab.push(word);
            index.postings.push(posting);
        }
        index
    }

    /// Number of distinct words (for benchmarks and tests).
    pub fn vocabulary_len(&self) -> usize {
        self.vocab.len()
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
            let joined = terms.concat();
            for (doc, score) in self.match_all(&[joined.as_str()]) {
                let entry = scores.entry(doc).or_insert(0.0);
                *entry = entry.max(score);
            }
        }

        let phrase = terms.join(" ");
        let mut hits: Vec<Hit> = scores
            .into_iter()
            .map(|(doc, mut score)| {
                let titles = &self.titles[doc as usize];
                if titles.iter().any(|t| *t == phrase) {
                    score += 1000.0;
                } else if titles.iter().any(|t| t.starts_with(&phrase)) {
                    score += 500.0;
                }
                Hit { doc: doc as usize, score: score * self.boosts[doc as usize] }
            })
            .collect();
        hits.sort_by(|a, b| {
            self.ended[a.doc]
                .cmp(&self.ended[b.doc])
                .then(b.score.total_cmp(&a.score))
                .then(a.doc.cmp(&b.doc))
        });
        hits
    }

    /// Documents in which every term matches, with the summed best scores.
    fn match_all(&self, terms: &[&str]) -> HashMap<u32, f32> {
        let mut total: Option<HashMap<u32, f32>> = None;
        for term in terms {
            let this = self.match_term(term);
            total = Some(match total {
                None => this,
                Some(prev) => prev.into_iter().filter_map(|(d, s)| this.get(&d).map(|t| (d, s + t))).collect(),
            });
            if total.as_ref().is_some_and(HashMap::is_empty) {
                break;
            }
        }
        total.unwrap_or_default()
    }

    /// Per document, the best (quality × field weight) of one query word.
    fn match_term(&self, term: &str) -> HashMap<u32, f32> {
        let mut best: HashMap<u32, f32> = HashMap::new();
        let mut credit = |word: usize, quality: f32| {
            for &(doc, field) in &self.postings[word] {
                let score = quality * field.weight();
                let entry = best.entry(doc).or_insert(0.0);
                if score > *entry {
                    *entry = score;
                }
            }
        };
        let len = term.chars().count();
        if let Some(&i) = self.exact.get(term) {
            credit(i as usize, 1.0);
        }
        if len >= 2 {
            let start = self.vocab.partition_point(|w| w.as_str() < term);
            for i in start..self.vocab.len() {
                let word = &self.vocab[i];
                if !word.starts_with(term) {
                    break;
                }
                if word.len() > term.len() {
                    credit(i, 0.6 + 0.3 * term.len() as f32 / word.len() as f32);
                }
            }
        }
        let max_typos = typo_budget(len);
        if len < 4 {
            return best;
        }
        let sig = signature(term);
        let term_chars: Vec<char> = term.chars().collect();
        for (i, word) in self.vocab.iter().enumerate() {
            let wlen = usize::from(self.lengths[i]);
            // A compound part: "kurs" in "integrationskurs".
            if wlen > len && !word.starts_with(term) && word.contains(term) {
                credit(i, 0.5);
                continue;
            }
            if max_typos == 0 || wlen + max_typos < len || (self.signatures[i] & !sig).count_ones() as usize > 2 * max_typos
            {
                continue;
            }
            if (sig ^ self.signatures[i]).count_ones() as usize > 4 * max_typos {
                continue;
            }
            let word_chars: Vec<char> = word.chars().collect();
            if wlen <= len + max_typos {
                if let Some(d) = bounded_distance(&term_chars, &word_chars, max_typos) {
                    if d > 0 {
                        credit(i, 0.6 - 0.1 * d as f32);
                        continue;
                    }
                }
            }
            // Still typing: the start of a longer word, with a typo.
            if wlen > len {
                if let Some(d) = bounded_distance(&term_chars, &word_chars[..len], max_typos) {
                    if d > 0 {
                        credit(i, 0.4);
                    }
                }
            }
        }
        best
    }
}

fn add(words: &mut HashMap<String, Vec<(u32, Field)>>, word: &str, doc: u32, field: Field) {
    match words.get_mut(word) {
        Some(list) => list.push((doc, field)),
        None => {
            words.insert(word.to_string(), vec![(doc, field)]);
        }
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
/// or `None` when it exceeds `max`.
pub fn bounded_distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let width = b.len() + 1;
    let mut prev2 = vec![0usize; width];
    let mut prev: Vec<usize> = (0..width).collect();
    let mut cur = vec![0usize; width];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
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
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[width - 1];
    (d <= max).then_some(d)
}

/// Lowercases and folds diacritics and spelling variants, so that the
/// query and the text meet in one form.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ä' | 'Ä' | 'à' | 'á' | 'â' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Å' => out.push('a'),
            'ö' | 'Ö' | 'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ø' => out.push('o'),
            'ü' | 'Ü' | 'ù' | 'ú' | 'û' | 'Ù' | 'Ú' | 'Û' => out.push('u'),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' | 'ı' | 'İ' => out.push('i'),
            'ß' | 'ẞ' => out.push_str("ss"),
            'ç' | 'Ç' | 'č' | 'Č' | 'ć' | 'Ć' => out.push('c'),
            'ş' | 'Ş' | 'š' | 'Š' | 'ś' | 'Ś' => out.push('s'),
            'ğ' | 'Ğ' => out.push('g'),
            'ñ' | 'Ñ' | 'ń' | 'Ń' => out.push('n'),
            'ž' | 'Ž' | 'ż' | 'ź' => out.push('z'),
            'ł' | 'Ł' => out.push('l'),
            // Arabic script: alef forms, ta marbuta, alef maqsura, Persian yeh and kaf.
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ة' => out.push('ه'),
            'ى' | 'ی' | 'ئ' => out.push('ي'),
            'ك' => out.push('ک'),
            'ؤ' => out.push('و'),
            // Harakat and tatweel carry no meaning for search.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            // Ukrainian/Russian: ё → е, ї/і → и is too lossy; keep them.
            'ё' | 'Ё' => out.push('е'),
            'ʼ' | '’' | '\'' => {}
            _ => out.extend(c.to_lowercase()),
        }
    }
    // German spelling without umlauts: ae → a, oe → o, ue → u.
    out.replace("ae", "a").replace("oe", "o").replace("ue", "u")
}

/// Splits folded text into words.
fn split(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

fn is_stop_word(word: &str) -> bool {
    const STOP: &[&str] = &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "oder", "fur", "in", "im", "am",
        "an", "auf", "mit", "von", "zu", "zum", "zur", "bei", "ich", "wo", "wie", "was", "the", "a", "of", "to",
        "for", "and", "or", "at", "on", "with", "by", "where", "how", "what", "my", "is",
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
        let docs = vec![doc("Sprach-Kurs für Frauen", "", ""), doc("Integrationskurs", "", ""), doc("Frauenhaus", "", "")];
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
