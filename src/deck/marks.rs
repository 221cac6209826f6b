//! `==marked==` and `++inserted++` text (HedgeDoc's markdown-it-mark and
//! markdown-it-ins): `<mark>` and `<ins>`; `x^2^` and `H~2~O`
//! (markdown-it-sup and -sub): `<sup>` and `<sub>`.
//!
//! CommonMark has no such delimiters, so pulldown-cmark leaves them in the
//! text. This stage pairs them the way markdown-it pairs `~~`: a run of
//! exactly two `=` (or `+`) opens when text follows it and closes when text
//! precedes it; a closer takes the nearest opener of its kind in the same
//! inline container and at the same nesting (so `==a **b**==` marks the
//! whole, and `*a ==b* c==` marks nothing, as a delimiter cannot leave the
//! element it started in). Code, links' targets and raw HTML are events of
//! their own and never hold delimiters; fenced code text is skipped.
//!
//! Superscript and subscript follow markdown-it-sup/-sub rather than
//! pulldown-cmark's own (which needs a space or punctuation around them and
//! misses `x^2^` and `H~2~O`): the text between two single `^` (or `~`)
//! in one text, not empty and without spaces, is raised (or lowered).
//! pulldown-cmark's subscript option stays on only so that a single `~`
//! pair is not read as strikethrough (`~~` is).
//!
//! Events are held back only from the first text that has a candidate to
//! the end of its container (a paragraph, heading, table cell…), so most
//! slides pass through without buffering.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::passes::Spanned;

/// One kind of paired delimiter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Mark,
    Insert,
}

impl Kind {
    fn of(byte: u8) -> Option<Kind> {
        match byte {
            b'=' => Some(Kind::Mark),
            b'+' => Some(Kind::Insert),
            _ => None,
        }
    }

    fn tags(self) -> (&'static str, &'static str) {
        match self {
            Kind::Mark => ("<mark>", "</mark>"),
            Kind::Insert => ("<ins>", "</ins>"),
        }
    }
}

/// A two-character delimiter run in a text event.
#[derive(Debug, Clone, Copy)]
struct Delimiter {
    kind: Kind,
    /// Index of the text event in the held-back events.
    event: usize,
    /// Byte offset of the run in that text.
    at: usize,
    /// Nesting of the text event inside the container.
    depth: usize,
    can_open: bool,
    can_close: bool,
}

/// Cheap test: could this text hold a delimiter at all?
fn may_hold_delimiter(text: &str) -> bool {
    text.contains("==") || text.contains("++") || may_hold_script(text)
}

fn may_hold_script(text: &str) -> bool {
    memchr::memchr2(b'^', b'~', text.as_bytes()).is_some()
}

/// The next `^x^` or `~x~` in `text`: its range and tag names.
fn next_script(text: &str) -> Option<(Range<usize>, &'static str, &'static str)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(start) = memchr::memchr2(b'^', b'~', &bytes[from..]).map(|i| from + i) {
        let mark = bytes[start];
        let content_start = start + 1;
        let Some(end) = memchr::memchr(mark, &bytes[content_start..]).map(|i| content_start + i)
        else {
            from = content_start;
            continue;
        };
        let content = &text[content_start..end];
        if content.is_empty() || content.contains(char::is_whitespace) {
            // `~~` (two in a row) or a space inside: not a script; the
            // closing mark may open the next one.
            from = if content.is_empty() { end + 1 } else { end };
            continue;
        }
        let tags = if mark == b'^' {
            ("<sup>", "</sup>")
        } else {
            ("<sub>", "</sub>")
        };
        return Some((start..end + 1, tags.0, tags.1));
    }
    None
}

/// The two-character runs of `=` and `+` in `text` (longer runs are text,
/// as in markdown-it where `===` does not mark).
fn delimiters_in(text: &str, event: usize, depth: usize, out: &mut Vec<Delimiter>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let Some(kind) = Kind::of(bytes[i]) else {
            i += 1;
            continue;
        };
        let run_end = bytes[i..]
            .iter()
            .position(|&b| b != bytes[i])
            .map_or(bytes.len(), |n| i + n);
        if run_end - i == 2 {
            // Outside the text is markup (an element's edge), which
            // counts as "not space" on that side.
            let before = text[..i].chars().next_back();
            let after = text[run_end..].chars().next();
            out.push(Delimiter {
                kind,
                event,
                at: i,
                depth,
                can_open: after.is_none_or(|c| !c.is_whitespace()),
                can_close: before.is_none_or(|c| !c.is_whitespace()),
            });
        }
        i = run_end;
    }
}

/// Pairs delimiters: `(opener, closer)` indices into `delimiters`.
fn pair(delimiters: &[Delimiter], ends: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut ends = ends.iter().peekable();
    for (i, d) in delimiters.iter().enumerate() {
        // An element that closed before this text closes its openers too.
        while let Some(&&(event, depth)) = ends.peek() {
            if event >= d.event {
                break;
            }
            open.retain(|&o| delimiters[o].depth <= depth);
            ends.next();
        }
        // A run that may do either (`a==b`) closes first, as in markdown-it.
        if d.can_close {
            if let Some(pos) = open
                .iter()
                .rposition(|&o| delimiters[o].kind == d.kind && delimiters[o].depth == d.depth)
            {
                pairs.push((open[pos], i));
                open.truncate(pos);
                continue;
            }
        }
        if d.can_open {
            open.push(i);
        }
    }
    pairs
}

