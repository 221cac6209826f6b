//! HedgeDoc's tags in quotes and list items: `[name=Ada]`, `[time=9:30]`
//! and `[color=#e00]`.
//!
//! As in HedgeDoc 1.x (its `replaceExtraTags`), with the same markup so
//! that decks' CSS for it keeps working:
//! - `[name=A]` → `<small><i class="fa fa-user"></i> A</small>`;
//! - `[time=B]` → `<small><i class="fa fa-clock-o"></i> B</small>`;
//! - `[name=A] [time=B]` → both in one `<small>`;
//! - `[color=C]` → `<span class="color" data-color="C"></span>`, which
//!   colours the left border of its quote, or, in a list, becomes a tag
//!   icon (`fa fa-tag`) in that colour.
//!
//! The icons are drawn by our CSS (no icon font is loaded). Only text
//! inside a `>` quote or a list item counts, never code or a link's text.
//!
//! This stage comes after [`super::track::Track`], right before the HTML
//! writer: when it meets a quote's start, the writer's count is where that
//! `<blockquote>` goes, so a colour found later becomes a [`Patch`] of it
//! (no events are held back).
//! A colour may hold only what HedgeDoc's pattern allows (`#`, letters,
//! digits, `_`, `(`, `)`, `,` and spaces), which keeps it a plain CSS
//! value; names and times are escaped text.

use std::cell::Cell;
use std::collections::VecDeque;
use std::fmt::Write;
use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::passes::Spanned;
use super::tag_patch::Patch;

/// One tag found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Found<'t> {
    Name(&'t str),
    Time(&'t str),
    Color(&'t str),
}

// HedgeDoc's patterns use `\w`: ASCII letters, digits and `_`.
fn is_time_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || " _\t:,.+()-".contains(c)
}

fn is_color_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || " _\t#(),".contains(c)
}

/// The tag starting at `text[at..]` (which starts with `[`), and its end.
fn tag_at(text: &str, at: usize) -> Option<(Found<'_>, usize)> {
    let rest = &text[at..];
    let (kind, value_start) = [("[name=", 0), ("[time=", 1), ("[color=", 2)]
        .iter()
        .find(|(p, _)| rest.starts_with(p))
        .map(|(p, k)| (*k, at + p.len()))?;
    let close = text[value_start..].find(']')? + value_start;
    let value = &text[value_start..close];
    let found = match kind {
        0 => Found::Name(value),
        1 if value.chars().all(is_time_char) => Found::Time(value),
        2 if value.chars().all(is_color_char) => Found::Color(value),
        _ => return None,
    };
    Some((found, close + 1))
}

/// A piece of a text with tags: plain text, or a tag's HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece<'t> {
    Text(&'t str),
    Html(String),
}

/// The pieces of a text with tags, and the first colour in it; `None`
/// when it has no tag.
fn split_tags(text: &str, in_list: bool) -> Option<(Vec<Piece<'_>>, Option<&str>)> {
    if !text.contains("[name=") && !text.contains("[time=") && !text.contains("[color=") {
        return None;
    }
    let mut pieces = Vec::new();
    let mut first_color = None;
    let mut pos = 0;
    let mut from = 0;
    while let Some(at) = text[from..].find('[').map(|i| i + from) {
        let Some((found, mut end)) = tag_at(text, at) else {
            from = at + 1;
            continue;
        };
        if at > pos {
            pieces.push(Piece::Text(&text[pos..at]));
        }
        let mut html = String::new();
        match found {
            Found::Name(name) => {
                html.push_str("<small><i class=\"fa fa-user\"></i> ");
                escape_into(&mut html, name);
                // `[name=A] [time=B]` share one <small>.
                let gap = text[end..].len() - text[end..].trim_start().len();
                if let Some((Found::Time(time), time_end)) = text[end + gap..]
                    .starts_with("[time=")
                    .then(|| tag_at(text, end + gap))
                    .flatten()
                {
                    html.push_str(" <i class=\"fa fa-clock-o\"></i> ");
                    escape_into(&mut html, time);
                    end = time_end;
                }
                html.push_str("</small>");
            }
            Found::Time(time) => {
                html.push_str("<small><i class=\"fa fa-clock-o\"></i> ");
                escape_into(&mut html, time);
                html.push_str("</small>");
            }
            Found::Color(color) => {
                let color = color.trim();
                first_color.get_or_insert(color);
                if in_list {
                    let _ = write!(
                        html,
                        "<span class=\"color fa fa-tag\" data-color=\"{color}\" style=\"color: {color}\"></span>"
                    );
                } else {
                    let _ = write!(html, "<span class=\"color\" data-color=\"{color}\"></span>");
                }
            }
        }
        pieces.push(Piece::Html(html));
        pos = end;
        from = end;
    }
    if pieces.is_empty() {
        return None;
    }
    if pos < text.len() {
        pieces.push(Piece::Text(&text[pos..]));
    }
    Some((pieces, first_color))
}

