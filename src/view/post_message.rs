//! reveal.js's postMessage API: a page that frames the deck (or any window
//! holding a reference to it) drives it with
//! `frame.contentWindow.postMessage('{"method":"slide","args":[2]}', '*')`
//! and gets `{"namespace":"reveal","eventName":"callback",…}` back; with
//! `?postMessageEvents=true` a framed deck also tells its parent about
//! `ready`, `slidechanged` and the other events.
//!
//! Messages are data: a JSON string in braces (parsed with `JSON.parse`,
//! never evaluated) or a plain object of the same shape. Only methods on
//! the API's allow-list run; reveal.js's refused names get a console
//! warning; anything else is ignored without a reply. Replies and events go
//! out as JSON strings with target origin `*`, as reveal.js sends them:
//! they hold nothing but slide indices and modes.

use super::api::{current_state, execute, value_from_js, watch_events, when_shown};
use super::host::use_host;
use super::nav::Nav;
use super::page_query::page_query;
use crate::controllers::api::{callback, command, is_refused, looks_like_call, read_call, Value};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The window property under which `boot.js` keeps the messages posted
/// before the API listens (`scripts/build.mjs` writes the same name).
const HELD_MESSAGES: &str = "deckviewHeldMessages";

/// Answers calls posted to this window and, inside a frame with
/// `postMessageEvents`, posts the deck's events to the parent window.
/// Calls posted before it listened (kept by `boot.js` from the page's
/// start) are answered once the deck is ready, after `ready`, in the order
/// they came, then each new one as it comes. Renders nothing; listeners go
/// with the deck.
#[component]
pub fn PostMessageApi() -> impl IntoView {
    let nav = expect_context::<Nav>();
    if !use_host().embedding.listens_for_messages() {
        return;
    }
    let query = page_query();
    if query.post_message_events {
        if let Some(parent) = parent_window() {
            watch_events(nav, move |_, message| post(&parent, &message));
        }
    }
    if !query.post_message {
        // Calls are off: what was kept goes, and nothing more is kept.
        take_held_messages();
        return;
    }
    let listener = StoredValue::new_local(None::<gloo_events::EventListener>);
    when_shown(nav, move || {
        // A task of its own: `ready` goes out first (an effect, which runs
        // before the next task), and no message comes between the held ones
        // and the listener taking over.
        set_timeout(
            move || {
                if listener.is_disposed() {
                    return;
                }
                for ev in take_held_messages() {
                    answer_message(&nav, &ev);
                }
                let live = gloo_events::EventListener::new(&window(), "message", move |ev| {
                    answer_message(&nav, ev);
                });
                // Kept in the component's arena: dropped (and so removed) with it.
                let _ = listener.try_set_value(Some(live));
            },
            std::time::Duration::ZERO,
        );
    });
}

/// The messages `boot.js` kept since the page started, in order; taking
/// them ends its keeping (its listener goes at the next message). Empty
/// when they were taken before (another deck was opened since).
fn take_held_messages() -> Vec<web_sys::Event> {
    let key = JsValue::from_str(HELD_MESSAGES);
    let held = js_sys::Reflect::get(&window(), &key).unwrap_or(JsValue::UNDEFINED);
    let _ = js_sys::Reflect::delete_property(&window(), &key);
    if !js_sys::Array::is_array(&held) {
        return Vec::new();
    }
    js_sys::Array::from(&held)
        .iter()
        .filter_map(|ev| ev.dyn_into::<web_sys::Event>().ok())
        .collect()
}

/// Runs the call a `message` event carries, if it is one, and replies to
/// the window that sent it.
fn answer_message(nav: &Nav, ev: &web_sys::Event) {
    let data = js_sys::Reflect::get(ev, &"data".into()).unwrap_or(JsValue::UNDEFINED);
    let Some(message) = read_data(&data) else {
        return;
    };
    let Some((method, args)) = read_call(&message) else {
        return;
    };
    if is_refused(method) {
        leptos::logging::warn!("deckview: the postMessage API does not run {method:?}");
        return;
    }
    let Some(cmd) = command(method, args) else {
        return;
    };
    let result = execute(nav, cmd);
    let source = js_sys::Reflect::get(ev, &"source".into()).unwrap_or(JsValue::NULL);
    if let Some(sender) = as_window(&source) {
        post(&sender, &callback(method, result, &current_state(nav)));
    }
}

/// A message's data as a value: JSON text in braces, or a plain object;
/// `None` for anything else (numbers, arrays, other text, bad JSON).
fn read_data(data: &JsValue) -> Option<Value> {
    if let Some(text) = data.as_string() {
        if !looks_like_call(&text) {
            return None;
        }
        let parsed = js_sys::JSON::parse(&text).ok()?;
        return Some(value_from_js(&parsed));
    }
    let plain_object = data.is_object() && !data.is_function() && !js_sys::Array::is_array(data);
    plain_object.then(|| value_from_js(data))
}

/// `source` as a window, when it is one (not a `MessagePort` or worker).
/// A window from another origin exposes little, but `window` (itself) and
/// `postMessage` are among it; `instanceof Window` would be false for it.
fn as_window(source: &JsValue) -> Option<web_sys::Window> {
    if !source.is_object() {
        return None;
    }
    let itself = js_sys::Reflect::get(source, &"window".into()).ok()?;
    js_sys::Object::is(&itself, source).then(|| source.clone().unchecked_into())
}

/// The window this one is framed in, if it is framed.
fn parent_window() -> Option<web_sys::Window> {
    let own = window();
    let parent = own.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &own)).then_some(parent)
}

/// Posts `message` as JSON text, as reveal.js does; a window that has gone
/// away meanwhile is no error worth reporting.
fn post(target: &web_sys::Window, message: &Value) {
    let _ = target.post_message(&JsValue::from_str(&message.to_json()), "*");
}
