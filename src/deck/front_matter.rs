//! Finding the front-matter block and reading its YAML.
//!
//! The block exists only when the text starts with a `---` line; it ends at
//! the first `---` or `...` line. Broken YAML never hides the deck: the body
//! after the block still renders and a warning names the line and column
//! (in the whole deck's numbering).

use serde_yaml::{Mapping, Value};

use super::lines::Lines;
use super::Warning;

/// A deck text cut into its front matter and its body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sections<'a> {
    /// The YAML between the `---` lines, if the deck has front matter.
    pub front: Option<FrontMatter<'a>>,
    /// The Markdown after the front matter (or the whole text).
    pub body: &'a str,
    /// 1-based deck line of the body's first line.
    pub body_first_line: usize,
}

/// The YAML text of a front-matter block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FrontMatter<'a> {
    /// The YAML, without the `---` lines.
    pub yaml: &'a str,
    /// 1-based deck line of the YAML's first line.
    pub first_line: usize,
}

/// Cuts `text` into front matter and body.
pub(crate) fn sections(text: &str) -> Sections<'_> {
    // A byte-order mark is invisible in editors; it must not hide the block.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let whole = Sections {
        front: None,
        body: text,
        body_first_line: 1,
    };
    let mut lines = Lines::new(text);
    let Some(first) = lines.next() else {
        return whole;
    };
    if first.text.trim_end_matches([' ', '\t']) != "---" || !first.has_break {
        return whole;
    }
    let Some(close) = lines.find(|l| matches!(l.text.trim_end_matches([' ', '\t']), "---" | "..."))
    else {
        return whole;
    };
    Sections {
        front: Some(FrontMatter {
            yaml: &text[first.next..close.start],
            first_line: 2,
        }),
        body: &text[close.next..],
        body_first_line: close.index + 2,
    }
}

/// Parses the YAML of a front-matter block into a mapping.
///
/// Syntax errors, nesting too deep (see [`MAX_FLOW_DEPTH`]; the YAML
/// reader also stops at a fixed depth instead of overflowing the stack),
/// alias bombs and a top level that is not `key: value` lines become
/// warnings; the result is then empty.
pub(crate) fn read_yaml(front: &FrontMatter<'_>, warnings: &mut Vec<Warning>) -> Mapping {
    if let Some((line, column)) = too_deep_flow(front.yaml) {
        warnings.push(Warning {
            line: Some(front.first_line + line),
            column: Some(column),
            message: format!(
                "the front matter nests `[` or `{{` more than {MAX_FLOW_DEPTH} levels deep; its settings are ignored"
            ),
        });
        return Mapping::new();
    }
    match serde_yaml::from_str::<Value>(front.yaml) {
        Ok(Value::Mapping(map)) => map,
        Ok(Value::Null) => Mapping::new(),
        Ok(_) => {
            warnings.push(Warning::at_line(
                front.first_line,
                "the front matter is not a list of `key: value` lines; it is ignored",
            ));
            Mapping::new()
        }
        Err(err) => {
            warnings.push(yaml_error_warning(front, &err));
            Mapping::new()
        }
    }
}

/// Deepest `[`/`{` nesting read. The YAML reader's own limit (128) stops
/// the stack from overflowing, but its time grows with the square of the
/// depth (seconds for a few thousand), so deeper front matter is refused
/// before it gets there. Real decks nest 2 or 3 levels.
const MAX_FLOW_DEPTH: usize = 32;

/// 0-based line and 1-based column where flow nesting passes the limit.
/// Quotes are not followed: brackets inside strings can only make the
/// count higher, and legitimate text does not open 32 of them.
fn too_deep_flow(yaml: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for line in Lines::new(yaml) {
        for (column, c) in line.text.char_indices() {
            match c {
                '[' | '{' => depth += 1,
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => continue,
            }
            if depth > MAX_FLOW_DEPTH {
                return Some((line.index, column + 1));
            }
        }
    }
    None
}

/// A warning for a YAML syntax error, with deck line and column.
fn yaml_error_warning(front: &FrontMatter<'_>, err: &serde_yaml::Error) -> Warning {
    let offset = front.first_line - 1;
    let (line, column) = match err.location() {
        Some(loc) => (loc.line() + offset, Some(loc.column())),
        None => (front.first_line, None),
    };
    let mut message = format!(
        "the front matter is not valid YAML ({}); its settings are ignored",
        shift_line_numbers(&err.to_string(), offset)
    );
    if let Some(hint) = missing_space_hint(front) {
        message.push_str(&hint);
    }
    Warning {
        line: Some(line),
        column,
        message,
    }
}

/// Rewrites "line N" in a YAML error message to deck numbering.
fn shift_line_numbers(message: &str, offset: usize) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find("line ") {
        let (head, tail) = rest.split_at(i + 5);
        out.push_str(head);
        let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
        match tail[..digits].parse::<usize>() {
            Ok(n) => out.push_str(&(n + offset).to_string()),
            Err(_) => out.push_str(&tail[..digits]),
        }
        rest = &tail[digits..];
    }
    out.push_str(rest);
    out
}

/// A hint for the most common YAML slip in decks: `key:value` with no space.
fn missing_space_hint(front: &FrontMatter<'_>) -> Option<String> {
    Lines::new(front.yaml).find_map(|line| {
        let trimmed = line.text.trim_start();
        let key_len = trimmed
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
            .count();
        let after = trimmed.get(key_len..)?;
        let glued = key_len > 0
            && after.starts_with(':')
            && after[1..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_whitespace() && c != '/');
        glued.then(|| {
            format!(
                "; line {} has no space after the colon in `{}`",
                front.first_line + line.index,
                trimmed.trim_end()
            )
        })
    })
}
