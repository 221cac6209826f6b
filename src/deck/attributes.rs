//! Attribute comments: `<!-- .slide: … -->` and `<!-- .element: … -->`.
//!
//! reveal.js reads `name="value"` pairs and bare `data-*` names (set as
//! empty) from these comments and ignores any other bare token (such as
//! `highlight-red` written outside `class="…"`). Only `data-*`, `class`,
//! `id` and `style` are applied, as in HedgeDoc.

/// What an attribute comment applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Directive {
    /// `.slide`: the slide's `<section>`.
    Slide,
    /// `.element`: the element before the comment (or its parent).
    Element,
}

/// Recognises an attribute comment from its body (the text between `<!--`
/// and `-->`) and returns the attribute list that follows the keyword.
pub(crate) fn directive(body: &str) -> Option<(Directive, &str)> {
    let body = body.trim_start();
    let (directive, rest) = if let Some(rest) = body.strip_prefix(".slide") {
        (Directive::Slide, rest)
    } else {
        (Directive::Element, body.strip_prefix(".element")?)
    };
    // The keyword must end here: `.slides-x` is some other comment.
    match rest.chars().next() {
        None | Some(':') => {}
        Some(c) if c.is_whitespace() => {}
        Some(_) => return None,
    }
    Some((directive, rest.strip_prefix(':').unwrap_or(rest)))
}

/// The applicable attributes of a list such as
/// `data-background="#f00" class='x' data-auto-animate highlight-red`.
/// Names are lower-cased; values are as written (not yet escaped).
pub(crate) fn parse_attribute_list(list: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = list;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let name_len = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '=' | '"' | '\''))
            .unwrap_or(rest.len());
        if name_len == 0 {
            // A stray `=` or quote: skip it and carry on.
            rest = &rest[1..];
            continue;
        }
        let name = rest[..name_len].to_ascii_lowercase();
        rest = &rest[name_len..];
        let value = match rest.trim_start().strip_prefix('=') {
            Some(after) => {
                let (value, after) = read_value(after.trim_start());
                rest = after;
                Some(value)
            }
            None => None,
        };
        match value {
            Some(value) if allowed(&name) => found.push((name, value.to_owned())),
            None if is_data_name(&name) => found.push((name, String::new())),
            _ => {}
        }
    }
    found
}

/// A quoted or bare value and what follows it.
fn read_value(s: &str) -> (&str, &str) {
    match s.chars().next() {
        Some(q @ ('"' | '\'')) => match s[1..].find(q) {
            Some(end) => (&s[1..end + 1], &s[end + 2..]),
            None => (&s[1..], ""),
        },
        _ => {
            let end = s.find(char::is_whitespace).unwrap_or(s.len());
            (&s[..end], &s[end..])
        }
    }
}

/// Only these attributes may be set from a comment.
fn allowed(name: &str) -> bool {
    matches!(name, "class" | "id" | "style") || is_data_name(name)
}

fn is_data_name(name: &str) -> bool {
    name.len() > 5
        && name.starts_with("data-")
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

/// Merges `new` into `target` in order: classes add up, other names take
/// the later value.
pub(crate) fn merge(target: &mut Vec<(String, String)>, new: Vec<(String, String)>) {
    for (name, value) in new {
        match target.iter_mut().find(|(n, _)| *n == name) {
            Some((_, old)) if name == "class" => *old = join_classes(old, &value),
            Some((_, old)) => *old = value,
            None => target.push((name, value)),
        }
    }
}

/// `a b` + `b c` = `a b c`.
pub(crate) fn join_classes(old: &str, new: &str) -> String {
    let mut out = old.trim().to_owned();
    for class in new.split_whitespace() {
        if !old.split_whitespace().any(|c| c == class) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(class);
        }
    }
    out
}

/// Escapes a value for a double- or single-quoted HTML attribute.
pub(crate) fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
