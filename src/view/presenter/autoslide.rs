//! Auto-sliding (`autoSlide`, per-slide `data-autoslide`): the deck steps on
//! by itself; A or the round playback control pauses and resumes it, and
//! with `autoSlideStoppable` (the default) any navigation by the user
//! pauses it, as in reveal.js. Nothing advances while the screen is paused.

use super::super::nav::Nav;
use super::{focus, Tools};
use crate::controllers::autoslide::{delay, next_cue};
use crate::controllers::fragments;
use crate::controllers::navigation::{can_move, Move, Position};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;

/// The timer, and the playback control while the deck auto-slides.
#[component]
pub fn AutoSlide() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let tools = expect_context::<Tools>();
    let running = tools.auto_running;
    let deck_ms = nav.deck.with_value(|d| d.options.auto_slide);
    let timer = StoredValue::new_local(None::<Timeout>);
    // Where the last automatic step landed: a position change to anywhere
    // else was the user's doing.
    let auto_target = StoredValue::new(None::<Position>);
    // The wait now running (ms) and a counter, so the ring restarts per cue.
    let cue = RwSignal::new(None::<(u32, u32)>);

    if tools.auto_stoppable {
        Effect::new(move |prev: Option<Position>| {
            let pos = nav.position.get();
            if prev.is_some_and(|p| p != pos) {
                if auto_target.get_value() == Some(pos) {
                    auto_target.set_value(None);
                } else {
                    running.set(false);
                }
            }
            pos
        });
    }

    Effect::new(move |_| {
        let pos = nav.position.get();
        let wanted = running.get() && !tools.paused.get();
        timer.set_value(None);
        let wait = nav.deck.with_value(|d| {
            let attr = d
                .columns
                .get(pos.h)
                .and_then(|c| c.get(pos.v))
                .and_then(|s| s.attribute("data-autoslide"));
            delay(deck_ms, attr)
        });
        let Some(ms) = next_cue(wanted, more_to_show(&nav, pos), wait) else {
            cue.set(None);
            return;
        };
        cue.update(|c| *c = Some((ms, c.map_or(0, |(_, n)| n.wrapping_add(1)))));
        timer.set_value(Some(Timeout::new(ms, move || {
            let before = nav.position.get_untracked();
            nav.go(Move::Next);
            let after = nav.position.get_untracked();
            if after != before {
                auto_target.set_value(Some(after));
            }
        })));
    });

    let toggle = move |ev: web_sys::MouseEvent| {
        running.update(|r| *r = !*r);
        if focus::is_pointer_click(&ev) {
            focus::focus_deck(&nav);
        }
    };
    (tools.auto_on && tools.auto_stoppable).then(|| {
        view! {
            <button
                type="button"
                class="dv-autoslide playback"
                class:dv-playing=move || running.get()
                aria-label="Auto-slide (A)"
                title=move || if running.get() { "Pause auto-slide (A)" } else { "Resume auto-slide (A)" }
                aria-pressed=move || running.get().to_string()
                on:click=toggle
            >
                <svg viewBox="0 0 32 32" aria-hidden="true">
                    <circle class="dv-autoslide-track" cx="16" cy="16" r="14" />
                    {move || {
                        cue.get()
                            .map(|(ms, n)| {
                                view! {
                                    <circle
                                        class="dv-autoslide-ring"
                                        data-cue=n
                                        cx="16"
                                        cy="16"
                                        r="14"
                                        pathLength="100"
                                        style=format!("animation-duration:{ms}ms")
                                    />
                                }
                            })
                    }}
                    <path
                        class="dv-autoslide-icon"
                        d=move || {
                            if running.get() { "M12 10h3v12h-3zM17 10h3v12h-3z" } else { "M13 10l9 6-9 6z" }
                        }
                    />
                </svg>
            </button>
        }
    })
}

/// True when a forward step would show something: a fragment on this slide
/// or another slide (the last slide has none, unless `loop`).
fn more_to_show(nav: &Nav, pos: Position) -> bool {
    let handle = nav.slides.get_value();
    let fragment_left = handle
        .borrow_mut()
        .as_mut()
        .is_some_and(|s| fragments::next(pos.f, s.fragment_count(pos.h, pos.v)).is_some());
    fragment_left
        || nav
            .layout
            .with_value(|l| nav.options.with_value(|o| can_move(l, pos, Move::Next, o)))
}
