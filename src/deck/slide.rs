//! One slide from its Markdown: indentation, notes, rendering, visibility.
//!
//! A slide's Markdown is rendered when its HTML is first asked for, not
//! while the deck is parsed, so that the first slide of a long deck costs
//! only its own rendering. That is possible for a slide whose rendering
//! cannot change anything outside it ([`stands_alone`]): no attribute
//! comments (which may hide the slide or give it a background), no
//! `<style>` (deck-wide CSS), no numbered code (numbering goes on from block
//! to block). Such slides are rendered at once, in deck order.
//!
//! Heading ids are unique across the deck, each repeat of an id numbered by
//! the ones before it, so slides get theirs in deck order: asking for a
//! slide's body first gives the slides before it theirs ([`Bodies::get`]).
//! The cost of a slide is that of the slides up to it, never of the deck.

use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use super::blocks::find_ci;
use super::emoji::{might_have_shortcodes, EmojiTable, Shortcodes};
use super::heading_ids::HeadingIds;
use super::indent::strip_common_indent;
use super::markdown::render;
use super::notes::split_notes;
use super::passes::DeckWide;
use super::split::RawSlide;
use super::UntrustedHtml;

/// What a slide shows, once rendered.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Body {
    pub html: UntrustedHtml,
    pub notes_html: Option<UntrustedHtml>,
    pub title: Option<String>,
}

/// What rendering a slide needs besides its text.
#[derive(Debug, Clone)]
pub(crate) struct Context {
    /// `breaks` from the front matter.
    pub breaks: bool,
    /// The emoji table the deck was parsed with, if any.
    pub emoji: Option<Arc<EmojiTable>>,
    /// Render every slide while parsing (to check that it makes no difference).
    pub all_now: bool,
}

/// A slide's body before its heading ids are given.
#[derive(Debug)]
pub(crate) enum Unrendered {
    /// Rendered while parsing.
    Early(Box<Body>),
    /// To be rendered from this part of the deck's text.
    Later(Range<usize>),
    /// Given its ids: see [`Bodies::done`].
    Given,
}

/// The bodies of a deck's slides, in deck order.
#[derive(Debug)]
pub(crate) struct Bodies {
    /// The deck's text (shared with whoever else keeps it).
    text: Arc<str>,
    context: Context,
    /// Each slide's body once it has its heading ids.
    done: Vec<OnceLock<Box<Body>>>,
    pending: Mutex<Pending>,
}

#[derive(Debug)]
struct Pending {
    /// The first slide without its heading ids.
    next: usize,
    waiting: Vec<Unrendered>,
    ids: HeadingIds,
}

impl Bodies {
    /// The bodies of a deck whose text is `text`, one per slide.
    pub fn new(text: Arc<str>, context: Context, waiting: Vec<Unrendered>) -> Self {
        let all_now = context.all_now;
        let bodies = Self {
            done: waiting.iter().map(|_| OnceLock::new()).collect(),
            text,
            context,
            pending: Mutex::new(Pending {
                next: 0,
                waiting,
                ids: HeadingIds::default(),
            }),
        };
        if all_now && !bodies.done.is_empty() {
            bodies.get(bodies.done.len() - 1);
        }
        bodies
    }

    /// Slide `index`'s body, rendering it (and giving the slides before it
    /// their heading ids) on first use.
    pub fn get(&self, index: usize) -> &Body {
        if let Some(body) = self.done.get(index).and_then(OnceLock::get) {
            return body;
        }
        let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        while pending.next <= index && pending.next < self.done.len() {
            let at = pending.next;
            let mut body = match std::mem::replace(&mut pending.waiting[at], Unrendered::Given) {
                Unrendered::Early(body) => body,
                Unrendered::Later(range) => {
                    Box::new(render_alone(&self.context, &self.text[range]))
                }
                Unrendered::Given => Box::default(),
            };
            body.html = pending.ids.give(std::mem::take(&mut body.html));
            let _ = self.done[at].set(body);
            pending.next += 1;
        }
        drop(pending);
        match self.done.get(index) {
            Some(cell) => cell.get_or_init(Box::default),
            None => empty(),
        }
    }

    /// Whether slide `index`'s Markdown has been rendered yet.
    pub fn is_rendered(&self, index: usize) -> bool {
        self.done
            .get(index)
            .is_some_and(|cell| cell.get().is_some())
            || matches!(
                self.pending
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .waiting
                    .get(index),
                Some(Unrendered::Early(_))
            )
    }
}

