//! The list of decks opened recently (kept in local storage by the view).

use serde_yaml::Value;

/// How many recent decks are remembered.
pub const MAX_RECENT: usize = 8;

/// One remembered deck: enough to open it again and to recognise it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecentDeck {
    /// The address as the user gave it (fetched again through `url::resolve`).
    pub url: String,
    /// The deck's title when it was last opened.
    pub title: String,
}

/// Puts `deck` first, dropping an older entry for the same URL and anything
/// beyond [`MAX_RECENT`].
pub fn remember(list: &[RecentDeck], deck: RecentDeck) -> Vec<RecentDeck> {
    std::iter::once(deck.clone())
        .chain(list.iter().filter(|d| d.url != deck.url).cloned())
        .take(MAX_RECENT)
        .collect()
}

/// Reads the stored list; anything unreadable counts as empty, so a corrupt
/// entry never stops the viewer from starting.
pub fn from_json(json: &str) -> Vec<RecentDeck> {
    serde_json_lite(json).unwrap_or_default()
}

/// Serialises the list for storage.
pub fn to_json(list: &[RecentDeck]) -> String {
    // Written by hand: the shape is tiny and serde_json would add weight
    // to the wasm for this one use.
    let mut out = String::from("[");
    for (i, d) in list.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "{{\"url\":{},\"title\":{}}}",
            json_string(&d.url),
            json_string(&d.title)
        ));
    }
    out.push(']');
    out
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// JSON is a subset of YAML 1.2 for this shape, so serde_yaml reads it,
/// into the same `Value` the front matter is read into: a derived
/// `Deserialize` would compile a second copy of the YAML reader's
/// deserializer for this one list. Entries without a string `url` and
/// `title` are skipped.
fn serde_json_lite(json: &str) -> Option<Vec<RecentDeck>> {
    let Value::Sequence(items) = serde_yaml::from_str::<Value>(json).ok()? else {
        return None;
    };
    let text = |item: &Value, key: &str| item.get(key)?.as_str().map(str::to_owned);
    Some(
        items
            .iter()
            .filter_map(|item| {
                Some(RecentDeck {
                    url: text(item, "url")?,
                    title: text(item, "title")?,
                })
            })
            .collect(),
    )
}
