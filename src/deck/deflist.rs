//! Definition lists (HedgeDoc's markdown-it-deflist) come from
//! pulldown-cmark, whose rule is looser than markdown-it's: it takes any
//! `:` at the start of a line under a line of text as a definition, where
//! markdown-it wants a space after it. `Term\n: definition` is a list in
//! both; `Done\n:tada: shipped` (an emoji shortcode starting a line) is a
//! paragraph in HedgeDoc and was a definition list here. Such a `:` gets a
//! backslash before pulldown-cmark reads the slide, which keeps it text.

use std::borrow::Cow;

use super::blocks::{visit_outside_blocks, Visit};
use super::lines::leading_spaces;

/// True when `line` starts (after at most three spaces) with a `:` that
/// markdown-it would not take as a definition marker.
fn starts_with_bare_colon(line: &str) -> bool {
    let Some(indent) = leading_spaces(line).filter(|&i| i <= 3) else {
        return false;
    };
    let rest = &line.as_bytes()[indent..];
    rest.first() == Some(&b':') && !matches!(rest.get(1), Some(b' ' | b'\t'))
}

/// The slide's Markdown with a backslash before every line-starting `:`
/// that is not followed by a space or tab.
pub(crate) fn escape_bare_colons(markdown: &str) -> Cow<'_, str> {
    if memchr::memchr(b':', markdown.as_bytes()).is_none() {
        return Cow::Borrowed(markdown);
    }
    let mut at = Vec::new();
    visit_outside_blocks(markdown, |line| {
        if starts_with_bare_colon(line.text) {
            at.push(line.start + leading_spaces(line.text).unwrap_or(0));
        }
        Visit::Continue
    });
    if at.is_empty() {
        return Cow::Borrowed(markdown);
    }
    let mut out = String::with_capacity(markdown.len() + at.len());
    let mut pos = 0;
    for i in at {
        out.push_str(&markdown[pos..i]);
        out.push('\\');
        pos = i;
    }
    out.push_str(&markdown[pos..]);
    Cow::Owned(out)
}
