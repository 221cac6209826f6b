//! Speaker notes: everything from the first `Note:` line on.
//!
//! reveal.js takes a slide's notes from a line starting `note:` or
//! `notes:` in any case. HedgeDoc gives up when there are two such lines;
//! we take the notes from the first one, skipping code fences and
//! multi-line HTML blocks, where such a line is just text.

use super::blocks::{visit_outside_blocks, Visit};

/// Splits a slide's text into its content and its notes (the text after
/// `Note:` on that line, and everything below), if it has notes.
pub(crate) fn split_notes(text: &str) -> (&str, Option<&str>) {
    if !may_have_notes(text) {
        return (text, None);
    }
    let mut found = None;
    visit_outside_blocks(text, |line| {
        let trimmed = line.text.trim_start_matches([' ', '\t']);
        match notes_marker_len(trimmed) {
            Some(marker) => {
                let indent = line.text.len() - trimmed.len();
                found = Some((line.start, line.start + indent + marker));
                Visit::Stop
            }
            None => Visit::Continue,
        }
    });
    match found {
        Some((line_start, notes_start)) => (&text[..line_start], Some(&text[notes_start..])),
        None => (text, None),
    }
}

/// Cheap test first: is there a colon right after `note` or `notes`?
fn may_have_notes(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b':', bytes).any(|colon| {
        let before = &bytes[..colon];
        [4, 5].iter().any(|&n| {
            before.len() >= n && before[before.len() - n..][..4].eq_ignore_ascii_case(b"note")
        })
    })
}

/// Length of a leading `note:` / `notes:` (any case), if the line starts with one.
fn notes_marker_len(line: &str) -> Option<usize> {
    if !matches!(line.as_bytes().first(), Some(b'n' | b'N')) {
        return None;
    }
    ["notes:", "note:"].iter().find_map(|marker| {
        line.get(..marker.len())
            .filter(|head| head.eq_ignore_ascii_case(marker))
            .map(|_| marker.len())
    })
}
