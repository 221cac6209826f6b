//! Saving the deck on screen as one HTML file ("Download HTML"): which of
//! the parts loaded on demand the deck needs, and the page made from the
//! build's export kit (`export/` in the app folder, written by
//! scripts/build.mjs) and the deck's text.
//!
//! The kit's page already holds the viewer (one wasm module, its glue,
//! DOMPurify, the styles) and a Content-Security-Policy that allows its
//! inline scripts by hash; what is added here is data only: the title,
//! the deck as a JSON data block that cannot end its element, and the
//! kit's pieces for the parts the deck uses.

use super::api::Value;
use crate::deck::Deck;

/// Where the deck's title goes in the kit's page.
pub const TITLE_MARK: &str = "<!--dv:title-->";
/// Where the deck's data block and the parts go in the kit's page.
pub const PARTS_MARK: &str = "<!--dv:parts-->";

/// The parts loaded on demand that a deck uses, each a piece of the kit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Parts {
    /// Code blocks with a language: the highlighter (`highlight.html`).
    pub highlighter: bool,
    /// Formulas: the math module (`math.html`).
    pub math: bool,
    /// `:shortcodes:`: the emoji table (`emoji.html`).
    pub emoji: bool,
    /// Text set in Lato, which HedgeDoc ships and decks name without a
    /// fallback (`font-family: lato`): its regular and bold faces
    /// (`lato.html`). Without them a browser falls back to its default
    /// font, a serif one in Firefox.
    pub lato: bool,
}

impl Parts {
    /// The kit's files for these parts.
    pub fn files(&self) -> Vec<&'static str> {
        [
            (self.highlighter, "highlight.html"),
            (self.math, "math.html"),
            (self.emoji, "emoji.html"),
            (self.lato, "lato.html"),
        ]
        .into_iter()
        .filter_map(|(used, file)| used.then_some(file))
        .collect()
    }
}

/// The parts the deck `text` (parsed as `deck`) uses, read from its
/// slides' HTML (every slide is rendered for it); whether it has
/// shortcodes is asked of the text parsed without the emoji table (a deck
/// parsed with it wants nothing more); whether it names Lato, of the text.
pub fn parts_used(deck: &Deck, text: &str) -> Parts {
    let mut parts = Parts {
        emoji: crate::deck::parse(text).wants_emoji,
        lato: names_word(text, "lato"),
        ..Parts::default()
    };
    for slide in deck.columns.iter().flatten() {
        let html = slide.html().as_untrusted_str();
        parts.highlighter |= html.contains("language-");
        parts.math |= html.contains("data-tex=");
    }
    parts
}

/// The addresses of the pictures and media a deck names (but `data:`
/// ones): in its slides, as slide backgrounds and as the parallax
/// background. The saved file leaves them as links, to load from the
/// network, and the presenter is told which.
pub fn linked_media(deck: &Deck) -> Vec<String> {
    let mut found = Addresses::of_parallax(deck);
    for slide in deck.columns.iter().flatten() {
        let backgrounds = slide
            .attributes
            .iter()
            .filter(|(name, _)| name == "data-background-image" || name == "data-background-video")
            .map(|(_, value)| value.as_str());
        attribute_values(slide.html().as_untrusted_str(), " src=\"")
            .chain(backgrounds)
            .for_each(|a| found.add(a));
    }
    found.0
}

/// Addresses as a deck names them, each once, without `data:` ones, and
/// with HTML's `&amp;` read as the `&` it stands for.
struct Addresses(Vec<String>);

impl Addresses {
    /// The deck's parallax background, if it names one.
    fn of_parallax(deck: &Deck) -> Self {
        let mut found = Addresses(Vec::new());
        if let Some(parallax) = &deck.options.parallax_background_image {
            found.add(parallax);
        }
        found
    }

    fn add(&mut self, address: &str) {
        let address = address.replace("&amp;", "&");
        if !address.is_empty() && !address.starts_with("data:") && !self.0.contains(&address) {
            self.0.push(address);
        }
    }
}

