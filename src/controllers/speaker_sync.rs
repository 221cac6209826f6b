//! The speaker view's link to the presentation window: the channel's name
//! and the messages both windows exchange over it.
//!
//! The speaker window is the same app opened with `?speaker=<id>`; both
//! windows join the `BroadcastChannel` named after `<id>`. Messages are plain
//! objects with a `type` field:
//!
//! | `type` | fields | sent by |
//! |---|---|---|
//! | `position` | `h`, `v`, `f` (number or null) | either window, when its slide changes |
//! | `request-deck` | — | the speaker window, until it has the deck |
//! | `deck` | `text`, `src` (string or null), `h`, `v`, `f` | the presentation, when asked or when it shows another deck |
//!
//! The speaker window cannot load a deck that came from a local file or
//! pasted text, so it always takes the deck text from the presentation.
//! Any same-origin page can post on a channel: everything received is
//! checked here, and anything malformed is ignored.

use super::navigation::{Layout, Position};
use crate::source::MAX_DECK_BYTES;

/// The query parameter that turns the app into the speaker view.
pub const QUERY_KEY: &str = "speaker";

/// Highest fragment step accepted from a message: far above any real
/// slide, low enough that arithmetic on it cannot overflow.
pub const MAX_FRAGMENT_STEP: usize = 10_000;

/// Longest channel id accepted.
const MAX_ID_LEN: usize = 64;

/// True for a channel id the app could have made: 1 to 64 ASCII letters,
/// digits, `-` or `_`.
pub fn is_channel_id(id: &str) -> bool {
    (1..=MAX_ID_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The `BroadcastChannel` name for a channel id, or `None` for an id that
/// [`is_channel_id`] refuses.
pub fn channel_name(id: &str) -> Option<String> {
    is_channel_id(id).then(|| format!("deckview-speaker-{id}"))
}

/// A message between the presentation and the speaker window.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The sender now shows this position.
    Position(Position),
    /// The speaker window asks for the deck.
    RequestDeck,
    /// The deck's text and the presentation's position.
    Deck {
        /// The deck's Markdown, as loaded.
        text: String,
        /// The address it was loaded from (for relative images and links).
        src: Option<String>,
        /// The slide the presentation shows.
        position: Position,
    },
}

/// One field of a received message, as the browser hands it over.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// Not there.
    Missing,
    /// `null`.
    Null,
    /// A number.
    Number(f64),
    /// A string.
    Text(String),
    /// Anything else (object, boolean, …).
    Other,
}

/// Reads a message from its fields (`get(name)`), or `None` when it is not
/// one of ours: unknown `type`, positions that are not whole non-negative
/// numbers (fragment steps above [`MAX_FRAGMENT_STEP`]), deck text that is
/// not a string or larger than [`crate::source::MAX_DECK_BYTES`].
pub fn read_message(get: impl Fn(&str) -> Field) -> Option<Message> {
    let Field::Text(kind) = get("type") else {
        return None;
    };
    match kind.as_str() {
        "position" => read_position(&get).map(Message::Position),
        "request-deck" => Some(Message::RequestDeck),
        "deck" => {
            let Field::Text(text) = get("text") else {
                return None;
            };
            if text.len() > MAX_DECK_BYTES {
                return None;
            }
            let src = match get("src") {
                Field::Text(s) => Some(s),
                Field::Missing | Field::Null => None,
                _ => return None,
            };
            let position = read_position(&get)?;
            Some(Message::Deck {
                text,
                src,
                position,
            })
        }
        _ => None,
    }
}

/// The fields of a message to send; [`read_message`] reads them back.
pub fn fields(message: &Message) -> Vec<(&'static str, Field)> {
    let position = |p: &Position| {
        [
            ("h", Field::Number(p.h as f64)),
            ("v", Field::Number(p.v as f64)),
            ("f", p.f.map_or(Field::Null, |f| Field::Number(f as f64))),
        ]
    };
    match message {
        Message::Position(p) => {
            let mut out = vec![("type", Field::Text("position".into()))];
            out.extend(position(p));
            out
        }
        Message::RequestDeck => vec![("type", Field::Text("request-deck".into()))],
        Message::Deck {
            text,
            src,
            position: p,
        } => {
            let mut out = vec![
                ("type", Field::Text("deck".into())),
                ("text", Field::Text(text.clone())),
                ("src", src.clone().map_or(Field::Null, Field::Text)),
            ];
            out.extend(position(p));
            out
        }
    }
}

/// True when `pos` names a slide of `layout` (fragments are not checked:
/// the layout does not know them, and a step past the slide's last one
/// shows them all).
pub fn fits(layout: &Layout, pos: &Position) -> bool {
    pos.h < layout.horizontal_count() && pos.v < layout.column_len(pos.h)
}

fn read_position(get: &impl Fn(&str) -> Field) -> Option<Position> {
    let h = index(get("h"), usize::MAX)?;
    let v = index(get("v"), usize::MAX)?;
    let f = match get("f") {
        Field::Missing | Field::Null => None,
        other => Some(index(other, MAX_FRAGMENT_STEP)?),
    };
    Some(Position { h, v, f })
}

/// A whole, non-negative number no larger than `max` (and than 2^32, far
/// beyond any deck).
fn index(field: Field, max: usize) -> Option<usize> {
    let Field::Number(n) = field else {
        return None;
    };
    let ok = n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX);
    ok.then_some(n as usize).filter(|i| *i <= max)
}
