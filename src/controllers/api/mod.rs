//! reveal.js's JavaScript API as deckview answers it, without the browser:
//! reading a call, what it asks for, the state and events it reports.
//!
//! A host page drives an embedded deck the way it drives reveal.js: it
//! posts `{"method":"slide","args":[2,0]}` (a JSON string, or the same
//! shape as a plain object) and gets back
//! `{"namespace":"reveal","eventName":"callback","method":…,"result":…,"state":…}`.
//! With `postMessageEvents` the deck also posts
//! `{"namespace":"reveal","eventName":"slidechanged","state":…}` and the
//! like to its parent. The `<deck-view>` element offers the same methods.
//!
//! Everything here is data in, data out, one concern per module:
//!
//! - `json`: the [`Value`] calls carry and replies hold, written as
//!   `JSON.stringify` writes it.
//! - `calls`: which messages are calls ([`looks_like_call`], [`read_call`])
//!   and which names reveal.js refuses ([`is_refused`]).
//! - `methods`: the one table of method names: [`command`] turns a name and
//!   its arguments into a [`Command`] (anything not in [`METHODS`] is
//!   `None`).
//! - `state`: `getState`/`setState` ([`DeckState`], [`StatePatch`],
//!   [`FragmentTarget`]).
//! - `targets`: where the moving calls go ([`slide_target`],
//!   [`fragment_target`]).
//! - `answers`: the read-only calls answered from [`Facts`] ([`answer`]) and
//!   the [`callback`] reply.
//! - `events`: which events a change of [`Snapshot`] fires
//!   ([`events_between`]) and their messages ([`event`]).
//!
//! The browser side (`view::api`, wasm only) reads the deck's signals and
//! applies the answers; it and the tests use the names re-exported here.
//!
//! Values never run: a call is JSON data, read field by field. Methods
//! reveal.js refuses (plugin and listener registration, previews) are
//! recognised so the caller can warn, as reveal.js does.

mod answers;
mod calls;
mod events;
mod json;
mod methods;
mod state;
mod targets;

pub use answers::{answer, callback, Facts, Query};
pub use calls::{is_refused, looks_like_call, read_call};
pub use events::{event, event_extra, events_between, Snapshot};
pub use json::Value;
pub use methods::{command, Command, METHODS};
pub use state::{DeckState, FragmentTarget, StatePatch};
pub use targets::{fragment_target, slide_target};
