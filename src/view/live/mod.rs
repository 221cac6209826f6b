//! Live reload: a deck opened by address with `?watch` (or the toolbar's
//! Watch button), or from a local file the browser lets the page read
//! again, is re-read while the tab is visible and updated in place when it
//! changes; elsewhere the toolbar offers "Reload file". The rules are pure
//! (`deck::changes`, `source::watch`); the toolbar's controls are part of
//! the deck's features, the watching itself a chunk of the wasm of its own
//! ([`live_watch`]), fetched the first time watching or a reload is asked
//! for.

pub mod files;
mod update;
mod watch;

use super::first_use::on_first_use;
use super::page_address::{address_with, query_pairs};
use super::page_query::asks_to_watch;
use super::state::AppState;
use crate::deck::Warning;
use crate::source::Origin;
use files::Picked;
use leptos::portal::Portal;
use leptos::prelude::*;

/// What is watched.
#[derive(Clone)]
enum Source {
    /// The deck's address, as the user gave it.
    Url(String),
    /// A local file.
    File(Picked),
}

/// Live reload's state, shared by the toolbar's controls and the watcher.
#[derive(Clone, Copy)]
struct Live {
    /// What is watched.
    source: StoredValue<Source, LocalStorage>,
    /// Watching is on.
    on: RwSignal<bool>,
    /// The file can be watched (the browser gave a handle to it); without,
    /// the toolbar offers "Reload file".
    watchable: RwSignal<bool>,
    /// Bumped by each click on "Reload file".
    reloads: RwSignal<u32>,
    /// Why the deck shown may be out of date ("not updated since …").
    note: RwSignal<Option<String>>,
    /// The warnings of a version held back (half-written), shown in the
    /// badge until the next version.
    held: StoredValue<Vec<Warning>>,
}

/// The toolbar's live-reload controls for the deck on screen (a Watch
/// button for a deck opened by address or from a watchable file, else
/// "Reload file" for a file), and the watcher once it is wanted. Also
/// catches the handle of every file dropped on the page.
#[component]
pub fn LiveReload() -> impl IntoView {
    let app = expect_context::<AppState>();
    if !app.embedding.shows_app_chrome() {
        return None;
    }
    StoredValue::new_local(files::catch_drops());
    let toolbar = document().query_selector(".dv-toolbar").ok().flatten()?;
    let origin = app
        .shown
        .with_untracked(|s| s.as_ref().map(|s| s.origin.clone()))?;
    let (source, on) = match origin {
        Origin::Url(url) => (Source::Url(url), asks_to_watch(&query_pairs())),
        Origin::File(name) => {
            let picked = files::picked(&name)?;
            let watchable = picked.handle.is_some();
            (Source::File(picked), watchable)
        }
        _ => return None,
    };
    let is_url = matches!(source, Source::Url(_));
    let live = Live {
        on: RwSignal::new(on),
        watchable: RwSignal::new(is_url || on),
        source: StoredValue::new_local(source),
        reloads: RwSignal::new(0),
        note: RwSignal::new(None),
        held: StoredValue::new(Vec::new()),
    };
    provide_context(live);
    let toggle = move |_| {
        let on = !live.on.get_untracked();
        live.on.set(on);
        if is_url {
            keep_in_address(on);
        }
    };
    Some(view! {
        <Portal mount=toolbar>
            <div class="dv-live" style="display:flex;gap:6px;align-items:center">
                {move || live.note.get().map(|note| view! {
                    <span
                        class="dv-live-note"
                        role="status"
                        style="padding:6px 10px;border-radius:6px;background:rgba(24,24,24,.8);color:#ffd33d;font-size:12px"
                    >
                        {note}
                    </span>
                })}
                <Show
                    when=move || live.watchable.get()
                    fallback=move || view! {
                        <button
                            type="button"
                            class="dv-reload-file"
                            title="Read the file again and show what changed"
                            on:click=move |_| live.reloads.update(|n| *n += 1)
                        >
                            "Reload file"
                        </button>
                    }
                >
                    <button
                        type="button"
                        class="dv-watch"
                        aria-pressed=move || live.on.get().to_string()
                        title=if is_url {
                            "Watch the deck's address: show its changes as they are saved"
                        } else {
                            "Watch the file: show its changes as they are saved"
                        }
                        style:background=move || live.on.get().then_some("#1a7f37")
                        on:click=toggle
                    >
                        {move || if live.on.get() { "● Watching" } else { "Watch" }}
                    </button>
                </Show>
            </div>
        </Portal>
        {on_first_use(move || live.on.get() || live.reloads.get() > 0, live_watch)}
    })
}

/// Puts `watch` into the page's address (or takes it out), so that a
/// reload or a shared link watches too.
fn keep_in_address(on: bool) {
    let Some(address) = address_with("watch", on.then_some("")) else {
        return;
    };
    let hash = window().location().hash().unwrap_or_default();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{address}{hash}")),
        );
    }
}

/// The watcher: a chunk of the wasm of its own, fetched the first time
/// watching or a reload is asked for.
#[cfg_attr(feature = "split", leptos::lazy)]
async fn live_watch() -> AnyView {
    view! { <watch::Watcher /> }.into_any()
}
