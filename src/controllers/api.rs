//! reveal.js's JavaScript API as deckview answers it, without the browser:
//! reading a call, what it asks for, the state and events it reports.
//!
//! A host page drives an embedded deck the way it drives reveal.js: it
//! posts `{"method":"slide","args":[2,0]}` (a JSON string, or the same
//! shape as a plain object) and gets back
//! `{"namespace":"reveal","eventName":"callback","method":…,"result":…,"state":…}`.
//! With `postMessageEvents` the deck also posts
//! `{"namespace":"reveal","eventName":"slidechanged","state":…}` and the
//! like to its parent. The `<deck-view>` element offers the same methods.
//!
//! Everything here is data in, data out: [`command`] turns a method name and
//! its arguments into a [`Command`] (only names on the allow-list
//! [`METHODS`]; anything else is `None`), [`answer`] answers the read-only
//! ones from [`Facts`], [`slide_target`] and [`fragment_target`] say where
//! the moving ones go, and [`events_between`] says which events a change
//! of [`Snapshot`] fires. The browser side (`view::api`, wasm only) reads
//! the deck's signals and applies the answers.
//!
//! Values never run: a call is JSON data, read field by field. Methods
//! reveal.js refuses (plugin and listener registration, previews) are
//! recognised by [`is_refused`] so the caller can warn, as reveal.js does.

use super::fragments;
use super::navigation::{
    can_move, clamp, flat_index, progress, total, Layout, Move, NavOptions, Position,
};

/// A JSON value: what a call carries and what a reply or event holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null` (also what JavaScript's `undefined` becomes inside an array).
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number; NaN and infinities are written as `null`, as
    /// `JSON.stringify` does.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, its members in order.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The value as JSON text, as `JSON.stringify` writes it: no spaces,
    /// whole numbers without a fraction, NaN and infinities as `null`.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => write_number(*n, out),
            Value::String(s) => write_string(s, out),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Value::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write_json(out);
                }
                out.push('}');
            }
        }
    }

    /// The member `key` of an object (the last one, as `JSON.parse` keeps
    /// the last of repeated keys); `None` for a missing key or a non-object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A string's text.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// An object from `(key, value)` pairs.
    pub fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
        Value::Object(
            members
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    /// A count or index as a JSON number.
    pub fn count(n: usize) -> Value {
        Value::Number(n as f64)
    }
}

/// Writes a number as JavaScript prints it in JSON: integers without `.0`,
/// `-0` as `0`, very large or small magnitudes with an exponent.
fn write_number(n: f64, out: &mut String) {
    use std::fmt::Write;
    if !n.is_finite() {
        out.push_str("null");
    } else if n == 0.0 {
        out.push('0');
    } else if n.fract() == 0.0 && n.abs() < 1e21 {
        let _ = write!(out, "{n:.0}");
    } else if n.abs() >= 1e21 || n.abs() < 1e-6 {
        let _ = write!(out, "{n:e}");
    } else {
        let _ = write!(out, "{n}");
    }
}

/// Writes a JSON string literal: quotes, backslashes and control
/// characters escaped, everything else as is (JSON text is Unicode).
fn write_string(s: &str, out: &mut String) {
    use std::fmt::Write;
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The embedder's settings, read from the page's query (never from the
/// deck: they are not in HedgeDoc's `slideOptions` whitelist, so a deck
/// cannot turn them on).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// `postMessage` (default on): calls posted to the window are answered.
    pub post_message: bool,
    /// `postMessageEvents` (default off): inside a frame, the deck posts
    /// its events to the parent window.
    pub post_message_events: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            post_message: true,
            post_message_events: false,
        }
    }
}

impl Settings {
    /// The settings a page query asks for: `?postMessageEvents=true`,
    /// `?postMessage=false`. A parameter is a flag: present and empty, or
    /// any value but `false`/`0`/`no`, means on; the last one wins.
    pub fn from_query(query: &[(String, String)]) -> Settings {
        let flag = |name: &str| {
            query
                .iter()
                .rev()
                .find(|(k, _)| k == name)
                .map(|(_, v)| !matches!(v.trim(), "false" | "0" | "no"))
        };
        let default = Settings::default();
        Settings {
            post_message: flag("postMessage").unwrap_or(default.post_message),
            post_message_events: flag("postMessageEvents").unwrap_or(default.post_message_events),
        }
    }
}

