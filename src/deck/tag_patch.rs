//! Adding attributes to start tags already written into rendered HTML.
//!
//! `.element` comments come after the element they decorate, so its start
//! tag is already in the output; the renderer records where, and this
//! module rewrites those tags in one pass at the end. `class` merges with
//! an existing class, other names replace an existing value, values are
//! escaped.

use super::attributes::{escape_attribute, join_classes};
use super::html_scan::tag_end;

/// Attributes to add to the start tag at (or right after whitespace from)
/// byte `at` of the rendered HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Patch {
    /// Where the tag was being written (a newline may come first).
    pub at: usize,
    /// Attributes, unescaped, in the order written.
    pub attributes: Vec<(String, String)>,
}

/// `html` with every patch applied; patches that do not land on a start
/// tag are dropped.
pub(crate) fn apply_patches(html: String, patches: Vec<Patch>) -> String {
    if patches.is_empty() {
        return html;
    }
    let mut resolved: Vec<(usize, Vec<(String, String)>)> = Vec::with_capacity(patches.len());
    for patch in patches {
        let Some(skip) = html
            .get(patch.at..)
            .and_then(|s| s.find(|c: char| !c.is_whitespace()))
        else {
            continue;
        };
        let pos = patch.at + skip;
        if html.as_bytes()[pos] == b'<' {
            resolved.push((pos, patch.attributes));
        }
    }
    // Stable: several comments on one element apply in the order written.
    resolved.sort_by_key(|(pos, _)| *pos);

    let mut out = String::with_capacity(html.len() + resolved.len() * 24);
    let mut copied = 0;
    let mut i = 0;
    while i < resolved.len() {
        let pos = resolved[i].0;
        let mut attributes = Vec::new();
        while i < resolved.len() && resolved[i].0 == pos {
            super::attributes::merge(&mut attributes, std::mem::take(&mut resolved[i].1));
            i += 1;
        }
        if pos < copied {
            continue;
        }
        if let Some((tag, len)) = patch_tag(&html[pos..], &attributes) {
            out.push_str(&html[copied..pos]);
            out.push_str(&tag);
            copied = pos + len;
        }
    }
    out.push_str(&html[copied..]);
    out
}

/// An attribute already in a tag: name and the byte range of its value
/// (quotes included), if it has one.
struct Existing<'a> {
    name: &'a str,
    value: Option<(usize, usize)>,
}

/// The start tag at the beginning of `s` with `attributes` added, and the
/// length of the original tag.
fn patch_tag(s: &str, attributes: &[(String, String)]) -> Option<(String, usize)> {
    let name_len = s[1..]
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
        .count();
    if name_len == 0 {
        return None;
    }
    let end = tag_end(s, 1 + name_len)?;
    let existing = existing_attributes(s, 1 + name_len, end);

    // Edits to existing values, as (value range, new text), plus appended text.
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut appended = String::new();
    for (name, value) in attributes {
        match existing.iter().find(|a| a.name.eq_ignore_ascii_case(name)) {
            Some(Existing {
                value: Some((from, to)),
                ..
            }) => {
                let raw = &s[*from..*to];
                let (quote, inner) = match raw.as_bytes().first() {
                    Some(&q @ (b'"' | b'\''))
                        if raw.len() >= 2 && raw.as_bytes()[raw.len() - 1] == q =>
                    {
                        (q as char, &raw[1..raw.len() - 1])
                    }
                    _ => ('"', raw),
                };
                let new = if name == "class" {
                    join_classes(inner, &escape_attribute(value))
                } else {
                    escape_attribute(value)
                };
                edits.push((*from, *to, format!("{quote}{new}{quote}")));
            }
            Some(Existing { value: None, .. }) | None => {
                // A bare existing attribute (`<td hidden>`) is left as it is.
                appended.push_str(&format!(" {name}=\"{}\"", escape_attribute(value)));
            }
        }
    }
    edits.sort_by_key(|e| e.0);

    // Appended attributes go before `>` or `/>`, after the last attribute.
    let close = if s[..end].ends_with('/') {
        end - 1
    } else {
        end
    };
    let insert_at = s[..close].trim_end().len().max(1 + name_len);

    let mut tag = String::with_capacity(end + 1 + appended.len());
    let mut copied = 0;
    for (from, to, text) in edits {
        tag.push_str(&s[copied..from]);
        tag.push_str(&text);
        copied = to;
    }
    if copied <= insert_at {
        tag.push_str(&s[copied..insert_at]);
        tag.push_str(&appended);
        tag.push_str(&s[insert_at..=end]);
    } else {
        tag.push_str(&appended);
        tag.push_str(&s[copied..=end]);
    }
    Some((tag, end + 1))
}

/// The attributes between byte `from` and the tag's `>` at `end`.
fn existing_attributes(s: &str, from: usize, end: usize) -> Vec<Existing<'_>> {
    let bytes = s.as_bytes();
    let mut found = Vec::new();
    let mut i = from;
    while i < end {
        if bytes[i].is_ascii_whitespace() || bytes[i] == b'/' {
            i += 1;
            continue;
        }
        let name_start = i;
        while i < end && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'=' | b'/' | b'>')
        {
            i += 1;
        }
        let name = &s[name_start..i];
        while i < end && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < end && bytes[i] == b'=' {
            i += 1;
            while i < end && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let value_start = i;
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    i += 1;
                    while i < end && bytes[i] != q {
                        i += 1;
                    }
                    i = (i + 1).min(end);
                }
                _ => {
                    while i < end && !bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                }
            }
            found.push(Existing {
                name,
                value: Some((value_start, i)),
            });
        } else if !name.is_empty() {
            found.push(Existing { name, value: None });
        } else {
            // A `>` before the tag's end: `tag_end` skipped it inside a
            // quoted value this scan read differently (`a==" >"`). Step
            // over it, or the loop never ends.
            i += 1;
        }
    }
    found
}
