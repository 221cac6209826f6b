//! Inside a `<deck-view>` element's presentation: the deck's API for the
//! element's methods, and its events as DOM events on the element. Part of
//! the deck's features loaded on first use (`presentation::deck_features`);
//! the element's mount point is [`super::element`].

use super::api::{execute, value_from_js, watch_events};
use super::host::{use_host, DeckApi, DeckSlot};
use super::nav::Nav;
use crate::controllers::api::{command, Value};
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// `nav`'s API for the element's `call` (`element::DeckView::call`).
fn deck_api(nav: Nav) -> DeckApi {
    Rc::new(move |method, args_json| {
        let args = match js_sys::JSON::parse(args_json).map(|v| value_from_js(&v)) {
            Ok(Value::Array(items)) => items,
            _ => Vec::new(),
        };
        let cmd = command(method, &args)?;
        execute(&nav, cmd).map(|v| v.to_json())
    })
}

/// Unregisters a deck from its element when dropped, unless a newer deck
/// has registered meanwhile.
struct Registration {
    slot: DeckSlot,
    id: u32,
}

impl Drop for Registration {
    fn drop(&mut self) {
        if let Ok(mut current) = self.slot.try_borrow_mut() {
            if current.as_ref().is_some_and(|(i, _)| *i == self.id) {
                *current = None;
            }
        }
    }
}

thread_local! {
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Inside an element's presentation: registers the deck for the element's
/// methods and dispatches its events (`slidechanged`, `fragmentshown`…) as
/// DOM `CustomEvent`s on the element, with the state in `detail`.
#[component]
pub fn ElementApi() -> impl IntoView {
    let host = use_host();
    let Some(slot) = host.element_deck.clone() else {
        return;
    };
    let nav = expect_context::<Nav>();
    let id = NEXT_ID.with(|n| {
        n.set(n.get().wrapping_add(1));
        n.get()
    });
    *slot.borrow_mut() = Some((id, deck_api(nav)));
    // Dropped with the presentation: the element's methods then reach nothing.
    StoredValue::new_local(Registration { slot, id });
    let target = host.events.clone();
    watch_events(nav, move |name, message| {
        let detail = message
            .get("state")
            .map(|s| js_sys::JSON::parse(&s.to_json()).unwrap_or(JsValue::NULL))
            .unwrap_or(JsValue::NULL);
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = target.dispatch_event(&event);
        }
    });
}