/// Every method name the API answers (reveal.js's names), for the
/// `<deck-view>` element's methods and docs/embedding.md.
pub const METHODS: &[&str] = &[
    "slide",
    "left",
    "right",
    "up",
    "down",
    "prev",
    "next",
    "navigateLeft",
    "navigateRight",
    "navigateUp",
    "navigateDown",
    "navigatePrev",
    "navigateNext",
    "nextFragment",
    "prevFragment",
    "navigateFragment",
    "getState",
    "setState",
    "getIndices",
    "getTotalSlides",
    "getSlidePastCount",
    "getProgress",
    "isFirstSlide",
    "isLastSlide",
    "isLastVerticalSlide",
    "isVerticalSlide",
    "hasHorizontalSlides",
    "hasVerticalSlides",
    "availableRoutes",
    "availableFragments",
    "isPaused",
    "togglePause",
    "isOverview",
    "toggleOverview",
    "isAutoSliding",
    "toggleAutoSlide",
    "getScale",
    "getSlideNotes",
    "isReady",
];

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

/// A call the API accepts.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// `slide(h, v, f)`: go to a slide; a missing `h` keeps the column,
    /// a missing `v` keeps the row in the same column (else the top).
    Slide {
        /// Horizontal index.
        h: Option<usize>,
        /// Vertical index.
        v: Option<usize>,
        /// Fragments to show there.
        f: Option<FragmentTarget>,
    },
    /// `left`/`right`/`up`/`down`/`prev`/`next` (and their `navigate…`
    /// names): a move, stepping through fragments first unless
    /// `{"skipFragments":true}`.
    Navigate {
        /// The move.
        to: Move,
        /// Move to the next slide even with fragments left to show.
        skip_fragments: bool,
    },
    /// `nextFragment()`: show one more fragment; answers whether it did.
    NextFragment,
    /// `prevFragment()`: hide the last fragment shown; answers whether it did.
    PrevFragment,
    /// `navigateFragment(index)`: show fragments up to `index` (`-1` hides
    /// all; none keeps them as they are); answers whether that changed them.
    NavigateFragment(Option<FragmentTarget>),
    /// `setState(state)`.
    SetState(StatePatch),
    /// `togglePause(paused?)`.
    TogglePause(Option<bool>),
    /// `toggleOverview(open?)`: never opens it in a deck with `overview: false`.
    ToggleOverview(Option<bool>),
    /// `toggleAutoSlide(running?)`: only in a deck that auto-slides here.
    ToggleAutoSlide(Option<bool>),
    /// `getSlideNotes(h?, v?)`: the notes of a slide (the current one
    /// without arguments).
    SlideNotes {
        /// Horizontal index.
        h: Option<usize>,
        /// Vertical index.
        v: Option<usize>,
    },
    /// A question answered by [`answer`].
    Ask(Query),
}

/// A read-only call: the answer depends only on [`Facts`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Query {
    /// `getState()`.
    State,
    /// `getIndices()`: `{h, v, f?}`.
    Indices,
    /// `getTotalSlides()`.
    TotalSlides,
    /// `getSlidePastCount()`: slides before this one in reading order.
    SlidePastCount,
    /// `getProgress()`: 0 to 1.
    Progress,
    /// `isFirstSlide()`.
    IsFirstSlide,
    /// `isLastSlide()`: the bottom of the last column.
    IsLastSlide,
    /// `isLastVerticalSlide()`: the bottom of a stack.
    IsLastVerticalSlide,
    /// `isVerticalSlide()`: a slide inside a stack.
    IsVerticalSlide,
    /// `hasHorizontalSlides()`: more than one column.
    HasHorizontalSlides,
    /// `hasVerticalSlides()`: some column is a stack.
    HasVerticalSlides,
    /// `availableRoutes()`: `{left, right, up, down}`.
    AvailableRoutes,
    /// `availableFragments()`: `{prev, next}`.
    AvailableFragments,
    /// `isPaused()`.
    IsPaused,
    /// `isOverview()`.
    IsOverview,
    /// `isAutoSliding()`.
    IsAutoSliding,
    /// `getScale()`.
    Scale,
    /// `isReady()`.
    IsReady,
}

