//! Fence info strings with extras, as decks write them.
//!
//! ```` ```python [3,6-7|22-35] ```` (reveal.js line highlights),
//! ```` ```dockerfile= ```` / `=12` / `=+` (HedgeDoc line numbers, from 1,
//! from 12, continuing), ```` ```shell! ```` (HedgeDoc: wrap long lines),
//! ```` ``` python ```` (space before the language). The language becomes
//! `class="language-…"`; the extras become data attributes on `<code>` for
//! the viewer to act on.

use super::attributes::escape_attribute;

/// A fence's language and extras.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FenceInfo {
    /// The language name, if any.
    pub language: Option<String>,
    /// Data attributes for `<code>`, unescaped.
    pub attributes: Vec<(&'static str, String)>,
}

/// Reads an info string.
pub(crate) fn parse_fence_info(info: &str) -> FenceInfo {
    let info = info.trim();
    let lang_len = info
        .find(|c: char| c.is_whitespace() || matches!(c, '=' | '!' | '[' | '{'))
        .unwrap_or(info.len());
    let mut found = FenceInfo {
        language: Some(info[..lang_len].to_owned()).filter(|l| !l.is_empty()),
        attributes: Vec::new(),
    };
    let mut rest = &info[lang_len..];
    loop {
        rest = rest.trim_start();
        let Some(first) = rest.chars().next() else {
            break;
        };
        match first {
            '=' => {
                let arg_len = rest[1..]
                    .find(|c: char| !(c.is_ascii_digit() || c == '+'))
                    .unwrap_or(rest.len() - 1);
                let arg = &rest[1..1 + arg_len];
                set(
                    &mut found.attributes,
                    "data-line-numbers",
                    String::new(),
                    false,
                );
                if arg == "+" {
                    set(
                        &mut found.attributes,
                        "data-ln-continue",
                        String::new(),
                        true,
                    );
                } else if !arg.is_empty() && arg.bytes().all(|b| b.is_ascii_digit()) {
                    set(
                        &mut found.attributes,
                        "data-ln-start-from",
                        arg.to_owned(),
                        true,
                    );
                }
                rest = &rest[1 + arg_len..];
            }
            '!' => {
                set(&mut found.attributes, "data-wrap", String::new(), true);
                rest = &rest[1..];
            }
            '[' | '{' => {
                let close = if first == '[' { ']' } else { '}' };
                let end = rest.find(close).unwrap_or(rest.len());
                let steps: String = rest[1..end]
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect();
                set(&mut found.attributes, "data-line-numbers", steps, true);
                rest = rest.get(end + 1..).unwrap_or("");
            }
            _ => {
                // Other words (`{.class}`-less extras, titles): skip them.
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                rest = &rest[end..];
            }
        }
    }
    found
}

/// Sets an attribute; `overwrite` decides whether a later extra wins.
fn set(
    attrs: &mut Vec<(&'static str, String)>,
    name: &'static str,
    value: String,
    overwrite: bool,
) {
    match attrs.iter_mut().find(|(n, _)| *n == name) {
        Some((_, old)) if overwrite => *old = value,
        Some(_) => {}
        None => attrs.push((name, value)),
    }
}

/// The `<code …>` start tag (inside `<pre>`) for a fence with this info.
pub(crate) fn code_start_tag(info: &FenceInfo) -> String {
    let mut tag = String::from("<code");
    if let Some(lang) = &info.language {
        tag.push_str(" class=\"language-");
        tag.push_str(&escape_attribute(lang));
        tag.push('"');
    }
    for (name, value) in &info.attributes {
        tag.push(' ');
        tag.push_str(name);
        tag.push_str("=\"");
        tag.push_str(&escape_attribute(value));
        tag.push('"');
    }
    tag.push('>');
    tag
}

/// The `<pre>` start tag of a code block. HedgeDoc draws `mermaid`,
/// `graphviz`, `flow`, `sequence` and `abc` blocks as diagrams; the parser
/// leaves their source, which the viewer draws in a sandboxed frame and
/// shows under a note until then (or when it cannot). A
/// diagram's `<pre>` carries its kind (`class` as HedgeDoc's, for decks'
/// own CSS, and `data-diagram` for the note and the drawing); any other
/// block gets a plain `<pre>`.
pub(crate) fn pre_start_tag(info: &FenceInfo) -> &'static str {
    match info.language.as_deref() {
        Some("mermaid") => "<pre class=\"mermaid diagram-source\" data-diagram=\"Mermaid\">",
        Some("graphviz") => "<pre class=\"graphviz diagram-source\" data-diagram=\"Graphviz\">",
        Some("flow") => "<pre class=\"flow-chart diagram-source\" data-diagram=\"Flowchart\">",
        Some("sequence") => {
            "<pre class=\"sequence-diagram diagram-source\" data-diagram=\"Sequence\">"
        }
        Some("abc") => "<pre class=\"abc diagram-source\" data-diagram=\"ABC music\">",
        _ => "<pre>",
    }
}
