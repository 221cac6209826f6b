//! Last Markdown stage: titles and attribute comments.
//!
//! Sits right in front of the HTML writer: when an event is pulled,
//! everything before it has been written, so the writer's count is where
//! this event's tag goes. Start tags are recorded in a [`Tracker`];
//! `.slide` comments collect slide attributes, `.element` comments become
//! [`Patch`]es for their target's start tag; both comments are removed.

use std::borrow::Cow;
use std::cell::Cell;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};

use super::attributes::{directive, merge, parse_attribute_list, Directive};
use super::html_scan::{is_void, lower_name, single_tag_name, Scanner, Token};
use super::lines::{is_blank, previous_line};
use super::passes::Spanned;
use super::rewrite::without_blank_remains;
use super::tag_patch::Patch;
use super::targets::{Target, Tracker};

/// What the stage found.
#[derive(Debug, Default)]
pub(crate) struct Found {
    /// Plain text of the first heading.
    pub title: Option<String>,
    /// Attributes for the slide's `<section>`, unescaped.
    pub slide_attributes: Vec<(String, String)>,
    /// Attributes for start tags already written.
    pub patches: Vec<Patch>,
}

/// Progress through the first heading.
enum Heading {
    Before,
    Inside(String),
    Done,
}

/// The tracking stage.
pub(crate) struct Track<'a, 's, I> {
    inner: I,
    source: &'s str,
    written: &'s Cell<usize>,
    found: &'s mut Found,
    tracker: Tracker,
    in_image: usize,
    in_table_head: bool,
    heading: Heading,
    _events: std::marker::PhantomData<Event<'a>>,
}

impl<'a, 's, I: Iterator<Item = Spanned<'a>>> Track<'a, 's, I> {
    /// Tracks `inner`, whose ranges refer to `source`; `written` is the
    /// writer's running count.
    pub fn new(inner: I, source: &'s str, written: &'s Cell<usize>, found: &'s mut Found) -> Self {
        Self {
            inner,
            source,
            written,
            found,
            tracker: Tracker::default(),
            in_image: 0,
            in_table_head: false,
            heading: Heading::Before,
            _events: std::marker::PhantomData,
        }
    }
}

impl<'a, I: Iterator<Item = Spanned<'a>>> Iterator for Track<'a, '_, I> {
    type Item = Spanned<'a>;

    fn next(&mut self) -> Option<Spanned<'a>> {
        let (event, range) = self.inner.next()?;
        let at = self.written.get();
        let event = match event {
            Event::Start(tag) => {
                self.start(&tag, at);
                Event::Start(tag)
            }
            Event::End(tag) => {
                self.end(tag);
                Event::End(tag)
            }
            Event::Text(text) => {
                self.title_text(&text);
                Event::Text(text)
            }
            Event::Code(text) => {
                self.tracker.void(Cow::Borrowed("code"), at);
                self.title_text(&text);
                Event::Code(text)
            }
            Event::Html(html) if self.in_image == 0 => {
                let block_start = Some(range.start);
                Event::Html(self.raw(html, at, block_start))
            }
            Event::InlineHtml(html) if self.in_image == 0 => {
                Event::InlineHtml(self.inline(html, at))
            }
            Event::Rule => {
                self.tracker.void(Cow::Borrowed("hr"), at);
                Event::Rule
            }
            Event::TaskListMarker(checked) => {
                self.tracker.void(Cow::Borrowed("input"), at);
                Event::TaskListMarker(checked)
            }
            Event::FootnoteReference(name) => {
                self.tracker.void(Cow::Borrowed("sup"), at);
                Event::FootnoteReference(name)
            }
            other => other,
        };
        Some((event, range))
    }
}

