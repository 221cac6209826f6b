//! The keyboard help (? or F1): a modal dialog listing every key (see
//! `view::modal`), closed by Esc, ? again, its close button or a click
//! beside it.

use super::Tools;
use crate::controllers::help::{KEY_MAP, TOOLBAR};
use crate::view::modal;
use leptos::html;
use leptos::prelude::*;

/// The help dialog, shown while `Tools::help_open`.
#[component]
pub fn HelpDialog() -> impl IntoView {
    let tools = expect_context::<Tools>();
    let nav = expect_context::<super::super::nav::Nav>();
    let open = tools.help_open;
    let dialog = NodeRef::<html::Dialog>::new();
    modal::follow(dialog, move || open.get());
    modal::on_cancel(dialog, move || open.set(false));
    let on_close = move |_| {
        if modal::reopened(dialog) {
            return;
        }
        open.set(false);
        modal::close(dialog, || super::focus::focus_deck(&nav));
    };
    view! {
        <dialog
            class="dv-help"
            node_ref=dialog
            aria-labelledby="dv-help-title"
            on:close=on_close
            on:click=move |ev| {
                // A click on the dimmed backdrop closes, as in most dialogs.
                if modal::is_backdrop_click(&ev) {
                    open.set(false);
                }
            }
        >
            <div class="dv-help-box">
                <div class="dv-help-head">
                    <h2 id="dv-help-title">"Keyboard shortcuts"</h2>
                    <button
                        type="button"
                        class="dv-help-close"
                        aria-label="Close help"
                        autofocus
                        on:click=move |_| open.set(false)
                    >
                        "×"
                    </button>
                </div>
                {key_tables()}
                {toolbar_table()}
                <p class="dv-help-foot">"Esc or ? closes this help."</p>
            </div>
        </dialog>
    }
}

/// The toolbar's buttons.
fn toolbar_table() -> impl IntoView {
    let rows = TOOLBAR
        .iter()
        .map(|(name, what)| {
            view! {
                <tr>
                    <td class="dv-help-keys">{*name}</td>
                    <td>{*what}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3>"Toolbar"</h3>
        <table>
            <tbody>{rows}</tbody>
        </table>
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
