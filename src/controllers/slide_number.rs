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

use std::fmt;

use crate::deck::SlideNumber;

use super::navigation::{clamp, flat_index, total, Layout, Position};

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
    let count = flat_index(layout, pos) + 1;
    let single_column = layout.horizontal_count() == 1;
    let label = match number {
        SlideNumber::Off => return None,
        SlideNumber::C => Label { a: count, b: None },
        SlideNumber::CSlashT => Label {
            a: count,
            b: Some(("/", total(layout))),
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
                a: pos.h + 1,
                b: in_stack.then_some((delimiter, pos.v + 1)),
            }
        }
    };
    Some(label)
}
