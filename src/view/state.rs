//! The app's state, shared by context with its UI: the deck on screen and
//! where it came from, loading another one, load errors and late warnings,
//! the open dialog, and the recent decks.

use super::embedding::Embedding;
use super::page_address;
use crate::deck::{self, Deck};
use crate::source::recent::{self, RecentDeck};
use crate::source::{fetch, LoadError, Origin, BUNDLED_NAME};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Local-storage key of the recent-decks list.
const RECENT_KEY: &str = "deckview.recent";

/// A deck on screen and where it came from.
#[derive(Clone)]
pub struct Shown {
    /// The parsed deck.
    pub deck: Arc<Deck>,
    /// Where it came from.
    pub origin: Origin,
    /// The deck's text as loaded: the speaker window asks for it, as it
    /// cannot load a local file or pasted text again.
    pub text: Arc<str>,
    /// Bumped on every load so that reopening the same deck rebuilds it.
    pub generation: u32,
}

/// Everything the app's UI can ask for; passed down as context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The deck on screen (None until the first one loads).
    pub shown: RwSignal<Option<Shown>>,
    /// The last load failure, shown over the current deck.
    pub error: RwSignal<Option<LoadError>>,
    /// Warnings found after a deck was shown (its theme stylesheet could not
    /// be loaded), each with the generation of the deck it belongs to.
    pub late_warnings: RwSignal<Vec<(u32, crate::deck::Warning)>>,
    /// A fetch is under way.
    pub loading: RwSignal<bool>,
    /// The open dialog is visible.
    pub dialog_open: RwSignal<bool>,
    /// Decks opened recently.
    pub recent: RwSignal<Vec<RecentDeck>>,
    /// Page, frame or element: what the app may touch outside the deck.
    pub embedding: Embedding,
    /// Option overrides from the host: the page query or the element's
    /// attributes. Kept here because decks are also shown from async tasks,
    /// where no context can be read.
    pub overrides: StoredValue<Vec<(String, String)>>,
    /// Bumped on every [`AppState::show_text`]: a deck that waited for the
    /// emoji table is not shown over one asked for after it.
    requests: StoredValue<u32>,
}

impl AppState {
    /// The state of an app that shows no deck yet, in `embedding`, with
    /// the host's option `overrides`.
    pub fn new(embedding: Embedding, overrides: Vec<(String, String)>) -> AppState {
        AppState {
            shown: RwSignal::new(None),
            error: RwSignal::new(None),
            late_warnings: RwSignal::new(Vec::new()),
            loading: RwSignal::new(false),
            dialog_open: RwSignal::new(false),
            recent: RwSignal::new(if embedding.remembers_decks() {
                load_recent()
            } else {
                Vec::new()
            }),
            embedding,
            overrides: StoredValue::new(overrides),
            requests: StoredValue::new(0),
        }
    }

    /// Parses and shows deck text; the deck already shown stays until then.
    /// Text with nothing to show (blank, front matter only) or too large is
    /// refused with a message instead, the deck on screen staying; fetched
    /// and picked decks were checked on the way in, pasted and inline text
    /// is checked here.
    pub fn show_text(&self, text: impl Into<Arc<str>>, origin: Origin) {
        // The text becomes the kept copy before parsing: a fetched String is
        // freed first, so the parser's allocations reuse its memory (wasm
        // memory only grows; its high-water mark is what a page keeps).
        let text: Arc<str> = text.into();
        if let Err(e) = crate::source::check_deck_text(&text) {
            self.error.set(Some(e));
            return;
        }
        super::bench::text_in_hand();
        self.requests.update_value(|n| *n += 1);
        let state = *self;
        let request = self.requests.get_value();
        let waiting = super::emoji::parse_then(text.clone(), move |parsed| {
            // A deck that waited for the emoji table is not shown over one
            // asked for after it.
            if state.requests.get_value() == request {
                state.show_parsed(parsed, text, origin);
            }
        });
        if waiting {
            self.loading.set(true);
        }
    }

