//! Line numbers on code blocks: HedgeDoc's ```` ```js= ```` (from 1),
//! `=12` (from 12) and `=+` (going on from the previous numbered block of
//! the deck), and reveal.js's ```` ```js [] ````.
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
        // A value (`[1-2|3]`) is reveal.js's line highlight, not numbering.
        if !get("data-line-numbers").is_some_and(String::is_empty) {
            return None;
        }
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
