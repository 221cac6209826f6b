//! The jump-to-slide prompt (G): which slide the typed text points at.
//!
//! reveal.js accepts a slide's 1-based number counted through the whole
//! deck (vertical slides one by one, as the `c` slide-number format shows
//! it) or a 1-based `h/v` / `h.v` pair (as the `h.v` format shows it).
//! Numbers past the end land on the last slide (of the deck, or of the
//! stack), as reveal.js's `slide(h, v)` clamps them.

use super::navigation::{clamp, from_flat_index, Layout, Position};

/// The slide `input` names, or `None` when it names none (empty text,
/// words, a zero, a negative or malformed number).
pub fn parse(input: &str, layout: &Layout) -> Option<Position> {
    let text = input.trim();
    if let Some(n) = one_based(text) {
        return Some(from_flat_index(layout, n - 1));
    }
    let (h, v) = text.split_once(['/', '.'])?;
    let (h, v) = (one_based(h.trim())?, one_based(v.trim())?);
    Some(clamp(layout, Position::new(h - 1, v - 1)))
}

/// The slide a `<deck-view start="…">` names: what the jump prompt
/// accepts (`3`, `2.1`) or an address hash (`#/2/1`, 0-based as in the
/// address bar).
pub fn parse_start(input: &str, layout: &Layout) -> Option<Position> {
    let text = input.trim();
    if text.starts_with('#') {
        return match super::location::parse_hash(text)? {
            super::location::HashTarget::Position(p) => {
                Some(clamp(layout, Position { f: None, ..p }))
            }
            super::location::HashTarget::Id(_) => None,
        };
    }
    parse(text, layout)
}

/// A whole number from 1 up, digits only (no sign, no spaces inside).
fn one_based(text: &str) -> Option<usize> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // More digits than usize holds is still "past the end".
    let n = text.parse::<usize>().unwrap_or(usize::MAX);
    (n >= 1).then_some(n)
}
