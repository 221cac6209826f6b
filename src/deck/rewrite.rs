//! Second Markdown stage: HedgeDoc syntax on top of CommonMark.
//!
//! - fenced code: `<pre><code class="language-…" data-…>` from the info
//!   string's language and extras ([`super::fence_info`]);
//! - text: typographer symbols ([`super::typographer`]), emoji shortcodes
//!   ([`super::emoji`]), embed shortcodes
//!   ([`super::embeds`]), `![alt](url =WxH)` images
//!   ([`super::image_size`]) and bare URLs ([`super::linkify`]), never
//!   inside code, links or raw `<a>`/`<code>`;
//! - `$…$`, `$$…$$` and the code spans that stand for `\\(…\\)` and
//!   `\\[…\\]` ([`super::tex_delimiters`]): placeholders with the LaTeX in
//!   `data-tex`;
//! - `<style>` elements leave the HTML for the deck CSS ([`super::styles`]).

use std::borrow::Cow;
use std::collections::VecDeque;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, LinkType, Tag, TagEnd};

use super::code_lines::{bands_style, highlight_steps, LineCount, Numbering};
use super::embeds::{find_embeds, may_hold_embed};
use super::emoji::replace_emoji;
use super::fence_info::{code_start_tag, parse_fence_info, pre_start_tag, FenceInfo};
use super::html_scan::single_tag_name;
use super::image_size::find_sized_images;
use super::linkify::{may_hold_link, FoundLink, Linker};
use super::passes::{DeckWide, Spanned};
use super::styles::{extract_styles, is_style_end, is_style_start};
use super::tex_delimiters::{trimmed, Formulas, TexKind};
use super::typographer::replace_symbols;

/// Raw inline elements whose text must not be linkified.
const NO_LINKS_INSIDE: &[&str] = &["a", "code", "kbd", "pre", "samp", "script", "textarea"];

/// What is left of raw HTML after something was taken out of it; nothing
/// when only whitespace remains (no stray blank lines in the slide).
pub(crate) fn without_blank_remains<'a>(kept: String) -> CowStr<'a> {
    if kept.trim().is_empty() {
        CowStr::Borrowed("")
    } else {
        kept.into()
    }
}

/// Cheap test first: a sized image needs `=`, a link `:`, `@` or `www.`,
/// a shortcode `{%`.
fn may_expand(text: &str) -> bool {
    memchr::memchr(b'=', text.as_bytes()).is_some() || may_hold_link(text) || may_hold_embed(text)
}

/// The rewriting stage.
pub(crate) struct Rewrite<'a, 's, 't, I> {
    inner: I,
    queue: VecDeque<Spanned<'a>>,
    styles: &'s mut Vec<String>,
    linker: Linker,
    in_code: bool,
    /// What the code block being read still needs at its end.
    code: OpenCode,
    deck_wide: &'s mut DeckWide<'t>,
    in_link: usize,
    in_image: usize,
    /// Open raw elements from [`NO_LINKS_INSIDE`].
    in_raw_no_links: usize,
    /// The CSS of an inline `<style>` element being read.
    style: Option<String>,
    /// Which code spans are `\\(…\\)` or `\\[…\\]` formulas.
    formulas: &'s Formulas,
}

impl<'a, 's, 't, I: Iterator<Item = Spanned<'a>>> Rewrite<'a, 's, 't, I> {
    /// Rewrites `inner`, collecting CSS into `styles`; code line numbers
    /// and emoji go on through the deck in `deck_wide`; the code spans at
    /// `formulas` become math.
    pub fn new(
        inner: I,
        styles: &'s mut Vec<String>,
        deck_wide: &'s mut DeckWide<'t>,
        formulas: &'s Formulas,
    ) -> Self {
        Self {
            inner,
            queue: VecDeque::new(),
            styles,
            linker: Linker::default(),
            in_code: false,
            code: OpenCode::default(),
            deck_wide,
            in_link: 0,
            in_image: 0,
            in_raw_no_links: 0,
            style: None,
            formulas,
        }
    }
}

