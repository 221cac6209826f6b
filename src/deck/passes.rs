//! What the Markdown passes (`markdown` and the extensions it chains:
//! `marks`, `tags`, `track`, `rewrite`, `nesting`) share: the event stream's
//! item, and the state that goes on from slide to slide.

use std::ops::Range;

use pulldown_cmark::Event;

use super::code_lines::CodeLines;
use super::emoji::Shortcodes;

/// An event and the byte range of the Markdown it came from.
pub(crate) type Spanned<'a> = (Event<'a>, Range<usize>);

/// What goes on from slide to slide while a deck renders.
#[derive(Debug, Default)]
pub(crate) struct DeckWide<'t> {
    /// Line numbering that goes on from block to block.
    pub code_lines: CodeLines,
    /// Emoji shortcodes, and whether the deck wants the table.
    pub shortcodes: Shortcodes<'t>,
}
