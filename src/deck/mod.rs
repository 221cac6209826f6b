//! The deck model: HedgeDoc slide-mode Markdown in, [`Deck`] out.
//!
//! Pure Rust (no web-sys), so it is tested natively. One file per concern:
//! front matter, options, splitting, notes, attribute comments, Markdown,
//! deck CSS, and one file per HedgeDoc syntax extension.

mod attributes;
pub mod background;
mod blocks;
pub mod changes;
mod code_lines;
mod containers;
mod deflist;
mod embeds;
mod emoji;
mod fence_info;
mod front_matter;
pub mod heading_ids;
mod html;
mod html_scan;
mod image_size;
mod indent;
mod lines;
mod linkify;
pub(crate) mod loose;
mod markdown;
mod marks;
mod meta_read;
mod nesting;
mod notes;
pub mod options;
mod options_read;
mod passes;
mod query;
mod rewrite;
pub mod safe_url;
mod slide;
mod split;
mod styles;
mod tag_patch;
mod tags;
mod targets;
mod tex_delimiters;
mod track;
mod typographer;
mod yaml_lines;

pub use emoji::EmojiTable;
pub use html::UntrustedHtml;
pub use options::{
    Length, NavigationMode, SlideNumber, SlideOptions, Theme, Transition, TransitionSpeed,
};

use std::collections::BTreeMap;
use std::sync::Arc;

/// Parses a HedgeDoc slide-mode deck, leaving emoji shortcodes as text
/// (see [`Deck::wants_emoji`] and [`parse_with_emoji`]).
///
/// Never fails and never panics: problems become [`Deck::warnings`], and
/// there is always at least one slide (an empty deck gives one empty slide).
pub fn parse(text: &str) -> Deck {
    parse_with(Arc::from(text), None, false)
}

/// Parses like [`parse`] a text the caller keeps as well: the deck's slides
/// render from it later (see [`Slide::html`]) without a copy of their own.
pub fn parse_shared(text: &Arc<str>) -> Deck {
    parse_with(text.clone(), None, false)
}

/// Parses like [`parse`], but renders every slide's Markdown at once
/// instead of when it is first asked for: the deck is the same, only
/// slower to get. For tests that check exactly that.
#[doc(hidden)]
pub fn parse_rendering_all_now(text: &str) -> Deck {
    parse_with(Arc::from(text), None, true)
}

/// Parses a deck like [`parse`], turning emoji shortcodes (`:smile:`)
/// into emoji from `table`.
pub fn parse_with_emoji(text: &str, table: &Arc<EmojiTable>) -> Deck {
    parse_with(Arc::from(text), Some(table), false)
}

/// [`parse_with_emoji`] for a text the caller keeps as well (see [`parse_shared`]).
pub fn parse_shared_with_emoji(text: &Arc<str>, table: &Arc<EmojiTable>) -> Deck {
    parse_with(text.clone(), Some(table), false)
}

fn parse_with(text: Arc<str>, emoji: Option<&Arc<EmojiTable>>, all_now: bool) -> Deck {
    let sections = front_matter::sections(&text);
    let mut warnings = Vec::new();
    let mut meta = Meta::default();
    let mut options = SlideOptions::default();
    if let Some(front) = &sections.front {
        let map = front_matter::read_yaml(front, &mut warnings);
        let lines = yaml_lines::KeyLines::locate(front);
        meta_read::read_front_matter(map, &lines, &mut meta, &mut options, &mut warnings);
    }

    let mut styles = Vec::new();
    let mut deck_wide = passes::DeckWide {
        shortcodes: emoji::Shortcodes::new(emoji.map(|table| &**table)),
        ..Default::default()
    };
    let context = slide::Context {
        breaks: meta.breaks,
        emoji: emoji.cloned(),
        all_now,
    };
    let mut waiting = Vec::new();
    let mut layout: Vec<Vec<Placed>> = Vec::new();
    for column in split::split(sections.body, sections.body_first_line) {
        let mut kept = Vec::new();
        for raw in column {
            let line = raw.line;
            if let Some((body, attributes)) =
                slide::build_slide(raw, &text, &context, &mut styles, &mut deck_wide)
            {
                waiting.push(body);
                kept.push(Placed { attributes, line });
            }
        }
        if !kept.is_empty() {
            layout.push(kept);
        }
    }
    if layout.is_empty() {
        waiting.push(slide::Unrendered::Early(Box::default()));
        layout.push(vec![Placed {
            attributes: Vec::new(),
            line: sections.body_first_line,
        }]);
    }
    let bodies = Arc::new(slide::Bodies::new(text.clone(), context, waiting));
    let mut index = 0;
    let mut columns: Vec<Vec<Slide>> = layout
        .into_iter()
        .map(|column| {
            column
                .into_iter()
                .map(|Placed { attributes, line }| {
                    index += 1;
                    Slide {
                        body: slide::SlideBody::new(bodies.clone(), index - 1),
                        attributes,
                        line,
                        background: None,
                    }
                })
                .collect()
        })
        .collect();
    background::attach(&mut columns, &mut warnings);
    styles::keep_last_of_repeats(&mut styles);

    Deck {
        meta,
        options,
        styles,
        columns,
        warnings,
        wants_emoji: deck_wide.shortcodes.wanted,
    }
}

