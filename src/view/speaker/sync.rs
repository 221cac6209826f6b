//! The presentation's side of the speaker view: S opens the speaker window,
//! and the channel keeps both windows on the same slide and hands the
//! speaker window the deck text.

use super::blocked::BlockedNotice;
use super::channel::Link;
use crate::controllers::navigation::Position;
use crate::controllers::speaker_sync::{self, Message, QUERY_KEY};
use crate::source::Origin;
use crate::view::nav::Nav;
use crate::view::page_address::address_with;
use crate::view::state::AppState;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

/// Session-storage key of this tab's channel id: it survives a reload of
/// the presentation and the opening of another deck, so an open speaker
/// window keeps following.
const ID_KEY: &str = "deckview.speaker";

/// Size of the speaker window when the browser opens a new one.
const WINDOW_FEATURES: &str = "popup,width=1200,height=760";

/// Opens the speaker window on S and keeps it in step with this deck; says
/// on screen when the browser blocks the window.
#[component]
pub fn SpeakerSync() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let app = expect_context::<AppState>();
    let host = crate::view::host::use_host();
    if !host.embedding.allows_speaker_view() {
        return None;
    }
    let blocked = RwSignal::new(false);
    let link: Rc<RefCell<Option<Link>>> = Rc::default();
    // The position last taken from the speaker window: not sent back.
    let received: Rc<Cell<Option<Position>>> = Rc::default();

    let connect = {
        let link = link.clone();
        let received = received.clone();
        move |id: &str| {
            if link.borrow().is_some() {
                return;
            }
            let replies = Rc::downgrade(&link);
            let received = received.clone();
            let opened = Link::open(id, move |message| match message {
                Message::RequestDeck => {
                    if let (Some(link), Some(deck)) = (replies.upgrade(), deck_message(app, nav)) {
                        if let Some(l) = link.borrow().as_ref() {
                            l.send(&deck);
                        }
                    }
                }
                Message::Position(p) => {
                    let fits = nav.layout.with_value(|l| speaker_sync::fits(l, &p));
                    if fits && p != nav.position.get_untracked() {
                        received.set(Some(p));
                        nav.position.set(p);
                    }
                }
                // Decks only travel from the presentation to the speaker view.
                Message::Deck { .. } => {}
            });
            *link.borrow_mut() = opened;
        }
    };

    // A speaker window opened earlier from this tab gets this deck.
    if let Some(id) = stored_id() {
        connect(&id);
        if let (Some(l), Some(deck)) = (link.borrow().as_ref(), deck_message(app, nav)) {
            l.send(&deck);
        }
    }

    {
        let link = link.clone();
        Effect::new(move |_| {
            let pos = nav.position.get();
            if received.take() == Some(pos) {
                return;
            }
            if let Some(l) = link.borrow().as_ref() {
                l.send(&Message::Position(pos));
            }
        });
    }

    // A new version of the deck on screen (live reload) goes to the
    // speaker window too.
    {
        let link = link.clone();
        Effect::new(move |before: Option<Option<Arc<str>>>| {
            let text = app.shown.with(|s| s.as_ref().map(|s| s.text.clone()));
            if let (Some(Some(before)), Some(now)) = (&before, &text) {
                if !Arc::ptr_eq(before, now) {
                    if let (Some(l), Some(deck)) = (link.borrow().as_ref(), deck_message(app, nav))
                    {
                        l.send(&deck);
                    }
                }
            }
            text
        });
    }

    // S (the deck's keyboard controller notifies `speaker_view`).
    Effect::new(move |first: Option<()>| {
        nav.modes.speaker_view.track();
        if first.is_some() {
            let id = stored_id().unwrap_or_else(new_id);
            connect(&id);
            blocked.set(!open_window(&id));
        }
    });
    let link = StoredValue::new_local(link);
    on_cleanup(move || {
        // Ends the channel (and the reply closure's hold on it).
        link.with_value(|l| l.borrow_mut().take());
    });
    Some(view! { <BlockedNotice shown=blocked /> })
}

/// The deck on screen as a message, with the slide shown.
fn deck_message(app: AppState, nav: Nav) -> Option<Message> {
    let shown = app.shown.get_untracked()?;
    let src = match &shown.origin {
        Origin::Url(url) => Some(url.clone()),
        _ => None,
    };
    Some(Message::Deck {
        text: shown.text.to_string(),
        src,
        position: nav.position.get_untracked(),
    })
}

fn stored_id() -> Option<String> {
    window()
        .session_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(ID_KEY).ok().flatten())
        .filter(|id| speaker_sync::is_channel_id(id))
}

/// A fresh random channel id, remembered for this tab. Not a secret: it only
/// keeps two presentations of one browser apart.
fn new_id() -> String {
    let part = || {
        format!(
            "{:08x}",
            (js_sys::Math::random() * f64::from(u32::MAX)) as u32
        )
    };
    let id = format!("{}{}", part(), part());
    if let Some(storage) = window().session_storage().ok().flatten() {
        // Without storage the link still works until this page reloads.
        let _ = storage.set_item(ID_KEY, &id);
    }
    id
}

/// Opens the speaker window, or brings an open one to the front without
/// reloading it (which would reset its timer). False when the browser
/// blocked it.
fn open_window(id: &str) -> bool {
    let Some(url) = speaker_url(id) else {
        return true;
    };
    let name = format!("deckview-speaker-{id}");
    // An empty URL finds the window by name without navigating it; only a
    // new (blank) window is sent to the speaker view.
    match window().open_with_url_and_target_and_features("", &name, WINDOW_FEATURES) {
        Ok(Some(w)) => {
            let blank = w.location().href().is_ok_and(|h| h == "about:blank");
            if blank {
                let _ = w.location().set_href(&url);
            }
            let _ = w.focus();
            true
        }
        _ => false,
    }
}

/// This page's address with `speaker=<id>` added and no hash.
fn speaker_url(id: &str) -> Option<String> {
    let origin = window().location().origin().ok()?;
    Some(format!("{origin}{}", address_with(QUERY_KEY, Some(id))?))
}
