//! Emoji shortcodes: `:smile:` → 😄, `:+1:` → 👍 (HedgeDoc's
//! markdown-it-emoji, without its `:)`-style shortcuts, which HedgeDoc
//! turns off).
//!
//! The names are GitHub's (the `gh-emoji` crate's table, every GitHub
//! emoji that has a Unicode form), a superset of the emojify.js names
//! HedgeDoc 1.x draws. `build.rs` writes that table as two lists (names,
//! sorted, and their emoji), searched by bisection: the crate's own hash
//! table of string pairs cost 23 KiB of the compressed wasm, the lists a
//! third of that; as there, any case matches (`:Smile:`). The emoji
//! is written as text, not as an image from a server: it shows in the
//! reader's own emoji font, and in titles. An unknown name stays text
//! (`10:30:00`, `:not_an_emoji:`). Only text outside code and links
//! comes here.

use std::borrow::Cow;
use std::sync::OnceLock;

/// GitHub's emoji names, sorted, one per line (written by `build.rs`).
const NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/emoji_names.txt"));
/// The emoji of [`NAMES`], line by line.
const CHARS: &str = include_str!(concat!(env!("OUT_DIR"), "/emoji_chars.txt"));

/// The emoji for a lowercase name.
fn lookup(name: &str) -> Option<&'static str> {
    static TABLE: OnceLock<(Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();
    let (names, chars) = TABLE.get_or_init(|| (NAMES.lines().collect(), CHARS.lines().collect()));
    names
        .binary_search(&name)
        .ok()
        .and_then(|i| chars.get(i).copied())
}

/// Longest GitHub emoji name (`:flag_south_georgia_south_sandwich_islands:`
/// is 41): anything longer between colons is not a shortcode.
const MAX_NAME: usize = 48;

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'-')
}

/// `text` with its emoji shortcodes replaced.
pub(crate) fn replace_emoji(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut from = 0;
    while let Some(open) = memchr::memchr(b':', &bytes[from..]).map(|i| from + i) {
        let name_start = open + 1;
        let name_len = bytes[name_start..]
            .iter()
            .take(MAX_NAME + 1)
            .take_while(|&&b| is_name_byte(b))
            .count();
        let close = name_start + name_len;
        if name_len == 0 || name_len > MAX_NAME || bytes.get(close) != Some(&b':') {
            from = name_start;
            continue;
        }
        let name = text[name_start..close].to_ascii_lowercase();
        match lookup(&name) {
            Some(emoji) => {
                let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
                o.push_str(&text[copied..open]);
                o.push_str(emoji);
                copied = close + 1;
                from = close + 1;
            }
            // The closing colon may open the next one (`10:30:smile:`).
            None => from = close,
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(text),
    }
}
