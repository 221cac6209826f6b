//! The deck's state as reveal.js's `getState` reports it and `setState`
//! and `slide` ask for it.
//!
//! Indices come from JavaScript numbers (or, in `setState`, the strings
//! reveal.js deserialises): these types hold them once read, whole and
//! non-negative, so nothing further along deals with fractions, NaN or
//! negative indices.

use super::json::Value;
use crate::controllers::navigation::Position;

/// Which fragments to show, as `slide(h, v, f)` and
/// `navigateFragment(index)` ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FragmentTarget {
    /// Hide them all (any negative index, e.g. `-1`).
    HideAll,
    /// Show fragment steps 0 to this one (clamped to the slide's last).
    Upto(usize),
}

impl FragmentTarget {
    /// The target a number names: negative hides all, anything else shows up
    /// to its whole part; `None` for NaN.
    pub fn from_number(n: f64) -> Option<FragmentTarget> {
        if n.is_nan() {
            None
        } else if n.floor() < 0.0 {
            Some(FragmentTarget::HideAll)
        } else {
            Some(FragmentTarget::Upto(to_index(n)))
        }
    }
}

/// A `setState` request: every field optional, so `{"paused":true}` alone
/// pauses without moving.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatePatch {
    /// `indexh`.
    pub indexh: Option<usize>,
    /// `indexv`.
    pub indexv: Option<usize>,
    /// `indexf` (negative: no fragment shown).
    pub indexf: Option<FragmentTarget>,
    /// `paused`.
    pub paused: Option<bool>,
    /// `overview`.
    pub overview: Option<bool>,
}

impl StatePatch {
    /// Reads a state object as reveal.js's `setState` does: numbers, or
    /// strings holding them (reveal.js deserialises `"2"` and `"true"`);
    /// `null` counts as missing. `paused`/`overview` apply only when they
    /// are booleans or `"true"`/`"false"`. `None` for a non-object or an
    /// index that is not a number at all.
    pub fn from_value(value: &Value) -> Option<StatePatch> {
        if !matches!(value, Value::Object(_)) {
            return None;
        }
        let number = |key: &str| -> Result<Option<f64>, ()> {
            match value.get(key) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::Number(n)) if !n.is_nan() => Ok(Some(*n)),
                Some(Value::String(s)) => match s.trim() {
                    "null" => Ok(None),
                    t => t
                        .parse::<f64>()
                        .ok()
                        .filter(|n| !n.is_nan())
                        .map(Some)
                        .ok_or(()),
                },
                Some(_) => Err(()),
            }
        };
        let flag = |key: &str| match value.get(key) {
            Some(Value::Bool(b)) => Some(*b),
            Some(Value::String(s)) => match s.as_str() {
                "true" => Some(true),
                "false" => Some(false),
                _ => None,
            },
            _ => None,
        };
        Some(StatePatch {
            indexh: number("indexh").ok()?.map(to_index),
            indexv: number("indexv").ok()?.map(to_index),
            indexf: number("indexf").ok()?.and_then(FragmentTarget::from_number),
            paused: flag("paused"),
            overview: flag("overview"),
        })
    }

    /// True when the patch names a slide or fragment (else it leaves the
    /// position alone).
    pub fn moves(&self) -> bool {
        self.indexh.is_some() || self.indexv.is_some() || self.indexf.is_some()
    }
}

/// A whole, non-negative index from a number: the whole part, negatives as
/// 0, too large as `usize::MAX` (clamped to the deck later).
pub(super) fn to_index(n: f64) -> usize {
    // `as` saturates: negatives become 0, huge values usize::MAX.
    n.floor() as usize
}

/// reveal.js's `getState()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DeckState {
    /// Horizontal index.
    pub indexh: usize,
    /// Vertical index.
    pub indexv: usize,
    /// The last fragment step shown; `None` (left out of the JSON) when
    /// no fragment of the slide is shown.
    pub indexf: Option<usize>,
    /// The screen is blacked out.
    pub paused: bool,
    /// The overview is open.
    pub overview: bool,
}

impl DeckState {
    /// The state at `position` with the given modes.
    pub fn new(position: Position, paused: bool, overview: bool) -> DeckState {
        DeckState {
            indexh: position.h,
            indexv: position.v,
            indexf: position.f,
            paused,
            overview,
        }
    }

    /// The slide and fragment.
    pub fn position(&self) -> Position {
        Position {
            h: self.indexh,
            v: self.indexv,
            f: self.indexf,
        }
    }

    /// `{"indexh","indexv","indexf"?,"paused","overview"}`.
    pub fn to_value(&self) -> Value {
        let mut members = vec![
            ("indexh".to_string(), Value::count(self.indexh)),
            ("indexv".to_string(), Value::count(self.indexv)),
        ];
        if let Some(f) = self.indexf {
            members.push(("indexf".to_string(), Value::count(f)));
        }
        members.push(("paused".to_string(), Value::Bool(self.paused)));
        members.push(("overview".to_string(), Value::Bool(self.overview)));
        Value::Object(members)
    }
}