impl<'a, I> Track<'a, '_, I> {
    fn start(&mut self, tag: &Tag<'a>, at: usize) {
        match tag {
            Tag::Image { .. } => self.in_image += 1,
            Tag::Heading { .. } if matches!(self.heading, Heading::Before) => {
                self.heading = Heading::Inside(String::new());
            }
            Tag::TableHead => self.in_table_head = true,
            _ => {}
        }
        if let Some(name) = element_name(tag, self.in_table_head) {
            self.tracker.open(Cow::Borrowed(name), at, true);
        }
    }

    fn end(&mut self, tag: TagEnd) {
        if !matches!(
            tag,
            TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) | TagEnd::CodeBlock
        ) {
            self.tracker.close_markdown();
        }
        match tag {
            TagEnd::Image => self.in_image = self.in_image.saturating_sub(1),
            TagEnd::TableHead => self.in_table_head = false,
            TagEnd::Heading(_) => {
                if let Heading::Inside(text) = std::mem::replace(&mut self.heading, Heading::Done) {
                    let title = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    self.found.title = Some(title).filter(|t| !t.is_empty());
                }
            }
            _ => {}
        }
    }

    fn title_text(&mut self, text: &str) {
        if let (Heading::Inside(title), 0) = (&mut self.heading, self.in_image) {
            title.push_str(text);
        }
    }

    /// Inline HTML is one tag (or comment): the common case needs no scan.
    fn inline(&mut self, html: CowStr<'a>, at: usize) -> CowStr<'a> {
        let Some((name, closing)) = single_tag_name(&html) else {
            return self.raw(html, at, None);
        };
        if closing {
            self.tracker.close_raw(name);
        } else {
            let name = lower_name(name);
            if is_void(&name) || html.trim_end().ends_with("/>") {
                self.tracker.void(name, at);
            } else {
                self.tracker.open(name, at, false);
            }
        }
        html
    }

    /// Follows the tags of raw HTML and applies (and removes) attribute
    /// comments. `block_start`: source offset of an HTML block.
    fn raw(&mut self, html: CowStr<'a>, at: usize, block_start: Option<usize>) -> CowStr<'a> {
        let mut kept: Option<String> = None;
        let mut copied = 0;
        let mut removed = 0;
        let mut first = true;
        for (token, range) in Scanner::new(&html) {
            let pos = at + range.start - removed;
            match token {
                Token::Start { name, self_closing } => {
                    let name = lower_name(name);
                    if self_closing || is_void(&name) {
                        self.tracker.void(name, pos);
                    } else {
                        self.tracker.open(name, pos, false);
                    }
                }
                Token::End { name } => self.tracker.close_raw(name),
                Token::Comment { body } => {
                    if let Some((kind, list)) = directive(body) {
                        let after_list_line =
                            first && block_start.is_some_and(|s| self.right_under_text(s));
                        self.apply(kind, parse_attribute_list(list), after_list_line);
                        let k = kept.get_or_insert_with(String::new);
                        k.push_str(&html[copied..range.start]);
                        copied = range.end;
                        removed += range.len();
                    }
                }
                Token::Text if html[range.clone()].trim().is_empty() => continue,
                Token::Text | Token::Other => {}
            }
            first = false;
        }
        match kept {
            Some(mut k) => {
                k.push_str(&html[copied..]);
                without_blank_remains(k)
            }
            None => html,
        }
    }

    fn apply(&mut self, kind: Directive, attributes: Vec<(String, String)>, after_list_line: bool) {
        let target = match kind {
            Directive::Slide => Target::Slide,
            Directive::Element => self.tracker.target(after_list_line),
        };
        match target {
            Target::Slide => merge(&mut self.found.slide_attributes, attributes),
            Target::Element(at) => self.found.patches.push(Patch { at, attributes }),
        }
    }

    /// True when the source line holding offset `at` comes right after a
    /// non-blank line (no blank line between).
    fn right_under_text(&self, at: usize) -> bool {
        let line_start = self.source[..at].rfind('\n').map_or(0, |i| i + 1);
        previous_line(self.source, line_start).is_some_and(|line| !is_blank(line))
    }
}

/// The HTML element a Markdown start tag writes, if any.
fn element_name(tag: &Tag<'_>, in_table_head: bool) -> Option<&'static str> {
    Some(match tag {
        Tag::Paragraph => "p",
        Tag::Heading { level, .. } => match level {
            HeadingLevel::H1 => "h1",
            HeadingLevel::H2 => "h2",
            HeadingLevel::H3 => "h3",
            HeadingLevel::H4 => "h4",
            HeadingLevel::H5 => "h5",
            HeadingLevel::H6 => "h6",
        },
        Tag::BlockQuote(_) => "blockquote",
        Tag::List(None) => "ul",
        Tag::List(Some(_)) => "ol",
        Tag::Item => "li",
        Tag::Table(_) => "table",
        Tag::TableHead => "thead",
        Tag::TableRow => "tr",
        Tag::TableCell if in_table_head => "th",
        Tag::TableCell => "td",
        Tag::Emphasis => "em",
        Tag::Strong => "strong",
        Tag::Strikethrough => "del",
        Tag::Superscript => "sup",
        Tag::Subscript => "sub",
        Tag::Link { .. } => "a",
        Tag::Image { .. } => "img",
        Tag::FootnoteDefinition(_) => "div",
        Tag::DefinitionList => "dl",
        Tag::DefinitionListTitle => "dt",
        Tag::DefinitionListDefinition => "dd",
        Tag::HtmlBlock | Tag::CodeBlock(_) | Tag::MetadataBlock(_) => return None,
    })
}