fn escape_into(out: &mut String, text: &str) {
    let _ = pulldown_cmark_escape::escape_html_body_text(&mut *out, text);
}

/// The tag stage.
pub(crate) struct Tags<'a, 's, I> {
    inner: I,
    written: &'s Cell<usize>,
    patches: &'s mut Vec<Patch>,
    queue: VecDeque<Spanned<'a>>,
    /// Where each open quote's start tag was written, and whether it has
    /// its colour yet.
    quotes: Vec<(usize, bool)>,
    items: usize,
    /// Code, links and images: their text is never a tag.
    opaque: usize,
}

impl<'a, 's, I: Iterator<Item = Spanned<'a>>> Tags<'a, 's, I> {
    /// Rewrites the tags in `inner`; `written` is the writer's running
    /// count; quote colours go to `patches`.
    pub fn new(inner: I, written: &'s Cell<usize>, patches: &'s mut Vec<Patch>) -> Self {
        Self {
            inner,
            written,
            patches,
            queue: VecDeque::new(),
            quotes: Vec::new(),
            items: 0,
            opaque: 0,
        }
    }

    /// Splits a text with tags into the queue; false when it has none.
    fn expand(&mut self, text: &str, range: &Range<usize>) -> bool {
        // A list inside a quote draws tags; a quote inside a list colours
        // its border (HedgeDoc handles list items first, then quotes).
        let in_list = self.items > 0 && self.quotes.is_empty();
        let Some((pieces, color)) = split_tags(text, in_list) else {
            return false;
        };
        if let (Some(color), Some((at, coloured))) = (color, self.quotes.last_mut()) {
            if !*coloured {
                *coloured = true;
                self.patches.push(Patch {
                    at: *at,
                    attributes: vec![("style".into(), format!("border-left-color: {color}"))],
                });
            }
        }
        for piece in pieces {
            let event = match piece {
                Piece::Text(t) => Event::Text(t.to_owned().into()),
                Piece::Html(h) => Event::InlineHtml(h.into()),
            };
            self.queue.push_back((event, range.clone()));
        }
        true
    }
}

impl<'a, I: Iterator<Item = Spanned<'a>>> Iterator for Tags<'a, '_, I> {
    type Item = Spanned<'a>;

    fn next(&mut self) -> Option<Spanned<'a>> {
        if let Some(next) = self.queue.pop_front() {
            return Some(next);
        }
        let (event, range) = self.inner.next()?;
        match &event {
            Event::Start(Tag::BlockQuote(_)) => self.quotes.push((self.written.get(), false)),
            Event::End(TagEnd::BlockQuote(_)) => {
                self.quotes.pop();
            }
            Event::Start(Tag::Item) => self.items += 1,
            Event::End(TagEnd::Item) => self.items = self.items.saturating_sub(1),
            Event::Start(Tag::CodeBlock(_) | Tag::Link { .. } | Tag::Image { .. }) => {
                self.opaque += 1
            }
            Event::End(TagEnd::CodeBlock | TagEnd::Link | TagEnd::Image) => {
                self.opaque = self.opaque.saturating_sub(1)
            }
            Event::Text(text)
                if self.opaque == 0
                    && (!self.quotes.is_empty() || self.items > 0)
                    && self.expand(&text.clone(), &range) =>
            {
                return self.queue.pop_front();
            }
            _ => {}
        }
        Some((event, range))
    }
}
