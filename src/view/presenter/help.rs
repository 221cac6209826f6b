//! The keyboard help (? or F1): a dialog listing every key, closed by Esc,
//! ? again, or its close button.

use super::Tools;
use crate::controllers::help::KEY_MAP;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The help dialog, shown while `Tools::help_open`.
#[component]
pub fn HelpDialog() -> impl IntoView {
    let tools = expect_context::<Tools>();
    let nav = expect_context::<super::super::nav::Nav>();
    let open = tools.help_open;
    let close_button = NodeRef::<html::Button>::new();
    // Focus moves into the dialog and returns where it was on close.
    let before = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if is_open && was_open != Some(true) {
            before.set_value(
                document()
                    .active_element()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
            );
        }
        if !is_open && was_open == Some(true) {
            match before.get_value() {
                Some(el) if el.is_connected() => {
                    let _ = el.focus();
                }
                _ => super::focus::focus_deck(&nav),
            }
        }
        is_open
    });
    Effect::new(move |_| {
        if let Some(b) = close_button.get() {
            let _ = b.focus();
        }
    });
    // The close button is the dialog's only control: Tab stays on it.
    let keep_focus = |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Tab" {
            ev.prevent_default();
        }
    };
    view! {
        <Show when=move || open.get()>
            <div
                class="dv-help"
                on:click=move |ev| {
                    // A click on the dimmed backdrop closes, as in most dialogs.
                    if ev.target() == ev.current_target() {
                        open.set(false);
                    }
                }
            >
                <div
                    class="dv-help-box"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="dv-help-title"
                    on:keydown=keep_focus
                >
                    <div class="dv-help-head">
                        <h2 id="dv-help-title">"Keyboard shortcuts"</h2>
                        <button
                            type="button"
                            class="dv-help-close"
                            node_ref=close_button
                            aria-label="Close help"
                            on:click=move |_| open.set(false)
                        >
                            "×"
                        </button>
                    </div>
                    {key_tables()}
                    <p class="dv-help-foot">"Esc or ? closes this help."</p>
                </div>
            </div>
        </Show>
    }
}

/// The key map as one table per section.
fn key_tables() -> impl IntoView {
    KEY_MAP
        .iter()
        .map(|section| {
            let rows = section
                .entries
                .iter()
                .map(|entry| {
                    let keys = entry
                        .keys
                        .iter()
                        .map(|k| view! { <kbd>{*k}</kbd> })
                        .collect_view();
                    view! {
                        <tr>
                            <td class="dv-help-keys">{keys}</td>
                            <td>{entry.what}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <h3>{section.title}</h3>
                <table>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .collect_view()
}
