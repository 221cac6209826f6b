//! Physical lines of a text, with byte offsets.
//!
//! Splitting, notes and front matter all work line by line; this iterator
//! gives them `\n` and `\r\n` endings alike, and byte offsets so that slices
//! of the original text can be taken without copying.

/// One physical line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The line without its line ending (`\n` or `\r\n`).
    pub text: &'a str,
    /// Byte offset of the line's first character.
    pub start: usize,
    /// Byte offset where the next line starts (past the line ending).
    pub next: usize,
    /// False only for a last line that has no line ending.
    pub has_break: bool,
    /// 0-based index of the line in the text it was read from.
    pub index: usize,
}

/// Iterator over the lines of a text from a given position.
pub(crate) struct Lines<'a> {
    text: &'a str,
    pos: usize,
    index: usize,
}

impl<'a> Lines<'a> {
    /// Lines of `text`, starting at byte `pos` (a line start) which is line `index`.
    pub fn from(text: &'a str, pos: usize, index: usize) -> Self {
        Self { text, pos, index }
    }

    /// All lines of `text`.
    pub fn new(text: &'a str) -> Self {
        Self::from(text, 0, 0)
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let (raw, next, has_break) = match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(i) => (&rest[..i], self.pos + i + 1, true),
            None => (rest, self.text.len(), false),
        };
        let text = match raw.as_bytes().last() {
            Some(b'\r') => &raw[..raw.len() - 1],
            _ => raw,
        };
        let line = Line {
            text,
            start: self.pos,
            next,
            has_break,
            index: self.index,
        };
        self.pos = next;
        self.index += 1;
        Some(line)
    }
}

/// True when a line holds nothing but spaces and tabs.
///
/// Markdown treats such lines as blank, and so does the splitter: the
/// difference is invisible in an editor.
pub(crate) fn is_blank(line: &str) -> bool {
    line.bytes().all(|b| b == b' ' || b == b'\t' || b == b'\r')
}

/// The line before the one starting at byte `start` (without its line
/// ending), if there is one.
pub(crate) fn previous_line(text: &str, start: usize) -> Option<&str> {
    let before = text.get(..start.checked_sub(1)?)?;
    let line = match before.rfind('\n') {
        Some(i) => &before[i + 1..],
        None => before,
    };
    Some(line.strip_suffix('\r').unwrap_or(line))
}

/// True when the line before the one starting at `start` is empty: no
/// character at all, HedgeDoc's condition around separators.
pub(crate) fn previous_line_is_empty(text: &str, start: usize) -> bool {
    previous_line(text, start).is_some_and(str::is_empty)
}

/// True when the line starting at byte `next` is empty or there is none.
pub(crate) fn next_line_is_empty_or_end(text: &str, next: usize) -> bool {
    Lines::from(text, next, 0)
        .next()
        .is_none_or(|line| line.text.is_empty())
}

/// Number of leading spaces, or `None` when a tab comes first among the
/// leading whitespace (a tab is four columns: never a block opener).
pub(crate) fn leading_spaces(line: &str) -> Option<usize> {
    let spaces = line.bytes().take_while(|&b| b == b' ').count();
    if line.as_bytes().get(spaces) == Some(&b'\t') {
        None
    } else {
        Some(spaces)
    }
}