/// The call `method(args…)` asks for, or `None` when the API does not
/// answer it: a name not in [`METHODS`], or a numeric argument that is not
/// a number (`slide("2")`). A `null` argument counts as missing
/// (`JSON.stringify` turns `undefined` into `null`); indices are whole
/// numbers, negatives count as 0, and each is clamped to the deck later.
pub fn command(method: &str, args: &[Value]) -> Option<Command> {
    let arg = |i: usize| args.get(i).filter(|v| **v != Value::Null);
    let index = |i: usize| -> Result<Option<usize>, ()> {
        match arg(i) {
            None => Ok(None),
            Some(Value::Number(n)) if !n.is_nan() => Ok(Some(to_index(*n))),
            Some(_) => Err(()),
        }
    };
    let fragment = |i: usize| -> Result<Option<FragmentTarget>, ()> {
        match arg(i) {
            None => Ok(None),
            Some(Value::Number(n)) => FragmentTarget::from_number(*n).map(Some).ok_or(()),
            Some(_) => Err(()),
        }
    };
    // reveal.js's toggles act on a boolean and toggle on anything else.
    let choice = |i: usize| arg(i).and_then(Value::as_bool);
    let navigate = |to: Move| {
        let skip_fragments = arg(0)
            .and_then(|o| o.get("skipFragments"))
            .and_then(Value::as_bool)
            .unwrap_or(false);
        Some(Command::Navigate { to, skip_fragments })
    };
    let ask = |q: Query| Some(Command::Ask(q));
    match method {
        "slide" => Some(Command::Slide {
            h: index(0).ok()?,
            v: index(1).ok()?,
            f: fragment(2).ok()?,
        }),
        "left" | "navigateLeft" => navigate(Move::Left),
        "right" | "navigateRight" => navigate(Move::Right),
        "up" | "navigateUp" => navigate(Move::Up),
        "down" | "navigateDown" => navigate(Move::Down),
        "prev" | "navigatePrev" => navigate(Move::Prev),
        "next" | "navigateNext" => navigate(Move::Next),
        "nextFragment" => Some(Command::NextFragment),
        "prevFragment" => Some(Command::PrevFragment),
        "navigateFragment" => Some(Command::NavigateFragment(fragment(0).ok()?)),
        "setState" => Some(Command::SetState(StatePatch::from_value(arg(0)?)?)),
        "togglePause" => Some(Command::TogglePause(choice(0))),
        "toggleOverview" => Some(Command::ToggleOverview(choice(0))),
        "toggleAutoSlide" => Some(Command::ToggleAutoSlide(choice(0))),
        "getSlideNotes" => Some(Command::SlideNotes {
            h: index(0).ok()?,
            v: index(1).ok()?,
        }),
        "getState" => ask(Query::State),
        "getIndices" => ask(Query::Indices),
        "getTotalSlides" => ask(Query::TotalSlides),
        "getSlidePastCount" => ask(Query::SlidePastCount),
        "getProgress" => ask(Query::Progress),
        "isFirstSlide" => ask(Query::IsFirstSlide),
        "isLastSlide" => ask(Query::IsLastSlide),
        "isLastVerticalSlide" => ask(Query::IsLastVerticalSlide),
        "isVerticalSlide" => ask(Query::IsVerticalSlide),
        "hasHorizontalSlides" => ask(Query::HasHorizontalSlides),
        "hasVerticalSlides" => ask(Query::HasVerticalSlides),
        "availableRoutes" => ask(Query::AvailableRoutes),
        "availableFragments" => ask(Query::AvailableFragments),
        "isPaused" => ask(Query::IsPaused),
        "isOverview" => ask(Query::IsOverview),
        "isAutoSliding" => ask(Query::IsAutoSliding),
        "getScale" => ask(Query::Scale),
        "isReady" => ask(Query::IsReady),
        _ => None,
    }
}

/// A whole, non-negative index from a number: the whole part, negatives as
/// 0, too large as `usize::MAX` (clamped to the deck later).
fn to_index(n: f64) -> usize {
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

/// What [`answer`] needs to know about a deck right now.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// The deck's shape.
    pub layout: &'a Layout,
    /// Its navigation rules.
    pub options: &'a NavOptions,
    /// Position and modes.
    pub state: DeckState,
    /// Fragment steps on the current slide (0 with `fragments: false`).
    pub fragment_count: usize,
    /// Auto-sliding runs on this slide (the deck or the slide sets a delay,
    /// and it is not paused).
    pub auto_sliding: bool,
    /// The canvas scale.
    pub scale: f64,
    /// The slides are in the page.
    pub ready: bool,
}

