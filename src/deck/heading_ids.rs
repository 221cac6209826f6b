//! Heading ids, made the way HedgeDoc 1.x makes them, so that a deck's own
//! links to its headings (`[…](#依賴)`) find them.
//!
//! HedgeDoc gives ids in its document view (the view those links are
//! written in) with its default `linkifyHeaderStyle`, `keep-case`:
//!
//! - the id is made from the heading's HTML as the browser serialises it
//!   (`innerHTML`): trimmed, tags stripped, each run of white space turned
//!   into `-`, and ASCII punctuation other than `-` and `_` dropped; case
//!   and every other character (CJK, accents, emoji) are kept. Entities the
//!   browser writes (`&amp;`, `&lt;`, `&gt;`, `&nbsp;`) lose their `&` and
//!   `;` like any punctuation, so `A & B` becomes `A-amp-B`;
//! - a heading that already has an id keeps it, and a heading whose id
//!   comes out empty gets none;
//! - ids are unique across the whole document: going through the headings
//!   in order, every other heading with the same id as the current one gets
//!   the position of its appearance among them appended (`Intro`,
//!   `Intro1`, `Intro2`; no dash, unlike the `gfm` style).
//!
//! A deck is one document here, so ids are unique across all its slides.

use super::attributes::escape_attribute;
use super::html_scan::{Scanner, Token};
use super::{Slide, UntrustedHtml};
use std::collections::HashMap;
use std::ops::Range;

/// The id HedgeDoc makes from a heading's inner HTML (empty: no id).
pub fn slug(inner_html: &str) -> String {
    let pieces = serialised_pieces(inner_html);
    let text = trimmed_text(&pieces);
    let mut id = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if is_js_space(c) {
            if !in_space {
                id.push('-');
            }
            in_space = true;
            continue;
        }
        in_space = false;
        if !(c.is_ascii_punctuation() && c != '-' && c != '_') {
            id.push(c);
        }
    }
    id
}

/// The ids headings end up with, in document order, given the ids they
/// would have on their own (`None`: no id), made unique as [`HeadingIds`]
/// makes them.
pub fn deduplicate(wanted: &[Option<String>]) -> Vec<Option<String>> {
    let mut ids = HeadingIds::default();
    wanted
        .iter()
        .map(|w| w.as_deref().map(|w| ids.next_id(w)))
        .collect()
}

/// Heading ids given slide by slide, in deck order: the n-th repeat of an
/// id gets n appended (`Intro`, `Intro1`, `Intro2`), and so again if that
/// id is taken (`Intro`, `Intro1`, `Intro` gives `Intro11` for the last).
/// HedgeDoc, which sees the whole document at once, also renames a heading
/// written before the first repeat that the rename meets (`A1`, `A`, `A`
/// gives it `A10`, `A`, `A1`; here `A1`, `A`, `A11`): a slide's ids are
/// made once and never change under the reader.
#[derive(Debug, Default)]
pub(crate) struct HeadingIds {
    /// How many headings each id was asked for by so far.
    seen: HashMap<String, usize>,
}

impl HeadingIds {
    /// The id for the next heading that would have `wanted` on its own.
    fn next_id(&mut self, wanted: &str) -> String {
        let mut id = wanted.to_owned();
        loop {
            let count = self.seen.entry(id.clone()).or_insert(0);
            *count += 1;
            if *count == 1 {
                return id;
            }
            id = format!("{id}{}", *count - 1);
        }
    }

    /// `html` (a slide's, the next in deck order) with its headings' ids.
    pub(crate) fn give(&mut self, html: UntrustedHtml) -> UntrustedHtml {
        let found = headings(html.as_untrusted_str());
        let patches: Vec<(Heading, String)> = found
            .into_iter()
            .filter_map(|h| {
                let id = self.next_id(h.wanted.as_deref()?);
                (h.wanted.as_deref() != Some(id.as_str()) || h.id_value.is_none())
                    .then_some((h, id))
            })
            .collect();
        if patches.is_empty() {
            return html;
        }
        UntrustedHtml::new(with_ids(html.as_untrusted_str(), &patches))
    }
}

/// The slide (column, row) holding a heading with the id `id`. Slides
/// are rendered in order until it is found.
pub fn find(columns: &[Vec<Slide>], id: &str) -> Option<(usize, usize)> {
    columns.iter().enumerate().find_map(|(h, column)| {
        column
            .iter()
            .position(|slide| {
                headings(slide.html().as_untrusted_str())
                    .iter()
                    .any(|heading| {
                        heading.id_value.is_some() && heading.wanted.as_deref() == Some(id)
                    })
            })
            .map(|v| (h, v))
    })
}

/// A heading in a slide's HTML.
struct Heading {
    /// Its start tag's `>` (or `/>`): where an id goes.
    tag_close: usize,
    /// Its `id` attribute's value as written, if it has one.
    id_value: Option<Range<usize>>,
    /// The id it has or would get on its own.
    wanted: Option<String>,
}

