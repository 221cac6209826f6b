//! Reading YAML values as loosely as deck authors write them.
//!
//! `width: "1280"`, `controls: "false"`, `margin: '0.1'` all occur in real
//! decks, and URL query parameters are always text; each reader accepts
//! the typed value and its text form.

use serde_yaml::Value;

use super::options::Length;

/// A boolean: `true`/`false`, or text `true`/`false`/`yes`/`no`/`on`/`off`
/// in any case.
pub(crate) fn as_bool(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) => bool_word(s),
        _ => None,
    }
}

/// Text `true`/`false`/`yes`/`no`/`on`/`off` in any case, with spaces
/// around it.
pub(crate) fn bool_word(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" => Some(true),
        "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// A finite number, or text holding one.
pub(crate) fn as_f64(value: &Value) -> Option<f64> {
    let n = match value {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    n.is_finite().then_some(n)
}

/// A whole number from 0 to `u32::MAX`, or text holding one.
pub(crate) fn as_u32(value: &Value) -> Option<u32> {
    let n = as_f64(value)?;
    (n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX)).then_some(n as u32)
}

/// Text: a string, or a number or boolean written without quotes.
pub(crate) fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A canvas size: `1280`, `"1280"`, `"1280px"` (pixels) or `"100%"`.
pub(crate) fn as_length(value: &Value) -> Option<Length> {
    if let Value::String(s) = value {
        let s = s.trim();
        if let Some(p) = s.strip_suffix('%') {
            let p = p.trim().parse::<f64>().ok()?;
            return (p.is_finite() && p > 0.0).then_some(Length::Percent(p));
        }
        if let Some(px) = s.strip_suffix("px") {
            return positive(px.trim().parse::<f64>().ok()?).map(Length::Px);
        }
    }
    positive(as_f64(value)?).map(Length::Px)
}

fn positive(n: f64) -> Option<f64> {
    (n.is_finite() && n > 0.0).then_some(n)
}

/// How a value looks, for warnings ("got a list").
pub(crate) fn describe(value: &Value) -> String {
    match value {
        Value::Null => "nothing".to_owned(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("`{n}`"),
        Value::String(s) => format!("`{}`", clip(s)),
        Value::Sequence(_) => "a list".to_owned(),
        Value::Mapping(_) => "a set of `key: value` lines".to_owned(),
        Value::Tagged(_) => "a tagged value".to_owned(),
    }
}

/// At most 40 characters of `s`, marked when cut: warnings stay readable.
pub(crate) fn clip(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}
