//! The app: which deck is shown, loading new ones, and the app's own UI.

use super::embedding::Embedding;
use super::error_panel::ErrorPanel;
use super::first_use::on_first_use;
use super::host::{use_host, ElementSource};
use super::open_dialog::OpenDialog;
use super::presentation::Presentation;
use crate::deck::{self, Deck};
use crate::source::recent::{self, RecentDeck};
use crate::source::{fetch, LoadError, Origin, BUNDLED_DECK};
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
            let title = display_title(&parsed);
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
                Ok(text) => {
                    if update_address && state.embedding.owns_query() {
                        set_src_in_address(Some(&input));
                    }
                    state.show_text(text, Origin::Url(input));
                }
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
                        set_src_in_address(None);
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
        base_url_of(&url)
    }

    /// Shows the bundled SCS deck.
    pub fn open_bundled(&self) {
        if self.embedding.owns_query() {
            set_src_in_address(None);
        }
        self.show_text(BUNDLED_DECK, Origin::Bundled);
    }
}

/// The absolute address a deck given as `src` is fetched from: what its
/// relative images and links resolve against.
pub fn base_url_of(src: &str) -> Option<String> {
    let fetch_url = crate::source::url::resolve(src).ok()?.fetch_url;
    let href = window().location().href().ok()?;
    web_sys::Url::new_with_base(&fetch_url, &href)
        .ok()
        .map(|u| u.href())
}

/// The title a deck is known by: front matter, else its first heading.
pub fn display_title(deck: &Deck) -> String {
    deck.meta
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .or_else(|| {
            deck.columns
                .iter()
                .flatten()
                .find_map(|s| s.title.clone())
                .filter(|t| !t.trim().is_empty())
        })
        .unwrap_or_else(|| "Untitled deck".to_string())
}

/// The page's `?src=`, when it names something (a blank one means the
/// bundled deck).
fn page_src() -> Option<String> {
    query_pairs()
        .into_iter()
        .find(|(k, _)| k == "src")
        .map(|(_, v)| v)
        .filter(|src| !src.trim().is_empty())
}

/// The page's `?src=` when the app will fetch it as soon as it mounts (the
/// speaker view gets its deck from the presentation instead): what
/// [`crate::source::prefetch`] may start fetching before that.
pub fn early_src() -> Option<String> {
    let speaker_key = crate::controllers::speaker_sync::QUERY_KEY;
    if query_pairs().iter().any(|(k, _)| k == speaker_key) {
        return None;
    }
    page_src()
}

/// The page's query string as pairs (`?src=…&theme=black`).
pub fn query_pairs() -> Vec<(String, String)> {
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    let entries = js_sys::try_iter(&params.into()).ok().flatten();
    for entry in entries.into_iter().flatten().flatten() {
        let pair = js_sys::Array::from(&entry);
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            pairs.push((k, v));
        }
    }
    pairs
}

/// This page's path and query with `key` set to `value` (or removed when
/// `None`), without the hash; `None` when the query cannot be read.
pub fn address_with(key: &str, value: Option<&str>) -> Option<String> {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    match value {
        Some(v) => params.set(key, v),
        None => params.delete(key),
    }
    let query = String::from(params.to_string());
    let path = location.pathname().unwrap_or_default();
    Some(if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    })
}

/// Puts the deck address into `?src=` (or removes it) without reloading,
/// so that the address bar can be shared and reloaded.
fn set_src_in_address(src: Option<&str>) {
    let Some(url) = address_with("src", src) else {
        return;
    };
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
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

/// What a loaded deck is shown as: [`DeckBody::PRESENTATION`], or the
/// print layout (`print::PRINT_BODY`), which only the whole-page views'
/// chunk of the wasm names (`view::mount_page_view`), so the startup
/// module carries none of it.
#[derive(Clone, Copy)]
pub struct DeckBody {
    show: fn(Arc<Deck>) -> AnyView,
    /// Whether the toolbar and dialogs go with it.
    chrome: bool,
}

impl DeckBody {
    /// The presentation.
    pub const PRESENTATION: DeckBody =
        DeckBody::new(|deck| view! { <Presentation deck /> }.into_any(), true);

    /// A body that shows a deck with `show`, with the toolbar and dialogs
    /// when `chrome` says so.
    pub const fn new(show: fn(Arc<Deck>) -> AnyView, chrome: bool) -> DeckBody {
        DeckBody { show, chrome }
    }
}

/// The open dialog, a chunk of the wasm of its own: most visits never
/// open it.
#[leptos::lazy]
fn open_dialog() -> AnyView {
    view! { <OpenDialog /> }.into_any()
}

/// The root component; `body` is what a loaded deck is shown as.
#[component]
pub fn App(#[prop(default = DeckBody::PRESENTATION)] body: DeckBody) -> impl IntoView {
    let host = use_host();
    let embedding = host.embedding;
    let state = AppState {
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
        overrides: StoredValue::new(host.overrides.clone()),
        requests: StoredValue::new(0),
    };
    provide_context(state);
    // Whole-page views (the print layout) only where deckview owns the page.
    let body = if embedding.allows_page_views() {
        body
    } else {
        DeckBody::PRESENTATION
    };

    match &host.source {
        Some(ElementSource::Url(src)) => state.open_url(src.clone(), false),
        Some(ElementSource::Inline(text)) => state.show_text(text.as_str(), Origin::Inline),
        Some(ElementSource::Missing) => state.error.set(Some(LoadError::NoSource)),
        None => match page_src() {
            Some(src) => state.open_url(src, false),
            None => state.show_text(BUNDLED_DECK, Origin::Bundled),
        },
    }

    if embedding.sets_title() {
        Effect::new(move |_| {
            let title = state
                .shown
                .with(|s| s.as_ref().map(|s| display_title(&s.deck)));
            document().set_title(&match title {
                Some(t) => format!("{t} – deckview"),
                None => "deckview".to_string(),
            });
        });
    }

    // Dropping a .md file anywhere opens it.
    if embedding.accepts_drops() {
        let _ = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
        let _ = window_event_listener(leptos::ev::drop, move |ev: web_sys::DragEvent| {
            ev.prevent_default();
            if let Some(file) = ev
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                state.open_file(file);
            }
        });
    }
    let chrome = embedding.shows_app_chrome();

    view! {
        <div class="dv-app" data-embedding=embedding.name()>
            // Keyed by load: a new deck gets a fresh presentation (its own
            // sections, listeners and state) instead of an in-place rebuild.
            <For
                each=move || state.shown.get().into_iter()
                key=|s| s.generation
                children=move |s| (body.show)(s.deck)
            />
            <div class="dv-chrome">
                {(body.chrome && chrome).then(|| view! {
                    <div class="dv-toolbar">
                        <super::warnings::WarningsBadge />
                        <super::presenter::FullscreenButton />
                        <button
                            class="dv-open-button"
                            type="button"
                            aria-haspopup="dialog"
                            on:click=move |_| state.dialog_open.set(true)
                        >
                            "Open…"
                        </button>
                    </div>
                })}
                // Embedded: the deck's own controls, and a way to fill the
                // screen (shown only where fullscreen is allowed).
                {(!chrome).then(|| view! {
                    <div class="dv-toolbar">
                        <super::presenter::FullscreenButton />
                    </div>
                })}
                <Show when=move || state.loading.get()>
                    <div class="dv-loading" role="status">
                        "Loading deck…"
                    </div>
                </Show>
                <ErrorPanel />
                {chrome.then(|| on_first_use(move || state.dialog_open.get(), open_dialog))}
            </div>
        </div>
    }
    .into_any()
}
