//! reveal.js's API applied to a deck on screen: [`execute`] runs a
//! [`Command`] against a deck's [`Nav`], [`watch_events`] reports the
//! deck's events as they happen. Both know nothing of how calls arrive or
//! where events go: the postMessage API (`post_message`) and the
//! `<deck-view>` element's JavaScript methods and DOM events share them.
//! The rules live in [`crate::controllers::api`]; this is the glue.

use super::nav::Nav;
use crate::controllers::api::{
    answer, event, event_extra, events_between, fragment_target, slide_target, Command, DeckState,
    Facts, Snapshot, Value,
};
use crate::controllers::navigation::{Layout, Position};
use crate::controllers::{autoslide, fragments, overview};
use crate::deck::Deck;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Deepest nesting read from a JavaScript value: calls are shallow, and a
/// cyclic object (possible in a structured clone) must not recurse forever.
const MAX_DEPTH: usize = 8;

/// Most array items or object members read from one JavaScript container.
const MAX_ITEMS: u32 = 64;

/// How many times (16 ms apart) to look for the first slide before giving
/// up on `ready`: far longer than building the sections ever takes.
const READY_ATTEMPTS: u32 = 600;

/// Runs `cmd` on the deck and returns its result, or `None` for a method
/// that returns nothing (reveal.js's `undefined`).
pub fn execute(nav: &Nav, cmd: Command) -> Option<Value> {
    match cmd {
        Command::Slide { h, v, f } => {
            move_to(nav, |layout, current| {
                slide_target(layout, current, h, v, f, |h, v| fragment_count(nav, h, v))
            });
            None
        }
        Command::Navigate { to, skip_fragments } => {
            // In the overview, moves go from slide to slide, as its keys do.
            if skip_fragments || overview_open(nav) {
                nav.go_skipping_fragments(to);
            } else {
                nav.go(to);
            }
            None
        }
        Command::NextFragment => Some(Value::Bool(change_fragments(nav, fragments::next))),
        Command::PrevFragment => Some(Value::Bool(change_fragments(nav, |shown, _| {
            fragments::previous(shown)
        }))),
        Command::NavigateFragment(target) => {
            Some(Value::Bool(target.is_some_and(|t| {
                change_fragments(nav, |_, count| Some(fragment_target(t, count)))
            })))
        }
        Command::SetState(patch) => {
            if patch.moves() {
                move_to(nav, |layout, current| {
                    slide_target(
                        layout,
                        current,
                        patch.indexh,
                        patch.indexv,
                        patch.indexf,
                        |h, v| fragment_count(nav, h, v),
                    )
                });
            }
            if let Some(paused) = patch.paused {
                set_pause(nav, Some(paused));
            }
            if let Some(open) = patch.overview {
                set_overview(nav, Some(open));
            }
            None
        }
        Command::TogglePause(choice) => {
            set_pause(nav, choice);
            None
        }
        Command::ToggleOverview(choice) => {
            set_overview(nav, choice);
            None
        }
        Command::ToggleAutoSlide(choice) => {
            // reveal.js: only where the deck auto-slides.
            if auto_slides_here(nav) {
                let running = nav.modes.auto_sliding;
                let want = choice.unwrap_or(!running.get_untracked());
                if want != running.get_untracked() {
                    running.set(want);
                }
            }
            None
        }
        // reveal.js answers with the notes' HTML; ours is the sanitised
        // fragment serialised, so a host that inserts it gets nothing the
        // deck itself could not show.
        Command::SlideNotes { h, v } => {
            Some(slide_notes(nav, h, v).map_or(Value::Null, Value::String))
        }
        Command::Ask(query) => {
            let state = current_state(nav);
            let fragment_count = fragment_count(nav, state.indexh, state.indexv);
            let fragments_shown = nav.fragments_shown(state.position());
            let auto_sliding = auto_slides_here(nav) && nav.modes.auto_sliding.get_untracked();
            let ready = nav
                .slides
                .try_get_value()
                .is_some_and(|h| h.try_borrow().is_ok_and(|s| s.is_some()));
            let scale = nav.fit.get_untracked().scale;
            let value = nav.layout.with_value(|layout| {
                nav.options.with_value(|options| {
                    answer(
                        query,
                        &Facts {
                            layout,
                            options,
                            state,
                            fragment_count,
                            fragments_shown,
                            auto_sliding,
                            scale,
                            ready,
                        },
                    )
                })
            });
            Some(value)
        }
    }
}

