//! Jump to a slide (G): a small modal prompt (see `view::modal`); a slide
//! number (counted through the whole deck, from 1) or `h/v` / `h.v` and
//! Enter goes there, Esc or a click beside it cancels.

use super::super::nav::Nav;
use super::{focus, Tools};
use crate::controllers::jump;
use crate::view::modal;
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
    let dialog = NodeRef::<html::Dialog>::new();
    modal::follow(dialog, move || open.get());
    Effect::new(move |_| {
        if let Some(el) = dialog.get() {
            place_at_deck_corner(&el, &nav);
        }
    });
    // Closing the element first gives focus back before the prompt is
    // taken out of the page.
    let close = move || {
        modal::close(dialog, || focus::focus_deck(&nav));
        invalid.set(false);
        open.set(false);
    };
    modal::on_cancel(dialog, close);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
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
    };
    view! {
        <Show when=move || open.get()>
            <dialog
                class="dv-jump"
                node_ref=dialog
                aria-label="Jump to slide"
                on:close=move |_| {
                    if !modal::reopened(dialog) {
                        close();
                    }
                }
                on:click=move |ev| {
                    if modal::is_backdrop_click(&ev) {
                        close();
                    }
                }
            >
                <form class="dv-jump-form" role="search" on:submit=on_submit>
                    <label for="dv-jump-input">"Go to slide"</label>
                    <input
                        id="dv-jump-input"
                        node_ref=input
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        autofocus
                        placeholder="5 or 4/2"
                        aria-describedby="dv-jump-hint"
                        aria-invalid=move || invalid.get().to_string()
                        on:input=move |_| invalid.set(false)
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
                </form>
            </dialog>
        </Show>
    }
}

/// Puts the prompt at the deck's top left corner, where it sits on the
/// page; in the top layer it is placed against the viewport, and a
/// `<deck-view>` element may be anywhere on its page.
fn place_at_deck_corner(dialog: &web_sys::HtmlDialogElement, nav: &Nav) {
    let Some(deck) = focus::deck_element(nav) else {
        return;
    };
    let rect = deck.get_bounding_client_rect();
    let style = web_sys::HtmlElement::style(dialog);
    let _ = style.set_property("--dv-deck-top", &format!("{}px", rect.top().max(0.0)));
    let _ = style.set_property("--dv-deck-left", &format!("{}px", rect.left().max(0.0)));
}
