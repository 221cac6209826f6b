//! The deck and the address bar: the slide in the hash (`#/h/v/f`, or
//! `#/<id>` for slides with an id), kept in step both ways, and links to
//! slides inside the deck, or to their headings (`#依賴`: the slide holding
//! it, found in the deck, so that it need not be in the page yet).

use crate::controllers::jump;
use crate::controllers::navigation::{Layout, Position};
use crate::controllers::web::location::{self, SlideIds};
use crate::deck::options::SlideOptions;
use crate::deck::{heading_ids, Deck};
use crate::view::embedding::Embedding;
use crate::view::host::Host;
use crate::view::nav::Nav;
use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The slide a deck opens on: the one the address names (a reload keeps
/// the slide), else the host's `start`, else the first.
pub(super) fn initial_position(
    deck: &Deck,
    layout: &Layout,
    ids: &SlideIds,
    options: &SlideOptions,
    host: &Host,
) -> Position {
    let heading = |id: &str| slide_with_heading(deck, id);
    host.embedding
        .follows_address()
        .then(|| location::position_from_address(layout, ids, &heading, options.fragment_in_url))
        .flatten()
        .or_else(|| {
            host.start
                .as_deref()
                .and_then(|s| jump::parse_start(s, layout))
        })
        .unwrap_or_default()
}

/// Writes `nav`'s position into the address as it moves, and follows the
/// address back when it changes (a typed hash, Back and Forward), where
/// the embedding lets the deck own the address. The listeners stop when
/// dropped.
pub(super) fn follow(
    nav: Nav,
    ids: &SlideIds,
    options: &SlideOptions,
    embedding: Embedding,
) -> Option<(EventListener, EventListener)> {
    let (history, hash_on, in_url) = (
        options.history && embedding.may_push_history(),
        (options.hash || options.history) && embedding.follows_address(),
        options.fragment_in_url,
    );
    {
        let ids = ids.clone();
        Effect::new(move |prev: Option<()>| {
            let pos = nav.position.get();
            if hash_on {
                let id = ids
                    .iter()
                    .find(|(_, p)| p.h == pos.h && p.v == pos.v)
                    .map(|(i, _)| i.as_str());
                nav.layout.with_value(|l| {
                    location::write_address(l, pos, id, in_url, history && prev.is_some())
                });
            }
        });
    }
    let follow_address = {
        let ids = ids.clone();
        move || {
            let heading = |id: &str| nav.deck.with_value(|d| slide_with_heading(d, id));
            if let Some(p) = nav
                .layout
                .with_value(|l| location::position_from_address(l, &ids, &heading, in_url))
            {
                if p != nav.position.get_untracked() {
                    nav.position.set(p);
                }
            }
        }
    };
    embedding.follows_address().then(|| {
        let on_hash = {
            let f = follow_address.clone();
            gloo_events::EventListener::new(&window(), "hashchange", move |_| f())
        };
        let on_pop =
            gloo_events::EventListener::new(&window(), "popstate", move |_| follow_address());
        (on_hash, on_pop)
    })
}

/// A click handler for the deck: links to slides (`#/2`, `#/intro`) move
/// the deck themselves, as in reveal.js; in an element the host page's
/// address must not change for any `#` link.
pub(super) fn link_clicks(
    nav: Nav,
    ids: SlideIds,
    in_url: bool,
    embedding: Embedding,
) -> impl Fn(web_sys::MouseEvent) + 'static {
    move |ev: web_sys::MouseEvent| {
        let Some(anchor) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href^='#']").ok().flatten())
        else {
            return;
        };
        let href = anchor.get_attribute("href").unwrap_or_default();
        let root: Option<web_sys::Element> = nav.reveal.get_untracked().map(Into::into);
        let heading = |id: &str| nav.deck.with_value(|d| slide_with_heading(d, id));
        let target = nav.layout.with_value(|l| {
            location::position_for_hash(&href, l, &ids, &heading, in_url, root.as_ref())
        });
        if let Some(p) = target {
            ev.prevent_default();
            if p != nav.position.get_untracked() {
                nav.position.set(p);
            }
        } else if embedding == Embedding::Element {
            ev.prevent_default();
        }
    }
}

/// The slide holding the heading with the id `id` (`#依賴`, `#/依賴`).
fn slide_with_heading(deck: &Deck, id: &str) -> Option<Position> {
    heading_ids::find(&deck.columns, id).map(|(h, v)| Position { h, v, f: None })
}

/// Slides with an `id` attribute, for `#/<id>` links.
pub(super) fn slide_ids(deck: &Deck) -> location::SlideIds {
    let mut ids = Vec::new();
    for (h, column) in deck.columns.iter().enumerate() {
        for (v, slide) in column.iter().enumerate() {
            if let Some(id) = slide.attribute("id") {
                ids.push((id.to_string(), Position { h, v, f: None }));
            }
        }
    }
    ids
}
