//! Where the presenter is, in words: what screen readers hear when the slide
//! changes, and the speaker view's slide counter. Both count slides as the
//! slide number does, leaving out uncounted ones (`data-visibility="uncounted"`).

use std::fmt;

use super::navigation::{counted_place, counted_total, Layout, Position};

/// A slide's place among the counted slides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideCount {
    /// A counted slide: its 1-based place `n` among the `of` counted slides.
    Counted { n: usize, of: usize },
    /// An uncounted slide (an appendix, a backup slide) after `after`
    /// counted slides: it has no number of its own.
    Extra { after: usize, of: usize },
}

impl SlideCount {
    /// The count of the slide at `pos` (its fragment does not matter).
    pub fn at(layout: &Layout, pos: Position) -> SlideCount {
        let (past, counted) = counted_place(layout, pos);
        let of = counted_total(layout);
        if counted {
            SlideCount::Counted { n: past + 1, of }
        } else {
            SlideCount::Extra { after: past, of }
        }
    }
}

/// The speaker view's counter: `3 / 32`, or `extra after 31 / 32`.
impl fmt::Display for SlideCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            SlideCount::Counted { n, of } => write!(f, "{n} / {of}"),
            SlideCount::Extra { after, of } => write!(f, "extra after {after} / {of}"),
        }
    }
}

/// "Slide 3 of 32: Title", or "Extra slide after slide 31 of 32: Title" for
/// an uncounted slide; "untitled" when the slide has no heading.
pub fn announcement(layout: &Layout, pos: Position, title: Option<&str>) -> String {
    let title = title
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .unwrap_or("untitled");
    match SlideCount::at(layout, pos) {
        SlideCount::Counted { n, of } => format!("Slide {n} of {of}: {title}"),
        SlideCount::Extra { after, of } => {
            format!("Extra slide after slide {after} of {of}: {title}")
        }
    }
}
