//! `\\(…\\)` and `\\[…\\]` math, read as HedgeDoc's Markdown reads it.
//!
//! HedgeDoc's math plugin (markdown-it-mathjax) has an inline rule that runs
//! before Markdown's backslash escapes: at a `\` followed by `\(` (or `\[`)
//! it takes everything up to the next `\\)` (`\\]`) in the same block of
//! text, raw, as inline (display) math. So the source has two backslashes,
//! `\\(x^2\\)`; a single `\(` is an escaped `(` in Markdown and shows `(`,
//! as there. Code spans, code blocks, raw HTML and link addresses are read
//! before the rule reaches them, so it never applies inside them; inside the
//! formula nothing is Markdown (`*`, `_`, `\{` stay as written).
//!
//! pulldown-cmark has no such rule, and its escapes would eat the formula's
//! backslashes. So a slide that holds `\\(` or `\\[` is parsed once to find
//! the openers that are plain text (pulldown-cmark starts a text event at
//! the second backslash of an escaped `\\`), and each formula is rewritten
//! as a code span, which is raw and comes first among inline rules as the
//! math does. [`Formulas::at`] then tells the rewriting stage which code
//! spans are formulas (`super::rewrite`), and it makes them math placeholders.

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Inline or display math.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TexKind {
    /// `\\(…\\)`.
    Inline,
    /// `\\[…\\]`.
    Display,
}

impl TexKind {
    /// The opener after its first backslash, and the closer.
    fn delimiters(self) -> (&'static str, &'static str) {
        match self {
            TexKind::Inline => ("\\(", "\\\\)"),
            TexKind::Display => ("\\[", "\\\\]"),
        }
    }
}

/// Where the formulas are in the rewritten Markdown: the offset of each
/// code span that stands for one.
#[derive(Debug, Default)]
pub(crate) struct Formulas {
    starts: Vec<(usize, TexKind)>,
}

impl Formulas {
    /// The kind of the formula whose code span starts at `offset`, if one does.
    pub fn at(&self, offset: usize) -> Option<TexKind> {
        self.starts
            .binary_search_by_key(&offset, |&(start, _)| start)
            .ok()
            .map(|i| self.starts[i].1)
    }
}

/// A formula's LaTeX without the white space around it (the code span made
/// its line breaks spaces), but for the space of a final `\ `.
pub(crate) fn trimmed(tex: &str) -> &str {
    let tex = tex.trim_start();
    let end = tex.trim_end().len();
    let space = tex[end..].chars().next().map_or(0, char::len_utf8);
    if tex[..end].ends_with('\\') {
        &tex[..end + space]
    } else {
        &tex[..end]
    }
}

/// A formula found in the Markdown: its whole source (both delimiters).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found {
    source: Range<usize>,
    kind: TexKind,
    /// The length of the backtick strings that delimit its code span.
    fence: usize,
}

/// The Markdown with its `\\(…\\)` and `\\[…\\]` formulas as code spans,
/// and where they are. Most slides have none and are borrowed untouched.
pub(crate) fn hide_formulas(
    markdown: &str,
    options: pulldown_cmark::Options,
) -> (Cow<'_, str>, Formulas) {
    if !might_have_formulas(markdown) {
        return (Cow::Borrowed(markdown), Formulas::default());
    }
    let found = find_formulas(markdown, options);
    if found.is_empty() {
        return (Cow::Borrowed(markdown), Formulas::default());
    }
    let mut out = String::with_capacity(markdown.len() + found.len() * 8);
    let mut starts = Vec::with_capacity(found.len());
    let mut pos = 0;
    for formula in found {
        let ticks = "`".repeat(formula.fence);
        let inner = formula.source.start + 3..formula.source.end - 3;
        out.push_str(&markdown[pos..formula.source.start]);
        starts.push((out.len(), formula.kind));
        // The spaces are taken off again by the code span (one each side).
        out.push_str(&ticks);
        out.push(' ');
        out.push_str(&markdown[inner]);
        out.push(' ');
        out.push_str(&ticks);
        pos = formula.source.end;
    }
    out.push_str(&markdown[pos..]);
    (Cow::Owned(out), Formulas { starts })
}

