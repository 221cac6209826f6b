//! The deck's features that wait for first use (overview, speaker sync,
//! the embedding APIs): a chunk of the wasm of their own, and the key
//! presses of theirs that come before it is there.

use leptos::prelude::*;
use std::time::Duration;

/// How long after the first slide is painted the deck's other features
/// load when nothing asked for them: after the startup (the first slide and
/// the moments after it), so that they never compete with it.
pub(super) const FEATURES_AFTER: Duration = Duration::from_millis(2000);

/// The deck's features that wait for first use ([`deck_features`]):
/// loaded when one of their keys is pressed (Esc / O, S) or a message is
/// posted to the window, or
/// [`FEATURES_AFTER`] after the first slide, or at once in a frame or an
/// element, whose hosts may call the APIs from the start.
#[derive(Clone, Copy)]
pub(super) struct LazyFeatures {
    /// Their chunk is asked for.
    pub wanted: RwSignal<bool>,
    /// Their components are in place and listening.
    ready: RwSignal<bool>,
    /// Key presses of theirs that came before they were ready, with where
    /// they happened (an event forgets its target inside a shadow root).
    held: StoredValue<Vec<(web_sys::KeyboardEvent, web_sys::EventTarget)>, LocalStorage>,
}

impl LazyFeatures {
    pub fn new() -> Self {
        Self {
            wanted: RwSignal::new(false),
            ready: RwSignal::new(false),
            held: StoredValue::new_local(Vec::new()),
        }
    }

    /// Asks for the features after `delay`.
    pub fn load_after(self, delay: Duration) {
        set_timeout(move || self.wanted.set(true), delay);
    }

    /// Keeps a key press that belongs to the features (Esc / O, S) while
    /// they are not ready, and asks for them: it is pressed again once they
    /// are. True when the press was kept.
    pub fn hold(self, ev: &web_sys::KeyboardEvent, listener: &web_sys::EventTarget) -> bool {
        if self.ready.get_untracked() {
            return false;
        }
        let target = ev.target().unwrap_or_else(|| listener.clone());
        self.held
            .update_value(|held| held.push((ev.clone(), target)));
        self.wanted.set(true);
        true
    }

    /// Asks for the features when a message is posted to this window: their
    /// API answers it. The message itself waits in the list `boot.js` keeps
    /// from the page's start, which the API takes once the deck is ready
    /// (`post_message`). Listens until the listener is dropped.
    pub fn load_on_message(self) -> gloo_events::EventListener {
        gloo_events::EventListener::new(&window(), "message", move |_| {
            if !self.wanted.get_untracked() {
                self.wanted.set(true);
            }
        })
    }

    /// Loads and builds the features, then hands them the key presses held
    /// meanwhile, in order.
    pub async fn mount(self) -> AnyView {
        let view = deck_features().await;
        self.ready.set(true);
        let held = self
            .held
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        set_timeout(
            move || held.iter().for_each(|(ev, target)| replay(ev, target)),
            Duration::ZERO,
        );
        view
    }
}

/// Dispatches a copy of a key press at `target`.
fn replay(ev: &web_sys::KeyboardEvent, target: &web_sys::EventTarget) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(&ev.key());
    init.set_code(&ev.code());
    init.set_shift_key(ev.shift_key());
    init.set_alt_key(ev.alt_key());
    init.set_ctrl_key(ev.ctrl_key());
    init.set_meta_key(ev.meta_key());
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_composed(true);
    if let Ok(copy) = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init) {
        let _ = target.dispatch_event(&copy);
    }
}

/// The deck's features that wait for first use: overview, speaker sync,
/// the embedding APIs, live reload's controls and Download HTML, one component per line. A chunk of the wasm of
/// its own ([`LazyFeatures`]).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn deck_features() -> AnyView {
    view! {
        <crate::view::overview::Overview />
        <crate::view::speaker::SpeakerSync />
        <crate::view::post_message::PostMessageApi />
        <crate::view::element_api::ElementApi />
        <crate::view::live::LiveReload />
        <crate::view::export::ExportButton />
    }
    .into_any()
}