/// The deck's state now (reveal.js's `getState()`), for callbacks.
pub fn current_state(nav: &Nav) -> DeckState {
    DeckState::new(
        nav.position.get_untracked(),
        nav.modes.paused.get_untracked(),
        overview_open(nav),
    )
}

/// Calls `emit(name, message)` for each of the deck's events: `ready` once,
/// when the first slide is shown, then `slidechanged`, `fragmentshown`,
/// `fragmenthidden`, `paused`, `resumed`, `overviewshown`, `overviewhidden`,
/// `autoslidepaused` and `autoslideresumed` as they happen. `message` is
/// reveal.js's event message (`{"namespace":"reveal","eventName":…,"state":…}`).
/// Stops with the component it is called in.
pub fn watch_events(nav: Nav, emit: impl Fn(&'static str, Value) + 'static) {
    let shown = RwSignal::new(false);
    when_shown(nav, move || {
        let _ = shown.try_set(true);
    });
    let (overview_allowed, deck_auto_slides) = nav
        .deck
        .with_value(|d| (overview::enabled(&d.options), auto_slides(d)));
    Effect::new(move |before: Option<Option<Snapshot>>| {
        let now = Snapshot {
            position: nav.position.get(),
            paused: nav.modes.paused.get(),
            overview: overview_allowed && nav.modes.overview.get(),
            auto_sliding: deck_auto_slides && nav.modes.auto_sliding.get(),
        };
        if !shown.get() {
            return None;
        }
        let state = DeckState::new(now.position, now.paused, now.overview);
        match before.flatten() {
            None => emit("ready", event("ready", &state, Vec::new())),
            Some(before) => {
                for name in events_between(&before, &now) {
                    emit(name, event(name, &state, event_extra(name, &state)));
                }
            }
        }
        Some(now)
    });
}

/// Reads a JavaScript value (parsed JSON or a structured clone) as a
/// [`Value`]: `undefined` as `null`; functions, symbols and big integers
/// as `null`; containers up to [`MAX_ITEMS`] entries and [`MAX_DEPTH`]
/// levels deep (deeper ones as `null`).
pub fn value_from_js(value: &JsValue) -> Value {
    read_js(value, MAX_DEPTH)
}

fn read_js(value: &JsValue, depth: usize) -> Value {
    if let Some(b) = value.as_bool() {
        return Value::Bool(b);
    }
    if let Some(n) = value.as_f64() {
        return Value::Number(n);
    }
    if let Some(s) = value.as_string() {
        return Value::String(s);
    }
    if depth == 0 || !value.is_object() || value.is_function() {
        return Value::Null;
    }
    if js_sys::Array::is_array(value) {
        let array = js_sys::Array::from(value);
        let items = (0..array.length().min(MAX_ITEMS))
            .map(|i| read_js(&array.get(i), depth - 1))
            .collect();
        return Value::Array(items);
    }
    let object = js_sys::Object::from(value.clone());
    let keys = js_sys::Object::keys(&object);
    let members = (0..keys.length().min(MAX_ITEMS))
        .filter_map(|i| {
            let key = keys.get(i);
            let member = js_sys::Reflect::get(&object, &key).ok()?;
            Some((key.as_string()?, read_js(&member, depth - 1)))
        })
        .collect();
    Value::Object(members)
}

/// Moves to where `target` says (given the layout and the current
/// position), unless that is where the deck already is.
fn move_to(nav: &Nav, target: impl FnOnce(&Layout, Position) -> Position) {
    let current = nav.position.get_untracked();
    let to = nav.layout.with_value(|layout| target(layout, current));
    if to != current {
        nav.position.set(to);
    }
}

/// Applies a fragment step (`shown`, `count` → new `shown`, or `None` for
/// no step) on the current slide; true when fragments changed.
fn change_fragments(
    nav: &Nav,
    step: impl FnOnce(Option<usize>, usize) -> Option<Option<usize>>,
) -> bool {
    let pos = nav.position.get_untracked();
    let count = fragment_count(nav, pos.h, pos.v);
    match step(pos.f, count) {
        Some(f) if f != pos.f => {
            nav.position.set(Position { f, ..pos });
            true
        }
        _ => false,
    }
}

/// Fragment steps of slide (h, v); 0 before the sections exist. The borrow
/// ends here, before any position change: effects that follow the position
/// borrow the sections again.
fn fragment_count(nav: &Nav, h: usize, v: usize) -> usize {
    let Some(handle) = nav.slides.try_get_value() else {
        return 0;
    };
    let Ok(mut slot) = handle.try_borrow_mut() else {
        return 0;
    };
    slot.as_mut().map_or(0, |s| s.fragment_count(h, v))
}

/// `togglePause(choice)`: pause or resume as asked, else toggle.
fn set_pause(nav: &Nav, choice: Option<bool>) {
    let paused = nav.modes.paused;
    let want = choice.unwrap_or(!paused.get_untracked());
    if want != paused.get_untracked() {
        paused.set(want);
    }
}

/// `toggleOverview(choice)`: open or close as asked, else toggle; never
/// in a deck with `overview: false`.
fn set_overview(nav: &Nav, choice: Option<bool>) {
    if !nav.deck.with_value(|d| overview::enabled(&d.options)) {
        return;
    }
    let open = nav.modes.overview;
    let want = choice.unwrap_or(!open.get_untracked());
    if want != open.get_untracked() {
        open.set(want);
    }
}

/// The overview is open (and allowed: a deck with `overview: false` never
/// shows it, whatever the mode says).
fn overview_open(nav: &Nav) -> bool {
    nav.modes.overview.get_untracked() && nav.deck.with_value(|d| overview::enabled(&d.options))
}

/// The current slide auto-slides: the deck's `autoSlide` or the slide's
/// `data-autoslide` sets a delay (reveal.js's `autoSlide` for this slide).
fn auto_slides_here(nav: &Nav) -> bool {
    let pos = nav.position.get_untracked();
    nav.deck.with_value(|d| {
        let attribute = d
            .columns
            .get(pos.h)
            .and_then(|c| c.get(pos.v))
            .and_then(|s| s.attribute("data-autoslide"));
        autoslide::delay(d.options.auto_slide, attribute).is_some()
    })
}

/// The deck auto-slides somewhere: its `autoSlide` or any slide's
/// `data-autoslide`. Only then do auto-slide events mean anything.
fn auto_slides(deck: &Deck) -> bool {
    deck.options.auto_slide > 0
        || deck
            .columns
            .iter()
            .flatten()
            .any(|s| autoslide::delay(0, s.attribute("data-autoslide")).is_some())
}

/// Calls `then` once the deck's sections exist and show the first slide
/// (the presentation builds them in an effect of its own): at once if they
/// do, else looking again every 16 ms, [`READY_ATTEMPTS`] times at most.
/// Never if the deck goes first.
pub fn when_shown(nav: Nav, then: impl FnOnce() + 'static) {
    look_for_slides(nav, Box::new(then), READY_ATTEMPTS);
}

fn look_for_slides(nav: Nav, then: Box<dyn FnOnce()>, attempts: u32) {
    let Some(handle) = nav.slides.try_get_value() else {
        // The deck is gone.
        return;
    };
    let built = handle.try_borrow().is_ok_and(|s| s.is_some());
    if built {
        then();
    } else if attempts > 0 {
        Timeout::new(16, move || look_for_slides(nav, then, attempts - 1)).forget();
    }
}

/// The sanitised notes of slide (h, v) — the current slide's coordinate
/// where one is missing — as HTML, or `None` when it has none.
fn slide_notes(nav: &Nav, h: Option<usize>, v: Option<usize>) -> Option<String> {
    let current = nav.position.get_untracked();
    let pos = nav.layout.with_value(|l| {
        crate::controllers::navigation::clamp(
            l,
            Position::new(
                h.unwrap_or(current.h),
                v.unwrap_or(if h.is_some() { 0 } else { current.v }),
            ),
        )
    });
    let notes = nav.deck.with_value(|d| {
        d.columns
            .get(pos.h)
            .and_then(|c| c.get(pos.v))
            .and_then(|s| s.notes_html().cloned())
    })?;
    let holder = document().create_element("div").ok()?;
    holder
        .append_child(&super::sanitize::sanitize(&notes))
        .ok()?;
    Some(holder.inner_html())
}
