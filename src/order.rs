//! One stable sort for the whole app, and a list's neighbour of an item.
//!
//! Every `slice::sort_by` call site instantiates the standard library's
//! driftsort (or ipnsort) for its own element and comparator types, 3–5 KB of
//! wasm each: 44 KB raw (10 KB brotli) for the app's eleven sorts. Here only
//! the part that knows `T` is generic, and it is small: the merge sort itself
//! works on indices through a `dyn` comparator and exists once. The lists
//! sorted in the UI are short (offers, time slots, contacts, hits), so this
//! costs nothing measurable; the search index's sort of every word, the one
//! hot sort, stays with the standard library's.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_indices(items.len(), &|a, b| cmp(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` stably by a key, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their natural order, like `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The item that takes the place of `items[i]` once it is removed: the next
/// one, else the previous one (where focus goes after "remove").
pub fn neighbour<T>(items: &[T], i: usize) -> Option<&T> {
    items.get(i + 1).or_else(|| i.checked_sub(1).and_then(|p| items.get(p)))
}

/// The indices `0..n` in the order `cmp` gives them; equal ones keep their
/// order (bottom-up merge sort).
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right run only when strictly less: stable.
                if cmp(from[j], from[i]) == Ordering::Less {
                    to[k] = from[j];
                    j += 1;
                } else {
                    to[k] = from[i];
                    i += 1;
                }
                k += 1;
            }
            to[k..k + (mid - i)].copy_from_slice(&from[i..mid]);
            k += mid - i;
            to[k..end].copy_from_slice(&from[j..end]);
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// Rearranges `items` in place so that the new `items[i]` is the old
/// `items[order[i]]`; `order` must be a permutation of `0..items.len()`.
fn permute<T>(items: &mut [T], order: Vec<usize>) {
    for i in 0..items.len() {
        // Where the element meant for `i` is now. Positions before `i` are
        // final; an element whose old place `j < i` was filled has been moved
        // to where `order[j]` led, so follow the chain until it leaves them.
        let mut j = order[i];
        while j < i {
            j = order[j];
        }
        items.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so failures reproduce.
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        for n in [0, 1, 2, 3, 7, 8, 9, 31, 64, 100, 1000] {
            for (seed, modulo) in [(1, 5), (7, 1000), (99, 2), (12345, u64::MAX)] {
                // Pairs of (key, original position): stability is visible.
                let items: Vec<(u64, usize)> = numbers(seed, n, modulo).into_iter().zip(0..).collect();
                let mut ours = items.clone();
                sort_by_key(&mut ours, |p| p.0);
                let mut std_sorted = items.clone();
                std_sorted.sort_by_key(|p| p.0);
                assert_eq!(ours, std_sorted, "n={n} seed={seed} modulo={modulo}");
            }
        }
    }

    #[test]
    fn sorts_reversed_and_sorted_input_and_non_copy_items() {
        let mut words: Vec<String> = (0..50).rev().map(|i| format!("w{i:02}")).collect();
        sort(&mut words);
        assert_eq!(words.first().map(String::as_str), Some("w00"));
        assert!(words.windows(2).all(|w| w[0] <= w[1]));
        sort(&mut words);
        assert!(words.windows(2).all(|w| w[0] <= w[1]));
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words.first().map(String::as_str), Some("w49"));
    }

    #[test]
    fn neighbour_is_the_next_else_the_previous_item() {
        let items = ['a', 'b', 'c'];
        assert_eq!(neighbour(&items, 0), Some(&'b'));
        assert_eq!(neighbour(&items, 1), Some(&'c'));
        assert_eq!(neighbour(&items, 2), Some(&'b'));
        assert_eq!(neighbour(&['a'], 0), None);
    }

    #[test]
    fn permute_applies_any_permutation() {
        let order = vec![3, 0, 4, 1, 2];
        let mut items = vec!['a', 'b', 'c', 'd', 'e'];
        permute(&mut items, order);
        assert_eq!(items, vec!['d', 'a', 'e', 'b', 'c']);
    }
}
