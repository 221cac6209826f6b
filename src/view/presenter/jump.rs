//! Jump to a slide (G): a small prompt; a slide number (counted through the
//! whole deck, from 1) or `h/v` / `h.v` and Enter goes there, Esc cancels.

use super::super::nav::Nav;
use super::{focus, Tools};
use crate::controllers::jump;
use leptos::html;
use leptos::prelude::*;

/// The prompt, shown while `Tools::jump_open`.
#[component]
pub fn JumpPrompt() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let tools = expect_context::<Tools>();
    let open = tools.jump_open;
    let invalid = RwSignal::new(false);
    let input = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.focus();
        }
    });
    let close = move || {
        if open.get_untracked() {
            open.set(false);
            invalid.set(false);
            focus::focus_deck(&nav);
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            let text = input.get().map(|i| i.value()).unwrap_or_default();
            match nav.layout.with_value(|l| jump::parse(&text, l)) {
                Some(target) => {
                    if !target.same_slide(&nav.position.get_untracked()) {
                        nav.position.set(target);
                    }
                    close();
                }
                None => invalid.set(true),
            }
        }
        "Escape" => {
            ev.prevent_default();
            close();
        }
        _ => invalid.set(false),
    };
    view! {
        <Show when=move || open.get()>
            <div class="dv-jump" role="search">
                <label for="dv-jump-input">"Go to slide"</label>
                <input
                    id="dv-jump-input"
                    node_ref=input
                    type="text"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder="5 or 4/2"
                    aria-describedby="dv-jump-hint"
                    aria-invalid=move || invalid.get().to_string()
                    on:keydown=on_keydown
                    on:blur=move |_| close()
                />
                <span id="dv-jump-hint" class="dv-jump-hint">
                    {move || {
                        if invalid.get() {
                            "No such slide: a number, or column/row"
                        } else {
                            "Enter to go, Esc to cancel"
                        }
                    }}
                </span>
            </div>
        </Show>
    }
}
