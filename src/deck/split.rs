//! Splitting a deck body into slides, HedgeDoc's way.
//!
//! A line `---` with an empty line before and after separates horizontal
//! slides; `----` likewise separates vertical ones. Dashes right under a
//! text line are a setext heading and stay. Trailing spaces or tabs after
//! the dashes still split (HedgeDoc users hit that bug and we fix it), as
//! do CRLF line endings; nothing inside a closed code fence or multi-line
//! HTML block splits (see [`super::blocks`]). One pass over the text.
//!
//! "Empty" means empty, as in HedgeDoc: a neighbouring line holding only
//! spaces does not count. Real decks were checked against that (one ends
//! with `----` between two space-only lines and HedgeDoc shows a rule
//! there, not a new slide), so we keep it.

use super::blocks::{visit_outside_blocks, Visit};
use super::lines::{next_line_is_empty_or_end, previous_line_is_empty, Line};

/// The Markdown text of one slide, before rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawSlide<'a> {
    /// The slide's text (between separators).
    pub text: &'a str,
    /// 1-based line in the deck where the slide starts.
    pub line: usize,
}

/// Which way a separator goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Horizontal,
    Vertical,
}

/// A separator line found in the body.
struct Separator {
    start: usize,
    next: usize,
    index: usize,
    direction: Direction,
}

/// Splits `body`, whose first line is deck line `first_line`, into columns
/// of slides (a column of one is a plain horizontal slide).
pub(crate) fn split(body: &str, first_line: usize) -> Vec<Vec<RawSlide<'_>>> {
    let mut separators = Vec::new();
    visit_outside_blocks(body, |line| {
        if let Some(direction) = separator(body, line) {
            separators.push(Separator {
                start: line.start,
                next: line.next,
                index: line.index,
                direction,
            });
        }
        Visit::Continue
    });

    let mut columns: Vec<Vec<RawSlide<'_>>> = Vec::new();
    // What the slide before the current one was separated by decides
    // whether the current slide opens a new column or joins the last one.
    let mut opened_by = Direction::Horizontal;
    let mut start = 0;
    let mut line = first_line;
    for sep in separators {
        place(
            &mut columns,
            opened_by,
            RawSlide {
                text: &body[start..sep.start],
                line,
            },
        );
        opened_by = sep.direction;
        start = sep.next;
        line = first_line + sep.index + 1;
    }
    place(
        &mut columns,
        opened_by,
        RawSlide {
            text: &body[start..],
            line,
        },
    );
    columns
}

fn place<'a>(columns: &mut Vec<Vec<RawSlide<'a>>>, opened_by: Direction, slide: RawSlide<'a>) {
    match (opened_by, columns.last_mut()) {
        (Direction::Vertical, Some(column)) => column.push(slide),
        _ => columns.push(vec![slide]),
    }
}

/// The direction of a separator line, if `line` is one.
fn separator(body: &str, line: Line<'_>) -> Option<Direction> {
    if line.text.as_bytes().first() != Some(&b'-') {
        return None;
    }
    let direction = match line.text.trim_end_matches([' ', '\t']) {
        "---" => Direction::Horizontal,
        "----" => Direction::Vertical,
        _ => return None,
    };
    let splits = line.has_break
        && previous_line_is_empty(body, line.start)
        && next_line_is_empty_or_end(body, line.next);
    splits.then_some(direction)
}