impl<'a, I: Iterator<Item = Spanned<'a>>> Iterator for Rewrite<'a, '_, '_, I> {
    type Item = Spanned<'a>;

    fn next(&mut self) -> Option<Spanned<'a>> {
        loop {
            if let Some(next) = self.queue.pop_front() {
                return Some(next);
            }
            let Some((event, range)) = self.inner.next() else {
                self.finish_style();
                return None;
            };
            if self.style.is_some() {
                if self.capture_style(&event) {
                    continue;
                }
                self.finish_style();
            }
            // Most events come out one for one; only expansions use the queue.
            if let Some(out) = self.rewrite(event, range) {
                return Some(out);
            }
        }
    }
}

impl<'a, I: Iterator<Item = Spanned<'a>>> Rewrite<'a, '_, '_, I> {
    fn push(&mut self, event: Event<'a>, range: &Range<usize>) {
        self.queue.push_back((event, range.clone()));
    }

    /// The event that replaces `event`, or `None` when it was swallowed or
    /// expanded into the queue.
    fn rewrite(&mut self, event: Event<'a>, range: Range<usize>) -> Option<Spanned<'a>> {
        let event = match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                self.in_code = true;
                let info = match kind {
                    CodeBlockKind::Fenced(info) => parse_fence_info(&info),
                    CodeBlockKind::Indented => FenceInfo::default(),
                };
                let mut info = info;
                let mut steps = highlight_steps(&info.attributes).into_iter();
                if let Some(first) = steps.next() {
                    info.attributes.push(("style", bands_style(&first)));
                }
                self.code = OpenCode {
                    numbering: Numbering::of(&info.attributes),
                    lines: LineCount::default(),
                    later_steps: steps.collect(),
                    language: info.language.clone(),
                    text: String::new(),
                };
                // One tag per event, as pulldown-cmark's own inline HTML.
                self.push(Event::InlineHtml(code_start_tag(&info).into()), &range);
                let pre = match self.code.numbering {
                    Some(_) => "<pre class=\"has-line-numbers\">",
                    None => pre_start_tag(&info),
                };
                Event::InlineHtml(CowStr::Borrowed(pre))
            }
            Event::End(TagEnd::CodeBlock) => {
                self.in_code = false;
                // `</code>`, then the copies of later highlight steps, the
                // numbers column and `</pre>`, all from the queue.
                let code = std::mem::take(&mut self.code);
                self.push(Event::InlineHtml(CowStr::Borrowed("</code>")), &range);
                for step in &code.later_steps {
                    let copy = step_copy_html(code.language.as_deref(), &code.text, step);
                    self.push(Event::InlineHtml(copy.into()), &range);
                }
                if let Some(numbering) = code.numbering {
                    let gutter = self
                        .deck_wide
                        .code_lines
                        .gutter(numbering, code.lines.lines());
                    self.push(Event::InlineHtml(gutter.into()), &range);
                }
                self.push(Event::InlineHtml(CowStr::Borrowed("</pre>\n")), &range);
                return None;
            }
            Event::Text(text) if self.in_code => {
                self.code.lines.add(&text);
                // The step copies repeat the text (few blocks have steps).
                if !self.code.later_steps.is_empty() {
                    self.code.text.push_str(&text);
                }
                Event::Text(text)
            }
            Event::Start(Tag::Link { .. }) => {
                self.in_link += 1;
                event
            }
            Event::End(TagEnd::Link) => {
                self.in_link = self.in_link.saturating_sub(1);
                event
            }
            Event::Start(Tag::Image { .. }) => {
                self.in_image += 1;
                event
            }
            Event::End(TagEnd::Image) => {
                self.in_image = self.in_image.saturating_sub(1);
                event
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell | TagEnd::Item,
            ) => {
                // Inline raw elements cannot stay open past their block.
                self.in_raw_no_links = 0;
                event
            }
            Event::Html(html) => {
                let kept = match extract_styles(&html, self.styles) {
                    Cow::Borrowed(_) => None,
                    Cow::Owned(kept) => Some(kept),
                };
                Event::Html(kept.map_or(html, without_blank_remains))
            }
            Event::InlineHtml(html) => {
                if is_style_start(&html) {
                    self.style = Some(String::new());
                    return None;
                }
                self.note_raw_tag(&html);
                Event::InlineHtml(html)
            }
            Event::InlineMath(tex) => {
                Event::InlineHtml(math_placeholder(&tex, Math::Dollar).into())
            }
            Event::DisplayMath(tex) => {
                Event::InlineHtml(math_placeholder(&tex, Math::DoubleDollar).into())
            }
            Event::Code(code) => match self.formulas.at(range.start).map(Math::Bracketed) {
                // An image's alt text is plain text: the formula as written.
                Some(math) if self.in_image > 0 => {
                    let (open, close) = math.delimiters();
                    Event::Text(format!("{open}{}{close}", trimmed(&code)).into())
                }
                Some(math) => Event::InlineHtml(math_placeholder(trimmed(&code), math).into()),
                None => Event::Code(code),
            },
            Event::Text(text)
                if !self.in_code
                    && self.in_link == 0
                    && self.in_image == 0
                    && self.in_raw_no_links == 0 =>
            {
                let text = match replace_symbols(&text) {
                    Cow::Borrowed(_) => text,
                    Cow::Owned(replaced) => replaced.into(),
                };
                let text = match replace_emoji(&text, &mut self.deck_wide.shortcodes) {
                    Cow::Borrowed(_) => text,
                    Cow::Owned(replaced) => replaced.into(),
                };
                return self.expand_text(text, range);
            }
            other => other,
        };
        Some((event, range))
    }

    /// Follows raw `<a>`, `<code>`, … opening and closing.
    fn note_raw_tag(&mut self, html: &str) {
        let Some((name, closing)) = single_tag_name(html) else {
            return;
        };
        if !NO_LINKS_INSIDE.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            return;
        }
        if closing {
            self.in_raw_no_links = self.in_raw_no_links.saturating_sub(1);
        } else if !html.trim_end().ends_with("/>") {
            self.in_raw_no_links += 1;
        }
    }

    /// Shortcodes, sized images and bare URLs in a text event: the event
    /// itself when there are none, else `None` and the pieces in the queue.
    fn expand_text(&mut self, text: CowStr<'a>, range: Range<usize>) -> Option<Spanned<'a>> {
        if !may_expand(&text) {
            return Some((Event::Text(text), range));
        }
        let embeds = if may_hold_embed(&text) {
            find_embeds(&text)
        } else {
            Vec::new()
        };
        if embeds.is_empty() {
            return self.expand_images_and_links(text, range);
        }
        let mut pos = 0;
        for embed in embeds {
            self.push_images_and_links(&text[pos..embed.range.start], &range);
            self.push(Event::InlineHtml(embed.html.into()), &range);
            pos = embed.range.end;
        }
        self.push_images_and_links(&text[pos..], &range);
        None
    }

    /// Queues a piece of text with its sized images and bare URLs.
    fn push_images_and_links(&mut self, text: &str, range: &Range<usize>) {
        if text.is_empty() {
            return;
        }
        if let Some(event) = self.expand_images_and_links(text.to_owned().into(), range.clone()) {
            self.queue.push_back(event);
        }
    }

    /// Sized images and bare URLs in a text: the event itself when there
    /// are none, else `None` and the pieces in the queue.
    fn expand_images_and_links(
        &mut self,
        text: CowStr<'a>,
        range: Range<usize>,
    ) -> Option<Spanned<'a>> {
        let images = find_sized_images(&text);
        if images.is_empty() {
            let links = self.linker.find(&text);
            if links.is_empty() {
                return Some((Event::Text(text), range));
            }
            self.push_linked(&text, links, &range);
            return None;
        }
        let mut pos = 0;
        for image in images {
            let before = &text[pos..image.range.start];
            let links = self.linker.find(before);
            self.push_linked(before, links, &range);
            self.push(Event::InlineHtml(image.html.into()), &range);
            pos = image.range.end;
        }
        let rest = &text[pos..];
        let links = self.linker.find(rest);
        self.push_linked(rest, links, &range);
        None
    }

    fn push_linked(&mut self, text: &str, links: Vec<FoundLink>, range: &Range<usize>) {
        let mut pos = 0;
        for link in links {
            if link.range.start > pos {
                self.push(
                    Event::Text(text[pos..link.range.start].to_owned().into()),
                    range,
                );
            }
            self.push(
                Event::Start(Tag::Link {
                    link_type: LinkType::Autolink,
                    dest_url: link.href.into(),
                    title: CowStr::Borrowed(""),
                    id: CowStr::Borrowed(""),
                }),
                range,
            );
            self.push(Event::Text(link.text.into()), range);
            self.push(Event::End(TagEnd::Link), range);
            pos = link.range.end;
        }
        if pos < text.len() {
            self.push(Event::Text(text[pos..].to_owned().into()), range);
        }
    }

    /// Adds an event to the inline `<style>` being read; false when the
    /// event does not belong to it (the paragraph ended without `</style>`).
    fn capture_style(&mut self, event: &Event<'a>) -> bool {
        let Some(css) = self.style.as_mut() else {
            return false;
        };
        match event {
            Event::InlineHtml(html) if is_style_end(html) => {
                self.finish_style();
                true
            }
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) => {
                css.push_str(t);
                true
            }
            Event::SoftBreak | Event::HardBreak => {
                css.push('\n');
                true
            }
            _ => false,
        }
    }

    fn finish_style(&mut self) {
        if let Some(css) = self.style.take() {
            self.styles.push(css);
        }
    }
}

