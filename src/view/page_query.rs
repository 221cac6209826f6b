//! The page's query (`?src=deck.md&embed&theme=black`), read once into
//! what it asks the viewer for. Pure: tested natively.
//!
//! A parameter that is a switch (`embed`, `print-pdf`, `bench`…) is on when
//! present with any value but a word for "no" (`false`, `no`, `off`, `0`,
//! as the deck's options read them), so `?embed` and `?embed=true` are the
//! same and `?embed=off` is off. When a parameter is given twice, the last
//! one counts, as for the deck's options.

use super::embedding::Embedding;
use crate::controllers::print::PrintRequest;
use crate::controllers::speaker_sync;

/// What the page's address asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct PageQuery {
    /// Every parameter, decoded, in order: the deck's option overrides
    /// (`?theme=black`) are read from them by `deck::apply_query`.
    pub pairs: Vec<(String, String)>,
    /// The deck's address (`?src=`), when it names something: a blank one
    /// means the bundled deck.
    pub src: Option<String>,
    /// `?embed`: the viewer runs inside a frame.
    pub embedding: Embedding,
    /// `?speaker=<id>`: this page is the speaker window of the
    /// presentation with that channel id (as written: it may be invalid).
    pub speaker: Option<String>,
    /// `?print-pdf`: the print layout.
    pub print: Option<PrintRequest>,
    /// `?bench`: expose timing figures (`window.__bench`).
    pub bench: bool,
    /// `?postMessage` (default on): answer API calls posted to the window.
    pub post_message: bool,
    /// `?postMessageEvents`: post the deck's events to the parent window.
    pub post_message_events: bool,
}

impl PageQuery {
    /// Reads decoded query parameters.
    pub fn parse(pairs: Vec<(String, String)>) -> PageQuery {
        let last = |key: &str| pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v);
        let switch = |key: &str| last(key).map(|v| is_on(v));
        let src = last("src").filter(|s| !s.trim().is_empty()).cloned();
        let embedding = if switch("embed").unwrap_or(false) {
            Embedding::Frame
        } else {
            Embedding::Page
        };
        let speaker = last(speaker_sync::QUERY_KEY).cloned();
        let print = switch("print-pdf")
            .unwrap_or(false)
            .then(|| PrintRequest::from_query(&pairs))
            .flatten();
        PageQuery {
            src,
            embedding,
            speaker,
            print,
            bench: switch("bench").unwrap_or(false),
            post_message: switch("postMessage").unwrap_or(true),
            post_message_events: switch("postMessageEvents").unwrap_or(false),
            pairs,
        }
    }

    /// The deck's address when the app fetches it as soon as it mounts (the
    /// page's `?src=`, or the bundled deck): what may be fetched before
    /// that (the speaker window gets its deck from the presentation
    /// instead).
    pub fn prefetch_src(&self) -> Option<String> {
        let src = self.src.as_deref().unwrap_or(crate::source::BUNDLED_NAME);
        self.speaker.is_none().then(|| src.to_string())
    }

    /// True when the page is a whole-page view: the speaker window or the
    /// print layout.
    pub fn is_page_view(&self) -> bool {
        self.speaker.is_some() || self.print.is_some()
    }
}

/// Whether the query asks for the deck to be watched (`?watch`): re-read
/// as it changes. Read from the current address, not once, as the
/// toolbar's Watch button writes it.
pub fn asks_to_watch(pairs: &[(String, String)]) -> bool {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == "watch")
        .is_some_and(|(_, v)| is_on(v))
}

/// A switch's value: anything but a word for "no" turns it on.
fn is_on(value: &str) -> bool {
    !(value.trim() == "0" || crate::deck::loose::bool_word(value) == Some(false))
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static CURRENT: std::cell::OnceCell<std::rc::Rc<PageQuery>> = const { std::cell::OnceCell::new() };
}

/// This page's query, read from its address the first time it is asked for.
/// The parameters that choose the view do not change while a page lives;
/// the deck's address may (opening another deck writes `?src=`), so code
/// that follows it reads the current address instead
/// ([`super::page_address`]).
#[cfg(target_arch = "wasm32")]
pub fn page_query() -> std::rc::Rc<PageQuery> {
    CURRENT.with(|c| {
        c.get_or_init(|| std::rc::Rc::new(PageQuery::parse(super::page_address::query_pairs())))
            .clone()
    })
}
