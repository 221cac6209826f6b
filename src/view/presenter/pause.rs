//! Pause: a black screen over the deck (reveal.js's `.pause-overlay`, with
//! the class `paused` on `.reveal`), for moments when the audience should
//! look at the speaker. The same keys, or the resume button, bring it back.

use super::super::nav::Nav;
use super::{focus, Tools};
use leptos::prelude::*;

/// The black overlay and its resume button.
#[component]
pub fn PauseOverlay() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let tools = expect_context::<Tools>();
    let paused = tools.paused;
    // The class on `.reveal` is for deck CSS written for reveal.js; the
    // overlay itself follows its own class, so a re-render of `.reveal`'s
    // class list cannot leave it stuck.
    Effect::new(move |_| {
        let on = paused.get();
        if let Some(reveal) = nav.reveal.get() {
            let _ = reveal.class_list().toggle_with_force("paused", on);
        }
    });
    // Touches on the black screen must not swipe the deck behind it.
    let swallow = |ev: web_sys::TouchEvent| ev.stop_propagation();
    view! {
        <div
            class="pause-overlay"
            class:dv-shown=move || paused.get()
            aria-hidden=move || (!paused.get()).to_string()
            on:touchstart=swallow
            on:touchmove=swallow
        >
            <button
                type="button"
                class="resume-button"
                on:click=move |ev| {
                    paused.set(false);
                    if focus::is_pointer_click(&ev) {
                        focus::focus_deck(&nav);
                    }
                }
            >
                "Resume presentation"
            </button>
        </div>
    }
}
