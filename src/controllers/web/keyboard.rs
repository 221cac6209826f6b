//! Keyboard events → actions, with reveal.js's keyboard map.

use crate::controllers::keyboard::{action_for, Action, Key};
use wasm_bindgen::JsCast;

/// The action for a keydown event, unless the key belongs to a form field
/// or the browser (Ctrl/Meta shortcuts).
pub fn action_for_event(ev: &web_sys::KeyboardEvent) -> Option<Action> {
    if ev.default_prevented() || is_typing_target(ev.target()) {
        return None;
    }
    // Space or Enter on a focused button presses the button; navigating as
    // well would move twice.
    if matches!(ev.key().as_str(), " " | "Enter") && is_button(ev.target()) {
        return None;
    }
    let key = ev.key();
    let code = ev.code();
    action_for(&Key {
        key: &key,
        code: &code,
        shift: ev.shift_key(),
        alt: ev.alt_key(),
        ctrl: ev.ctrl_key(),
        meta: ev.meta_key(),
    })
}

fn is_button(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            el.closest("button, a[href], summary")
                .ok()
                .flatten()
                .is_some()
        })
}

/// True when the key goes into a text field, a select or editable content
/// (the open dialog, a form in a slide): those keys are not navigation.
fn is_typing_target(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
}
