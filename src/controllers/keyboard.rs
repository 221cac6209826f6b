//! reveal.js's keyboard map: which key press asks for what.
//!
//! Keys are matched by their `KeyboardEvent.key` value, so punctuation works
//! on every keyboard layout (`?` is help wherever `?` is typed). Modifiers
//! follow reveal.js: Ctrl and Meta combinations belong to the browser;
//! Shift only counts where it changes the meaning (Space, arrows, N, P) or is
//! needed to type the character (`?`, `:`); Alt on a navigation key skips
//! fragments.
//!
//! Whether the deck is in linear mode or right-to-left does not matter here:
//! [`crate::controllers::navigation::step`] applies that to the [`Move`].

use super::navigation::Move;

/// What a key press asks the viewer to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Navigate (fragments are stepped first where the move allows).
    Move(Move),
    /// Navigate past any remaining fragments (Alt + a navigation key).
    SkipFragmentsMove(Move),
    /// Black out the screen, or bring it back (B, V, `.`, `:`, `;`, `/`).
    TogglePause,
    /// Enter or leave full screen (F).
    ToggleFullscreen,
    /// Open or close the slide overview (Esc, O).
    ToggleOverview,
    /// Show or hide the keyboard help (?, F1).
    ToggleHelp,
    /// Open the jump-to-slide prompt (G).
    JumpToSlide,
    /// Open the speaker view (S).
    SpeakerView,
    /// Pause or resume auto-sliding (A).
    ToggleAutoSlide,
}

/// A key press, as the browser reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Key<'a> {
    /// `KeyboardEvent.key` (e.g. `"n"`, `"ArrowLeft"`, `" "`, `"?"`).
    pub key: &'a str,
    /// `KeyboardEvent.code` (e.g. `"KeyN"`, `"Space"`); used for letter
    /// keys only when Alt is held (macOS turns Option+letter into other
    /// characters) or the layout types a non-Latin letter (Cyrillic, Greek…).
    pub code: &'a str,
    /// Shift held.
    pub shift: bool,
    /// Alt (Option) held.
    pub alt: bool,
    /// Control held.
    pub ctrl: bool,
    /// Meta (Command, Windows key) held.
    pub meta: bool,
}

impl<'a> Key<'a> {
    /// A press of `key` (with physical `code`) and no modifiers.
    pub fn new(key: &'a str, code: &'a str) -> Key<'a> {
        Key {
            key,
            code,
            ..Key::default()
        }
    }

    /// The same press with Shift held.
    pub fn with_shift(self) -> Key<'a> {
        Key {
            shift: true,
            ..self
        }
    }

    /// The same press with Alt held.
    pub fn with_alt(self) -> Key<'a> {
        Key { alt: true, ..self }
    }

    /// The same press with Control held.
    pub fn with_ctrl(self) -> Key<'a> {
        Key { ctrl: true, ..self }
    }

    /// The same press with Meta held.
    pub fn with_meta(self) -> Key<'a> {
        Key { meta: true, ..self }
    }
}

/// The keys reveal.js tells apart, after layout and case are dealt with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    Left,
    Right,
    Up,
    Down,
    Space,
    PageUp,
    PageDown,
    Home,
    End,
    Escape,
    F1,
    /// A letter, lower case.
    Letter(char),
    /// Any other single character, as typed.
    Symbol(char),
}

/// The action for a key press, or `None` when the viewer should leave the
/// key to the browser (unknown keys, Ctrl/Meta combinations, and Shift with
/// keys whose meaning it does not change).
pub fn action_for(key: &Key) -> Option<Action> {
    if key.ctrl || key.meta {
        return None;
    }
    let named = name(key)?;
    let go = |mv: Move| {
        Some(if key.alt {
            Action::SkipFragmentsMove(mv)
        } else {
            Action::Move(mv)
        })
    };
    match (named, key.shift) {
        // Shift+arrow jumps to the ends of an axis; fragments do not apply.
        (Named::Left, true) => Some(Action::Move(Move::FirstH)),
        (Named::Right, true) => Some(Action::Move(Move::LastH)),
        (Named::Up, true) => Some(Action::Move(Move::FirstV)),
        (Named::Down, true) => Some(Action::Move(Move::LastV)),
        (Named::Left | Named::Letter('h'), false) => go(Move::Left),
        (Named::Right | Named::Letter('l'), false) => go(Move::Right),
        (Named::Up | Named::Letter('k'), false) => go(Move::Up),
        (Named::Down | Named::Letter('j'), false) => go(Move::Down),
        (Named::Space, true) => go(Move::Prev),
        (Named::Space, false) => go(Move::Next),
        // reveal.js lets Shift through on N and P, unchanged in meaning.
        (Named::Letter('n'), _) | (Named::PageDown, false) => go(Move::Next),
        (Named::Letter('p'), _) | (Named::PageUp, false) => go(Move::Prev),
        (Named::Home, false) => Some(Action::Move(Move::First)),
        (Named::End, false) => Some(Action::Move(Move::Last)),
        (Named::Letter('b' | 'v'), false) => Some(Action::TogglePause),
        // Punctuation is matched as typed, so Shift may be needed to type it.
        (Named::Symbol('.' | ':' | ';' | '/'), _) => Some(Action::TogglePause),
        (Named::Symbol('?'), _) | (Named::F1, false) => Some(Action::ToggleHelp),
        (Named::Letter('f'), false) => Some(Action::ToggleFullscreen),
        (Named::Escape | Named::Letter('o'), false) => Some(Action::ToggleOverview),
        (Named::Letter('g'), false) => Some(Action::JumpToSlide),
        (Named::Letter('s'), false) => Some(Action::SpeakerView),
        (Named::Letter('a'), false) => Some(Action::ToggleAutoSlide),
        _ => None,
    }
}

/// Reads the key: named keys by their (current or legacy) names, letters
/// case-insensitively, and with Alt held or a non-Latin letter typed, the
/// letter printed on the key's position (its code).
fn name(key: &Key) -> Option<Named> {
    let named = match key.key {
        "ArrowLeft" | "Left" => Named::Left,
        "ArrowRight" | "Right" => Named::Right,
        "ArrowUp" | "Up" => Named::Up,
        "ArrowDown" | "Down" => Named::Down,
        " " | "Spacebar" => Named::Space,
        "PageUp" => Named::PageUp,
        "PageDown" => Named::PageDown,
        "Home" => Named::Home,
        "End" => Named::End,
        "Escape" | "Esc" => Named::Escape,
        "F1" => Named::F1,
        other => {
            let mut chars = other.chars();
            let single = match (chars.next(), chars.next()) {
                (Some(c), None) => Some(c),
                _ => None,
            };
            // Option+letter on macOS types another character (or a dead
            // key), and non-Latin layouts type their own letters: reveal.js
            // reads the key's position there, and so do we.
            let by_position = key.alt || single.is_some_and(|c| c.is_alphabetic() && !c.is_ascii());
            if by_position {
                if let Some(letter) = letter_of_code(key.code) {
                    return Some(Named::Letter(letter));
                }
            }
            match single? {
                c if c.is_ascii_alphabetic() => Named::Letter(c.to_ascii_lowercase()),
                c => Named::Symbol(c),
            }
        }
    };
    Some(named)
}

/// The letter of a `KeyA`…`KeyZ` code.
fn letter_of_code(code: &str) -> Option<char> {
    let rest = code.strip_prefix("Key")?;
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_uppercase() => Some(c.to_ascii_lowercase()),
        _ => None,
    }
}
