//! Multi-line blocks whose inside is not slide structure.
//!
//! A `---` separator or a `Note:` line means nothing inside a fenced code
//! block, a multi-line HTML comment, a `<pre>`/`<script>`/`<style>`/
//! `<textarea>` element, or a block-level HTML element such as
//! `<div>…</div>` spanning several lines. HedgeDoc splits inside them (a
//! bug); we don't.
//!
//! A block counts only if it is closed. HedgeDoc renders an unclosed fence
//! to the end of its slide, and a deck that looked right there must look
//! right here; so an opener without a closer is plain text and scanning goes
//! on from the line after it. Finding out costs a scan to the end of the
//! text, so after [`MAX_UNCLOSED`] unclosed openers block detection is
//! switched off (HedgeDoc's plain behaviour) to keep the work linear.

use super::html_scan::find_end_tag;
use super::lines::{leading_spaces, Line, Lines};

/// Unclosed openers tolerated before block detection is switched off.
const MAX_UNCLOSED: usize = 16;

/// Block-level HTML tags (CommonMark's HTML block type 6) whose element may
/// span lines with blank lines inside.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "main",
    "menu",
    "nav",
    "ol",
    "section",
    "table",
    "ul",
];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT_TAGS: &[&str] = &["pre", "script", "style", "textarea"];

/// An open multi-line block and what closes it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Block {
    /// A fenced code block: closed by `len` or more of `ch`.
    Fence { ch: u8, len: usize },
    /// `<!--` … `-->`.
    Comment,
    /// `<pre>` and friends: closed by the line holding the end tag.
    RawText { tag: &'static str },
    /// A block-level element, closed when its nesting depth returns to 0.
    Element { tag: &'static str, depth: usize },
}

/// Calls `visit` for every line of `text` that lies outside closed blocks,
/// in order. Opener and closer lines are not visited.
pub(crate) fn visit_outside_blocks<'a>(text: &'a str, mut visit: impl FnMut(Line<'a>) -> Visit) {
    let mut unclosed = 0;
    let mut lines = Lines::new(text);
    while let Some(line) = lines.next() {
        let block = if unclosed < MAX_UNCLOSED {
            opens(line.text)
        } else {
            None
        };
        match block {
            Some(block) => match find_close(text, line, block) {
                Some(after) => lines = Lines::from(text, after.next, after.index + 1),
                None => {
                    unclosed += 1;
                    if visit(line) == Visit::Stop {
                        return;
                    }
                }
            },
            None => {
                if visit(line) == Visit::Stop {
                    return;
                }
            }
        }
    }
}

/// Whether to go on visiting lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Visit {
    /// Go on.
    Continue,
    /// Stop: the caller found what it wanted.
    Stop,
}

/// The line that closes `block`, opened on `opener`, if any.
fn find_close<'a>(text: &'a str, opener: Line<'a>, mut block: Block) -> Option<Line<'a>> {
    Lines::from(text, opener.next, opener.index + 1).find(|line| closes(&mut block, line.text))
}

/// The block a line opens, if it opens one that does not close on the same line.
fn opens(line: &str) -> Option<Block> {
    let indent = leading_spaces(line)?;
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    match rest.as_bytes().first()? {
        b'`' | b'~' => fence_open(rest),
        b'<' => html_open(rest),
        _ => None,
    }
}

fn fence_open(rest: &str) -> Option<Block> {
    let ch = rest.as_bytes()[0];
    let len = rest.bytes().take_while(|&b| b == ch).count();
    if len < 3 || (ch == b'`' && rest[len..].contains('`')) {
        return None;
    }
    Some(Block::Fence { ch, len })
}

fn html_open(rest: &str) -> Option<Block> {
    if let Some(after) = rest.strip_prefix("<!--") {
        return (!after.contains("-->")).then_some(Block::Comment);
    }
    let name = tag_name_at(rest, 1)?;
    if let Some(tag) = RAW_TEXT_TAGS.iter().find(|t| t.eq_ignore_ascii_case(name)) {
        let closed = find_end_tag(rest, tag).is_some();
        return (!closed).then_some(Block::RawText { tag });
    }
    let tag = BLOCK_TAGS.iter().find(|t| t.eq_ignore_ascii_case(name))?;
    let depth = depth_change(rest, tag);
    (depth > 0).then_some(Block::Element {
        tag,
        depth: depth as usize,
    })
}

/// Updates `block` with one more line; true when this line closes it.
fn closes(block: &mut Block, line: &str) -> bool {
    match block {
        Block::Fence { ch, len } => {
            let Some(indent) = leading_spaces(line) else {
                return false;
            };
            let rest = &line[indent..];
            let run = rest.bytes().take_while(|b| b == ch).count();
            indent <= 3 && run >= *len && super::lines::is_blank(&rest[run..])
        }
        Block::Comment => line.contains("-->"),
        Block::RawText { tag } => find_end_tag(line, tag).is_some(),
        Block::Element { tag, depth } => {
            let new_depth = *depth as isize + depth_change(line, tag);
            *depth = new_depth.max(0) as usize;
            new_depth <= 0
        }
    }
}

/// Opening minus closing tags named `tag` on a line (self-closing ones
/// neither open nor close).
fn depth_change(line: &str, tag: &str) -> isize {
    let bytes = line.as_bytes();
    let mut change = 0;
    let mut from = 0;
    while let Some(i) = line[from..].find('<').map(|i| i + from) {
        from = i + 1;
        let closing = bytes.get(i + 1) == Some(&b'/');
        let name_at = if closing { i + 2 } else { i + 1 };
        if tag_name_at(line, name_at).is_some_and(|n| n.eq_ignore_ascii_case(tag)) {
            if closing {
                change -= 1;
            } else if !self_closing(&line[i..]) {
                change += 1;
            }
        }
    }
    change
}

/// True when the start tag at the start of `s` ends with `/>` on this line.
fn self_closing(s: &str) -> bool {
    s.find('>').is_some_and(|end| s[..end].ends_with('/'))
}

/// The tag name starting at byte `at`, if it is followed by something that
/// ends a name (space, `>`, `/` or the end of the line).
fn tag_name_at(s: &str, at: usize) -> Option<&str> {
    let rest = s.get(at..)?;
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
        .count();
    if len == 0 || !rest.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    match rest.as_bytes().get(len) {
        None | Some(b' ' | b'\t' | b'>' | b'/' | b'\r') => Some(&rest[..len]),
        _ => None,
    }
}

/// Byte index of `needle` (ASCII, starting with a non-letter such as
/// `<`) in `hay`, ignoring ASCII case.
pub(crate) fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    let first = *n.first()?;
    let mut from = 0;
    while let Some(i) = memchr::memchr(first, &hay.as_bytes()[from..]).map(|i| i + from) {
        if hay
            .as_bytes()
            .get(i..i + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
        {
            return Some(i);
        }
        from = i + 1;
    }
    None
}
