//! Line numbers on code blocks: HedgeDoc's ```` ```js= ```` (from 1),
//! `=12` (from 12) and `=+` (going on from the previous numbered block of
//! the deck), and reveal.js's ```` ```js [] ````; and reveal.js's line
//! highlights ```` ```js [1-2|4,6] ````, a step each (numbered too, as in
//! reveal.js).
//!
//! A highlight step is drawn as a band behind its lines (a background
//! gradient on the `<code>`, so no markup goes inside the code, which the
//! highlighter rewrites). Each step after the first is a copy of the block
//! that is a fragment, stacked on the first in the same grid cell: the
//! latest step shown covers the ones before, as reveal.js does with its
//! copies.
//!
//! The numbers are a column of their own beside the code, written when the
//! block ends (its lines are counted then), so that the highlighter, which
//! rewrites the code's content, never touches them; `aria-hidden` keeps
//! screen readers and copied text to the code itself. HedgeDoc's look: grey
//! numbers right-aligned before a green rule (style/extensions.css).

use std::fmt::Write;

/// Numbering that goes on from block to block through a deck.
#[derive(Debug, Default)]
pub(crate) struct CodeLines {
    /// The number after the last numbered block's last line.
    next: usize,
}

/// How a block asks to be numbered (from its `<code>` attributes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Numbering {
    /// From this number.
    From(usize),
    /// Going on from the previous numbered block.
    Continue,
}

impl Numbering {
    /// The numbering a fence's attributes ask for, if any.
    pub(crate) fn of(attributes: &[(&'static str, String)]) -> Option<Numbering> {
        let get = |name: &str| attributes.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
        get("data-line-numbers")?;
        if get("data-ln-continue").is_some() {
            return Some(Numbering::Continue);
        }
        let from = get("data-ln-start-from").and_then(|v| v.parse().ok());
        Some(Numbering::From(from.unwrap_or(1)))
    }
}

/// Lines of a code block's text, counted piece by piece as its events
/// come (a last line without its newline counts too).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct LineCount {
    newlines: usize,
    open_line: bool,
}

impl LineCount {
    /// Counts one more piece of the block's text.
    pub(crate) fn add(&mut self, text: &str) {
        self.newlines += memchr::memchr_iter(b'\n', text.as_bytes()).count();
        if !text.is_empty() {
            self.open_line = !text.ends_with('\n');
        }
    }

    /// The lines counted.
    pub(crate) fn lines(self) -> usize {
        self.newlines + usize::from(self.open_line)
    }
}

impl CodeLines {
    /// The numbers column for a block of `lines` lines; empty for none.
    pub(crate) fn gutter(&mut self, numbering: Numbering, lines: usize) -> String {
        let start = match numbering {
            Numbering::From(n) => n,
            Numbering::Continue => self.next.max(1),
        };
        self.next = start.saturating_add(lines);
        if lines == 0 {
            return String::new();
        }
        let mut html = String::from("<span class=\"line-numbers\" aria-hidden=\"true\">");
        for n in start..start.saturating_add(lines) {
            if n > start {
                html.push('\n');
            }
            let _ = write!(html, "{n}");
        }
        html.push_str("</span>");
        html
    }
}

/// The highlight steps of `[1-2|4,6]`: each a list of line ranges; none
/// for `[]`. Unreadable parts are skipped, ranges are capped to keep the
/// style small.
pub(crate) fn highlight_steps(attributes: &[(&'static str, String)]) -> Vec<Vec<(usize, usize)>> {
    const MAX_STEPS: usize = 32;
    const MAX_RANGES: usize = 32;
    let Some((_, value)) = attributes.iter().find(|(n, _)| *n == "data-line-numbers") else {
        return Vec::new();
    };
    value
        .split('|')
        .take(MAX_STEPS)
        .map(|step| {
            step.split(',')
                .filter_map(|range| {
                    let (from, to) = range.split_once('-').unwrap_or((range, range));
                    let from: usize = from.trim().parse().ok()?;
                    let to: usize = to.trim().parse().ok()?;
                    (from >= 1 && to >= from).then_some((from, to.min(from + 100_000)))
                })
                .take(MAX_RANGES)
                .collect::<Vec<_>>()
        })
        .filter(|ranges: &Vec<(usize, usize)>| !ranges.is_empty())
        .collect()
}

/// The inline style that draws a step's bands behind its lines (lines are
/// 1.2em high below the code's 5px padding; style/main.css sets both).
pub(crate) fn bands_style(ranges: &[(usize, usize)]) -> String {
    let mut stops = String::new();
    for &(from, to) in ranges {
        let _ = write!(
            stops,
            ",transparent calc(5px + {}em),var(--dv-line-highlight) calc(5px + {}em),var(--dv-line-highlight) calc(5px + {}em),transparent calc(5px + {}em)",
            em(from - 1),
            em(from - 1),
            em(to),
            em(to),
        );
    }
    format!("background-image:linear-gradient(to bottom,transparent 0{stops})")
}

/// `lines` line heights in em, without float formatting.
fn em(lines: usize) -> String {
    let tenths = lines.saturating_mul(12);
    format!("{}.{}", tenths / 10, tenths % 10)
}