/// Cheap test first: an opener needs `\\(` or `\\[`.
fn might_have_formulas(markdown: &str) -> bool {
    memchr::memmem::find(markdown.as_bytes(), b"\\\\(").is_some()
        || memchr::memmem::find(markdown.as_bytes(), b"\\\\[").is_some()
}

/// The opener whose second backslash is at `at`, if there is one.
fn opener_at(markdown: &str, at: usize) -> Option<TexKind> {
    if at == 0 || markdown.as_bytes()[at - 1] != b'\\' {
        return None;
    }
    let rest = &markdown[at..];
    [TexKind::Inline, TexKind::Display]
        .into_iter()
        .find(|kind| rest.starts_with(kind.delimiters().0))
}

/// Whether an event belongs to a run of inline content (a paragraph's,
/// a heading's, a table cell's text).
fn is_inline(event: &Event<'_>) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineHtml(_)
        | Event::InlineMath(_)
        | Event::DisplayMath(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::FootnoteReference(_) => true,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        Event::End(tag) => matches!(
            tag,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image
        ),
        _ => false,
    }
}

/// The longest run of backticks in `text`.
fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

/// The formulas of `markdown`, in order, each closed within its block.
/// Linear in the slide's length: every closer is found once, every run of
/// inline content measured once.
fn find_formulas(markdown: &str, options: pulldown_cmark::Options) -> Vec<Found> {
    // (is the event inline, is it text outside code blocks, its range)
    let mut events: Vec<(bool, bool, Range<usize>)> = Vec::new();
    let mut in_code_block = false;
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            _ => {}
        }
        let text = !in_code_block && matches!(event, Event::Text(_));
        events.push((is_inline(&event), text, range));
    }
    // Where the run of inline events holding each event ends.
    let mut run_ends = vec![0; events.len()];
    let mut run_end = 0;
    for i in (0..events.len()).rev() {
        if !events[i].0 {
            continue;
        }
        let continues = events.get(i + 1).is_some_and(|next| next.0);
        run_end = if continues {
            run_end.max(events[i].2.end)
        } else {
            events[i].2.end
        };
        run_ends[i] = run_end.min(markdown.len());
    }
    let closers = |kind: TexKind| -> Vec<usize> {
        memchr::memmem::find_iter(markdown.as_bytes(), kind.delimiters().1.as_bytes()).collect()
    };
    let (inline_closers, display_closers) = (closers(TexKind::Inline), closers(TexKind::Display));
    let mut found = Vec::new();
    // A formula ends where the next may start (markdown-it goes on after it).
    let mut next_free = 0;
    let mut run_start = 0;
    // The backtick fence of the current run, once measured.
    let mut run_fence: Option<(usize, usize)> = None;
    for i in 0..events.len() {
        let (inline, text, ref range) = events[i];
        if !inline {
            continue;
        }
        if i == 0 || !events[i - 1].0 {
            run_start = range.start;
        }
        let Some(kind) = text.then(|| opener_at(markdown, range.start)).flatten() else {
            continue;
        };
        let start = range.start - 1;
        if start < next_free {
            continue;
        }
        let after_opener = start + 3;
        let closers = match kind {
            TexKind::Inline => &inline_closers,
            TexKind::Display => &display_closers,
        };
        let first = closers.partition_point(|&c| c < after_opener);
        let Some(&close) = closers.get(first).filter(|&&c| c + 3 <= run_ends[i]) else {
            continue;
        };
        let end = close + 3;
        let fence = match run_fence {
            Some((at, fence)) if at == run_start => fence,
            _ => {
                let fence = longest_backtick_run(&markdown[run_start..run_ends[i]]) + 1;
                run_fence = Some((run_start, fence));
                fence
            }
        };
        // Three backticks starting a line would open a fenced code block
        // when the rest of that line has no backtick (a formula spread
        // over lines): leave such a rare formula as text.
        if fence >= 3 && markdown[start..end].contains('\n') {
            continue;
        }
        found.push(Found {
            source: start..end,
            kind,
            fence,
        });
        next_free = end;
    }
    found
}
