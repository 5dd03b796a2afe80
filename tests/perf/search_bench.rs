//! `cargo bench --bench search`: index build and query time over a synthetic
//! directory of 10,000 offers with the text lengths of the real Moers
//! directory, in two languages. Targets (issue "find the right offer"): median query ≤ 2 ms,
//! index build ≤ 100 ms, natively on the reference machine. Exits non-zero
//! when a target is missed.

use std::time::{Duration, Instant};

use wegweiser::search::{Document, Field, SearchIndex};

const OFFERS: usize = 10_000;
const QUERY_TARGET: Duration = Duration::from_millis(2);
const BUILD_TARGET: Duration = Duration::from_millis(100);

/// A small deterministic generator (xorshift64*), so every run measures the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Zipf-like: small indices far more often, as in real text.
    fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
    }
}

const SYLLABLES: &[&str] = &[
    "be", "ra", "tung", "ar", "beit", "sprach", "kurs", "in", "te", "gra", "tion", "haus", "stel", "le", "amt", "ge",
    "mein", "schaft", "hil", "fe", "fa", "mi", "lie", "kin", "der", "wohn", "ort", "zeit", "an", "mel", "dung", "job",
    "cen", "ter", "frau", "en", "ge", "sund", "heit", "schu", "le", "bil", "dung", "ver", "ein", "treff", "punkt",
    "stadt", "kreis", "we", "sel", "mo", "ers", "so", "zi", "al", "geld", "recht", "auf", "ent", "halt", "ein", "bür",
    "ge", "rung", "ser", "vice", "work", "help", "lan", "guage", "coun", "sel", "ling",
];

fn vocabulary(rng: &mut Rng, n: usize) -> Vec<String> {
    let mut words = Vec::with_capacity(n);
    while words.len() < n {
        // 1–3 syllables: words of about 6 letters on average, as in German text.
        let parts = 1 + rng.below(3);
        let word: String = (0..parts).map(|_| SYLLABLES[rng.below(SYLLABLES.len())]).collect();
        if word.chars().count() >= 2 {
            words.push(word);
        }
    }
    words.sort();
    words.dedup();
    words
}

fn sentence(rng: &mut Rng, vocab: &[String], words: usize) -> String {
    (0..words).map(|_| vocab[rng.zipf(vocab.len())].as_str()).collect::<Vec<_>>().join(" ")
}

fn synthetic_documents(rng: &mut Rng, vocab: &[String]) -> Vec<Document> {
    (0..OFFERS)
        .map(|i| {
            let mut fields = Vec::new();
            // Two indexed languages (the UI language and German), with the
            // lengths measured on the Moers directory: titles of 3–7 words
            // (mean 5), summaries of 8–20 (mean 14), a description of 25–70
            // words (mean 48) on every other offer, and 10 keywords.
            let has_description = i % 2 == 0;
            for _lang in 0..2 {
                let title_len = 3 + rng.below(5);
                fields.push((Field::Title, sentence(rng, vocab, title_len)));
                let (summary_len, description_len) = (8 + rng.below(13), 25 + rng.below(46));
                fields.push((Field::Summary, sentence(rng, vocab, summary_len)));
                if has_description {
                    fields.push((Field::Description, sentence(rng, vocab, description_len)));
                }
            }
            for _ in 0..10 {
                fields.push((Field::Keyword, sentence(rng, vocab, 1)));
            }
            fields.push((Field::Category, sentence(rng, vocab, 3)));
            fields.push((Field::Provider, sentence(rng, vocab, 4)));
            fields
                .push((Field::Address, format!("{}straße {}, 4744{} Moers", sentence(rng, vocab, 1), i % 200, i % 8)));
            Document { fields, ended: i % 50 == 0, boost: 1.0 }
        })
        .collect()
}

/// One typo: a replaced letter in the middle of each word of 5+ letters.
fn with_typo(query: &str) -> String {
    query
        .split(' ')
        .map(|w| {
            let mut chars: Vec<char> = w.chars().collect();
            if chars.len() >= 5 {
                let mid = chars.len() / 2;
                chars[mid] = if chars[mid] == 'x' { 'q' } else { 'x' };
            }
            chars.into_iter().collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let mut rng = Rng(0x5EED_CAFE_F00D_0001);
    let vocab = vocabulary(&mut rng, 40_000);
    let docs = synthetic_documents(&mut rng, &vocab);
    let text_bytes: usize = docs.iter().flat_map(|d| d.fields.iter()).map(|(_, t)| t.len()).sum();

    let builds: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            let index = SearchIndex::build(&docs);
            let took = start.elapsed();
            std::hint::black_box(index.vocabulary_len());
            took
        })
        .collect();
    let build = median(builds);
    let index = SearchIndex::build(&docs);
    println!(
        "synthetic directory: {OFFERS} offers, {:.1} MB of text, {} distinct indexed words",
        text_bytes as f64 / 1e6,
        index.vocabulary_len()
    );
    println!("index build (median of 5): {}", ms(build));

    let mut ok = build <= BUILD_TARGET;
    println!("{:<28} {:>10} {:>10} {:>8}", "query", "median", "max", "hits");
    for words in 1..=3 {
        for typo in [false, true] {
            let queries: Vec<String> = (0..100)
                .map(|_| {
                    let q = (0..words)
                        .map(|_| vocab[rng.zipf(vocab.len() / 4) + vocab.len() / 8].clone())
                        .collect::<Vec<_>>()
                        .join(" ");
                    if typo {
                        with_typo(&q)
                    } else {
                        q
                    }
                })
                .collect();
            let mut times = Vec::new();
            let mut hits = 0usize;
            for q in &queries {
                let start = Instant::now();
                let result = index.search(q);
                times.push(start.elapsed());
                hits += result.len();
            }
            let max = *times.iter().max().unwrap_or(&Duration::ZERO);
            let med = median(times);
            ok &= med <= QUERY_TARGET;
            let label = format!("{words} word(s){}", if typo { ", with typo" } else { "" });
            println!("{label:<28} {:>10} {:>10} {:>8}", ms(med), ms(max), hits / queries.len());
        }
    }
    println!(
        "targets: query median ≤ {}, build ≤ {}: {}",
        ms(QUERY_TARGET),
        ms(BUILD_TARGET),
        if ok { "met" } else { "MISSED" }
    );
    // `make test` only reports (a busy CI machine must not fail the suite);
    // `make bench` enforces the targets.
    if !ok && std::env::var_os("BENCH_REPORT_ONLY").is_none() {
        std::process::exit(1);
    }
}
