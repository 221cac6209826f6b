//! HedgeDoc's typographer (markdown-it's `typographer: true`).
//!
//! Curly quotes, `--` → –, `---` → — and `...` → … come from
//! pulldown-cmark's smart punctuation (bare URLs and sized images, which
//! markdown-it reads before its typographer runs, are restored with
//! [`as_written`]); the symbols markdown-it's
//! replacements add on top are here: `(c)` → ©, `(r)` → ®, `(tm)` → ™
//! (any case) and `+-` → ±. Only text outside code and links comes here.

use std::borrow::Cow;

/// Replacements, longest first where they share a start.
const SYMBOLS: &[(&str, &str)] = &[("(tm)", "™"), ("(c)", "©"), ("(r)", "®"), ("+-", "±")];

/// `text` with markdown-it's symbol replacements.
pub(crate) fn replace_symbols(text: &str) -> Cow<'_, str> {
    if memchr::memchr2(b'(', b'+', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if bytes[i] == b'(' || bytes[i] == b'+' {
            let rest = &text[i..];
            if let Some((from, to)) = SYMBOLS.iter().find(|(from, _)| {
                rest.get(..from.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(from))
            }) {
                out.push_str(&text[copied..i]);
                out.push_str(to);
                i += from.len();
                copied = i;
                continue;
            }
        }
        i += 1;
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Text as its author wrote it, for the places where markdown-it reads
/// before its typographer runs and pulldown-cmark after: bare URLs and the
/// destination and title of a sized image. Undoes `--` → `–`, `---` →
/// `—`, `...` → `…` and curly quotes.
pub(crate) fn as_written(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        match c {
            '\u{2013}' => out.push_str("--"),
            '\u{2014}' => out.push_str("---"),
            '\u{2026}' => out.push_str("..."),
            '\u{2018}' | '\u{2019}' => out.push('\''),
            '\u{201C}' | '\u{201D}' => out.push('"'),
            c => out.push(c),
        }
    }
    out
}
