//! HackMD's image size suffix: `![alt](url =WxH)` (markdown-it-imsize).
//!
//! `=500x200`, `=500x` (width only), `=x200` (height only), `=65%x`
//! (percent). CommonMark does not read a space inside a link destination,
//! so such an image reaches us as plain text; this module finds it there
//! and writes the `<img>` with `width`/`height` itself.

use std::ops::Range;

use pulldown_cmark_escape::{escape_href, escape_html};

use super::typographer::as_written;

/// An image with a size suffix found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SizedImage {
    /// Where it was in the text.
    pub range: Range<usize>,
    /// The rendered `<img …>`.
    pub html: String,
}

/// All sized images in `text`, in order.
///
/// Linear: a failed attempt says where the next one may start, past
/// everything it has read (the next `![` inside an image's destination
/// would fail the same way).
pub(crate) fn find_sized_images(text: &str) -> Vec<SizedImage> {
    let mut found = Vec::new();
    // A size always follows whitespace: `(url =WxH)`.
    let bytes = text.as_bytes();
    let sized =
        memchr::memchr_iter(b'=', bytes).any(|i| i > 0 && matches!(bytes[i - 1], b' ' | b'\t'));
    if !sized {
        return found;
    }
    let mut from = 0;
    while let Some(i) = text[from..].find("![").map(|i| i + from) {
        match parse_at(text, i) {
            Ok(image) => {
                from = image.range.end;
                found.push(image);
            }
            Err(resume) => from = resume.max(i + 2),
        }
    }
    found
}

/// The parts of `![alt](dest =WxH "title")`.
struct Parts<'a> {
    alt: &'a str,
    dest: &'a str,
    title: Option<&'a str>,
    width: Option<&'a str>,
    height: Option<&'a str>,
}

/// The sized image starting at `start`, or where to look next.
fn parse_at(text: &str, start: usize) -> Result<SizedImage, usize> {
    let alt_start = start + 2;
    let after_bang = &text[alt_start..];
    // The alt text ends at the first `]`; a `[` first means this is not it.
    let Some(bracket) = after_bang.find(['[', ']']) else {
        return Err(text.len());
    };
    if after_bang.as_bytes()[bracket] == b'[' {
        return Err(alt_start);
    }
    let alt = &after_bang[..bracket];
    let after_alt = alt_start + bracket + 1;
    let Some(rest) = text[after_alt..].strip_prefix('(') else {
        return Err(after_alt);
    };
    let mut rest = rest.trim_start();
    let dest_len = rest
        .find(|c: char| c.is_whitespace() || c == ')')
        .unwrap_or(rest.len());
    let dest = rest[..dest_len]
        .trim_start_matches('<')
        .trim_end_matches('>');
    rest = &rest[dest_len..];
    let here = |rest: &str| text.len() - rest.len();
    let mut parts = Parts {
        alt,
        dest,
        title: None,
        width: None,
        height: None,
    };
    let mut sized = false;
    loop {
        rest = rest.trim_start();
        match rest.chars().next() {
            Some(')') => break,
            Some('=') if !sized => {
                let (w, h, len) = size(&rest[1..]).ok_or(here(rest))?;
                parts.width = w;
                parts.height = h;
                sized = true;
                rest = &rest[1 + len..];
            }
            Some(q @ ('"' | '\'' | '\u{201C}' | '\u{2018}')) if parts.title.is_none() => {
                // The typographer has curled the quotes around the title.
                let close = match q {
                    '\u{201C}' => '\u{201D}',
                    '\u{2018}' => '\u{2019}',
                    q => q,
                };
                let open_len = q.len_utf8();
                let end = rest[open_len..].find(close).ok_or(text.len())?;
                parts.title = Some(&rest[open_len..open_len + end]);
                rest = &rest[open_len + end + close.len_utf8()..];
            }
            _ => return Err(here(rest)),
        }
    }
    if !sized {
        return Err(here(rest));
    }
    Ok(SizedImage {
        range: start..here(rest) + 1,
        html: render(&parts),
    })
}

/// `WxH` with either side optional; returns both and the length read.
fn size(s: &str) -> Option<(Option<&str>, Option<&str>, usize)> {
    let w = dimension(s);
    let after_w = &s[w.len()..];
    let after_x = after_w.strip_prefix('x')?;
    let h = dimension(after_x);
    if w.is_empty() && h.is_empty() {
        return None;
    }
    Some((non_empty(w), non_empty(h), w.len() + 1 + h.len()))
}

fn non_empty(d: &str) -> Option<&str> {
    Some(d).filter(|d| !d.is_empty())
}

/// A number with an optional `%` or `px` at the start of `s` (or "").
fn dimension(s: &str) -> &str {
    let digits = s
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    if digits == 0 {
        return "";
    }
    let unit = match &s[digits..] {
        u if u.starts_with('%') => 1,
        u if u.starts_with("px") => 2,
        _ => 0,
    };
    &s[..digits + unit]
}

fn render(parts: &Parts<'_>) -> String {
    let mut html = String::from("<img src=\"");
    // Writing into a String cannot fail.
    let _ = escape_href(&mut html, &as_written(parts.dest));
    html.push_str("\" alt=\"");
    let _ = escape_html(&mut html, parts.alt);
    html.push('"');
    if let Some(title) = parts.title {
        html.push_str(" title=\"");
        let _ = escape_html(&mut html, &as_written(title));
        html.push('"');
    }
    for (name, value) in [("width", parts.width), ("height", parts.height)] {
        if let Some(value) = value {
            html.push_str(&format!(" {name}=\"{}\"", value.trim_end_matches("px")));
        }
    }
    html.push_str(" />");
    html
}
