//! One slide from its Markdown: indentation, notes, rendering, visibility.

use super::indent::strip_common_indent;
use super::markdown::render;
use super::notes::split_notes;
use super::passes::DeckWide;
use super::split::RawSlide;
use super::{Slide, UntrustedHtml};

/// Builds a slide; `None` when it is hidden (`data-visibility="hidden"`:
/// reveal.js ≥ 4.1 removes such slides, CSS and all). Its CSS goes to `styles`.
pub(crate) fn build_slide(
    raw: RawSlide<'_>,
    breaks: bool,
    styles: &mut Vec<String>,
    deck_wide: &mut DeckWide<'_>,
) -> Option<Slide> {
    let text = strip_common_indent(raw.text);
    let (content, notes) = split_notes(&text);
    let rendered = render(content, breaks, deck_wide);
    let hidden = rendered.slide_attributes.iter().any(|(name, value)| {
        name == "data-visibility" && value.trim().eq_ignore_ascii_case("hidden")
    });
    if hidden {
        return None;
    }
    styles.extend(rendered.styles);
    let notes_html = notes.and_then(|notes| {
        let notes = render(notes, breaks, deck_wide);
        styles.extend(notes.styles);
        let html = UntrustedHtml::new(notes.html);
        (!html.is_empty()).then_some(html)
    });
    Some(Slide {
        html: UntrustedHtml::new(rendered.html),
        notes_html,
        attributes: rendered.slide_attributes,
        title: rendered.title,
        line: raw.line,
        background: None,
    })
}

/// The slide shown when a deck has none (empty text, front matter only,
/// or every slide hidden).
pub(crate) fn empty_slide(line: usize) -> Slide {
    Slide {
        html: UntrustedHtml::default(),
        notes_html: None,
        attributes: Vec::new(),
        title: None,
        line,
        background: None,
    }
}
