//! Emoji shortcodes: `:smile:` → 😄, `:+1:` → 👍 (HedgeDoc's
//! markdown-it-emoji, without its `:)`-style shortcuts, which HedgeDoc
//! turns off).
//!
//! The names are GitHub's (the `gh-emoji` crate's table, every GitHub
//! emoji that has a Unicode form) and those of markdown-it-emoji, the
//! plugin HedgeDoc's Markdown uses (its 1.x line adds four older names),
//! kept in `assets/emoji.tsv` (a test makes and checks it from the crate
//! and the npm package) and searched by bisection; as there, any case
//! matches (`:Smile:`). The emoji is written as text, not as an image
//! from a server: it shows in the reader's own emoji font, and in
//! titles. An unknown name stays text (`10:30:00`, `:not_an_emoji:`).
//! Only text outside code and links comes here.

use std::borrow::Cow;

/// GitHub's emoji names and their emoji (`assets/emoji.tsv`: one
/// `name<TAB>emoji` line each).
///
/// The viewer does not carry the table in its wasm: it is 12.6 KiB of the
/// compressed download that most decks never use. A deck parsed without
/// it says whether it wants it ([`super::Deck::wants_emoji`]); the viewer
/// then fetches the table and parses again with it.
#[derive(Debug, Default, Clone)]
pub struct EmojiTable {
    /// Lowercase names and their emoji, sorted by name.
    entries: Vec<(Box<str>, Box<str>)>,
}

impl EmojiTable {
    /// Reads the table's text; lines that are not `name<TAB>emoji` are
    /// skipped, names are matched in any case.
    pub fn read(text: &str) -> Self {
        let mut entries: Vec<(Box<str>, Box<str>)> = text
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .filter(|(name, emoji)| valid_name(name) && !emoji.is_empty())
            .map(|(name, emoji)| (name.to_ascii_lowercase().into(), emoji.into()))
            .collect();
        entries.sort_unstable();
        entries.dedup_by(|a, b| a.0 == b.0);
        Self { entries }
    }

    /// The table of this source tree (`assets/emoji.tsv`), for native use
    /// (tests, benchmarks, fuzzing); the viewer fetches the same file.
    pub fn bundled() -> Self {
        Self::read(include_str!("../../assets/emoji.tsv"))
    }

    /// How many names the table has.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the table has no names.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The emoji for a lowercase name.
    fn lookup(&self, name: &str) -> Option<&str> {
        self.entries
            .binary_search_by(|(n, _)| (**n).cmp(name))
            .ok()
            .map(|i| &*self.entries[i].1)
    }
}

/// Emoji shortcodes through one deck: replaced from the table when there
/// is one, else noted as wanting it.
#[derive(Debug, Default)]
pub(crate) struct Shortcodes<'t> {
    table: Option<&'t EmojiTable>,
    /// A shortcode was met while there was no table.
    pub wanted: bool,
}

impl<'t> Shortcodes<'t> {
    /// Shortcodes replaced from `table` (none replaced without one).
    pub fn new(table: Option<&'t EmojiTable>) -> Self {
        Self {
            table,
            wanted: false,
        }
    }
}

/// Longest GitHub emoji name (`:flag_south_georgia_south_sandwich_islands:`
/// is 41): anything longer between colons is not a shortcode.
const MAX_NAME: usize = 48;

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'-')
}

fn valid_name(name: &str) -> bool {
    (1..=MAX_NAME).contains(&name.len()) && name.bytes().all(is_name_byte)
}

/// Whether `markdown` may hold a shortcode outside code: a quick look that
/// errs towards "yes" (it does not know links or HTML), so that only the
/// slides it says yes to need rendering to find out. Code fences and
/// `` `code` `` spans are skipped.
pub(crate) fn might_have_shortcodes(markdown: &str) -> bool {
    if memchr::memchr(b':', markdown.as_bytes()).is_none() {
        return false;
    }
    let mut fence: Option<&str> = None;
    // After a line starting with `<`, up to the next blank line, a fence
    // line may be inside an HTML block, where it opens no code: it is not
    // taken for one (a wrong "yes" only renders a slide sooner).
    let mut maybe_html = false;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        if fence.is_none() {
            maybe_html = !trimmed.is_empty() && (maybe_html || trimmed.starts_with('<'));
        }
        let marker = ["```", "~~~"]
            .into_iter()
            .find(|m| trimmed.starts_with(m))
            .filter(|_| !maybe_html);
        match (fence, marker) {
            (None, Some(m)) => {
                fence = Some(m);
                continue;
            }
            (Some(open), Some(m)) if open == m => {
                fence = None;
                continue;
            }
            (Some(_), _) => continue,
            (None, None) if !line.contains(':') => continue,
            (None, None) => {}
        }
        let outside_code = line.split('`').step_by(2);
        if outside_code.into_iter().any(has_shortcode) {
            return true;
        }
    }
    false
}

fn has_shortcode(text: &str) -> bool {
    let mut shortcodes = Shortcodes::new(None);
    let _ = replace_emoji(text, &mut shortcodes);
    shortcodes.wanted
}

/// `text` with its emoji shortcodes replaced.
pub(crate) fn replace_emoji<'a>(text: &'a str, shortcodes: &mut Shortcodes<'_>) -> Cow<'a, str> {
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
        let Some(table) = shortcodes.table else {
            shortcodes.wanted = true;
            return Cow::Borrowed(text);
        };
        let name = text[name_start..close].to_ascii_lowercase();
        match table.lookup(&name) {
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
