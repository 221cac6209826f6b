//! The browser side of [`Embedding`]: where the viewer listens for keys and
//! pointer moves, which options its host overrides, and where its deck
//! comes from when no address bar says so.

use super::embedding::Embedding;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

/// Where a `<deck-view>` element's deck comes from.
#[derive(Clone, Debug)]
pub enum ElementSource {
    /// The `src` attribute (resolved against the host page's address).
    Url(String),
    /// The text of a `<script type="text/markdown">` child, dedented.
    Inline(String),
    /// Neither: the element says so on screen.
    Missing,
}

/// What the viewer knows about the place it runs in.
#[derive(Clone)]
pub struct Host {
    /// Page, frame or element.
    pub embedding: Embedding,
    /// Keys and pointer moves are listened for here: the window for a page
    /// or a frame, the `<deck-view>` element for an element (so that several
    /// decks on one page each take only the keys typed while they have focus).
    pub events: web_sys::EventTarget,
    /// Option overrides: the page query (`?theme=white`) or the element's
    /// attributes (`theme="white"`).
    pub overrides: Vec<(String, String)>,
    /// An element's deck (pages and frames read `?src=`).
    pub source: Option<ElementSource>,
    /// The slide to open on when the address names none (`start="3"`).
    pub start: Option<String>,
    /// For an element: where its deck registers itself, so that the
    /// element's JS methods (`el.next()`) reach the deck on screen.
    pub element_deck: Option<DeckSlot>,
}

impl Host {
    /// deckview's own page, or a frame when the query says `?embed`.
    pub fn page() -> Host {
        let query = super::page_query::page_query();
        Host {
            embedding: query.embedding,
            events: window().into(),
            overrides: query.pairs.clone(),
            source: None,
            start: None,
            element_deck: None,
        }
    }

    /// Listens to `event` where this host's input arrives; in the capture
    /// phase when `capture` (modes that claim keys before the deck moves).
    /// Removed when dropped.
    pub fn listen(
        &self,
        event: &'static str,
        capture: bool,
        handler: impl FnMut(&web_sys::Event) + 'static,
    ) -> gloo_events::EventListener {
        let options = gloo_events::EventListenerOptions {
            phase: if capture {
                gloo_events::EventListenerPhase::Capture
            } else {
                gloo_events::EventListenerPhase::Bubble
            },
            passive: false,
        };
        gloo_events::EventListener::new_with_options(&self.events, event, options, handler)
    }
}

/// The host, as context: `Host` holds browser objects, which Leptos keeps
/// in thread-local storage.
#[derive(Clone, Copy)]
struct HostContext(StoredValue<Host, LocalStorage>);

/// Makes `host` available to every component below.
pub fn provide_host(host: Host) {
    provide_context(HostContext(StoredValue::new_local(host)));
}

/// The host of the component tree this is called in.
pub fn use_host() -> Host {
    use_context::<HostContext>()
        .map(|h| h.0.get_value())
        .unwrap_or_else(Host::page)
}

/// Runs one method of a deck's API: method name and JSON arguments in,
/// JSON result out.
pub type DeckApi = Rc<dyn Fn(&str, &str) -> Option<String>>;

/// The API of the deck an element shows, with the id of the presentation
/// that registered it (a newer deck may register before an older one
/// leaves). `element_api::ElementApi` fills it once the deck's features are loaded,
/// so the API's code is in their chunk of the wasm, not the startup one.
pub type DeckSlot = Rc<RefCell<Option<(u32, DeckApi)>>>;
