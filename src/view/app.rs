//! The app's root component: the deck shown (as a presentation or the
//! print layout), the toolbar, the open dialog and the error panel.

use super::error_panel::ErrorPanel;
use super::first_use::on_first_use;
use super::host::{use_host, ElementSource};
use super::open_dialog::OpenDialog;
use super::page_query::page_query;
use super::presentation::Presentation;
use super::state::AppState;
use crate::deck::Deck;
use crate::source::{LoadError, Origin};
use leptos::prelude::*;
use std::sync::Arc;

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
#[cfg_attr(feature = "split", leptos::lazy)]
async fn open_dialog() -> AnyView {
    view! { <OpenDialog /> }.into_any()
}

/// The root component; `body` is what a loaded deck is shown as.
#[component]
pub fn App(#[prop(default = DeckBody::PRESENTATION)] body: DeckBody) -> impl IntoView {
    let host = use_host();
    let embedding = host.embedding;
    let state = AppState::new(embedding, host.overrides.clone());
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
        None => match page_query().src.clone() {
            Some(src) => state.open_url(src, false),
            None => state.open_bundled(false),
        },
    }

    if embedding.sets_title() {
        Effect::new(move |_| {
            let title = state
                .shown
                .with(|s| s.as_ref().map(|s| s.deck.display_title()));
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
