//! Which events a change of the deck fires, and the messages that carry them.
//!
//! The deck changes for many reasons (keys, touches, API calls, auto-slide):
//! rather than each of them announcing itself, the view compares a
//! [`Snapshot`] before and after, so every cause fires the same events in
//! the same order as reveal.js.

use super::json::Value;
use super::state::DeckState;
use crate::controllers::navigation::Position;

/// An event message: `{"namespace":"reveal","eventName":name,"state":…}`
/// followed by `extra` members.
pub fn event(name: &str, state: &DeckState, extra: Vec<(String, Value)>) -> Value {
    let mut members = vec![
        ("namespace".to_string(), Value::String("reveal".to_string())),
        ("eventName".to_string(), Value::String(name.to_string())),
        ("state".to_string(), state.to_value()),
    ];
    members.extend(extra);
    Value::Object(members)
}

/// The extra members an event carries: `slidechanged` repeats `indexh` and
/// `indexv` at the top level, as reveal.js 3 and 4 sent them.
pub fn event_extra(name: &str, state: &DeckState) -> Vec<(String, Value)> {
    match name {
        "slidechanged" => vec![
            ("indexh".to_string(), Value::count(state.indexh)),
            ("indexv".to_string(), Value::count(state.indexv)),
        ],
        _ => Vec::new(),
    }
}

/// What the events compare: the position and the modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Snapshot {
    /// Slide and fragment.
    pub position: Position,
    /// The screen is blacked out.
    pub paused: bool,
    /// The overview is open.
    pub overview: bool,
    /// Auto-sliding runs (in a deck that auto-slides).
    pub auto_sliding: bool,
}

/// The events a change from `before` to `after` fires, in this order:
/// `slidechanged` (another slide) or `fragmentshown`/`fragmenthidden`
/// (more or fewer fragments on the same slide), then `paused`/`resumed`,
/// `overviewshown`/`overviewhidden`, `autoslidepaused`/`autoslideresumed`.
pub fn events_between(before: &Snapshot, after: &Snapshot) -> Vec<&'static str> {
    let mut events = Vec::new();
    let (from, to) = (before.position, after.position);
    if !from.same_slide(&to) {
        events.push("slidechanged");
    } else if to.f > from.f {
        events.push("fragmentshown");
    } else if to.f < from.f {
        events.push("fragmenthidden");
    }
    let mut toggled = |was: bool, is: bool, on: &'static str, off: &'static str| {
        if was != is {
            events.push(if is { on } else { off });
        }
    };
    toggled(before.paused, after.paused, "paused", "resumed");
    toggled(
        before.overview,
        after.overview,
        "overviewshown",
        "overviewhidden",
    );
    toggled(
        before.auto_sliding,
        after.auto_sliding,
        "autoslideresumed",
        "autoslidepaused",
    );
    events
}
