//! Keeping keyboard focus in the deck.
//!
//! A clicked button keeps the focus; the next Space would then both step
//! the deck (the keyboard map) and press that button again. After a mouse
//! click on a button in the deck, focus goes back to the deck itself
//! (`.reveal`, focusable with `tabindex="-1"`, out of the tab order).
//! Keyboard activation (`detail` 0) leaves focus where the user put it.

use super::super::nav::Nav;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element fullscreen shows: the deck (`.dv-deck`, the parent of
/// `.reveal`). Found from the deck's own node, never by a document-wide
/// query: a page may hold several decks, inside shadow roots.
pub fn deck_element(nav: &Nav) -> Option<web_sys::Element> {
    let reveal: web_sys::Element = nav.reveal.get_untracked()?.into();
    reveal.closest(".dv-deck").ok().flatten()
}

/// Moves focus to the deck (`.reveal`).
pub fn focus_deck(nav: &Nav) {
    if let Some(reveal) = nav.reveal.get_untracked() {
        let _ = reveal.focus();
    }
}

/// True for a click made with a pointer (not Enter/Space on a focused button).
pub fn is_pointer_click(ev: &web_sys::MouseEvent) -> bool {
    ev.detail() > 0
}

/// Returns focus to `.reveal` (focusable from its markup) after pointer
/// clicks on the deck's buttons.
#[component]
pub fn KeepFocusInDeck() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let listener = StoredValue::new_local(None::<gloo_events::EventListener>);
    Effect::new(move |_| {
        let Some(reveal) = nav.reveal.get() else {
            return;
        };
        let target = reveal.clone();
        listener.set_value(Some(gloo_events::EventListener::new(
            &reveal,
            "click",
            move |ev| {
                let Some(click) = ev.dyn_ref::<web_sys::MouseEvent>() else {
                    return;
                };
                let on_button = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|e| e.closest("button").ok().flatten())
                    .is_some();
                if on_button && is_pointer_click(click) {
                    let _ = target.focus();
                }
            },
        )));
    });
}
