//! The URL hash ↔ deck position, in reveal.js's format.
//!
//! Written: `#/h/v/f` with each part only when needed (`#/` is the first
//! slide), or `#/<id>` (`#/<id>/f`) for a slide with an `id`. Read: the same,
//! plus reveal.js's leniencies (no slash after `#`, a trailing slash).
//!
//! A named hash may name any element, not only a slide: decks link to their
//! own headings (`[…](#依賴)`), and reveal.js then shows the slide holding
//! that heading. So [`parse_hash`] returns the decoded name and the viewer
//! looks it up in the document.

use std::fmt::Write as _;

use super::navigation::{clamp, Layout, Position};

/// What a hash points at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HashTarget {
    /// A slide by indices (not yet clamped to the deck: see
    /// [`crate::controllers::navigation::clamp`]). `f` is set when the hash
    /// has a third part; honour it only with `fragmentInURL`.
    Position(Position),
    /// An element id, percent-decoded: the slide with that `id`, or the
    /// slide containing the element with it. A fragment index after it
    /// (`#/intro/2`) is read by [`hash_fragment`].
    Id(String),
}

/// The hash for `pos` (clamped to `layout`), reveal.js style.
///
/// `slide_id` is the current slide's `id` attribute; when usable it names
/// the slide instead of its indices. An id that is empty or all digits is not
/// used, since `#/3` would read back as column 3. The fragment index is
/// written only when `fragment_in_url` is set and a fragment is shown.
pub fn format_hash(
    layout: &Layout,
    pos: Position,
    slide_id: Option<&str>,
    fragment_in_url: bool,
) -> String {
    let pos = clamp(layout, pos);
    let f = if fragment_in_url { pos.f } else { None };
    let mut hash = String::from("#/");
    match slide_id.filter(|id| usable_as_name(id)) {
        Some(id) => {
            hash.push_str(&encode_component(id));
            if let Some(f) = f {
                let _ = write!(hash, "/{f}");
            }
        }
        None => {
            if pos.h > 0 || pos.v > 0 || f.is_some() {
                let _ = write!(hash, "{}", pos.h);
            }
            if pos.v > 0 || f.is_some() {
                let _ = write!(hash, "/{}", pos.v);
            }
            if let Some(f) = f {
                let _ = write!(hash, "/{f}");
            }
        }
    }
    hash
}

/// Reads a hash (with or without its leading `#`).
///
/// Accepts `#/3/2`, `#/3/2/1`, `#/3`, `#/`, `#`, the empty string (all
/// positions; missing parts are 0 / no fragment), a trailing slash, and
/// `#/some-id` with percent-encoded UTF-8. Returns `None` for what cannot be
/// a slide: non-digits in the index parts after a numeric first part, more
/// than three parts, or a name that is not valid percent-encoded UTF-8.
pub fn parse_hash(hash: &str) -> Option<HashTarget> {
    parse(hash).map(|(target, _)| target)
}

/// The fragment index a hash asks for, in either form: `#/3/2/1` → 1,
/// `#/intro/2` → 2; `None` when it names none (or is not a slide hash).
pub fn hash_fragment(hash: &str) -> Option<usize> {
    parse(hash).and_then(|(_, f)| f)
}

/// The target and fragment index of a hash.
fn parse(hash: &str) -> Option<(HashTarget, Option<usize>)> {
    let rest = hash.strip_prefix('#').unwrap_or(hash);
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let first = rest.split('/').next().unwrap_or("");
    if first.bytes().all(|b| b.is_ascii_digit()) {
        let pos = parse_indices(rest)?;
        Some((HashTarget::Position(pos), pos.f))
    } else {
        let (name, f) = parse_name(rest)?;
        Some((HashTarget::Id(name), f))
    }
}

/// `h/v/f`, each part optional; a trailing slash is allowed.
fn parse_indices(text: &str) -> Option<Position> {
    let text = text.strip_suffix('/').unwrap_or(text);
    let mut parts = text.split('/');
    let h = index(parts.next().unwrap_or(""))?;
    let v = index(parts.next().unwrap_or(""))?;
    let f = match parts.next() {
        None | Some("") => None,
        Some(part) => Some(index(part)?),
    };
    if parts.next().is_some() {
        return None;
    }
    Some(Position { h, v, f })
}

/// A decimal index; empty is 0, too large saturates (clamped later).
fn index(part: &str) -> Option<usize> {
    if !part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(part.bytes().fold(0usize, |n, b| {
        n.saturating_mul(10).saturating_add(usize::from(b - b'0'))
    }))
}

/// `name` or `name/f`, decoded.
fn parse_name(text: &str) -> Option<(String, Option<usize>)> {
    let text = text.strip_suffix('/').unwrap_or(text);
    let (name, f) = match text.rsplit_once('/') {
        Some((name, last))
            if !name.is_empty() && !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) =>
        {
            (name, Some(index(last)?))
        }
        _ => (text, None),
    };
    let decoded = decode_component(name)?;
    if decoded.is_empty() {
        return None;
    }
    Some((decoded, f))
}

/// Whether an id can stand for its slide in the hash.
fn usable_as_name(id: &str) -> bool {
    !id.is_empty() && !id.bytes().all(|b| b.is_ascii_digit())
}

/// `encodeURIComponent`: everything but `A–Z a–z 0–9 - _ . ! ~ * ' ( )` as
/// `%XX` of its UTF-8 bytes.
fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        let unreserved = byte.is_ascii_alphanumeric()
            || matches!(
                byte,
                b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')'
            );
        if unreserved {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// `decodeURIComponent`: `%XX` escapes to bytes, which must be UTF-8;
/// `None` for a malformed escape or invalid UTF-8.
fn decode_component(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let high = hex_value(*bytes.get(i + 1)?)?;
            let low = hex_value(*bytes.get(i + 2)?)?;
            out.push(high * 16 + low);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The value of one hexadecimal digit.
fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}
