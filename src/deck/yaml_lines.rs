//! Where each front-matter key is written, for warnings with line numbers.
//!
//! The YAML reader gives values without positions, so the lines are found
//! in the text: top-level keys are the unindented `key:` lines, option keys
//! the `key:` lines one indentation level below `slideOptions:`. Flow style
//! (`slideOptions: {theme: white}`) falls back to the `slideOptions` line.
//! One pass over the YAML.

use std::collections::HashMap;

use super::front_matter::FrontMatter;
use super::lines::{is_blank, Lines};

/// Deck lines of the front-matter keys.
#[derive(Debug, Default)]
pub(crate) struct KeyLines {
    /// Line of the opening `---` (fallback for anything not found).
    fallback: usize,
    top: HashMap<String, usize>,
    options: HashMap<String, usize>,
}

impl KeyLines {
    /// Finds the keys of `front`.
    pub fn locate(front: &FrontMatter<'_>) -> Self {
        let mut found = KeyLines {
            fallback: front.first_line.saturating_sub(1).max(1),
            ..Default::default()
        };
        let mut in_options = false;
        let mut option_indent = None;
        for line in Lines::new(front.yaml) {
            let deck_line = front.first_line + line.index;
            let trimmed = line.text.trim_start_matches(' ');
            if is_blank(line.text) || trimmed.starts_with('#') {
                continue;
            }
            let indent = line.text.len() - trimmed.len();
            let Some(key) = key_of(trimmed) else {
                if indent == 0 {
                    in_options = false;
                }
                continue;
            };
            if indent == 0 {
                in_options = key == "slideOptions";
                option_indent = None;
                found.top.entry(key.to_owned()).or_insert(deck_line);
            } else if in_options && *option_indent.get_or_insert(indent) == indent {
                found.options.entry(key.to_owned()).or_insert(deck_line);
            }
        }
        found
    }

    /// Line of a top-level key.
    pub fn top(&self, key: &str) -> usize {
        self.top.get(key).copied().unwrap_or(self.fallback)
    }

    /// Line of a `slideOptions` key.
    pub fn option(&self, key: &str) -> usize {
        self.options
            .get(key)
            .copied()
            .unwrap_or_else(|| self.top("slideOptions"))
    }
}

/// The key of a `key: value` (or `key:`) line, quotes removed.
fn key_of(trimmed: &str) -> Option<&str> {
    let colon = trimmed.find(": ").or_else(|| {
        let t = trimmed.trim_end();
        t.ends_with(':').then(|| t.len() - 1)
    })?;
    let key = trimmed[..colon].trim();
    let key = key
        .strip_prefix('"')
        .and_then(|k| k.strip_suffix('"'))
        .or_else(|| key.strip_prefix('\'').and_then(|k| k.strip_suffix('\'')))
        .unwrap_or(key);
    (!key.is_empty() && !key.starts_with('-')).then_some(key)
}
