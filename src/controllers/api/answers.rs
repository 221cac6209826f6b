//! What goes back to the caller: the answers to the read-only methods and
//! the callback message that carries them.
//!
//! Read-only methods depend on nothing but a snapshot of the deck
//! ([`Facts`]), so each reveal.js getter (`isLastSlide`, `availableRoutes`…)
//! is answered here, natively testable, and the view only gathers the facts.

use super::json::Value;
use super::state::DeckState;
use crate::controllers::fragments::{self, FragmentsShown};
use crate::controllers::navigation::{
    can_move, clamp, counted_total, past_count, progress, Layout, Move, NavOptions,
};

/// A read-only call: the answer depends only on [`Facts`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Query {
    /// `getState()`.
    State,
    /// `getIndices()`: `{h, v, f?}`.
    Indices,
    /// `getTotalSlides()`: uncounted slides left out.
    TotalSlides,
    /// `getSlidePastCount()`: counted slides before this one in reading order.
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
    /// The current slide's fragment elements shown, for `getProgress()`.
    pub fragments_shown: FragmentsShown,
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
        Query::TotalSlides => Value::count(counted_total(layout)),
        Query::SlidePastCount => Value::count(past_count(layout, pos)),
        Query::Progress => Value::Number(progress(layout, pos, facts.fragments_shown)),
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
