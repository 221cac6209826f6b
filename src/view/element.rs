//! `<deck-view>`: the viewer as a custom element on someone else's page.
//!
//! `deck-view.js` (written into dist/ from `embed/deck-view.js` at build
//! time) defines the element, gives it a shadow root with deckview's
//! stylesheets and a container, loads this wasm once per page and calls
//! [`mount_deck_view`] for each element. Everything below runs inside that
//! shadow root: the deck's CSS cannot reach the host page, the host page's
//! CSS cannot reach the deck, and each element has its own state, keys and
//! focus.

use super::embedding::{overrides_from_attributes, Embedding};
use super::host::{provide_host, DeckSlot, ElementSource, Host};
use crate::source::inline::dedent;
use leptos::prelude::*;
use std::any::Any;
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
