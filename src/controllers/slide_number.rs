//! The slide number in reveal.js's formats.
//!
//! - `h.v` / `h/v`: the 1-based column, and for a slide inside a vertical
//!   stack (its top slide included) the 1-based index within the stack:
//!   `3` on a lone slide, `3.1` on the top of a stack, `3.2` below it.
//! - `c`: the 1-based position in reading order (vertical slides counted).
//! - `c/t`: that position and the total number of slides.
//!
//! As in reveal.js, a deck with a single column shows `c` instead of `h.v` or
//! `h/v` (every slide would otherwise read `1.n`).
//!
//! Uncounted slides (`data-visibility="uncounted"`) are left out as reveal.js
//! leaves them out: `c` and `t` count only the other slides, and an uncounted
//! slide itself is numbered without reveal.js's +1, so it reads as the slide
//! before it (`c`), or one less than its column (`h`).

use std::fmt;

use crate::deck::SlideNumber;

use super::navigation::{clamp, counted_place, counted_total, Layout, Position};

/// A slide number, split the way the page shows it:
/// `<span class="slide-number-a">a</span>` then, when present,
/// `<span class="slide-number-delimiter">` and `<span class="slide-number-b">`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Label {
    /// The first number.
    pub a: usize,
    /// The delimiter (`"."` or `"/"`) and the second number, if shown.
    pub b: Option<(&'static str, usize)>,
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.a)?;
        if let Some((delimiter, b)) = self.b {
            write!(f, "{delimiter}{b}")?;
        }
        Ok(())
    }
}

/// The slide number for `pos` (clamped to `layout`) in format `number`;
/// `None` when slide numbers are off.
pub fn format(number: SlideNumber, layout: &Layout, pos: Position) -> Option<Label> {
    let pos = clamp(layout, pos);
    let (past, counted) = counted_place(layout, pos);
    let one_based = usize::from(counted);
    let count = past + one_based;
    let single_column = layout.horizontal_count() == 1;
    let label = match number {
        SlideNumber::Off => return None,
        SlideNumber::C => Label { a: count, b: None },
        SlideNumber::CSlashT => Label {
            a: count,
            b: Some(("/", counted_total(layout))),
        },
        SlideNumber::HDotV | SlideNumber::HSlashV if single_column => Label { a: count, b: None },
        SlideNumber::HDotV | SlideNumber::HSlashV => {
            let delimiter = if number == SlideNumber::HDotV {
                "."
            } else {
                "/"
            };
            let in_stack = layout.column_len(pos.h) > 1;
            Label {
                a: pos.h + one_based,
                b: in_stack.then_some((delimiter, pos.v + 1)),
            }
        }
    };
    Some(label)
}
