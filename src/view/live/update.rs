//! Taking a new version of the deck on screen: held back when it looks
//! half-written, else updated in place (only the slides that changed) or,
//! when its shape or options changed, built again on the same slide.

use super::Live;
use crate::controllers::web::location;
use crate::deck::changes::{compare, keep_last_good, DeckChange};
use crate::deck::{self, Deck};
use crate::view::nav::Nav;
use crate::view::state::AppState;
use leptos::prelude::*;
use std::sync::Arc;

/// Shows `text`, a new version of the deck on screen, if it is whole;
/// else keeps the slides shown and says why in the warnings badge.
pub(super) fn take_version(app: AppState, nav: Nav, live: Live, text: Arc<str>) {
    let Some((old_text, origin, generation)) = app.shown.with_untracked(|s| {
        s.as_ref()
            .map(|s| (s.text.clone(), s.origin.clone(), s.generation))
    }) else {
        return;
    };
    let held = live
        .held
        .try_update_value(std::mem::take)
        .unwrap_or_default();
    if let Some(warning) = keep_last_good(&old_text, &text) {
        app.late_warnings.update(|late| {
            late.retain(|(g, w)| *g != generation || !held.contains(w));
            late.push((generation, warning.clone()));
        });
        live.held.set_value(vec![warning]);
        return;
    }
    if !held.is_empty() {
        app.late_warnings
            .update(|late| late.retain(|(g, w)| *g != generation || !held.contains(w)));
    }
    crate::view::emoji::parse_then(text.clone(), move |mut parsed| {
        app.overrides
            .with_value(|o| deck::apply_query(&mut parsed, o));
        show(app, nav, parsed, text, origin);
    });
}

/// Shows `parsed` in place of the deck on screen.
fn show(app: AppState, nav: Nav, parsed: Deck, text: Arc<str>, origin: crate::source::Origin) {
    let change = nav
        .slides
        .try_with_value(|handle| {
            let slot = handle.try_borrow().ok()?;
            let dom = slot.as_ref()?;
            nav.deck
                .try_with_value(|old| compare(old, &parsed, |h, v| dom.is_filled(h, v)))
        })
        .flatten();
    match change {
        Some(DeckChange::Same) => in_place(app, nav, parsed, text, &[]),
        Some(DeckChange::Slides(changed)) => in_place(app, nav, parsed, text, &changed),
        Some(DeckChange::Rebuild) | None => {
            // The deck built again opens on the slide the address names.
            if let Some(pos) = nav.position.try_get_untracked() {
                let _ = nav
                    .layout
                    .try_with_value(|l| location::write_address(l, pos, None, true, false));
            }
            app.show_text(text, origin);
        }
    }
}

/// Updates the deck on screen to `parsed`, renewing only the `changed`
/// slides' sections.
fn in_place(app: AppState, nav: Nav, parsed: Deck, text: Arc<str>, changed: &[(usize, usize)]) {
    let deck = Arc::new(parsed);
    if let Some(handle) = nav.slides.try_get_value() {
        if let Some(dom) = handle.borrow_mut().as_mut() {
            dom.renew(deck.clone(), changed);
            if deck.options.center && !changed.is_empty() {
                dom.center(nav.fit.get_untracked().slide_height);
            }
        }
    }
    nav.deck.set_value(deck.clone());
    app.shown.update(|shown| {
        if let Some(shown) = shown {
            shown.deck = deck;
            shown.text = text;
        }
    });
}
