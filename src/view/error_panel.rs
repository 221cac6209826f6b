//! The load-failure panel: what went wrong, and what to do next.

use super::state::AppState;
use leptos::prelude::*;

/// Shows the last load error over the deck; the deck stays underneath.
#[component]
pub fn ErrorPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    // A deck opened from the dialog fails while the dialog is still open,
    // and the modal dialog covers the message: close it so the message is
    // seen. What was typed stays in the dialog for the next try.
    Effect::new(move |_| {
        if state.error.with(Option::is_some) {
            state.dialog_open.set(false);
        }
    });
    move || {
        state.error.get().map(|e| {
            // Embedded decks have no open dialog and no example deck: the
            // visitor can only dismiss.
            let chrome = state.embedding.shows_app_chrome();
            let no_deck = chrome && state.shown.with(|s| s.is_none());
            let offer_file = chrome && e.suggests_local_file();
            view! {
                <div class="dv-error" role="alert">
                    <h2>{e.title()}</h2>
                    <p class="dv-error-detail">{e.detail()}</p>
                    <div class="dv-error-actions">
                        {offer_file
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        class="dv-error-open-file"
                                        on:click=move |_| {
                                            state.error.set(None);
                                            state.dialog_open.set(true);
                                        }
                                    >
                                        "Open a downloaded .md file…"
                                    </button>
                                }
                            })}
                        {no_deck
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        class="dv-error-bundled"
                                        on:click=move |_| state.open_bundled(true)
                                    >
                                        "Show the SCS example deck"
                                    </button>
                                }
                            })}
                        <button
                            type="button"
                            class="dv-error-dismiss"
                            on:click=move |_| state.error.set(None)
                        >
                            "Dismiss"
                        </button>
                    </div>
                </div>
            }
        })
    }
}
