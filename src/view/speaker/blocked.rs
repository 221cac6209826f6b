//! The notice shown when the browser blocks the speaker window. It is said
//! on screen, not only in the console, because the presenter is looking at
//! the deck, not at developer tools; it sits inside the deck, so that it
//! shows in fullscreen too, and screen readers read it as it appears.

use leptos::prelude::*;

/// What was blocked, and what to do about it.
const TITLE: &str = "The browser blocked the speaker view window.";

/// How to allow pop-ups for this site in the common browsers.
const HOW: [(&str, &str); 3] = [
    (
        "Chrome, Edge:",
        "click the blocked pop-up icon at the right end of the address bar, then “Always allow pop-ups … from this site”.",
    ),
    (
        "Firefox:",
        "in the bar saying a pop-up was prevented, open Settings, then “Allow pop-ups for this site”.",
    ),
    ("Safari:", "Safari → Settings for This Website → Pop-up Windows: Allow."),
];

/// The notice, while `shown`; its × hides it, and so does a speaker window
/// that opens.
#[component]
pub fn BlockedNotice(shown: RwSignal<bool>) -> impl IntoView {
    view! {
        <Show when=move || shown.get()>
            <div class="dv-popup-blocked" role="alert">
                <div class="dv-popup-blocked-head">
                    <p class="dv-popup-blocked-title">{TITLE}</p>
                    <button
                        type="button"
                        class="dv-popup-blocked-close"
                        aria-label="Dismiss"
                        on:click=move |_| shown.set(false)
                    >
                        "×"
                    </button>
                </div>
                <p>"Allow pop-ups for this site, then press S again."</p>
                <ul>
                    {HOW
                        .iter()
                        .map(|&(browser, steps)| view! { <li><b>{browser}</b>" "{steps}</li> })
                        .collect_view()}
                </ul>
            </div>
        </Show>
    }
}