/// What a code block being read needs at its end.
#[derive(Debug, Default)]
struct OpenCode {
    /// How its lines are numbered, if they are.
    numbering: Option<Numbering>,
    /// Its lines so far.
    lines: LineCount,
    /// The highlight steps after the first: a copy of the block each.
    later_steps: Vec<Vec<(usize, usize)>>,
    language: Option<String>,
    /// Its text, kept only for the step copies.
    text: String,
}

/// A copy of a code block for a later highlight step: a fragment.
fn step_copy_html(language: Option<&str>, text: &str, step: &[(usize, usize)]) -> String {
    let mut html = String::from("<code class=\"");
    if let Some(language) = language {
        html.push_str("language-");
        html.push_str(&super::attributes::escape_attribute(language));
        html.push(' ');
    }
    html.push_str("fragment line-step\" aria-hidden=\"true\" style=\"");
    html.push_str(&super::attributes::escape_attribute(&bands_style(step)));
    html.push_str("\">");
    let _ = pulldown_cmark_escape::escape_html_body_text(&mut html, text);
    html.push_str("</code>");
    html
}

/// How a formula was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Math {
    /// `$…$`.
    Dollar,
    /// `$$…$$`.
    DoubleDollar,
    /// `\\(…\\)` or `\\[…\\]`.
    Bracketed(TexKind),
}

