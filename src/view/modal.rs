//! The app's dialogs (open a deck, the keyboard help, the jump prompt) are
//! the platform's modal `<dialog>`, shown with `showModal()`. The browser
//! then does what a modal must: it moves focus in (to the `autofocus`
//! control, else the first one), keeps Tab out of the page behind (which it
//! makes inert), closes the dialog on Escape (`cancel`, then `close`), puts
//! the dialog in the top layer with its `::backdrop`, and returns focus to
//! where it was when the dialog closes.
//!
//! The viewer keeps a signal per dialog ("it is open"); this module keeps
//! the element in step with it. A dialog closed by the browser (Escape)
//! tells its signal through its `close` event.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlDialogElement, ShadowRoot};

/// Shows `dialog` as a modal while `open` says so, and closes it when `open`
/// turns false; the element may arrive after the signal (a lazy chunk).
pub fn follow(dialog: NodeRef<html::Dialog>, open: impl Fn() -> bool + 'static) {
    Effect::new(move |_| {
        let wanted = open();
        let Some(el) = dialog.get() else {
            return;
        };
        if wanted && !el.open() {
            let _ = el.show_modal();
        } else if !wanted && el.open() {
            el.close();
        }
    });
}

/// True when a `close` event of `dialog` comes too late to mean anything:
/// the dialog was shown again between its closing and the event, which the
/// browser sends a task later (a key that reopens it at once, on a busy
/// machine). Its handler must then leave the dialog's state alone.
pub fn reopened(dialog: NodeRef<html::Dialog>) -> bool {
    dialog.get_untracked().is_some_and(|el| el.open())
}

/// Closes `dialog` now if it is open (the browser gives focus back at
/// once), before the caller's state hides or removes it. When focus went
/// nowhere useful, `refocus` puts it somewhere (see [`focus_is_lost`]).
pub fn close(dialog: NodeRef<html::Dialog>, refocus: impl FnOnce()) {
    let Some(el) = dialog.get_untracked() else {
        return;
    };
    if el.open() {
        el.close();
    }
    if focus_is_lost(&el) {
        refocus();
    }
}

/// Runs `now` when the browser asks `dialog` to close (Escape: the
/// `cancel` event), in that same task: the `close` event that follows comes
/// a task later, and state that waits for it lags behind the screen.
pub fn on_cancel(dialog: NodeRef<html::Dialog>, now: impl Fn() + Clone + 'static) {
    let listener = StoredValue::new_local(None::<gloo_events::EventListener>);
    Effect::new(move |_| {
        if let Some(el) = dialog.get() {
            let now = now.clone();
            listener.set_value(Some(gloo_events::EventListener::new(
                &el,
                "cancel",
                move |_| now(),
            )));
        }
    });
}

/// True when a click on `dialog` landed on its `::backdrop`: the browser
/// gives backdrop clicks to the dialog itself, and a dialog whose content
/// fills it (no padding) is never clicked on its own.
pub fn is_backdrop_click(ev: &web_sys::MouseEvent) -> bool {
    ev.target().is_some() && ev.target() == ev.current_target()
}

/// After `dialog` closed: true when focus went nowhere useful, because
/// nothing had focus when it opened (the browser then leaves focus on the
/// closed dialog's control, or on the body). The deck's dialogs then put it
/// on the deck, so that keys reach the deck again (in a `<deck-view>`, keys
/// are heard only while focus is inside the element).
fn focus_is_lost(dialog: &HtmlDialogElement) -> bool {
    let root = dialog.get_root_node();
    let active = match root.dyn_ref::<ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => root
            .dyn_ref::<Document>()
            .and_then(Document::active_element),
    };
    match active {
        None => true,
        Some(el) => el.tag_name() == "BODY" || dialog.contains(Some(el.unchecked_ref::<Element>())),
    }
}
