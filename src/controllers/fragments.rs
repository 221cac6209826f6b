//! Fragment order: which step of a slide shows which fragment.
//!
//! reveal.js's rules: fragments with a `data-fragment-index` come first,
//! grouped by index in ascending order (equal indices appear together);
//! fragments without one follow in document order, one step each; steps
//! are renumbered from 0 without gaps (1, 4, 4 → 0, 1, 1).

use std::collections::BinaryHeap;

/// The step at which each fragment appears, given each fragment's
/// `data-fragment-index` (as written) in document order.
pub fn steps(indices: &[Option<&str>]) -> Vec<usize> {
    let parsed: Vec<Option<i64>> = indices
        .iter()
        .map(|i| i.and_then(|s| s.trim().parse::<i64>().ok()))
        .collect();
    // Sorted through a heap: the startup module has no other sort of `i64`,
    // and `sort_unstable`'s would add about a kilobyte to its download.
    let heap: BinaryHeap<i64> = parsed.iter().flatten().copied().collect();
    let mut distinct = heap.into_sorted_vec();
    distinct.dedup();
    let mut next_free = distinct.len();
    parsed
        .iter()
        .map(|index| match index {
            Some(i) => distinct.binary_search(i).unwrap_or(0),
            None => {
                next_free += 1;
                next_free - 1
            }
        })
        .collect()
}

/// How many of a slide's fragment elements are shown, out of how many:
/// what reveal.js's progress bar counts (elements, not steps, so two
/// fragments sharing a step count twice).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FragmentsShown {
    /// Fragment elements shown.
    pub shown: usize,
    /// Fragment elements on the slide.
    pub total: usize,
}

impl FragmentsShown {
    /// The count for a slide whose fragments appear at `steps`, at step
    /// `shown` (`None`: none shown yet).
    pub fn at(steps: &[usize], shown: Option<usize>) -> FragmentsShown {
        FragmentsShown {
            shown: steps.iter().filter(|&&s| is_visible(s, shown)).count(),
            total: steps.len(),
        }
    }

    /// The share of the slide's fragments shown, 0 to 1 (0 without fragments).
    pub fn fraction(self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        self.shown.min(self.total) as f64 / self.total as f64
    }
}

/// How many steps a slide with these fragment steps has.
pub fn step_count(steps: &[usize]) -> usize {
    steps.iter().max().map_or(0, |m| m + 1)
}

/// Whether a fragment at `step` is shown when the slide is at `shown`
/// (`None`: no fragment shown yet).
pub fn is_visible(step: usize, shown: Option<usize>) -> bool {
    shown.is_some_and(|s| step <= s)
}

/// The fragment step after a forward press, or `None` when the slide has
/// no more fragments to show (the press moves to the next slide).
pub fn next(shown: Option<usize>, count: usize) -> Option<Option<usize>> {
    let candidate = shown.map_or(0, |s| s + 1);
    (candidate < count).then_some(Some(candidate))
}

/// The fragment step after a backward press, or `None` when no fragment is
/// shown (the press moves to the previous slide).
pub fn previous(shown: Option<usize>) -> Option<Option<usize>> {
    shown.map(|s| s.checked_sub(1))
}
