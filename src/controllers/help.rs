//! The keyboard help (? or F1): every key the viewer answers to, grouped as
//! a presenter looks for them.
//!
//! Keys are written as `KeyboardEvent.key` names with `Shift+`/`Alt+`
//! prefixes (`ArrowRight`, `Shift+Space`, `Alt+ArrowLeft`), so the help names
//! exactly what [`crate::controllers::keyboard::action_for`] reads; the
//! tests hold every entry to what the keyboard map really does.

use super::keyboard::{Action, Key};
use super::navigation::Move;

/// One line of the help: keys (each doing the action at the same place in
/// `actions`) and what they do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The keys, as shown (`"N"`, `"Shift+Space"`, `"?"`).
    pub keys: &'static [&'static str],
    /// What pressing them does, in words.
    pub what: &'static str,
    /// The action of each key in `keys`.
    pub actions: &'static [Action],
}

/// A titled group of entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// The group's heading.
    pub title: &'static str,
    /// Its lines.
    pub entries: &'static [Entry],
}

const fn entry(
    keys: &'static [&'static str],
    what: &'static str,
    actions: &'static [Action],
) -> Entry {
    Entry {
        keys,
        what,
        actions,
    }
}

use Action::{Move as Go, SkipFragmentsMove as Skip};

/// Toolbar buttons the help lists after the keys (those whose name does
/// not say it all): the button's name and what it does.
pub const TOOLBAR: &[(&str, &str)] = &[("Download HTML", "Save as one file that opens offline")];

/// The whole keyboard map, as the help shows it.
pub const KEY_MAP: &[Section] = &[
    Section {
        title: "Navigation",
        entries: &[
            entry(
                &["N", "Space", "PageDown"],
                "Next (fragment or slide)",
                &[Go(Move::Next), Go(Move::Next), Go(Move::Next)],
            ),
            entry(
                &["P", "Shift+Space", "PageUp"],
                "Previous (fragment or slide)",
                &[Go(Move::Prev), Go(Move::Prev), Go(Move::Prev)],
            ),
            entry(
                &["ArrowLeft", "H"],
                "Slide to the left",
                &[Go(Move::Left), Go(Move::Left)],
            ),
            entry(
                &["ArrowRight", "L"],
                "Slide to the right",
                &[Go(Move::Right), Go(Move::Right)],
            ),
            entry(
                &["ArrowUp", "K"],
                "Slide above",
                &[Go(Move::Up), Go(Move::Up)],
            ),
            entry(
                &["ArrowDown", "J"],
                "Slide below",
                &[Go(Move::Down), Go(Move::Down)],
            ),
            entry(
                &[
                    "Alt+ArrowLeft",
                    "Alt+ArrowRight",
                    "Alt+ArrowUp",
                    "Alt+ArrowDown",
                ],
                "Move without stepping through fragments",
                &[
                    Skip(Move::Left),
                    Skip(Move::Right),
                    Skip(Move::Up),
                    Skip(Move::Down),
                ],
            ),
            entry(
                &["Shift+ArrowLeft", "Shift+ArrowRight"],
                "First / last column",
                &[Go(Move::FirstH), Go(Move::LastH)],
            ),
            entry(
                &["Shift+ArrowUp", "Shift+ArrowDown"],
                "Top / bottom of the column",
                &[Go(Move::FirstV), Go(Move::LastV)],
            ),
            entry(
                &["Home", "End"],
                "First / last slide",
                &[Go(Move::First), Go(Move::Last)],
            ),
        ],
    },
    Section {
        title: "Presenting",
        entries: &[
            entry(
                &["Escape", "O"],
                "Overview of all slides",
                &[Action::ToggleOverview, Action::ToggleOverview],
            ),
            entry(&["S"], "Speaker view", &[Action::SpeakerView]),
            entry(
                &["B", "V", ".", ":", ";", "/"],
                "Pause: black screen (again to resume)",
                &[
                    Action::TogglePause,
                    Action::TogglePause,
                    Action::TogglePause,
                    Action::TogglePause,
                    Action::TogglePause,
                    Action::TogglePause,
                ],
            ),
            entry(&["F"], "Fullscreen", &[Action::ToggleFullscreen]),
            entry(
                &["G"],
                "Jump to slide (number, or h/v)",
                &[Action::JumpToSlide],
            ),
            entry(
                &["A"],
                "Pause / resume auto-slide",
                &[Action::ToggleAutoSlide],
            ),
            entry(
                &["?", "F1"],
                "This help",
                &[Action::ToggleHelp, Action::ToggleHelp],
            ),
        ],
    },
];

/// The key press a help label stands for: `Shift+`/`Alt+` prefixes, `Space`
/// for the space bar, a capital letter for its key, anything else as the
/// `KeyboardEvent.key` it names. `None` for an empty label.
pub fn key_of_label(label: &str) -> Option<KeyPress> {
    let mut press = KeyPress::default();
    let mut rest = label;
    loop {
        if let Some(r) = rest.strip_prefix("Shift+").filter(|r| !r.is_empty()) {
            press.shift = true;
            rest = r;
        } else if let Some(r) = rest.strip_prefix("Alt+").filter(|r| !r.is_empty()) {
            press.alt = true;
            rest = r;
        } else {
            break;
        }
    }
    if rest.is_empty() {
        return None;
    }
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() => {
            press.key = c.to_ascii_lowercase().to_string();
            press.code = format!("Key{}", c.to_ascii_uppercase());
        }
        _ if rest == "Space" => {
            press.key = " ".to_string();
            press.code = "Space".to_string();
        }
        _ => press.key = rest.to_string(),
    }
    Some(press)
}

/// An owned key press (what [`key_of_label`] reads); borrow it as a [`Key`]
/// with [`KeyPress::as_key`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyPress {
    /// `KeyboardEvent.key`.
    pub key: String,
    /// `KeyboardEvent.code` (letters only; empty otherwise).
    pub code: String,
    /// Shift held.
    pub shift: bool,
    /// Alt held.
    pub alt: bool,
}

impl KeyPress {
    /// The press as the keyboard map reads it.
    pub fn as_key(&self) -> Key<'_> {
        Key {
            key: &self.key,
            code: &self.code,
            shift: self.shift,
            alt: self.alt,
            ctrl: false,
            meta: false,
        }
    }
}