fn empty() -> &'static Body {
    static EMPTY: OnceLock<Body> = OnceLock::new();
    EMPTY.get_or_init(Body::default)
}

/// A slide's body: its place among its deck's bodies.
#[derive(Clone)]
pub(crate) struct SlideBody {
    bodies: Arc<Bodies>,
    index: usize,
}

impl SlideBody {
    /// Slide `index` of `bodies`.
    pub fn new(bodies: Arc<Bodies>, index: usize) -> Self {
        Self { bodies, index }
    }

    /// The body, rendered on first use.
    pub fn get(&self) -> &Body {
        self.bodies.get(self.index)
    }

    /// Whether it has been rendered yet.
    pub fn is_rendered(&self) -> bool {
        self.bodies.is_rendered(self.index)
    }
}

/// Shown as what it renders to: the deck text behind a body that is not
/// rendered yet is not part of the slide.
impl std::fmt::Debug for SlideBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

impl PartialEq for SlideBody {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

/// A slide built from `raw`, a part of `text`: its body rendered later
/// when it stands alone ([`stands_alone`]) and cannot want the emoji
/// table, else now, in deck order. `None` when it is hidden
/// (`data-visibility="hidden"`: reveal.js ≥ 4.1 removes such slides, CSS
/// and all). Its CSS goes to `styles`; its attributes come with it.
pub(crate) fn build_slide(
    raw: RawSlide<'_>,
    text: &str,
    context: &Context,
    styles: &mut Vec<String>,
    deck_wide: &mut DeckWide<'_>,
) -> Option<(Unrendered, Vec<(String, String)>)> {
    let stripped = strip_common_indent(raw.text);
    let (content, notes) = split_notes(&stripped);
    // Without the emoji table, a slide that may hold a shortcode is rendered
    // now: only rendering tells whether the deck wants the table.
    let later = !context.all_now
        && stands_alone(raw.text)
        && (context.emoji.is_some()
            || !(might_have_shortcodes(content) || notes.is_some_and(might_have_shortcodes)));
    if let Some(range) = range_within(text, raw.text).filter(|_| later) {
        return Some((Unrendered::Later(range), Vec::new()));
    }
    let rendered = render(content, context.breaks, deck_wide);
    let hidden = rendered.slide_attributes.iter().any(|(name, value)| {
        name == "data-visibility" && value.trim().eq_ignore_ascii_case("hidden")
    });
    if hidden {
        return None;
    }
    styles.extend(rendered.styles);
    let notes_html = notes.and_then(|notes| {
        let notes = render(notes, context.breaks, deck_wide);
        styles.extend(notes.styles);
        let html = UntrustedHtml::new(notes.html);
        (!html.is_empty()).then_some(html)
    });
    let body = Body {
        html: UntrustedHtml::new(rendered.html),
        notes_html,
        title: rendered.title,
    };
    Some((Unrendered::Early(Box::new(body)), rendered.slide_attributes))
}

/// Renders a slide that stands alone: nothing it holds reaches outside it.
fn render_alone(context: &Context, raw: &str) -> Body {
    let mut deck_wide = DeckWide {
        shortcodes: Shortcodes::new(context.emoji.as_deref()),
        ..Default::default()
    };
    let text = strip_common_indent(raw);
    let (content, notes) = split_notes(&text);
    let rendered = render(content, context.breaks, &mut deck_wide);
    let notes_html = notes
        .map(|notes| UntrustedHtml::new(render(notes, context.breaks, &mut deck_wide).html))
        .filter(|html| !html.is_empty());
    Body {
        html: UntrustedHtml::new(rendered.html),
        notes_html,
        title: rendered.title,
    }
}

/// Whether rendering `text` can change nothing outside its slide: no
/// comment (`.slide` / `.element` attributes), no `<style>`, no fence
/// that may number its lines (`=`, `=12`, `=+`, `[…]` in its info).
/// Errs towards "no": such a slide is merely rendered at once.
pub(crate) fn stands_alone(text: &str) -> bool {
    if text.contains("<!--") || find_ci(text, "<style").is_some() {
        return false;
    }
    !text.lines().any(|line| {
        let line = line.trim_start_matches([' ', '\t', '>']);
        let info = line
            .strip_prefix("```")
            .or_else(|| line.strip_prefix("~~~"));
        info.is_some_and(|info| info.contains(['=', '[']))
    })
}

/// The byte range of `part` inside `whole`, when `part` is a slice of it.
fn range_within(whole: &str, part: &str) -> Option<Range<usize>> {
    let start = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    let end = start + part.len();
    (end <= whole.len()).then_some(start..end)
}
