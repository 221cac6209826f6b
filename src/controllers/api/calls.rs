//! Which messages are calls at all, before any method name is looked up.
//!
//! A window receives messages from anyone, including the deck's own replies
//! and events bouncing back: this is the gate that decides what counts as
//! a call (`{"method":…,"args":[…]}`, not a `reveal` event or callback) and
//! which names reveal.js refuses outright, so the caller can warn as
//! reveal.js does. What a known method then asks for is in `methods`.

use super::json::Value;

/// Method names reveal.js refuses over postMessage (its blacklist: any
/// name containing one of these), which a caller warns about.
const REFUSED: &[&str] = &[
    "registerPlugin",
    "registerKeyboardShortcut",
    "addKeyBinding",
    "addEventListener",
    "showPreview",
    "previewIframe",
];

/// True for a method reveal.js refuses to run from a message (plugin and
/// listener registration, link previews): the caller warns and ignores it.
pub fn is_refused(method: &str) -> bool {
    REFUSED.iter().any(|r| method.contains(r))
}

/// True for message text reveal.js would parse as a call: it starts with
/// `{` and ends with `}`. Anything else is not for the API.
pub fn looks_like_call(text: &str) -> bool {
    text.starts_with('{') && text.ends_with('}')
}

/// The method name and arguments of a call: an object with a string
/// `method` and an `args` array (missing or `null` means none). Event and
/// callback messages (`namespace: "reveal"`) are not calls, so a deck never
/// answers its own kind.
pub fn read_call(message: &Value) -> Option<(&str, &[Value])> {
    if message.get("namespace").is_some() {
        return None;
    }
    let method = message.get("method")?.as_str()?;
    let args: &[Value] = match message.get("args") {
        None | Some(Value::Null) => &[],
        Some(Value::Array(items)) => items,
        Some(_) => return None,
    };
    Some((method, args))
}
