//! Markdown → slide HTML with pulldown-cmark, HedgeDoc's way.
//!
//! Tables, strikethrough, task lists (disabled checkboxes), footnotes,
//! definition lists, heading attributes and the typographer are on; raw HTML passes through
//! untouched (the browser-side sanitiser deals with it); a single newline
//! is a `<br>` unless the front matter says `breaks: false`.
//!
//! Alert boxes (`:::info` … `:::`) are rewritten to HTML lines first
//! ([`super::containers`]), a `:` starting a line is kept from
//! starting a definition unless a space follows it ([`super::deflist`]),
//! and `\\(…\\)` / `\\[…\\]` formulas become code spans the rewriting
//! stage knows ([`super::tex_delimiters`]).
//! The events then go through six stages before pulldown-cmark's HTML
//! writer: [`super::nesting::CapNesting`] (no more than 100 nested quotes
//! and lists), [`Normalize`] (one event per HTML block, merged text, soft
//! breaks), [`super::marks::Marks`] (`==mark==`, `++ins++`, `^sup^`,
//! `~sub~`), [`super::rewrite::Rewrite`] (fence info, sized images, bare
//! URLs, deck CSS), [`super::track::Track`] (titles and attribute
//! comments) and [`super::tags::Tags`] (`[name=…]`, `[time=…]`,
//! `[color=…]`). The writer counts what it has written so that the last
//! stages know where each start tag went; `.element` attributes and quote
//! colours are patched into those tags at the end, in one pass.

use std::cell::Cell;
use std::fmt;
use std::iter::Peekable;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use super::containers::expand_containers;
use super::deflist::escape_bare_colons;
use super::marks::Marks;
use super::nesting::CapNesting;
pub(crate) use super::passes::{DeckWide, Spanned};
use super::rewrite::Rewrite;
use super::tag_patch::apply_patches;
use super::tags::Tags;
use super::tex_delimiters::hide_formulas;
use super::track::{Found, Track};

/// A rendered piece of Markdown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Rendered {
    /// The HTML, attribute comments applied and removed, `<style>` taken out.
    pub html: String,
    /// Plain text of the first heading.
    pub title: Option<String>,
    /// Attributes from `.slide` comments (and `.element` comments that
    /// have no element before them), unescaped.
    pub slide_attributes: Vec<(String, String)>,
    /// CSS of the `<style>` elements, in order.
    pub styles: Vec<String>,
}

/// The extensions decks rely on.
pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_HEADING_ATTRIBUTES
        // HedgeDoc's typographer: see `super::typographer`.
        | Options::ENABLE_SMART_PUNCTUATION
        // `$…$` and `$$…$$`: see `super::rewrite` (placeholders the viewer
        // turns into MathML); `\\(…\\)` and `\\[…\\]`: see
        // `super::tex_delimiters`.
        | Options::ENABLE_MATH
        // A single `~` pair is not strikethrough (`~~` is): see
        // `super::marks` for `~sub~` and `^sup^`.
        | Options::ENABLE_SUBSCRIPT
        // markdown-it-deflist.
        | Options::ENABLE_DEFINITION_LIST
}

/// Renders one slide's (or one slide's notes') Markdown.
pub(crate) fn render(markdown: &str, breaks: bool, deck_wide: &mut DeckWide<'_>) -> Rendered {
    let boxed = expand_containers(markdown);
    let markdown = &*escape_bare_colons(&boxed);
    let (hidden, formulas) = hide_formulas(markdown, options());
    let markdown = &*hidden;
    let mut styles = Vec::new();
    let mut found = Found::default();
    let mut tag_patches = Vec::new();
    let written = Cell::new(0);
    let mut html = String::with_capacity(markdown.len() + markdown.len() / 2);
    {
        let parsed = Parser::new_ext(markdown, options()).into_offset_iter();
        let capped = CapNesting::new(parsed);
        let normalized = Normalize {
            inner: capped.peekable(),
            breaks,
        };
        let marked = Marks::new(normalized);
        let rewritten = Rewrite::new(marked, &mut styles, deck_wide, &formulas);
        let tracked = Track::new(rewritten, markdown, &written, &mut found);
        let tagged = Tags::new(tracked, &written, &mut tag_patches);
        let mut writer = Counting {
            out: &mut html,
            written: &written,
        };
        // Writing into a String cannot fail.
        let _ = pulldown_cmark::html::write_html_fmt(&mut writer, tagged.map(|(event, _)| event));
    }
    found.patches.append(&mut tag_patches);
    Rendered {
        html: apply_patches(html, found.patches),
        title: found.title,
        slide_attributes: found.slide_attributes,
        styles,
    }
}

/// A writer that publishes how much it has written.
struct Counting<'o, 'c> {
    out: &'o mut String,
    written: &'c Cell<usize>,
}

impl fmt::Write for Counting<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.out.push_str(s);
        self.written.set(self.out.len());
        Ok(())
    }
}

/// First stage: an HTML block becomes one `Html` event (so comments and
/// `<style>` elements spanning lines are seen whole), adjacent text events
/// merge (so `![alt](url =WxH)` and URLs are seen whole), and soft breaks
/// become hard ones when `breaks` is on.
pub(crate) struct Normalize<'a, I: Iterator<Item = Spanned<'a>>> {
    inner: Peekable<I>,
    breaks: bool,
}

impl<'a, I: Iterator<Item = Spanned<'a>>> Iterator for Normalize<'a, I> {
    type Item = Spanned<'a>;

    fn next(&mut self) -> Option<Spanned<'a>> {
        let (event, range) = self.inner.next()?;
        Some(match event {
            Event::Start(Tag::HtmlBlock) => (Event::Html(self.html_block()), range),
            Event::Text(text) => self.merge_text(text, range),
            Event::SoftBreak if self.breaks => (Event::HardBreak, range),
            other => (other, range),
        })
    }
}

impl<'a, I: Iterator<Item = Spanned<'a>>> Normalize<'a, I> {
    fn html_block(&mut self) -> CowStr<'a> {
        let mut joined = String::new();
        for (event, _) in self.inner.by_ref() {
            match event {
                Event::Html(html) => joined.push_str(&html),
                Event::End(TagEnd::HtmlBlock) => break,
                // pulldown-cmark puts nothing else in an HTML block.
                _ => {}
            }
        }
        joined.into()
    }

    fn merge_text(&mut self, first: CowStr<'a>, range: Range<usize>) -> Spanned<'a> {
        let mut end = range.end;
        let mut merged: Option<String> = None;
        while let Some((Event::Text(_), _)) = self.inner.peek() {
            let Some((Event::Text(more), more_range)) = self.inner.next() else {
                break;
            };
            merged
                .get_or_insert_with(|| first.to_string())
                .push_str(&more);
            end = more_range.end;
        }
        match merged {
            Some(text) => (Event::Text(text.into()), range.start..end),
            None => (Event::Text(first), range),
        }
    }
}