/// The answer to a read-only call, as reveal.js gives it.
pub fn answer(query: Query, facts: &Facts) -> Value {
    let layout = facts.layout;
    let pos = clamp(layout, facts.state.position());
    let in_stack = layout.column_len(pos.h) > 1;
    let routes = |m: Move| Value::Bool(can_move(layout, pos, m, facts.options));
    match query {
        Query::State => facts.state.to_value(),
        Query::Indices => {
            let mut members = vec![
                ("h".to_string(), Value::count(pos.h)),
                ("v".to_string(), Value::count(pos.v)),
            ];
            if let Some(f) = pos.f {
                members.push(("f".to_string(), Value::count(f)));
            }
            Value::Object(members)
        }
        Query::TotalSlides => Value::count(total(layout)),
        Query::SlidePastCount => Value::count(flat_index(layout, pos)),
        Query::Progress => Value::Number(progress(layout, pos)),
        Query::IsFirstSlide => Value::Bool(pos.h == 0 && pos.v == 0),
        Query::IsLastSlide => Value::Bool(pos.same_slide(&layout.last())),
        Query::IsLastVerticalSlide => {
            Value::Bool(in_stack && pos.v + 1 == layout.column_len(pos.h))
        }
        Query::IsVerticalSlide => Value::Bool(in_stack),
        Query::HasHorizontalSlides => Value::Bool(layout.horizontal_count() > 1),
        Query::HasVerticalSlides => Value::Bool(layout.has_vertical_slides()),
        Query::AvailableRoutes => Value::object([
            ("left", routes(Move::Left)),
            ("right", routes(Move::Right)),
            ("up", routes(Move::Up)),
            ("down", routes(Move::Down)),
        ]),
        Query::AvailableFragments => Value::object([
            (
                "prev",
                Value::Bool(pos.f.is_some() && facts.fragment_count > 0),
            ),
            (
                "next",
                Value::Bool(fragments::next(pos.f, facts.fragment_count).is_some()),
            ),
        ]),
        Query::IsPaused => Value::Bool(facts.state.paused),
        Query::IsOverview => Value::Bool(facts.state.overview),
        Query::IsAutoSliding => Value::Bool(facts.auto_sliding),
        Query::Scale => Value::Number(facts.scale),
        Query::IsReady => Value::Bool(facts.ready),
    }
}

/// The fragment step shown after asking for `target` on a slide with
/// `count` steps: `None` when none is shown.
pub fn fragment_target(target: FragmentTarget, count: usize) -> Option<usize> {
    match target {
        FragmentTarget::HideAll => None,
        FragmentTarget::Upto(_) if count == 0 => None,
        FragmentTarget::Upto(n) => Some(n.min(count - 1)),
    }
}

/// Where `slide(h, v, f)` goes from `current`: indices clamped into the
/// deck; a missing `h` keeps the column, a missing `v` keeps the row in the
/// same column and takes the top of another. Fragments: `f` clamped to the
/// target's `fragment_count(h, v)` steps; without `f`, the same slide keeps
/// its fragments and another slide shows none.
pub fn slide_target(
    layout: &Layout,
    current: Position,
    h: Option<usize>,
    v: Option<usize>,
    f: Option<FragmentTarget>,
    fragment_count: impl FnOnce(usize, usize) -> usize,
) -> Position {
    let current = clamp(layout, current);
    let h = h.unwrap_or(current.h);
    let v = v.unwrap_or(if h == current.h { current.v } else { 0 });
    let mut to = clamp(layout, Position::new(h, v));
    to.f = match f {
        Some(t) => fragment_target(t, fragment_count(to.h, to.v)),
        None if to.same_slide(&current) => current.f,
        None => None,
    };
    to
}

/// The callback message after a call: `result` left out when the method
/// returns nothing, as `JSON.stringify` leaves out `undefined`.
pub fn callback(method: &str, result: Option<Value>, state: &DeckState) -> Value {
    let mut members = vec![
        ("namespace".to_string(), Value::String("reveal".to_string())),
        (
            "eventName".to_string(),
            Value::String("callback".to_string()),
        ),
        ("method".to_string(), Value::String(method.to_string())),
    ];
    if let Some(result) = result {
        members.push(("result".to_string(), result));
    }
    members.push(("state".to_string(), state.to_value()));
    Value::Object(members)
}

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
