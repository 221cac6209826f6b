//! Where `slide(h, v, f)` and the fragment calls land.
//!
//! A call names indices the deck may not have (past the end, a fragment on
//! a slide without any): the deck's shape decides where it really goes, so
//! every caller (postMessage, the element, `setState`) lands in the same
//! place.

use super::state::FragmentTarget;
use crate::controllers::navigation::{clamp, Layout, Position};

/// The fragment step shown after asking for `target` on a slide with
/// `count` steps: `None` when none is shown.
pub fn fragment_target(target: FragmentTarget, count: usize) -> Option<usize> {
    match target {
        FragmentTarget::HideAll => None,
        FragmentTarget::Upto(_) if count == 0 => None,
        FragmentTarget::Upto(n) => Some(n.min(count - 1)),
    }
}

/// Where `slide(h, v, f)` goes from `current`: indices clamped into the
/// deck; a missing `h` keeps the column, a missing `v` keeps the row in the
/// same column and takes the top of another. Fragments: `f` clamped to the
/// target's `fragment_count(h, v)` steps; without `f`, the same slide keeps
/// its fragments and another slide shows none.
pub fn slide_target(
    layout: &Layout,
    current: Position,
    h: Option<usize>,
    v: Option<usize>,
    f: Option<FragmentTarget>,
    fragment_count: impl FnOnce(usize, usize) -> usize,
) -> Position {
    let current = clamp(layout, current);
    let h = h.unwrap_or(current.h);
    let v = v.unwrap_or(if h == current.h { current.v } else { 0 });
    let mut to = clamp(layout, Position::new(h, v));
    to.f = match f {
        Some(t) => fragment_target(t, fragment_count(to.h, to.v)),
        None if to.same_slide(&current) => current.f,
        None => None,
    };
    to
}
