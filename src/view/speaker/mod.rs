//! The speaker view: a second window, opened with S, that shows
//! the current slide, the next one, the speaker notes, the elapsed time, the
//! clock and pacing, and stays on the same slide as the presentation both
//! ways.
//!
//! The speaker window is this app at `?speaker=<id>` (plus the
//! presentation's own query, so query overrides such as `?theme=` apply to
//! the previews too). It never loads the deck itself: a deck opened from a
//! local file or pasted text cannot be loaded again, so it asks the
//! presentation for the deck text over the channel (see
//! [`crate::controllers::speaker_sync`]) and renders it with the same
//! [`SlidesDom`](crate::view::slides::SlidesDom) and sanitiser as the
//! presentation.
//!
//! - [`SpeakerSync`]: the presentation's side (mounted in `Presentation`).
//! - [`SpeakerPage`]: the speaker window, in the page-views module
//!   ([`crate::view::start_page_views`]) that the page's `boot.js` loads
//!   instead of the presentation when the query has `speaker`.

mod blocked;
mod channel;
mod preview;
mod sync;
mod timers;

pub use sync::SpeakerSync;

use crate::controllers::announce::SlideCount;
use crate::controllers::navigation::{flat_index, step, Layout, Move, NavOptions, Position};
use crate::controllers::pacing::{self, PacingOptions};
use crate::controllers::speaker_sync::{self, Message, QUERY_KEY};
use crate::deck::{self, Deck, Length};
use crate::view::nav::Nav;
use crate::view::page_address::{address_with, base_url_of};
use crate::view::page_query::page_query;
use crate::view::sanitize::sanitize;
use channel::Link;
use leptos::html;
use leptos::prelude::*;
use preview::{PreviewParts, SlidePreview};
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use timers::{Clock, Timers};
use wasm_bindgen::JsCast;

/// The channel id of `?speaker=<id>`, if it is a valid one.
fn channel_from_query() -> Option<String> {
    page_query()
        .speaker
        .clone()
        .filter(|id| speaker_sync::is_channel_id(id))
}

/// The speaker window's page: the speaker view of the presentation named
/// by `?speaker=<id>`, or a way back to the presentation when the id is
/// not one a presentation could have made (an edited or cut-off address).
#[component]
pub fn SpeakerPage() -> impl IntoView {
    match channel_from_query() {
        Some(channel) => view! { <SpeakerView channel /> }.into_any(),
        None => view! {
            <div class="dv-app dv-speaker-app">
                <div class="dv-speaker-waiting" role="alert">
                    <p>"This speaker view address is not complete."</p>
                    <p class="dv-speaker-sub">
                        "Open the presentation and press S to open its speaker view. "
                        <a href=presentation_address()>"Open the presentation"</a>
                    </p>
                </div>
            </div>
        }
        .into_any(),
    }
}

/// This page's address without `speaker=`: the presentation it belongs to.
fn presentation_address() -> String {
    let location = window().location();
    let address =
        address_with(QUERY_KEY, None).unwrap_or_else(|| location.pathname().unwrap_or_default());
    format!("{address}{}", location.hash().unwrap_or_default())
}

/// A deck received from the presentation.
#[derive(Clone)]
struct Received {
    deck: Arc<Deck>,
    text: Arc<str>,
    base_url: Option<String>,
    generation: u32,
}

