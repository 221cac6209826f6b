//! Fullscreen (F, and a toolbar button): shows the deck element alone,
//! filling the screen, as reveal.js does with its `.reveal` container.
//!
//! The Fullscreen API is called by name through `Reflect`: the prefixed
//! `webkit…` names are still the only ones on iPad Safari, and the promise
//! both methods return must be caught (a refusal, e.g. without a user
//! gesture, would otherwise surface as an unhandled rejection).

use super::focus;
use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Enters fullscreen with `target`, or leaves fullscreen if the page is in it.
pub fn toggle(target: Option<web_sys::Element>) {
    if current().is_some() {
        call_first(
            document().as_ref(),
            &["exitFullscreen", "webkitExitFullscreen"],
        );
    } else if let Some(el) = target {
        call_first(
            el.as_ref(),
            &["requestFullscreen", "webkitRequestFullscreen"],
        );
    }
}

/// The element shown fullscreen, if any.
fn current() -> Option<JsValue> {
    let doc = JsValue::from(document());
    ["fullscreenElement", "webkitFullscreenElement"]
        .iter()
        .filter_map(|name| Reflect::get(&doc, &JsValue::from_str(name)).ok())
        .find(|v| !v.is_null() && !v.is_undefined())
}

/// True when this browser lets a page go fullscreen (not iPhone Safari, not
/// an iframe without `allowfullscreen`).
fn supported() -> bool {
    let doc = JsValue::from(document());
    ["fullscreenEnabled", "webkitFullscreenEnabled"]
        .iter()
        .any(|name| {
            Reflect::get(&doc, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false)
        })
}

/// Calls the first of `names` that `this` has, swallowing a rejected promise.
fn call_first(this: &JsValue, names: &[&str]) {
    for name in names {
        let Ok(f) = Reflect::get(this, &JsValue::from_str(name)) else {
            continue;
        };
        let Some(f) = f.dyn_ref::<Function>() else {
            continue;
        };
        if let Ok(result) = f.call0(this) {
            if let Ok(promise) = result.dyn_into::<Promise>() {
                wasm_bindgen_futures::spawn_local(async move {
                    // Refused (no user gesture, not allowed): nothing to do.
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                });
            }
        }
        return;
    }
}

/// The toolbar's fullscreen button (HedgeDoc has none; users ask for one).
#[component]
pub fn FullscreenButton() -> impl IntoView {
    let active = RwSignal::new(current().is_some());
    let listeners = ["fullscreenchange", "webkitfullscreenchange"].map(|name| {
        gloo_events::EventListener::new(&document(), name, move |_| active.set(current().is_some()))
    });
    StoredValue::new_local(listeners);
    let label = move || {
        if active.get() {
            "Exit fullscreen (F)"
        } else {
            "Fullscreen (F)"
        }
    };
    let button_ref = NodeRef::<leptos::html::Button>::new();
    supported().then(|| {
        view! {
            <button
                node_ref=button_ref
                type="button"
                class="dv-fullscreen-button"
                aria-label="Fullscreen"
                title=label
                aria-pressed=move || active.get().to_string()
                on:click=move |ev| {
                    // The toolbar is outside the deck's context: find the
                    // deck of this button's own app (a page may hold several).
                    let reveal = button_ref
                        .get_untracked()
                        .and_then(|b| b.closest(".dv-app").ok().flatten())
                        .and_then(|app| app.query_selector(".dv-deck .reveal").ok().flatten())
                        .and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok());
                    toggle(reveal.as_ref().and_then(|r| r.parent_element()));
                    if let (Some(r), true) = (reveal, focus::is_pointer_click(&ev)) {
                        let _ = r.focus();
                    }
                }
            >
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                    <path
                        d=move || {
                            if active.get() {
                                "M6 1v5H1M10 1v5h5M6 15v-5H1M10 15v-5h5"
                            } else {
                                "M1 6V1h5M15 6V1h-5M1 10v5h5M15 10v5h-5"
                            }
                        }
                        fill="none"
                        stroke="currentColor"
                        stroke-width="2"
                    />
                </svg>
            </button>
        }
    })
}
