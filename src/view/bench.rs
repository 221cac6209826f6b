//! `?bench`: exposes `window.__bench = {fetch_ms, render_ms, sections}` the
//! way `shared/bench/reveal.html` does for reveal.js, so `bench.mjs` times
//! both viewers identically. render_ms runs from deck text in hand to the
//! first frame after the first slide is in the DOM.

use std::cell::Cell;

thread_local! {
    static FETCH_MS: Cell<f64> = const { Cell::new(0.0) };
    static TEXT_AT: Cell<Option<f64>> = const { Cell::new(None) };
    static PARSED_AT: Cell<f64> = const { Cell::new(0.0) };
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// True when the page was opened with `?bench`.
pub fn enabled() -> bool {
    super::page_query::page_query().bench
}

/// A fetch starts: returns its start time.
pub fn fetch_started() -> f64 {
    now()
}

/// The fetch that started at `start` delivered its text.
pub fn fetch_done(start: f64) {
    FETCH_MS.with(|f| f.set(now() - start));
}

/// Deck text is in hand and about to be parsed.
pub fn text_in_hand() {
    TEXT_AT.with(|t| t.set(Some(now())));
}

/// The deck text is parsed.
pub fn parsed() {
    PARSED_AT.with(|p| p.set(now()));
}

/// The first slide is in the DOM: publish the figures on the next frame.
/// Besides reveal's three figures, where the time went: `parse_ms` (text
/// to deck model) and `dom_ms` (text to the first slide in the DOM, before
/// it is centred); the rest of `render_ms` is centring (the first layout)
/// and waiting for the frame.
pub fn first_slide_shown(sections: u32) {
    let Some(start) = TEXT_AT.with(|t| t.take()) else {
        return;
    };
    if !enabled() {
        return;
    }
    let in_dom = now();
    let parsed = PARSED_AT.with(Cell::get);
    leptos::prelude::request_animation_frame(move || {
        let figures = js_sys::Object::new();
        let set = |k: &str, v: f64| {
            let _ = js_sys::Reflect::set(&figures, &k.into(), &v.into());
        };
        set("fetch_ms", FETCH_MS.with(Cell::get));
        set("render_ms", now() - start);
        set("sections", f64::from(sections));
        set("parse_ms", parsed - start);
        set("dom_ms", in_dom - start);
        if let Some(w) = web_sys::window() {
            let _ = js_sys::Reflect::set(&w, &"__bench".into(), &figures);
        }
    });
}
