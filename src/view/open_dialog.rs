//! The open dialog: paste a URL, paste Markdown, pick or drop a file,
//! or reopen a recent deck. A modal `<dialog>` (see `view::modal`): Escape
//! or Close returns focus to the control that opened it; a deck opened from
//! it gets the focus, so that its keys (Space too) go to the new deck.

use super::modal;
use super::state::AppState;
use crate::source::Origin;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The deck that shows every HedgeDoc Markdown extension,
/// shipped beside the app in `examples/`.
const SYNTAX_EXAMPLE: &str = "examples/syntax.md";

/// The modal dialog for opening another deck.
#[component]
pub fn OpenDialog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let url = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let dialog = NodeRef::<html::Dialog>::new();
    modal::follow(dialog, move || state.dialog_open.get());
    // The deck shown when the dialog opened: another one when it closes
    // means a deck was opened from it.
    let shown_at_open = StoredValue::new(None::<u32>);
    Effect::new(move |_| {
        if state.dialog_open.get() {
            shown_at_open.set_value(
                state
                    .shown
                    .with_untracked(|s| s.as_ref().map(|s| s.generation)),
            );
        }
    });
    let close = move || state.dialog_open.set(false);
    modal::on_cancel(dialog, close);
    let on_close = move |_| {
        if modal::reopened(dialog) {
            return;
        }
        state.dialog_open.set(false);
        let opened_a_deck = state
            .shown
            .with_untracked(|s| s.as_ref().map(|s| s.generation))
            != shown_at_open.get_value();
        if opened_a_deck {
            focus_new_deck(dialog);
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| i.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            // Remembered for "Reload file" (this browser gives no handle).
            super::live::files::remember(file.clone(), None);
            state.open_file(file);
        }
    };
    // Where the browser can pick a file with a handle to read it again,
    // its own picker replaces the input's: the file can then be watched.
    let on_pick = move |ev: leptos::ev::MouseEvent| {
        if super::live::files::can_pick_with_handle() {
            ev.prevent_default();
            leptos::task::spawn_local(async move {
                if let Some(file) = super::live::files::pick_with_handle().await {
                    state.open_file(file);
                }
            });
        }
    };

    view! {
        <dialog
            class="dv-open-dialog"
            node_ref=dialog
            aria-labelledby="dv-open-title"
            on:close=on_close
        >
            <div class="dv-open-box">
                <h2 id="dv-open-title">"Open a deck"</h2>
                <form on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    let value = url.get_untracked();
                    if !value.trim().is_empty() {
                        state.open_url(value, true);
                    }
                }>
                    <label for="dv-open-url">
                        "Address of a deck (a HedgeDoc note, a GitHub file or any .md URL)"
                    </label>
                    <div class="dv-open-row">
                        <input
                            id="dv-open-url"
                            type="url"
                            placeholder="https://hedgedoc.example/abc123"
                            autofocus
                            prop:value=move || url.get()
                            on:input=move |ev| url.set(event_target_value(&ev))
                        />
                        <button type="submit">"Open"</button>
                    </div>
                </form>
                <label for="dv-open-text">"…or paste Markdown"</label>
                <textarea
                    id="dv-open-text"
                    rows="6"
                    placeholder="# My talk\n\n---\n\n## Second slide"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                <button
                    type="button"
                    class="dv-open-text-button"
                    on:click=move |_| {
                        let value = text.get_untracked();
                        if !value.trim().is_empty() {
                            state.show_text(value, Origin::Pasted);
                        }
                    }
                >
                    "Show pasted deck"
                </button>
                <label class="dv-drop-zone" for="dv-open-file">
                    "…or drop a .md file anywhere, or click to pick one"
                    <input id="dv-open-file" type="file" accept=".md,.markdown,.txt,text/markdown,text/plain" on:change=on_file on:click=on_pick />
                </label>
                <RecentList />
                <div class="dv-open-footer">
                    <button type="button" class="dv-open-bundled" on:click=move |_| state.open_bundled(true)>
                        "Show the SCS example deck"
                    </button>
                    <button
                        type="button"
                        class="dv-open-syntax"
                        on:click=move |_| state.open_url(SYNTAX_EXAMPLE.to_owned(), true)
                    >
                        "Show the syntax example"
                    </button>
                    <button type="button" class="dv-open-close" on:click=move |_| close()>
                        "Close"
                    </button>
                </div>
            </div>
        </dialog>
    }
}

/// Puts focus on the deck of the dialog's own app (a new one: the old
/// deck's elements are gone). Its presenter tools may not have made it
/// focusable yet (they mount after the first slide is painted).
fn focus_new_deck(dialog: NodeRef<html::Dialog>) {
    let reveal = dialog
        .get_untracked()
        .and_then(|d| d.closest(".dv-app").ok().flatten())
        .and_then(|app| app.query_selector(".dv-deck .reveal").ok().flatten())
        .and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(reveal) = reveal {
        if reveal.get_attribute("tabindex").is_none() {
            let _ = reveal.set_attribute("tabindex", "-1");
        }
        let _ = reveal.focus();
    }
}

/// Decks opened recently, newest first.
#[component]
fn RecentList() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let list = state.recent.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="dv-recent">
                    <h3>"Recent decks"</h3>
                    <ul>
                        {list
                            .into_iter()
                            .map(|d| {
                                let url = d.url.clone();
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            title=d.url.clone()
                                            on:click=move |_| state.open_url(url.clone(), true)
                                        >
                                            {d.title}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
