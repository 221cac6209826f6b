//! The `?src=` deck's fetch, started before the app is mounted.
//!
//! Why: the app asks for its deck when its component runs, after the wasm
//! has compiled and the whole UI has mounted; the request then waited for
//! all of that (measured on the SCS deck: the deck request went out ~80 ms
//! after the wasm had arrived, and took ~50 ms). Started first, the
//! request is on the wire while the UI mounts, and the app takes its
//! answer instead of asking again. Same fetch, same rules, same errors:
//! only the moment changes.

use super::fetch::fetch_deck;
use super::LoadError;
use futures_channel::oneshot;
use std::cell::RefCell;

/// A fetch's result and when it started (`performance.now()`, for `?bench`).
pub type Fetched = (Result<String, LoadError>, f64);

thread_local! {
    /// The address being fetched early and where its result will arrive.
    static PENDING: RefCell<Option<(String, oneshot::Receiver<Fetched>)>> =
        const { RefCell::new(None) };
}

/// Starts fetching `input` (as given in `?src=`) now. The request goes
/// out on the task's first poll: call this before spawning anything else
/// that should run after the request is sent.
pub fn start(input: String, started: f64) {
    let (sender, receiver) = oneshot::channel();
    PENDING.with(|p| *p.borrow_mut() = Some((input.clone(), receiver)));
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_deck(&input).await;
        // The app may have moved on (another deck opened): then nobody waits.
        let _ = sender.send((result, started));
    });
}

/// The early fetch of `input`, if one was started for exactly that
/// address and not taken yet. Asking ends the early fetch's offer either
/// way: a later open fetches again.
pub fn take(input: &str) -> Option<oneshot::Receiver<Fetched>> {
    let (early, receiver) = PENDING.with(|p| p.borrow_mut().take())?;
    (early == input).then_some(receiver)
}
