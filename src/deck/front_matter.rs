//! Finding the front-matter block and reading its YAML.
//!
//! The block exists only when the text starts with a `---` line; it ends at
//! the first `---` or `...` line. Broken YAML never hides the deck: the body
//! after the block still renders and a warning names the line and column
//! (in the whole deck's numbering).

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor};
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
/// alias bombs (see [`ALIAS_VALUES`]) and a top level that is not
/// `key: value` lines become warnings; the result is then empty.
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
    if let Some(limit) = too_many_values(front.yaml) {
        warnings.push(Warning::at_line(
            front.first_line,
            format!(
                "the front matter repeats `*` aliases into more than {limit} values; its settings are ignored"
            ),
        ));
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

/// How many values `*` aliases may add to a front matter. The YAML
/// reader's own alias limit counts expansions, not their size: 26 KB
/// naming a 2 000-item list 5 000 times built ten million values (seconds
/// and a gigabyte), and a few hundred bytes of nested aliases built a
/// hundred thousand. Without aliases, YAML holds at most one value per
/// byte (`{a,b}`: two keys, two empty values); real front matter holds a
/// few dozen values.
const ALIAS_VALUES: usize = 10_000;

/// The limit `yaml` passes, if it holds more than one value per byte plus
/// [`ALIAS_VALUES`] once its aliases are expanded: the time to read it
/// then grows with its length only. Counts without building anything and
/// stops at the limit, so it costs about one more reading of the text.
/// Any other problem ends the count and is left to the real reading,
/// which meets it first.
fn too_many_values(yaml: &str) -> Option<usize> {
    // No `*`, no alias: nothing to count.
    memchr::memchr(b'*', yaml.as_bytes())?;
    let limit = yaml.len() + ALIAS_VALUES;
    let budget = ValueBudget {
        left: Cell::new(limit),
        exceeded: Cell::new(false),
    };
    let _ = CountValues(&budget).deserialize(serde_yaml::Deserializer::from_str(yaml));
    budget.exceeded.get().then_some(limit)
}

/// How many more values may be read, and whether one too many was.
struct ValueBudget {
    left: Cell<usize>,
    exceeded: Cell<bool>,
}

/// Visits every value of a YAML document (aliases expanded), building
/// nothing, and fails once the budget is spent.
#[derive(Clone, Copy)]
struct CountValues<'a>(&'a ValueBudget);

impl CountValues<'_> {
    fn spend<E: de::Error>(self) -> Result<(), E> {
        match self.0.left.get().checked_sub(1) {
            Some(left) => {
                self.0.left.set(left);
                Ok(())
            }
            None => {
                self.0.exceeded.set(true);
                Err(E::custom("too many values"))
            }
        }
    }
}

impl<'de> DeserializeSeed<'de> for CountValues<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

// Every kind of value is accepted (the real reading judges them); only
// the count can fail here.
impl<'de> Visitor<'de> for CountValues<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.spend()
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.spend()
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.spend()
    }

    fn visit_i128<E: de::Error>(self, _: i128) -> Result<(), E> {
        self.spend()
    }

    fn visit_u128<E: de::Error>(self, _: u128) -> Result<(), E> {
        self.spend()
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.spend()
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.spend()
    }

    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<(), E> {
        self.spend()
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.spend()
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.spend()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_newtype_struct<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<(), D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.spend()?;
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.spend()?;
        while map.next_key_seed(self)?.is_some() {
            map.next_value_seed(self)?;
        }
        Ok(())
    }

    /// A tagged value (`!name value`).
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        self.spend()?;
        let (_, value) = data.variant::<de::IgnoredAny>()?;
        value.newtype_variant_seed(self)
    }
}

/// A warning for a YAML syntax error, with deck line and column.
fn yaml_error_warning(front: &FrontMatter<'_>, err: &serde_yaml::Error) -> Warning {
    let positions = YamlPositions::new(front);
    let (line, column) = match err.location() {
        Some(loc) => {
            let (line, column) = positions.to_deck(loc.line(), loc.column());
            (line, Some(column))
        }
        None => (front.first_line, None),
    };
    let mut message = format!(
        "the front matter is not valid YAML ({}); its settings are ignored",
        positions.rewrite_message(&err.to_string())
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

/// Translates the YAML reader's positions into deck positions.
///
/// The reader also ends a line at a lone `\r`, NEL, LS and PS (as YAML
/// 1.1 says), the deck only at `\n`: with those characters in the front
/// matter, the reader's line numbers would run past the deck's last line.
struct YamlPositions<'a> {
    front: &'a FrontMatter<'a>,
    /// Byte offsets in the YAML where the reader's lines start.
    line_starts: Vec<usize>,
}

impl<'a> YamlPositions<'a> {
    fn new(front: &'a FrontMatter<'a>) -> Self {
        let mut line_starts = vec![0];
        let mut chars = front.yaml.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let breaks = match c {
                // In `\r\n` the `\n` ends the line.
                '\r' => chars.peek().is_none_or(|&(_, next)| next != '\n'),
                '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => true,
                _ => false,
            };
            if breaks {
                line_starts.push(i + c.len_utf8());
            }
        }
        Self { front, line_starts }
    }

    /// Deck line and column of the reader's 1-based `line` and `column`.
    fn to_deck(&self, line: usize, column: usize) -> (usize, usize) {
        let yaml = self.front.yaml;
        let start = self.line_starts.get(line.saturating_sub(1)).copied();
        let start = start.unwrap_or(yaml.len());
        let end = self.line_starts.get(line).copied().unwrap_or(yaml.len());
        let index = yaml[start..end]
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(end, |(i, _)| start + i);
        let before = &yaml[..index];
        let deck_line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (
            self.front.first_line + memchr::memchr_iter(b'\n', before.as_bytes()).count(),
            before[deck_line_start..].chars().count() + 1,
        )
    }

    /// Rewrites "line N" and "line N column M" in a YAML error message
    /// to deck numbering.
    fn rewrite_message(&self, message: &str) -> String {
        let mut out = String::with_capacity(message.len());
        let mut rest = message;
        while let Some(i) = rest.find("line ") {
            let (head, tail) = rest.split_at(i + 5);
            out.push_str(head);
            let Some((line, after_line)) = leading_number(tail) else {
                rest = tail;
                continue;
            };
            let column = after_line.strip_prefix(" column ").and_then(leading_number);
            match column {
                Some((column, after_column)) => {
                    let (line, column) = self.to_deck(line, column);
                    out.push_str(&format!("{line} column {column}"));
                    rest = after_column;
                }
                None => {
                    out.push_str(&self.to_deck(line, 1).0.to_string());
                    rest = after_line;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// The number at the start of `text` and the text after it.
fn leading_number(text: &str) -> Option<(usize, &str)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let number = text[..digits].parse().ok()?;
    Some((number, &text[digits..]))
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
