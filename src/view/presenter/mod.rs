//! Presenter tools: pause (black screen), fullscreen, jump to a
//! slide, the keyboard help, auto-sliding, the idle cursor, and the live
//! region that tells screen readers where the deck is.
//!
//! [`PresenterTools`] is mounted inside `.reveal` (so that everything it
//! shows stays visible in fullscreen, which shows the deck only);
//! [`FullscreenButton`] sits in the app toolbar.
//!
//! Keys: one keydown listener on the host (the window, or a `<deck-view>`
//! element) in the capture phase, so it runs before
//! the presentation's and other features' listeners. While the screen is
//! paused or the help is open it claims every key the keyboard map knows
//! (`preventDefault`), and `action_for_event` ignores claimed keys: the deck
//! does not move behind a black screen or an open dialog, and Esc closes the
//! help instead of opening the overview.

mod announcer;
mod autoslide;
mod focus;
mod fullscreen;
mod help;
mod idle;
mod jump;
mod pause;

pub use fullscreen::FullscreenButton;

use super::first_use::on_first_use;
use super::nav::Nav;
use super::state::AppState;
use crate::controllers::keyboard::Action;
use crate::controllers::presenter_options;
use crate::controllers::web::keyboard;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// State the presenter tools share with one another.
#[derive(Clone, Copy)]
struct Tools {
    /// The screen is blacked out (B, V, `.`, `:`, `;`, `/`): `Nav::modes`.
    paused: RwSignal<bool>,
    /// The keyboard help is shown.
    help_open: RwSignal<bool>,
    /// The jump-to-slide prompt is shown.
    jump_open: RwSignal<bool>,
    /// Auto-sliding is wanted (not paused with A or by navigating):
    /// `Nav::modes`.
    auto_running: RwSignal<bool>,
    /// Auto-sliding can be paused and resumed (`autoSlideStoppable`).
    auto_stoppable: bool,
    /// The deck auto-slides (`autoSlide` > 0): the playback control shows.
    auto_on: bool,
}

/// Every presenter tool, for one deck.
#[component]
pub fn PresenterTools() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let app = expect_context::<AppState>();
    let (keyboard_on, help_on, auto_on, auto_stoppable) = nav.deck.with_value(|d| {
        let o = &d.options;
        (
            o.keyboard,
            presenter_options::help(o),
            o.auto_slide > 0,
            presenter_options::auto_slide_stoppable(o),
        )
    });
    let tools = Tools {
        paused: nav.modes.paused,
        help_open: RwSignal::new(false),
        jump_open: RwSignal::new(false),
        auto_running: nav.modes.auto_sliding,
        auto_stoppable,
        auto_on,
    };
    provide_context(tools);

    let on_key = move |ev: &web_sys::Event| {
        let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if !keyboard_on || app.dialog_open.get_untracked() {
            return;
        }
        let Some(action) = keyboard::action_for_event(ev) else {
            return;
        };
        if tools.paused.get_untracked() {
            // reveal.js: while paused only the pause keys work.
            ev.prevent_default();
            if action == Action::TogglePause {
                tools.paused.set(false);
            }
            return;
        }
        if tools.help_open.get_untracked() {
            ev.prevent_default();
            if action == Action::ToggleHelp || ev.key() == "Escape" {
                tools.help_open.set(false);
            }
            return;
        }
        let handled = match action {
            Action::TogglePause => {
                tools.paused.set(true);
                true
            }
            Action::ToggleFullscreen => {
                fullscreen::toggle(focus::deck_element(&nav));
                true
            }
            Action::ToggleHelp if help_on => {
                tools.help_open.set(true);
                true
            }
            Action::JumpToSlide => {
                tools.jump_open.set(true);
                true
            }
            Action::ToggleAutoSlide if auto_on && auto_stoppable => {
                tools.auto_running.update(|r| *r = !*r);
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    };
    // Kept in the component's arena: dropped (and so removed) with it.
    StoredValue::new_local(super::host::use_host().listen("keydown", true, on_key));

    view! {
        <focus::KeepFocusInDeck />
        <idle::IdleWatch />
        <announcer::LiveRegion />
        <autoslide::AutoSlide />
        {on_first_use(move || tools.jump_open.get(), jump_prompt)}
        {on_first_use(move || tools.help_open.get(), help_dialog)}
        <pause::PauseOverlay />
    }
}

/// The jump prompt (G), a chunk of the wasm of its own.
#[cfg_attr(feature = "split", leptos::lazy)]
async fn jump_prompt() -> AnyView {
    view! { <jump::JumpPrompt /> }.into_any()
}

/// The keyboard help (?), a chunk of the wasm of its own.
#[cfg_attr(feature = "split", leptos::lazy)]
async fn help_dialog() -> AnyView {
    view! { <help::HelpDialog /> }.into_any()
}