/// The speaker window for the presentation on channel `channel`.
#[component]
fn SpeakerView(channel: String) -> impl IntoView {
    let received = RwSignal::new(None::<Received>);
    let position = RwSignal::new(Position::default());
    // The position last taken from the presentation: not sent back.
    let from_channel: Rc<Cell<Option<Position>>> = Rc::default();
    let clock = Clock::start();

    let on_message = {
        let from_channel = from_channel.clone();
        move |message| match message {
            Message::Deck {
                text,
                src,
                position: p,
            } => {
                let is_shown = move |text: &str| {
                    received.with_untracked(|r| r.as_ref().is_some_and(|r| *r.text == *text))
                };
                if is_shown(&text) {
                    take_position(p, received, position, &from_channel);
                    return;
                }
                let from_channel = from_channel.clone();
                let text: Arc<str> = text.into();
                super::emoji::parse_then(text.clone(), move |parsed| {
                    // The same deck may have come twice while the emoji table loaded.
                    if !is_shown(&text) {
                        received.set(Some(receive(parsed, text, src.as_deref(), received)));
                    }
                    take_position(p, received, position, &from_channel);
                });
            }
            Message::Position(p) => take_position(p, received, position, &from_channel),
            // Only the presentation answers requests for the deck.
            Message::RequestDeck => {}
        }
    };
    let link = Rc::new(Link::open(&channel, on_message));
    // Ask until the presentation answers (it may still be loading the deck).
    {
        let link = link.clone();
        let ask = move || {
            if received.with_untracked(Option::is_none) {
                if let Some(l) = link.as_ref() {
                    l.send(&Message::RequestDeck);
                }
            }
        };
        ask();
        if let Ok(handle) = set_interval_with_handle(ask, std::time::Duration::from_millis(1000)) {
            on_cleanup(move || handle.clear());
        }
    }
    {
        Effect::new(move |_| {
            let pos = position.get();
            if received.with_untracked(Option::is_none) || from_channel.take() == Some(pos) {
                return;
            }
            if let Some(l) = link.as_ref() {
                l.send(&Message::Position(pos));
            }
        });
    }

    Effect::new(move |_| {
        let title = received.with(|r| r.as_ref().map(|r| r.deck.display_title()));
        document().set_title(&format!(
            "Speaker view – {}",
            title.as_deref().unwrap_or("deckview")
        ));
    });

    view! {
        <div class="dv-app dv-speaker-app">
            <Show
                when=move || received.with(Option::is_some)
                fallback=|| {
                    view! {
                        <div class="dv-speaker-waiting" role="status">
                            <p>"Waiting for the presentation window…"</p>
                            <p class="dv-speaker-sub">
                                "This window follows the presentation it was opened from with S. "
                                "If that window is closed, open the deck again and press S."
                            </p>
                        </div>
                    }
                }
            >
                <For
                    each=move || received.get().into_iter()
                    key=|r| r.generation
                    children=move |r| {
                        view! {
                            <SpeakerDeck
                                deck=r.deck
                                base_url=r.base_url
                                position=position
                                clock=clock
                            />
                        }
                    }
                />
            </Show>
        </div>
    }
}

/// A deck received from the presentation, with this window's query
/// overrides (the same as the presentation's).
fn receive(
    mut parsed: Deck,
    text: Arc<str>,
    src: Option<&str>,
    previous: RwSignal<Option<Received>>,
) -> Received {
    deck::apply_query(&mut parsed, &page_query().pairs);
    let generation = previous.with_untracked(|r| r.as_ref().map_or(0, |r| r.generation + 1));
    Received {
        deck: Arc::new(parsed),
        text,
        base_url: src.and_then(base_url_of),
        generation,
    }
}

/// Moves to a position from the presentation, if it names a slide of the
/// deck shown.
fn take_position(
    p: Position,
    received: RwSignal<Option<Received>>,
    position: RwSignal<Position>,
    from_channel: &Cell<Option<Position>>,
) {
    let fits = received.with_untracked(|r| {
        r.as_ref()
            .is_some_and(|r| speaker_sync::fits(&Layout::of_deck(&r.deck), &p))
    });
    if fits && p != position.get_untracked() {
        from_channel.set(Some(p));
        position.set(p);
    }
}