impl Math {
    fn display(self) -> bool {
        matches!(self, Math::DoubleDollar | Math::Bracketed(TexKind::Display))
    }

    /// The delimiters shown around the source until it is drawn (HedgeDoc
    /// shows bracketed math with single backslashes, as MathJax reads it).
    fn delimiters(self) -> (&'static str, &'static str) {
        match self {
            Math::Dollar => ("$", "$"),
            Math::DoubleDollar => ("$$", "$$"),
            Math::Bracketed(TexKind::Inline) => ("\\(", "\\)"),
            Math::Bracketed(TexKind::Display) => ("\\[", "\\]"),
        }
    }
}

/// A formula's placeholder: its source, shown as written until the viewer
/// has turned `data-tex` into MathML (LaTeX → MathML runs in a wasm module
/// of its own, loaded only for decks with math: it is larger than the
/// parser).
fn math_placeholder(tex: &str, math: Math) -> String {
    let class = if math.display() {
        "math display"
    } else {
        "math"
    };
    let (open, close) = math.delimiters();
    let mut html = format!("<span class=\"{class}\" data-tex=\"");
    html.push_str(&super::attributes::escape_attribute(tex));
    html.push_str("\">");
    html.push_str(open);
    let _ = pulldown_cmark_escape::escape_html_body_text(&mut html, tex);
    html.push_str(close);
    html.push_str("</span>");
    html
}