    /// Shows a parsed deck (see [`AppState::show_text`]).
    fn show_parsed(&self, mut parsed: Deck, text: Arc<str>, origin: Origin) {
        super::bench::parsed();
        self.overrides
            .with_value(|o| deck::apply_query(&mut parsed, o));
        let generation = self
            .shown
            .with_untracked(|s| s.as_ref().map_or(0, |s| s.generation + 1));
        if let (Origin::Url(url), true) = (&origin, self.embedding.remembers_decks()) {
            let title = parsed.display_title();
            let list = recent::remember(
                &self.recent.get_untracked(),
                RecentDeck {
                    url: url.clone(),
                    title,
                },
            );
            store_recent(&list);
            self.recent.set(list);
        }
        self.error.set(None);
        self.dialog_open.set(false);
        // Also ends the wait for the emoji table (see `show_text`).
        self.loading.set(false);
        if self.embedding.owns_query() {
            tell_page_shown(&origin);
        }
        self.shown.set(Some(Shown {
            deck: Arc::new(parsed),
            origin,
            text,
            generation,
        }));
    }

    /// Fetches and shows the deck at `input`; on failure the current deck
    /// stays and the error is shown.
    pub fn open_url(&self, input: String, update_address: bool) {
        self.fetch_and_show(input.clone(), move |state, text| {
            if update_address && state.embedding.owns_query() {
                page_address::set_src_in_address(Some(&input));
            }
            state.show_text(text, Origin::Url(input));
        });
    }

    /// Fetches `input` (or takes the early fetch of it) and hands the text
    /// to `show`; a failure is shown as the load error.
    fn fetch_and_show(&self, input: String, show: impl FnOnce(Self, String) + 'static) {
        let state = *self;
        state.loading.set(true);
        spawn_local(async move {
            // The page's own `?src=` may already be on the wire (started
            // before the app mounted); otherwise, or if it was lost, fetch.
            let early = match crate::source::prefetch::take(&input) {
                Some(receiver) => receiver.await.ok(),
                None => None,
            };
            let (result, started) = match early {
                Some(fetched) => fetched,
                None => {
                    let started = super::bench::fetch_started();
                    (fetch::fetch_deck(&input).await, started)
                }
            };
            super::bench::fetch_done(started);
            state.loading.set(false);
            match result {
                Ok(text) => show(state, text),
                Err(e) => state.error.set(Some(e)),
            }
        });
    }

    /// Reads and shows a local file.
    pub fn open_file(&self, file: web_sys::File) {
        let state = *self;
        spawn_local(async move {
            match fetch::read_file(&file).await {
                Ok(text) => {
                    if state.embedding.owns_query() {
                        page_address::set_src_in_address(None);
                    }
                    state.show_text(text, Origin::File(file.name()));
                }
                Err(e) => state.error.set(Some(e)),
            }
        });
    }

    /// The address of the deck on screen, absolute, when it came from a URL:
    /// relative images, links and the parallax image resolve against it.
    pub fn deck_base_url(&self) -> Option<String> {
        let Some(Origin::Url(url)) = self
            .shown
            .with_untracked(|s| s.as_ref().map(|s| s.origin.clone()))
        else {
            return None;
        };
        page_address::base_url_of(&url)
    }

    /// Shows the bundled SCS deck; `update_address` drops a `?src=` from
    /// the address (a deck chosen by hand), and the page's first deck keeps
    /// the address as it is (its `#/h/v`).
    pub fn open_bundled(&self, update_address: bool) {
        self.fetch_and_show(BUNDLED_NAME.to_string(), move |state, text| {
            if update_address && state.embedding.owns_query() {
                page_address::set_src_in_address(None);
            }
            state.show_text(text, Origin::Bundled);
        });
    }
}

fn load_recent() -> Vec<RecentDeck> {
    window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(RECENT_KEY).ok().flatten())
        .map(|json| recent::from_json(&json))
        .unwrap_or_default()
}

fn store_recent(list: &[RecentDeck]) {
    // Storage can be full or forbidden (private mode, sandboxed iframe):
    // remembering decks is a convenience, never a reason to fail.
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(RECENT_KEY, &recent::to_json(list));
    }
}

/// Tells the page's own scripts which kind of source the deck now shown came
/// from: `deckview:shown` on the window, `detail` one of `bundled`, `url`,
/// `file`, `pasted`, `inline`. The offline note (`offline/offline.js`) hears
/// of fetched decks from the service worker, but of a file or pasted text
/// shown after them only from this.
fn tell_page_shown(origin: &Origin) {
    let kind = match origin {
        Origin::Bundled => "bundled",
        Origin::Url(_) => "url",
        Origin::File(_) => "file",
        Origin::Pasted => "pasted",
        Origin::Inline => "inline",
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&kind.into());
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("deckview:shown", &init) {
        let _ = window.dispatch_event(&event);
    }
}
