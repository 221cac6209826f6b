//! Alert boxes: `:::success` … `:::` (HedgeDoc's markdown-it-container,
//! for `success`, `info`, `warning` and `danger`) become
//! `<div class="alert alert-success">` around Markdown.
//!
//! CommonMark has no such blocks, so the lines are rewritten before
//! pulldown-cmark reads the slide: the opener becomes the `<div …>` line
//! and the closer `</div>`, each followed by a blank line (an HTML block
//! ends at a blank line; without one, the Markdown after it would be raw
//! HTML too). As in markdown-it: an opener has at least three colons and a
//! known name, a closer at least as many colons as its opener and nothing
//! else; boxes nest; one left open ends with the slide. Lines inside code
//! fences, comments and multi-line HTML are never boxes.
//!
//! HedgeDoc also sets `role="alert"` on the box; we do not: a slide's
//! boxes are not urgent news, and screen readers would announce every one
//! of them when the deck loads.

use std::borrow::Cow;

use super::blocks::{visit_outside_blocks, Visit};
use super::lines::leading_spaces;

/// The container names HedgeDoc knows.
const NAMES: &[&str] = &["success", "info", "warning", "danger"];

/// What a line of colons does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Open { colons: usize, name: &'static str },
    Close { colons: usize },
}

/// The marker on a line, if it is one.
fn marker(line: &str) -> Option<Marker> {
    let indent = leading_spaces(line)?;
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let colons = rest.bytes().take_while(|&b| b == b':').count();
    if colons < 3 {
        return None;
    }
    let params = rest[colons..].trim();
    if params.is_empty() {
        return Some(Marker::Close { colons });
    }
    let word = params.split_whitespace().next()?;
    NAMES
        .iter()
        .find(|n| **n == word)
        .map(|name| Marker::Open { colons, name })
}

/// The slide's Markdown with its alert boxes as HTML `<div>`s.
pub(crate) fn expand_containers(markdown: &str) -> Cow<'_, str> {
    if memchr::memmem::find(markdown.as_bytes(), b":::").is_none() {
        return Cow::Borrowed(markdown);
    }
    // (line start, line end without its break, replacement)
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    visit_outside_blocks(markdown, |line| {
        match marker(line.text) {
            Some(Marker::Open { colons, name }) => {
                open.push(colons);
                let html = format!("<div class=\"alert alert-{name}\">\n");
                edits.push((line.start, line.start + line.text.len(), html));
            }
            Some(Marker::Close { colons }) if open.last().is_some_and(|&o| colons >= o) => {
                open.pop();
                edits.push((line.start, line.start + line.text.len(), "</div>\n".into()));
            }
            _ => {}
        }
        Visit::Continue
    });
    if edits.is_empty() {
        return Cow::Borrowed(markdown);
    }
    let mut out = String::with_capacity(markdown.len() + edits.len() * 32);
    let mut pos = 0;
    for (start, end, html) in edits {
        out.push_str(&markdown[pos..start]);
        out.push_str(&html);
        pos = end;
    }
    out.push_str(&markdown[pos..]);
    // Boxes left open end with the slide.
    for _ in open {
        out.push_str("\n\n</div>\n");
    }
    Cow::Owned(out)
}
