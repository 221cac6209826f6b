//! One slide from its Markdown: indentation, notes, rendering, visibility.
//!
//! A slide's Markdown is rendered when its HTML is first asked for, not
//! while the deck is parsed, so that the first slide of a long deck costs
//! only its own rendering. That is possible for a slide whose rendering
//! cannot change anything outside it ([`stands_alone`]): no attribute
//! comments (which may hide the slide or give it a background), no
//! `<style>` (deck-wide CSS), no numbered code (numbering goes on from block
//! to block). Such slides are rendered at once, in deck order.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use super::blocks::find_ci;
use super::emoji::{might_have_shortcodes, EmojiTable, Shortcodes};
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

/// What rendering a slide later needs: the deck's text and settings.
#[derive(Debug)]
pub(crate) struct Source {
    /// The deck's body (after its front matter).
    pub text: Arc<str>,
    /// `breaks` from the front matter.
    pub breaks: bool,
    /// The emoji table the deck was parsed with, if any.
    pub emoji: Option<Arc<EmojiTable>>,
    /// Render every slide while parsing (to check that it makes no difference).
    pub all_now: bool,
}

/// A slide's body: rendered, or the part of the deck to render it from.
#[derive(Clone)]
pub(crate) struct LazyBody {
    rendered: OnceLock<Body>,
    source: Option<(Arc<Source>, Range<usize>)>,
}

impl LazyBody {
    /// A body rendered already.
    pub fn ready(body: Body) -> Self {
        Self {
            rendered: OnceLock::from(body),
            source: None,
        }
    }

    /// The body, rendered on first use.
    pub fn get(&self) -> &Body {
        self.rendered.get_or_init(|| match &self.source {
            Some((source, range)) => render_alone(source, range.clone()),
            None => Body::default(),
        })
    }

    /// Whether it has been rendered yet.
    pub fn is_rendered(&self) -> bool {
        self.rendered.get().is_some()
    }
}

/// Shown as what it renders to: the deck text and the emoji table behind
/// a body that is not rendered yet are not part of the slide.
impl std::fmt::Debug for LazyBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

impl PartialEq for LazyBody {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

/// A slide built from `raw`: its body rendered later when it stands alone
/// ([`stands_alone`]) and cannot want the emoji table, else now, in deck
/// order. `None` when it is hidden
/// (`data-visibility="hidden"`: reveal.js ≥ 4.1 removes such slides, CSS
/// and all). Its CSS goes to `styles`; its attributes come with it.
pub(crate) fn build_slide(
    raw: RawSlide<'_>,
    source: &Arc<Source>,
    styles: &mut Vec<String>,
    deck_wide: &mut DeckWide<'_>,
) -> Option<(LazyBody, Vec<(String, String)>)> {
    let text = strip_common_indent(raw.text);
    let (content, notes) = split_notes(&text);
    // Without the emoji table, a slide that may hold a shortcode is rendered
    // now: only rendering tells whether the deck wants the table.
    let later = !source.all_now
        && stands_alone(raw.text)
        && (source.emoji.is_some()
            || !(might_have_shortcodes(content) || notes.is_some_and(might_have_shortcodes)));
    if let Some(range) = range_within(&source.text, raw.text).filter(|_| later) {
        let body = LazyBody {
            rendered: OnceLock::new(),
            source: Some((source.clone(), range)),
        };
        return Some((body, Vec::new()));
    }
    let rendered = render(content, source.breaks, deck_wide);
    let hidden = rendered.slide_attributes.iter().any(|(name, value)| {
        name == "data-visibility" && value.trim().eq_ignore_ascii_case("hidden")
    });
    if hidden {
        return None;
    }
    styles.extend(rendered.styles);
    let notes_html = notes.and_then(|notes| {
        let notes = render(notes, source.breaks, deck_wide);
        styles.extend(notes.styles);
        let html = UntrustedHtml::new(notes.html);
        (!html.is_empty()).then_some(html)
    });
    let body = Body {
        html: UntrustedHtml::new(rendered.html),
        notes_html,
        title: rendered.title,
    };
    Some((LazyBody::ready(body), rendered.slide_attributes))
}

/// Renders a slide that stands alone: nothing it holds reaches outside it.
fn render_alone(source: &Source, range: Range<usize>) -> Body {
    let mut deck_wide = DeckWide {
        shortcodes: Shortcodes::new(source.emoji.as_deref()),
        ..Default::default()
    };
    let text = strip_common_indent(&source.text[range]);
    let (content, notes) = split_notes(&text);
    let rendered = render(content, source.breaks, &mut deck_wide);
    let notes_html = notes
        .map(|notes| UntrustedHtml::new(render(notes, source.breaks, &mut deck_wide).html))
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

/// The slide shown when a deck has none (empty text, front matter only,
/// or every slide hidden).
pub(crate) fn empty_body() -> LazyBody {
    LazyBody::ready(Body::default())
}