/// A slide's attributes and first line, before its body is known.
struct Placed {
    attributes: Vec<(String, String)>,
    line: usize,
}

/// Whether `text` has anything to make slides of: some non-blank text
/// after its front matter. Without it, [`parse`] gives one empty slide,
/// which a viewer would show as a blank screen; loaders refuse such text
/// with a message instead (see `source::decode_deck`).
pub fn has_slide_text(text: &str) -> bool {
    !front_matter::sections(text).body.trim().is_empty()
}

/// Applies URL query parameters (`?transition=zoom&controls=false`) over
/// the deck's `slideOptions`, read as loosely as the front matter and
/// with the same warnings. Parameters that are not options (`src`,
/// `embed`, `print-pdf`, …) are ignored silently.
pub fn apply_query(deck: &mut Deck, query: &[(String, String)]) {
    query::apply(deck, query);
}

/// A parsed deck: everything the viewer needs, nothing browser-specific.
#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    /// Front-matter metadata (`title`, `lang`, …).
    pub meta: Meta,
    /// Typed `slideOptions`, defaults filled in.
    pub options: SlideOptions,
    /// Deck CSS from `<style>` blocks, in document order (never left in slide HTML).
    pub styles: Vec<String>,
    /// Horizontal slides, each a column of one or more vertical slides.
    pub columns: Vec<Vec<Slide>>,
    /// Problems a user can act on; never fatal.
    pub warnings: Vec<Warning>,
    /// The deck has `:name:` shortcodes (outside code and links) that
    /// stayed text because it was parsed without an emoji table: parse it
    /// again with [`parse_with_emoji`] once the table is at hand.
    pub wants_emoji: bool,
}

impl Deck {
    /// The title a deck is known by: its front matter's, else its first
    /// heading's, else "Untitled deck".
    pub fn display_title(&self) -> String {
        self.meta
            .title
            .clone()
            .filter(|t| !t.trim().is_empty())
            .or_else(|| {
                self.columns
                    .iter()
                    .flatten()
                    .find_map(Slide::title)
                    .map(str::to_owned)
                    .filter(|t| !t.trim().is_empty())
            })
            .unwrap_or_else(|| "Untitled deck".to_string())
    }

    /// Whether any slide declares a background (`data-background*`): only
    /// then does a view need a backgrounds layer.
    pub fn has_backgrounds(&self) -> bool {
        self.columns
            .iter()
            .flatten()
            .any(|s| s.background.is_some())
    }
}

/// Front-matter metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// `title`.
    pub title: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `tags` (a list or a comma-separated string).
    pub tags: Vec<String>,
    /// `type` (HedgeDoc uses `slide`).
    pub doc_type: Option<String>,
    /// `lang`: set as the deck's `lang` attribute.
    pub lang: Option<String>,
    /// `dir` (`rtl` turns on right-to-left).
    pub dir: Option<String>,
    /// `breaks` (default true: a single newline is a `<br>`).
    pub breaks: bool,
    /// Keys HedgeDoc does not read, kept as they were.
    pub extra: BTreeMap<String, serde_yaml::Value>,
}

impl Default for Meta {
    /// No metadata; `breaks` on, as in HedgeDoc.
    fn default() -> Self {
        Self {
            title: None,
            description: None,
            tags: Vec::new(),
            doc_type: None,
            lang: None,
            dir: None,
            breaks: true,
            extra: BTreeMap::new(),
        }
    }
}

/// One slide. Its Markdown may be rendered only when first asked for
/// ([`Slide::html`], [`Slide::notes_html`], [`Slide::title`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    body: slide::SlideBody,
    /// Attributes from `<!-- .slide: … -->` (only `data-*`, `class`, `id`, `style`),
    /// in the order written.
    pub attributes: Vec<(String, String)>,
    /// 1-based line in the deck text where this slide starts.
    pub line: usize,
    /// What its `data-background*` attributes ask for.
    pub background: Option<background::Background>,
}

impl Slide {
    /// The slide's HTML, still untrusted: only the sanitiser turns it into DOM.
    pub fn html(&self) -> &UntrustedHtml {
        &self.body.get().html
    }

    /// Speaker notes (after `Note:`), rendered, untrusted.
    pub fn notes_html(&self) -> Option<&UntrustedHtml> {
        self.body.get().notes_html.as_ref()
    }

    /// Text of the slide's first heading, for titles and announcements.
    pub fn title(&self) -> Option<&str> {
        self.body.get().title.as_deref()
    }

    /// Whether its Markdown has been rendered yet (see [`Slide::html`]).
    pub fn is_rendered(&self) -> bool {
        self.body.is_rendered()
    }

    /// The value of a slide attribute, if set.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the slide is `data-visibility="uncounted"`: shown, but left
    /// out of slide numbers and progress (reveal.js ≥ 4.1, which compares
    /// the value as written).
    pub fn is_uncounted(&self) -> bool {
        self.attribute("data-visibility") == Some("uncounted")
    }
}

/// A non-fatal problem found while reading a deck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line in the deck text, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong and what was done instead, for a person.
    pub message: String,
}

impl Warning {
    /// A warning tied to a line of the deck text.
    pub fn at_line(line: usize, message: impl Into<String>) -> Self {
        Self {
            line: Some(line),
            column: None,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "line {l}, column {c}: {}", self.message),
            (Some(l), None) => write!(f, "line {l}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}
