//! Stripping a slide's common leading indentation.
//!
//! Decks written inside indented HTML or YAML keep their Markdown indented;
//! reveal.js and HedgeDoc remove the indentation every line shares so that
//! the text does not turn into an indented code block.

use std::borrow::Cow;

use super::lines::{is_blank, Lines};

/// `text` with the whitespace prefix shared by all its non-blank lines removed.
pub(crate) fn strip_common_indent(text: &str) -> Cow<'_, str> {
    let prefix = common_prefix(text);
    if prefix == 0 {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in Lines::new(text) {
        let raw = &text[line.start..line.next];
        if is_blank(line.text) {
            out.push_str(&raw[line.text.len()..]);
        } else {
            out.push_str(&raw[prefix..]);
        }
    }
    Cow::Owned(out)
}

/// Length in bytes of the leading spaces/tabs shared by all non-blank lines.
fn common_prefix(text: &str) -> usize {
    let mut shared: Option<&str> = None;
    for line in Lines::new(text).filter(|l| !is_blank(l.text)) {
        let ws_len = line
            .text
            .bytes()
            .take_while(|&b| b == b' ' || b == b'\t')
            .count();
        let ws = &line.text[..ws_len];
        let common = match shared {
            None => ws,
            Some(prev) => {
                let n = prev
                    .bytes()
                    .zip(ws.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                &prev[..n]
            }
        };
        if common.is_empty() {
            return 0;
        }
        shared = Some(common);
    }
    shared.map_or(0, str::len)
}