/// The headings (`<h1>` … `<h6>`) of `html`, in order.
fn headings(html: &str) -> Vec<Heading> {
    let mut found = Vec::new();
    if !html.contains("<h") && !html.contains("<H") {
        return found;
    }
    let mut open: Option<(Range<usize>, &str)> = None;
    for (token, range) in Scanner::new(html) {
        match token {
            Token::Start {
                name,
                self_closing: false,
            } if open.is_none() && is_heading(name) => {
                open = Some((range, name));
            }
            Token::End { name } => {
                let Some((start, open_name)) = open.clone() else {
                    continue;
                };
                if !name.eq_ignore_ascii_case(open_name) {
                    continue;
                }
                open = None;
                let tag = &html[start.clone()];
                let id_value = id_value(tag).map(|r| r.start + start.start..r.end + start.start);
                let wanted = match &id_value {
                    Some(r) => Some(decode_entities(&html[r.clone()])),
                    None => Some(slug(&html[start.end..range.start])),
                }
                .filter(|id| !id.is_empty());
                let close = tag.trim_end_matches('>').trim_end_matches('/').len();
                found.push(Heading {
                    tag_close: start.start + close,
                    id_value,
                    wanted,
                });
            }
            _ => {}
        }
    }
    found
}

fn is_heading(name: &str) -> bool {
    matches!(name.as_bytes(), [b'h' | b'H', b'1'..=b'6'])
}

/// `html` with each heading of `patches` given its id.
fn with_ids(html: &str, patches: &[(Heading, String)]) -> String {
    let mut out = String::with_capacity(html.len() + patches.len() * 16);
    let mut from = 0;
    for (heading, id) in patches {
        let value = escape_attribute(id);
        match &heading.id_value {
            Some(r) => {
                out.push_str(&html[from..r.start]);
                out.push_str(&value);
                from = r.end;
            }
            None => {
                out.push_str(&html[from..heading.tag_close]);
                out.push_str(" id=\"");
                out.push_str(&value);
                out.push('"');
                from = heading.tag_close;
            }
        }
    }
    out.push_str(&html[from..]);
    out
}

/// The byte range of the value of `tag`'s `id` attribute (inside its
/// quotes), for a whole start tag `<name …>`.
fn id_value(tag: &str) -> Option<Range<usize>> {
    let bytes = tag.as_bytes();
    let mut i = 1 + bytes[1..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() || bytes[i] == b'>' {
            return None;
        }
        let name_start = i;
        while i < bytes.len()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
            && !bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        let is_id = tag[name_start..i].eq_ignore_ascii_case("id");
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let value = match bytes.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let end = tag[i + 1..]
                    .find(q as char)
                    .map_or(bytes.len(), |e| i + 1 + e);
                let r = i + 1..end;
                i = end + 1;
                r
            }
            _ => {
                let start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                    i += 1;
                }
                start..i
            }
        };
        if is_id {
            return Some(value);
        }
    }
}

/// A piece of a heading's content as the browser serialises it.
enum Piece {
    /// Text, with `&`, `<`, `>` and no-break spaces written as entities.
    Text(String),
    /// A tag or comment (dropped from the id, but it stops the trim).
    Markup,
}

/// `inner_html` as the browser's `innerHTML` would give it, in pieces; the
/// content of `<script>` and `<style>` is dropped, as HedgeDoc's tag
/// stripper drops it.
fn serialised_pieces(inner_html: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut skipping: Option<&str> = None;
    for (token, range) in Scanner::new(inner_html) {
        match token {
            Token::Text if skipping.is_none() => {
                let text = decode_entities(&inner_html[range]);
                let mut written = String::with_capacity(text.len());
                for c in text.chars() {
                    match c {
                        '&' => written.push_str("&amp;"),
                        '<' => written.push_str("&lt;"),
                        '>' => written.push_str("&gt;"),
                        '\u{a0}' => written.push_str("&nbsp;"),
                        c => written.push(c),
                    }
                }
                pieces.push(Piece::Text(written));
            }
            Token::Text => {}
            Token::Start { name, .. } => {
                if skipping.is_none()
                    && (name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style"))
                {
                    skipping = Some(name);
                }
                pieces.push(Piece::Markup);
            }
            Token::End { name } => {
                if skipping.is_some_and(|s| s.eq_ignore_ascii_case(name)) {
                    skipping = None;
                }
                pieces.push(Piece::Markup);
            }
            Token::Comment { .. } | Token::Other => pieces.push(Piece::Markup),
        }
    }
    pieces
}

/// The text of `pieces`, trimmed as JavaScript's `trim` trims the
/// serialised HTML: white space before the first tag and after the last.
fn trimmed_text(pieces: &[Piece]) -> String {
    let texts: Vec<Option<&str>> = pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => Some(t.as_str()),
            Piece::Markup => None,
        })
        .collect();
    let mut texts: Vec<Option<&str>> = texts;
    for t in texts.iter_mut() {
        match t {
            Some(s) => {
                *s = s.trim_start_matches(is_js_space);
                if !s.is_empty() {
                    break;
                }
            }
            None => break,
        }
    }
    for t in texts.iter_mut().rev() {
        match t {
            Some(s) => {
                *s = s.trim_end_matches(is_js_space);
                if !s.is_empty() {
                    break;
                }
            }
            None => break,
        }
    }
    texts.into_iter().flatten().collect()
}

/// JavaScript's white space (`\s`, and what `trim` removes).
fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

/// Character references in text or an attribute value decoded: numeric
/// ones and the few names the parser writes (`amp`, `lt`, `gt`, `quot`,
/// `apos`, `nbsp`); any other is left as written.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').filter(|&end| end <= 12).and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    Some(char::from_u32(code).unwrap_or('\u{fffd}'))
                }
            }?;
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