/// The marking stage.
pub(crate) struct Marks<'a, I> {
    inner: I,
    /// Events held back while a container with candidates is read; then
    /// the rewritten events waiting to go out.
    held: Vec<Spanned<'a>>,
    out: std::vec::IntoIter<Spanned<'a>>,
    in_code_block: bool,
    /// Open images: their text is the `alt` attribute.
    in_image: usize,
}

impl<'a, I: Iterator<Item = Spanned<'a>>> Marks<'a, I> {
    /// Marks the events of `inner`.
    pub fn new(inner: I) -> Self {
        Self {
            inner,
            held: Vec::new(),
            out: Vec::new().into_iter(),
            in_code_block: false,
            in_image: 0,
        }
    }

    /// Reads from a text with candidates to the end of its container.
    fn hold_container(&mut self, first: Spanned<'a>) {
        self.held.push(first);
        let mut depth = 0usize;
        for (event, range) in self.inner.by_ref() {
            let ends_container = match &event {
                Event::Start(_) => {
                    depth += 1;
                    false
                }
                Event::End(_) if depth == 0 => true,
                Event::End(_) => {
                    depth -= 1;
                    false
                }
                _ => false,
            };
            self.held.push((event, range));
            if ends_container {
                break;
            }
        }
    }

    /// Replaces paired delimiters in the held events with tags.
    fn resolve(&mut self) -> Vec<Spanned<'a>> {
        let held = std::mem::take(&mut self.held);
        let mut delimiters = Vec::new();
        // (event index, depth after it) for every End event.
        let mut ends = Vec::new();
        let mut depth = 0usize;
        // An image's text is its `alt` attribute: no tags there.
        let mut in_image = 0usize;
        let mut image_texts = Vec::new();
        for (i, (event, _)) in held.iter().enumerate() {
            match event {
                Event::Start(tag) => {
                    depth += 1;
                    in_image += usize::from(matches!(tag, Tag::Image { .. }));
                }
                Event::End(tag) => {
                    depth = depth.saturating_sub(1);
                    in_image -= usize::from(matches!(tag, TagEnd::Image) && in_image > 0);
                    ends.push((i, depth));
                }
                Event::Text(_) if in_image > 0 => image_texts.push(i),
                Event::Text(text) => delimiters_in(text, i, depth, &mut delimiters),
                _ => {}
            }
        }
        let pairs = pair(&delimiters, &ends);
        // Every used delimiter, by event, with its tag.
        let mut cuts: Vec<(usize, usize, &'static str)> = Vec::with_capacity(pairs.len() * 2);
        for (o, c) in pairs {
            let (open, close) = delimiters[o].kind.tags();
            cuts.push((delimiters[o].event, delimiters[o].at, open));
            cuts.push((delimiters[c].event, delimiters[c].at, close));
        }
        cuts.sort_unstable_by_key(|&(event, at, _)| (event, at));
        let mut out = Vec::with_capacity(held.len() + cuts.len() * 2);
        let mut cuts = cuts.into_iter().peekable();
        for (i, (event, range)) in held.into_iter().enumerate() {
            let Event::Text(text) = &event else {
                out.push((event, range));
                continue;
            };
            let cut_here = cuts.peek().is_some_and(|&(e, _, _)| e == i);
            if !cut_here && (image_texts.contains(&i) || !may_hold_script(text)) {
                out.push((event, range));
                continue;
            }
            let mut pos = 0;
            while let Some(&(e, at, tag)) = cuts.peek() {
                if e != i {
                    break;
                }
                cuts.next();
                push_text(&mut out, &text[pos..at], &range);
                out.push((Event::InlineHtml(CowStr::Borrowed(tag)), range.clone()));
                pos = at + 2;
            }
            push_text(&mut out, &text[pos..], &range);
        }
        out
    }
}

/// Pushes `text`, with its `^sup^` and `~sub~` as tags.
fn push_text<'a>(out: &mut Vec<Spanned<'a>>, mut text: &str, range: &Range<usize>) {
    while let Some((found, open, close)) = next_script(text) {
        push_plain(out, &text[..found.start], range);
        out.push((Event::InlineHtml(CowStr::Borrowed(open)), range.clone()));
        push_plain(out, &text[found.start + 1..found.end - 1], range);
        out.push((Event::InlineHtml(CowStr::Borrowed(close)), range.clone()));
        text = &text[found.end..];
    }
    push_plain(out, text, range);
}

fn push_plain<'a>(out: &mut Vec<Spanned<'a>>, text: &str, range: &Range<usize>) {
    if !text.is_empty() {
        out.push((Event::Text(text.to_owned().into()), range.clone()));
    }
}

impl<'a, I: Iterator<Item = Spanned<'a>>> Iterator for Marks<'a, I> {
    type Item = Spanned<'a>;

    fn next(&mut self) -> Option<Spanned<'a>> {
        if let Some(next) = self.out.next() {
            return Some(next);
        }
        let (event, range) = self.inner.next()?;
        match &event {
            Event::Start(Tag::CodeBlock(_)) => self.in_code_block = true,
            Event::End(TagEnd::CodeBlock) => self.in_code_block = false,
            Event::Start(Tag::Image { .. }) => self.in_image += 1,
            Event::End(TagEnd::Image) => self.in_image = self.in_image.saturating_sub(1),
            Event::Text(text)
                if !self.in_code_block && self.in_image == 0 && may_hold_delimiter(text) =>
            {
                self.hold_container((event, range));
                self.out = self.resolve().into_iter();
                return self.out.next();
            }
            _ => {}
        }
        Some((event, range))
    }
}
