//! Deck CSS: `<style>` blocks are taken out of slide HTML.
//!
//! In HedgeDoc a `<style>` anywhere in a deck styles the whole page; the
//! viewer scopes these blocks to the deck, so they are collected into
//! `Deck::styles` in document order and never left inside a slide. A block
//! repeated word for word (decks put together from others) is kept once, at
//! its last place: every declaration still wins or loses as before, since
//! the last copy is the one that decides, and the page parses it only once.

use std::borrow::Cow;

use super::blocks::find_ci;
use super::html_scan::{single_tag_name, Scanner, Token};

/// Drops every block that appears again, word for word, later in `styles`.
pub(crate) fn keep_last_of_repeats(styles: &mut Vec<String>) {
    // Decks have a few blocks, and repeats collapse at once: a list does.
    let mut kept: Vec<String> = Vec::with_capacity(styles.len());
    for block in styles.drain(..).rev() {
        if !kept.contains(&block) {
            kept.push(block);
        }
    }
    kept.reverse();
    *styles = kept;
}

/// `html` without its `<style>` elements; their CSS is pushed to `styles`.
pub(crate) fn extract_styles<'h>(html: &'h str, styles: &mut Vec<String>) -> Cow<'h, str> {
    if find_ci(html, "<style").is_none() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    let mut tokens = Scanner::new(html).peekable();
    while let Some((token, range)) = tokens.next() {
        let Token::Start { name, self_closing } = token else {
            continue;
        };
        if !name.eq_ignore_ascii_case("style") {
            continue;
        }
        out.push_str(&html[copied..range.start]);
        copied = range.end;
        if self_closing {
            continue;
        }
        // The scanner gives the content as one text token, then the end tag
        // (missing when the element is not closed: then it runs to the end).
        let mut css = "";
        if let Some((Token::Text, text)) = tokens.peek().cloned() {
            tokens.next();
            css = &html[text.clone()];
            copied = text.end;
        }
        if let Some((Token::End { .. }, end)) = tokens.peek().cloned() {
            tokens.next();
            copied = end.end;
        }
        styles.push(css.to_owned());
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// True when an inline HTML piece is a `<style …>` start tag.
pub(crate) fn is_style_start(html: &str) -> bool {
    matches!(single_tag_name(html), Some((name, false)) if name.eq_ignore_ascii_case("style"))
        && !html.trim_end().ends_with("/>")
}

/// True when an inline HTML piece is a `</style>` end tag.
pub(crate) fn is_style_end(html: &str) -> bool {
    matches!(single_tag_name(html), Some((name, true)) if name.eq_ignore_ascii_case("style"))
}