/// True when `text` has `word` (lower case) as a word of its own, in any
/// case: "Lato" and `font-family:lato`, not "Plato".
fn names_word(text: &str, word: &str) -> bool {
    let lower = text.to_lowercase();
    lower.match_indices(word).any(|(at, _)| {
        let before = lower[..at].chars().last();
        let after = lower[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The addresses of the pictures a deck names (but `data:` ones), as its
/// text writes them: the parallax background, slide backgrounds and the
/// `src` of its `<img>` elements. These the saved file may carry inside.
pub fn pictures(deck: &Deck) -> Vec<String> {
    let mut found = Addresses::of_parallax(deck);
    for slide in deck.columns.iter().flatten() {
        slide
            .attributes
            .iter()
            .filter(|(name, _)| name == "data-background-image")
            .for_each(|(_, value)| found.add(value));
        img_sources(slide.html().as_untrusted_str()).for_each(|a| found.add(a));
    }
    found.0
}

/// The `src` values of the `<img …>` tags in `html`, quoted or not.
fn img_sources(html: &str) -> impl Iterator<Item = &str> + '_ {
    html.match_indices("<img").filter_map(move |(at, _)| {
        let tag = &html[at..];
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        let value = &tag[tag.find(" src=")? + " src=".len()..];
        match value.chars().next()? {
            quote @ ('"' | '\'') => value[1..].split(quote).next(),
            _ => value.split([' ', '/', '\t', '\n']).next(),
        }
    })
}

/// `text` with each address of `replacements` (`(from, to)`) replaced
/// where it stands as an address: after `(`, a quote, `=`, `<` or a space,
/// and before `)`, a quote, `>`, a space or the end. So a picture's address
/// inside a longer one, or in a sentence's words, is left alone. An address
/// with `&` is also found as HTML writes it (`&amp;`).
pub fn with_addresses(text: &str, replacements: &[(String, String)]) -> String {
    let mut out = text.to_owned();
    for (from, to) in replacements {
        let mut forms = vec![from.clone()];
        if from.contains('&') {
            forms.push(from.replace('&', "&amp;"));
        }
        for form in forms.iter().filter(|f| !f.is_empty()) {
            out = replace_bounded(&out, form, to);
        }
    }
    out
}

/// Every occurrence of `from` in `text` that stands alone as an address
/// (see [`with_addresses`]) replaced by `to`.
fn replace_bounded(text: &str, from: &str, to: &str) -> String {
    let opens = |c: char| matches!(c, '(' | '"' | '\'' | '=' | '<') || c.is_whitespace();
    let closes = |c: char| matches!(c, ')' | '"' | '\'' | '>') || c.is_whitespace();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let before = if at > 0 {
            rest[..at].chars().last()
        } else {
            out.chars().last()
        };
        let after = rest[at + from.len()..].chars().next();
        out.push_str(&rest[..at]);
        if before.is_some_and(opens) && after.is_none_or(closes) {
            out.push_str(to);
        } else {
            out.push_str(from);
        }
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

/// The picture type of a `Content-Type` answer (`image/png` of
/// `image/png; charset=…`), when it is one and plainly written: it goes
/// into the deck's text, inside its addresses.
pub fn picture_type(content_type: &str) -> Option<&str> {
    let kind = content_type.split(';').next()?.trim();
    let subtype = kind.strip_prefix("image/")?;
    let plain = !subtype.is_empty()
        && subtype
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-'));
    plain.then_some(kind)
}

/// The `data:` address of a picture of type `kind`.
pub fn data_address(kind: &str, bytes: &[u8]) -> String {
    use base64::Engine as _;
    format!(
        "data:{kind};base64,{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    )
}

/// The values of an attribute written `name="…"` (its opening given as
/// `opening`, with the quote) in `html`.
fn attribute_values<'a>(html: &'a str, opening: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    html.match_indices(opening).filter_map(move |(at, _)| {
        let rest = &html[at + opening.len()..];
        rest.find('"').map(|end| &rest[..end])
    })
}

/// The deck as the saved page's data block: `{"text": …}` in a
/// `<script type="application/json">`, with every `<` written `\u003c`, so
/// that nothing in the deck can end the element or start markup (and the
/// line separators escaped as well, which some JSON readers take for line
/// ends).
pub fn deck_block(text: &str) -> String {
    let json = Value::object([("text", Value::String(text.to_owned()))]).to_json();
    // Outside its escapes JSON text has these characters only inside strings,
    // where `\uXXXX` means the same character.
    let safe = json
        .replace('<', "\\u003c")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029");
    format!("<script type=\"application/json\" id=\"dv-deck\">{safe}</script>")
}

/// `text` for an HTML text node (the page's `<title>`).
fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The saved page: the kit's `template` with the title and, at the parts
/// mark, the deck's data block and the kit's `pieces`. `None` when the
/// template lacks a mark (a kit of another build).
pub fn page(template: &str, title: &str, deck_block: &str, pieces: &[String]) -> Option<String> {
    if !template.contains(TITLE_MARK) || !template.contains(PARTS_MARK) {
        return None;
    }
    let mut parts = String::from(deck_block);
    for piece in pieces {
        parts.push('\n');
        parts.push_str(piece);
    }
    Some(
        template
            .replacen(TITLE_MARK, &escape_text(title), 1)
            .replacen(PARTS_MARK, &parts, 1),
    )
}

/// The saved file's name, from the deck's title: letters and digits kept,
/// every other run of characters one `-`, at most 80 characters.
pub fn file_name(title: &str) -> String {
    let mut name = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    let name: String = name.trim_end_matches('-').chars().take(80).collect();
    let name = name.trim_end_matches('-');
    format!("{}.html", if name.is_empty() { "deck" } else { name })
}
