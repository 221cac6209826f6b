//! The deck's one keyboard controller, as reveal.js has one: every key
//! press on the host (the window, or a `<deck-view>` element) comes here and
//! goes to the first of these that takes it:
//!
//! 1. a modal dialog (the open dialog, the keyboard help, the jump prompt):
//!    while one is open the keys are the dialog's. The browser works it
//!    (Tab stays inside, Esc closes it, Enter submits its form) and the
//!    deck acts on none, not even a key typed into the dialog's fields;
//!    only the help's own key (? or F1) closes the help
//!    ([`Tools::act_in_dialog`]). Esc is left alone (not
//!    `preventDefault`ed), so that the browser closes the dialog with it;
//! 2. the black screen ([`Tools::act`]): while it is shown it takes every
//!    action, acting only on its own keys;
//! 3. the overview: Enter leaves it, Esc / O opens and closes it, and while
//!    it is open the arrows move its selection from slide to slide;
//! 4. the presenter tools' keys (pause, fullscreen, help, jump, auto-slide)
//!    and the speaker view (S);
//! 5. the presentation: the navigation keys, fragments first.
//!
//! What a key means is `controllers::keyboard`'s business; this module only
//! decides who acts on it. A key taken is `preventDefault`ed.

use super::features::LazyFeatures;
use crate::controllers::keyboard::Action;
use crate::controllers::overview;
use crate::controllers::web::keyboard;
use crate::view::host::Host;
use crate::view::nav::Nav;
use crate::view::presenter::Tools;
use crate::view::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// Listens for `nav`'s deck on `host`'s event target until dropped.
pub(super) fn listen(
    nav: Nav,
    tools: Tools,
    features: LazyFeatures,
    app: AppState,
    host: &Host,
) -> gloo_events::EventListener {
    let (keyboard_on, overview_on) = nav
        .deck
        .with_value(|d| (d.options.keyboard, overview::enabled(&d.options)));
    let speaker_on = host.embedding.allows_speaker_view();
    let listener = host.events.clone();
    host.listen("keydown", false, move |ev| {
        let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        if !keyboard_on {
            return;
        }
        if app.dialog_open.get_untracked() || tools.dialog_open() {
            let taken = keyboard::action_for_event(ev).is_some_and(|a| tools.act_in_dialog(a));
            if taken {
                ev.prevent_default();
            }
            return;
        }
        let overview_open = overview_on && nav.modes.overview.get_untracked();
        if overview_open && ev.key() == "Enter" && is_plain_target(ev) {
            ev.prevent_default();
            nav.modes.overview.set(false);
            return;
        }
        let Some(action) = keyboard::action_for_event(ev) else {
            return;
        };
        // The overview and the speaker sync come as a chunk: their keys wait
        // for it.
        let for_features = match action {
            Action::ToggleOverview => overview_on,
            Action::SpeakerView => speaker_on,
            _ => false,
        };
        let taken = tools.act(&nav, action)
            || (for_features && features.hold(ev, &listener))
            || match action {
                Action::ToggleOverview if overview_on => {
                    nav.modes.overview.set(!overview_open);
                    true
                }
                Action::Move(m) | Action::SkipFragmentsMove(m) if overview_open => {
                    nav.go_skipping_fragments(m);
                    true
                }
                Action::SpeakerView if speaker_on => {
                    nav.modes.speaker_view.notify();
                    true
                }
                _ => nav.take_move(action),
            };
        if taken {
            ev.prevent_default();
        }
    })
}

/// True when Enter pressed at `ev`'s target would not press a control or
/// type into a field.
fn is_plain_target(ev: &KeyboardEvent) -> bool {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return true;
    };
    let editable = el
        .dyn_ref::<HtmlElement>()
        .is_some_and(|h| h.is_content_editable());
    !editable
        && el
            .closest("input, textarea, select, button, a[href], summary")
            .ok()
            .flatten()
            .is_none()
}