/// The speaker view of one deck.
#[component]
fn SpeakerDeck(
    deck: Arc<Deck>,
    base_url: Option<String>,
    position: RwSignal<Position>,
    clock: Clock,
) -> impl IntoView {
    let layout = Layout::of_deck(&deck);
    let nav_options = NavOptions::from(&deck.options);
    let current = PreviewParts::new(&deck);
    let next_parts = PreviewParts::new(&deck);
    // The presentation's own navigation rules (fragments first), driven by
    // the current-slide preview's sections.
    let nav = Nav::new(
        deck.clone(),
        position,
        current.slides.clone(),
        current.size,
        current.fit,
    );

    let on_key = window_event_listener(leptos::ev::keydown, move |ev| nav.navigate_by_key(&ev));
    on_cleanup(move || on_key.remove());

    let current_pos = Signal::derive(move || Some(position.get()));
    let next_pos = {
        let layout = layout.clone();
        Signal::derive(move || {
            let pos = position.get();
            let next = step(&layout, pos, Move::Next, &nav_options);
            (!next.same_slide(&pos)).then_some(Position { f: None, ..next })
        })
    };
    let index = {
        let layout = layout.clone();
        Signal::derive(move || flat_index(&layout, position.get()))
    };
    let count = {
        let layout = layout.clone();
        Signal::derive(move || SlideCount::at(&layout, position.get()))
    };
    let steps = current.steps;
    let fragments_left = move || {
        let shown = position.get().f.map_or(0, |f| f + 1);
        steps.get().saturating_sub(shown)
    };
    let plan = {
        let options = PacingOptions::from_options(&deck.options);
        pacing::plan(&options, &pacing::slide_timings(&deck))
    };

    let notes_ref = NodeRef::<html::Div>::new();
    let has_notes = {
        let deck = deck.clone();
        Memo::new(move |_| {
            let pos = position.get();
            notes_of(&deck, pos).is_some()
        })
    };
    {
        let deck = deck.clone();
        let base_url = base_url.clone();
        Effect::new(move |_| {
            let pos = position.get();
            let Some(el) = notes_ref.get() else {
                return;
            };
            el.set_text_content(None);
            if let Some(notes) = notes_of(&deck, pos) {
                let content = sanitize(notes);
                // Relative images and links point beside the deck, as in slides.
                if let Some(base) = &base_url {
                    crate::view::slides::resolve_relative(&content, base);
                }
                open_links_elsewhere(&content);
                let _ = el.append_child(&content);
                crate::view::on_demand::enhance(el.into());
            }
        });
    }

    // Frames keep the slide's shape (when its size is in pixels), so the
    // preview shows the slide's edges as the audience sees them.
    let ratio = match (deck.options.width, deck.options.height) {
        (Length::Px(w), Length::Px(h)) if w > 0.0 && h > 0.0 => {
            Some(format!("--dv-ratio:{}", w / h))
        }
        _ => None,
    };
    let styles = deck.styles.join("\n");
    let scoped_css = crate::view::deck_css::scope_css(&styles);
    let title = deck.display_title();
    let move_button =
        move |class: &'static str, label: &'static str, text: &'static str, m: Move| {
            view! {
                <button type="button" class=class aria-label=label on:click=move |_| nav.go(m)>
                    {text}
                </button>
            }
        };

    view! {
            <div class="dv-speaker">
                <style>{scoped_css}</style>
                <header class="dv-speaker-bar">
                    <h1 class="dv-speaker-title">{title}</h1>
                    <div class="dv-speaker-count">
                        <span class="dv-speaker-label">"Slide"</span>
                        <span class="dv-speaker-value">
                            {move || count.get().to_string()}
                        </span>
                    </div>
                    <Timers clock=clock plan=plan index=index />
                </header>
                <section class="dv-speaker-current" aria-labelledby="dv-speaker-current-title">
                    <h2 id="dv-speaker-current-title" class="dv-speaker-heading">
                        "Current slide"
                    </h2>
                    <div class="dv-speaker-frame" style=ratio.clone()>
    <div class="dv-speaker-screen">
                        <SlidePreview
                            deck=deck.clone()
                            base_url=base_url.clone()
                            position=current_pos
                            parts=current
                            label="Current slide"
                        />
    </div>
                    </div>
                </section>
                <section class="dv-speaker-next" aria-labelledby="dv-speaker-next-title">
                    <h2 id="dv-speaker-next-title" class="dv-speaker-heading">
                        "Next"
                        {move || match fragments_left() {
                            0 => String::new(),
                            1 => " · 1 more fragment on this slide".to_string(),
                            n => format!(" · {n} more fragments on this slide"),
                        }}
                    </h2>
                    <div class="dv-speaker-frame" style=ratio.clone()>
    <div class="dv-speaker-screen">
                        <SlidePreview
                            deck=deck.clone()
                            base_url=base_url
                            position=next_pos
                            parts=next_parts
                            label="Next slide"
                        />
    </div>
                        <Show when=move || next_pos.with(Option::is_none)>
                            <p class="dv-speaker-end">"End of the deck"</p>
                        </Show>
                    </div>
                </section>
                <section class="dv-speaker-notes" aria-labelledby="dv-speaker-notes-title">
                    <h2 id="dv-speaker-notes-title" class="dv-speaker-heading">"Notes"</h2>
                    <div class="dv-speaker-notes-body" node_ref=notes_ref></div>
                    <Show when=move || !has_notes.get()>
                        <p class="dv-speaker-no-notes">
                            "No notes for this slide. Write them after a line "
                            <code>"Note:"</code>
                            " at the end of the slide."
                        </p>
                    </Show>
                </section>
                <nav class="dv-speaker-nav" aria-label="Move the presentation">
                    {move_button("dv-speaker-prev", "Previous (fragment or slide)", "◀ Previous", Move::Prev)}
                    {move_button("dv-speaker-next-button", "Next (fragment or slide)", "Next ▶", Move::Next)}
                </nav>
            </div>
        }
}

/// The notes of the slide at `pos`, if it has any.
fn notes_of(deck: &Deck, pos: Position) -> Option<&deck::UntrustedHtml> {
    deck.columns.get(pos.h)?.get(pos.v)?.notes_html()
}

/// Links in the notes open in a new tab: following one in the speaker
/// window would leave the speaker view mid-talk.
fn open_links_elsewhere(content: &web_sys::DocumentFragment) {
    let Ok(links) = content.query_selector_all("a[href]") else {
        return;
    };
    for i in 0..links.length() {
        if let Some(a) = links
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = a.set_attribute("target", "_blank");
            let _ = a.set_attribute("rel", "noopener noreferrer");
        }
    }
}
