//! The navigation state of one deck on screen, shared by context with
//! every feature of it (controls, presenter tools, overview, speaker sync,
//! the embedding APIs): where the deck is, its shape and rules, its
//! sections, and the modes it can be in.

use super::slides::SlidesDom;
use crate::controllers::fragments::{self, FragmentsShown};
use crate::controllers::keyboard::Action;
use crate::controllers::navigation::{flat_index, step, Layout, Move, NavOptions, Position};
use crate::controllers::scale;
use crate::controllers::web::keyboard;
use crate::deck::Deck;
use leptos::html;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// The deck's sections, shared with features that need more than the
/// current slide (overview, print): `None` until the first render.
pub type SlidesHandle = Rc<RefCell<Option<SlidesDom>>>;

/// Everything a deck feature (controls, overview, speaker sync, help…)
/// needs, shared by context inside a `Presentation`.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The slide shown.
    pub position: RwSignal<Position>,
    /// The deck's shape.
    pub layout: StoredValue<Layout>,
    /// Navigation rules from the deck's options.
    pub options: StoredValue<NavOptions>,
    /// The parsed deck.
    pub deck: StoredValue<Arc<Deck>>,
    /// The `.reveal` element.
    pub reveal: NodeRef<html::Div>,
    /// The `.reveal` element's size in CSS pixels.
    pub size: RwSignal<(f64, f64)>,
    /// The canvas size and scale for that size.
    pub fit: Memo<scale::Fit>,
    /// The sections.
    pub slides: StoredValue<SlidesHandle, LocalStorage>,
    /// The deck's modes, shared by the keys, the overview, the presenter
    /// tools and the embedding APIs (postMessage, `<deck-view>`).
    pub modes: Modes,
}

/// Modes a deck can be in besides its position; reveal.js's `getState()`
/// reports `paused` and `overview`.
#[derive(Clone, Copy)]
pub struct Modes {
    /// The screen is blacked out (B, V, `.`…).
    pub paused: RwSignal<bool>,
    /// The slide overview is open (Esc, O).
    pub overview: RwSignal<bool>,
    /// Auto-sliding is wanted (not paused with A or by navigating).
    pub auto_sliding: RwSignal<bool>,
    /// Notified when the speaker window is asked for (S).
    pub speaker_view: Trigger,
}

impl Modes {
    /// A deck just opened: not paused, no overview, auto-sliding wanted.
    pub fn new() -> Self {
        Self {
            paused: RwSignal::new(false),
            overview: RwSignal::new(false),
            auto_sliding: RwSignal::new(true),
            speaker_view: Trigger::new(),
        }
    }
}

impl Nav {
    /// The navigation of `deck` at `position`, over the sections in
    /// `slides` (filled once they are built), shown in a box of `size`
    /// CSS pixels with `fit` the canvas and scale for that size.
    pub fn new(
        deck: Arc<Deck>,
        position: RwSignal<Position>,
        slides: SlidesHandle,
        size: RwSignal<(f64, f64)>,
        fit: Memo<scale::Fit>,
    ) -> Nav {
        Nav {
            position,
            layout: StoredValue::new(Layout::of_deck(&deck)),
            options: StoredValue::new(NavOptions::from(&deck.options)),
            deck: StoredValue::new(deck),
            reveal: NodeRef::new(),
            size,
            fit,
            slides: StoredValue::new_local(slides),
            modes: Modes::new(),
        }
    }

    /// How many of the fragments of the slide at `pos` its step shows, out
    /// of how many (none while the slides are not built, or are borrowed).
    pub fn fragments_shown(&self, pos: Position) -> FragmentsShown {
        let Some(handle) = self.slides.try_get_value() else {
            return FragmentsShown::default();
        };
        let Ok(mut slot) = handle.try_borrow_mut() else {
            return FragmentsShown::default();
        };
        slot.as_mut().map_or_else(FragmentsShown::default, |s| {
            s.fragments_shown(pos.h, pos.v, pos.f)
        })
    }

    /// Applies a move as reveal.js does: forward and backward moves step
    /// through the current slide's fragments first.
    pub fn go(&self, m: Move) {
        self.go_with(m, false);
    }

    /// Applies the navigation key of a keydown event, if it is one
    /// (arrows, Space, n/p…; Alt+arrow skips fragments).
    pub fn navigate_by_key(&self, ev: &web_sys::KeyboardEvent) {
        if keyboard::action_for_event(ev).is_some_and(|a| self.take_move(a)) {
            ev.prevent_default();
        }
    }

    /// Applies `action` if it is a navigation one (Alt skips fragments);
    /// true when it was.
    pub fn take_move(&self, action: Action) -> bool {
        match action {
            Action::Move(m) => self.go(m),
            Action::SkipFragmentsMove(m) => self.go_skipping_fragments(m),
            _ => return false,
        }
        true
    }

    /// Applies a move without stepping through fragments (Alt+arrow).
    pub fn go_skipping_fragments(&self, m: Move) {
        self.go_with(m, true);
    }

    fn go_with(&self, m: Move, skip_fragments: bool) {
        let pos = self.position.get_untracked();
        let rtl = self.options.with_value(|o| o.rtl);
        let forward = match m {
            Move::Right => !rtl,
            Move::Left => rtl,
            Move::Down | Move::Next => true,
            _ => false,
        };
        let backward = match m {
            Move::Left => !rtl,
            Move::Right => rtl,
            Move::Up | Move::Prev => true,
            _ => false,
        };
        let handle = self.slides.get_value();
        // The borrow ends before the position changes: effects that follow
        // the position borrow the slides again.
        let target = {
            let mut slides = handle.borrow_mut();
            let Some(slides) = slides.as_mut() else {
                return;
            };
            self.target(slides, pos, m, forward, backward, skip_fragments)
        };
        if let Some(next) = target {
            self.position.set(next);
        }
    }

    fn target(
        &self,
        slides: &mut SlidesDom,
        pos: Position,
        m: Move,
        forward: bool,
        backward: bool,
        skip_fragments: bool,
    ) -> Option<Position> {
        if !skip_fragments {
            let count = slides.fragment_count(pos.h, pos.v);
            let stepped = if forward {
                fragments::next(pos.f, count)
            } else if backward {
                fragments::previous(pos.f)
            } else {
                None
            };
            if let Some(f) = stepped {
                return Some(Position { f, ..pos });
            }
        }
        let mut next = self
            .layout
            .with_value(|l| self.options.with_value(|o| step(l, pos, m, o)));
        if next.same_slide(&pos) {
            return None;
        }
        // Coming back to a slide shows all its fragments, as reveal.js does.
        let went_back = self
            .layout
            .with_value(|l| flat_index(l, next) < flat_index(l, pos));
        next.f = match slides.fragment_count(next.h, next.v) {
            n if went_back && n > 0 && !skip_fragments => Some(n - 1),
            _ => None,
        };
        Some(next)
    }
}
