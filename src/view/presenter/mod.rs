//! Presenter tools: pause (black screen), fullscreen, jump to a
//! slide, the keyboard help, auto-sliding, the idle cursor, and the live
//! region that tells screen readers where the deck is.
//!
//! [`PresenterTools`] is mounted inside `.reveal` (so that everything it
//! shows stays visible in fullscreen, which shows the deck only);
//! [`FullscreenButton`] sits in the app toolbar.
//!
//! Keys: the deck's one keyboard controller (`presentation::keys`) hands
//! the presenter tools' keys to [`Tools::act`]; while the screen is paused
//! they take every key the keyboard map knows, so the deck does not move
//! behind a black screen. The help and the jump prompt are modal dialogs
//! (`view::modal`): while one is open the controller leaves the keys to it
//! ([`Tools::dialog_open`], [`Tools::act_in_dialog`]).

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
use crate::controllers::keyboard::Action;
use crate::controllers::presenter_options;
use leptos::prelude::*;

/// State the presenter tools share with one another and with the deck's
/// keyboard controller, provided as context by the presentation.
#[derive(Clone, Copy)]
pub struct Tools {
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
    /// The deck has the keyboard help (`help`, on by default).
    help_on: bool,
}

impl Tools {
    /// The tools of `nav`'s deck: nothing open, not paused.
    pub fn new(nav: &Nav) -> Tools {
        let (help_on, auto_on, auto_stoppable) = nav.deck.with_value(|d| {
            let o = &d.options;
            (
                presenter_options::help(o),
                o.auto_slide > 0,
                presenter_options::auto_slide_stoppable(o),
            )
        });
        Tools {
            paused: nav.modes.paused,
            help_open: RwSignal::new(false),
            jump_open: RwSignal::new(false),
            auto_running: nav.modes.auto_sliding,
            auto_stoppable,
            auto_on,
            help_on,
        }
    }

    /// The help or the jump prompt is open (or opening: its code may still
    /// be on the way).
    pub fn dialog_open(&self) -> bool {
        self.help_open.get_untracked() || self.jump_open.get_untracked()
    }

    /// Takes a key press's `action` while one of the tools' dialogs is
    /// open: the help's own key (? or F1) closes it, as in reveal.js. The
    /// dialog's other keys are the browser's (Tab, Esc, Enter). True when
    /// taken.
    pub fn act_in_dialog(&self, action: Action) -> bool {
        let close_help = action == Action::ToggleHelp && self.help_open.get_untracked();
        if close_help {
            self.help_open.set(false);
        }
        close_help
    }

    /// Takes a key press's `action` if it is the tools': while paused every
    /// action is theirs (only the pause keys act); otherwise pause,
    /// fullscreen, help, jump and auto-slide. True when taken.
    pub fn act(&self, nav: &Nav, action: Action) -> bool {
        if self.paused.get_untracked() {
            if action == Action::TogglePause {
                self.paused.set(false);
            }
            return true;
        }
        match action {
            Action::TogglePause => self.paused.set(true),
            Action::ToggleFullscreen => fullscreen::toggle(focus::deck_element(nav)),
            Action::ToggleHelp if self.help_on => self.help_open.set(true),
            Action::JumpToSlide => self.jump_open.set(true),
            Action::ToggleAutoSlide if self.auto_on && self.auto_stoppable => {
                self.auto_running.update(|r| *r = !*r)
            }
            _ => return false,
        }
        true
    }
}

/// Every presenter tool, for one deck.
#[component]
pub fn PresenterTools() -> impl IntoView {
    let tools = expect_context::<Tools>();
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
