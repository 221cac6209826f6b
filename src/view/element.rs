//! `<deck-view>`: the viewer as a custom element on someone else's page.
//!
//! `deck-view.js` (written into dist/ from `embed/deck-view.js` at build
//! time) defines the element, gives it a shadow root with deckview's
//! stylesheets and a container, loads this wasm once per page and calls
//! [`mount_deck_view`] for each element. Everything below runs inside that
//! shadow root: the deck's CSS cannot reach the host page, the host page's
//! CSS cannot reach the deck, and each element has its own state, keys and
//! focus.

use super::api::{execute, value_from_js, watch_events};
use super::embedding::{overrides_from_attributes, Embedding};
use super::host::{provide_host, use_host, ElementSource, Host};
use super::presentation::Nav;
use crate::controllers::api::{command, Value};
use crate::source::inline::dedent;
use leptos::prelude::*;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// One mounted `<deck-view>`; the element's script keeps it while the
/// element is in the document and frees it (unmounting the deck) when
/// the element leaves or its attributes change.
#[wasm_bindgen]
pub struct DeckView {
    // Leptos unmounts the app when its handle is dropped.
    _mounted: Box<dyn Any>,
    deck: DeckSlot,
}

/// Mounts a deck for `element` into `container` (inside the element's
/// shadow root), sanitising with `purify` (DOMPurify's default export).
#[wasm_bindgen(js_name = mountDeckView)]
pub fn mount_deck_view(
    element: web_sys::HtmlElement,
    container: web_sys::HtmlElement,
    purify: JsValue,
) -> DeckView {
    super::sanitize::use_instance(purify);
    super::panic::register_root(container.clone().into());
    let deck = DeckSlot::default();
    let host = Host {
        embedding: Embedding::Element,
        events: element.clone().into(),
        overrides: overrides_from_attributes(&attributes(&element)),
        source: Some(source_of(&element)),
        start: element.get_attribute("start"),
        element_deck: Some(deck.clone()),
    };
    let mounted = leptos::mount::mount_to(container, move || {
        provide_host(host);
        view! { <super::app::App /> }
    });
    DeckView {
        _mounted: Box::new(mounted),
        deck,
    }
}

#[wasm_bindgen]
impl DeckView {
    /// Runs a method of the deck's API (reveal.js's names, the same as the
    /// postMessage API) with `args_json` (a JSON array); returns the result
    /// as JSON, or nothing for methods that return nothing, unknown methods
    /// and calls before the deck is shown.
    pub fn call(&self, method: &str, args_json: &str) -> Option<String> {
        let api = self.deck.borrow().as_ref().map(|(_, api)| api.clone())?;
        api(method, args_json)
    }
}

/// Runs one method of a deck's API: method name and JSON arguments in,
/// JSON result out.
type DeckApi = Rc<dyn Fn(&str, &str) -> Option<String>>;

/// The API of the deck an element shows, with the id of the presentation
/// that registered it (a newer deck may register before an older one
/// leaves). [`ElementApi`] fills it once the deck's features are loaded,
/// so the API's code is in their chunk of the wasm, not the startup one.
pub type DeckSlot = Rc<RefCell<Option<(u32, DeckApi)>>>;

/// `nav`'s API for [`DeckView::call`].
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

/// The element's attributes as `(name, value)` pairs, in order.
fn attributes(element: &web_sys::Element) -> Vec<(String, String)> {
    let list = element.attributes();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|a| (a.name(), a.value()))
        .collect()
}

/// `src`, else the Markdown of a `<script type="text/markdown">` child.
fn source_of(element: &web_sys::Element) -> ElementSource {
    if let Some(src) = element
        .get_attribute("src")
        .filter(|s| !s.trim().is_empty())
    {
        return ElementSource::Url(src);
    }
    element
        .query_selector(":scope > script[type='text/markdown']")
        .ok()
        .flatten()
        .and_then(|s| s.text_content())
        .map(|text| ElementSource::Inline(dedent(&text)))
        .unwrap_or(ElementSource::Missing)
}
