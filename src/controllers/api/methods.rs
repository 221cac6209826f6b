//! The API's methods: one table of reveal.js names, each with how its
//! arguments become a [`Command`].
//!
//! Every name the API answers is written once, in [`TABLE`]: [`command`]
//! looks calls up in it, [`METHODS`] is its list of names, and the
//! `<deck-view>` element's list in `embed/deck-view.js` is checked against
//! [`METHODS`] by a native test. Adding a method is one row here (plus
//! what it does, in the view), never a second list to keep in step.
//!
//! Arguments are JSON data read field by field, never run: a name not in
//! the table, or an argument of the wrong kind, is no command at all.

use super::answers::Query;
use super::json::Value;
use super::state::{to_index, FragmentTarget, StatePatch};
use crate::controllers::navigation::Move;

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
    /// A question answered by [`answer`](super::answer).
    Ask(Query),
}

/// Reads one method's arguments: `None` when they do not fit it.
type Parse = fn(Args<'_>) -> Option<Command>;

/// Every method the API answers, by reveal.js's name, in the order of
/// [`METHODS`] (and of the `<deck-view>` element's list). Each name appears
/// once (checked when this compiles).
const TABLE: &[(&str, Parse)] = &[
    ("slide", |a| {
        Some(Command::Slide {
            h: a.index(0)?,
            v: a.index(1)?,
            f: a.fragment(2)?,
        })
    }),
    ("left", |a| a.navigate(Move::Left)),
    ("right", |a| a.navigate(Move::Right)),
    ("up", |a| a.navigate(Move::Up)),
    ("down", |a| a.navigate(Move::Down)),
    ("prev", |a| a.navigate(Move::Prev)),
    ("next", |a| a.navigate(Move::Next)),
    ("navigateLeft", |a| a.navigate(Move::Left)),
    ("navigateRight", |a| a.navigate(Move::Right)),
    ("navigateUp", |a| a.navigate(Move::Up)),
    ("navigateDown", |a| a.navigate(Move::Down)),
    ("navigatePrev", |a| a.navigate(Move::Prev)),
    ("navigateNext", |a| a.navigate(Move::Next)),
    ("nextFragment", |_| Some(Command::NextFragment)),
    ("prevFragment", |_| Some(Command::PrevFragment)),
    ("navigateFragment", |a| {
        Some(Command::NavigateFragment(a.fragment(0)?))
    }),
    ("getState", |_| ask(Query::State)),
    ("setState", |a| {
        Some(Command::SetState(StatePatch::from_value(a.get(0)?)?))
    }),
    ("getIndices", |_| ask(Query::Indices)),
    ("getTotalSlides", |_| ask(Query::TotalSlides)),
    ("getSlidePastCount", |_| ask(Query::SlidePastCount)),
    ("getProgress", |_| ask(Query::Progress)),
    ("isFirstSlide", |_| ask(Query::IsFirstSlide)),
    ("isLastSlide", |_| ask(Query::IsLastSlide)),
    ("isLastVerticalSlide", |_| ask(Query::IsLastVerticalSlide)),
    ("isVerticalSlide", |_| ask(Query::IsVerticalSlide)),
    ("hasHorizontalSlides", |_| ask(Query::HasHorizontalSlides)),
    ("hasVerticalSlides", |_| ask(Query::HasVerticalSlides)),
    ("availableRoutes", |_| ask(Query::AvailableRoutes)),
    ("availableFragments", |_| ask(Query::AvailableFragments)),
    ("isPaused", |_| ask(Query::IsPaused)),
    ("togglePause", |a| Some(Command::TogglePause(a.choice(0)))),
    ("isOverview", |_| ask(Query::IsOverview)),
    ("toggleOverview", |a| {
        Some(Command::ToggleOverview(a.choice(0)))
    }),
    ("isAutoSliding", |_| ask(Query::IsAutoSliding)),
    ("toggleAutoSlide", |a| {
        Some(Command::ToggleAutoSlide(a.choice(0)))
    }),
    ("getScale", |_| ask(Query::Scale)),
    ("getSlideNotes", |a| {
        Some(Command::SlideNotes {
            h: a.index(0)?,
            v: a.index(1)?,
        })
    }),
    ("isReady", |_| ask(Query::IsReady)),
];

/// Every method name the API answers (reveal.js's names), for the
/// `<deck-view>` element's methods and docs/embedding.md: the names of the
/// method table, in its order.
pub const METHODS: &[&str] = &names::<{ TABLE.len() }>();

/// The table's names, at compile time.
const fn names<const N: usize>() -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = TABLE[i].0;
        i += 1;
    }
    out
}

// A name listed twice would make the second row dead: refuse to compile.
const _: () = assert!(names_are_unique(), "a method is listed twice");

/// True when no name of the table appears twice.
const fn names_are_unique() -> bool {
    let mut i = 0;
    while i < TABLE.len() {
        let mut j = i + 1;
        while j < TABLE.len() {
            if same(TABLE[i].0, TABLE[j].0) {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

/// `a == b`, usable at compile time.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The call `method(args…)` asks for, or `None` when the API does not
/// answer it: a name not in [`METHODS`], or a numeric argument that is not
/// a number (`slide("2")`). A `null` argument counts as missing
/// (`JSON.stringify` turns `undefined` into `null`); indices are whole
/// numbers, negatives count as 0, and each is clamped to the deck later.
pub fn command(method: &str, args: &[Value]) -> Option<Command> {
    let (_, parse) = TABLE.iter().find(|(name, _)| *name == method)?;
    parse(Args(args))
}

/// A read-only call.
fn ask(query: Query) -> Option<Command> {
    Some(Command::Ask(query))
}

/// A call's arguments, read as reveal.js reads them. The readers of one
/// argument answer `None` when it has the wrong kind (the call is then
/// ignored) and `Some(None)` when it is missing.
#[derive(Clone, Copy)]
struct Args<'a>(&'a [Value]);

impl<'a> Args<'a> {
    /// Argument `i`; `null` counts as missing, as `undefined` does.
    fn get(self, i: usize) -> Option<&'a Value> {
        self.0.get(i).filter(|v| **v != Value::Null)
    }

    /// A slide index: a number's whole part (negatives as 0).
    fn index(self, i: usize) -> Option<Option<usize>> {
        match self.get(i) {
            None => Some(None),
            Some(Value::Number(n)) if !n.is_nan() => Some(Some(to_index(*n))),
            Some(_) => None,
        }
    }

    /// A fragment index (negative: hide all).
    fn fragment(self, i: usize) -> Option<Option<FragmentTarget>> {
        match self.get(i) {
            None => Some(None),
            Some(Value::Number(n)) => FragmentTarget::from_number(*n).map(Some),
            Some(_) => None,
        }
    }

    /// A toggle's choice: reveal.js's toggles act on a boolean and toggle
    /// on anything else.
    fn choice(self, i: usize) -> Option<bool> {
        self.get(i).and_then(Value::as_bool)
    }

    /// A move, past the slide's remaining fragments with
    /// `{"skipFragments":true}`.
    fn navigate(self, to: Move) -> Option<Command> {
        let skip_fragments = self
            .get(0)
            .and_then(|o| o.get("skipFragments"))
            .and_then(Value::as_bool)
            .unwrap_or(false);
        Some(Command::Navigate { to, skip_fragments })
    }
}
