//! Reading front-matter keys into [`Meta`] and [`SlideOptions`].
//!
//! Keys HedgeDoc does not read (Jekyll's `layout`, `robots`, `plugins`,
//! `dependencies` listing remote scripts, …) are kept in [`Meta::extra`]
//! without a warning and are never acted on.

use serde_yaml::{Mapping, Value};

use super::loose::{as_bool, as_text, describe};
use super::options_read::read_slide_options;
use super::yaml_lines::KeyLines;
use super::{Meta, SlideOptions, Warning};

/// Reads a front-matter mapping.
pub(crate) fn read_front_matter(
    map: Mapping,
    lines: &KeyLines,
    meta: &mut Meta,
    options: &mut SlideOptions,
    warnings: &mut Vec<Warning>,
) {
    let mut slide_options = None;
    for (key, value) in map {
        let Some(key) = as_text(&key) else { continue };
        let line = lines.top(&key);
        match key.as_str() {
            "title" => meta.title = text_field(&key, &value, line, warnings),
            "description" => meta.description = text_field(&key, &value, line, warnings),
            "type" => meta.doc_type = text_field(&key, &value, line, warnings),
            "lang" => meta.lang = text_field(&key, &value, line, warnings),
            "dir" => meta.dir = text_field(&key, &value, line, warnings),
            "tags" => meta.tags = tags(&value, line, warnings),
            "breaks" => match as_bool(&value) {
                Some(b) => meta.breaks = b,
                None => warnings.push(Warning::at_line(
                    line,
                    format!(
                        "`breaks` should be true or false, not {}; ignored",
                        describe(&value)
                    ),
                )),
            },
            "slideOptions" => slide_options = Some(value),
            _ => {
                meta.extra.insert(key, value);
            }
        }
    }
    if let Some(value) = slide_options {
        read_slide_options(&value, lines, options, warnings);
    }
    // `dir: rtl` is how HedgeDoc documents switch to right-to-left.
    match meta.dir.as_deref().map(str::trim) {
        Some(d) if d.eq_ignore_ascii_case("rtl") => options.rtl = true,
        Some(d) if d.eq_ignore_ascii_case("ltr") => {}
        Some(d) => warnings.push(Warning::at_line(
            lines.top("dir"),
            format!("`dir` should be rtl or ltr, not `{d}`; ignored"),
        )),
        None => {}
    }
}

/// A text field; numbers and booleans are taken as written.
fn text_field(
    key: &str,
    value: &Value,
    line: usize,
    warnings: &mut Vec<Warning>,
) -> Option<String> {
    if value.is_null() {
        return None;
    }
    let text = as_text(value);
    if text.is_none() {
        warnings.push(Warning::at_line(
            line,
            format!("`{key}` should be text, not {}; ignored", describe(value)),
        ));
    }
    text
}

/// `tags`: a list, or one comma-separated text.
fn tags(value: &Value, line: usize, warnings: &mut Vec<Warning>) -> Vec<String> {
    let from_text = |t: &str| -> Vec<String> {
        t.split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    };
    match value {
        Value::Null => Vec::new(),
        Value::Sequence(items) => items
            .iter()
            .filter_map(as_text)
            .flat_map(|t| from_text(&t))
            .collect(),
        other => match as_text(other) {
            Some(t) => from_text(&t),
            None => {
                warnings.push(Warning::at_line(
                    line,
                    "`tags` should be a list or comma-separated text; ignored",
                ));
                Vec::new()
            }
        },
    }
}
