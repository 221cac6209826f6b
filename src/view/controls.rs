//! The deck's own controls: arrows, progress bar, slide number.

use super::nav::Nav;
use crate::controllers::navigation::{can_move, progress, Move};
use crate::controllers::{location, slide_number};
use crate::deck::SlideNumber;
use leptos::prelude::*;

/// reveal.js's four arrow buttons, enabled where a move is possible.
#[component]
pub fn Controls(show: bool) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let arrow = move |class: &'static str, label: &'static str, m: Move| {
        let possible = move || {
            let pos = nav.position.get();
            nav.layout
                .with_value(|l| nav.options.with_value(|o| can_move(l, pos, m, o)))
        };
        view! {
            <button
                type="button"
                class=move || format!("{class}{}", if possible() { " enabled" } else { "" })
                aria-label=label
                disabled=move || !possible()
                on:click=move |_| nav.go(m)
            ></button>
        }
    };
    show.then(|| {
        view! {
            <aside class="controls" aria-label="Slide navigation">
                {arrow("navigate-left", "Previous slide (left)", Move::Left)}
                {arrow("navigate-right", "Next slide (right)", Move::Right)}
                {arrow("navigate-up", "Slide above", Move::Up)}
                {arrow("navigate-down", "Slide below", Move::Down)}
            </aside>
        }
    })
}

/// The progress bar along the bottom.
#[component]
pub fn ProgressBar(show: bool) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let fraction = move || {
        let pos = nav.position.get();
        let fragments = nav.fragments_shown(pos);
        nav.layout.with_value(|l| progress(l, pos, fragments))
    };
    show.then(|| {
        view! {
            <div class="progress" aria-hidden="true">
                <span style:transform=move || format!("scaleX({})", fraction())></span>
            </div>
        }
    })
}

/// The slide number in reveal.js's formats, linking to the slide.
#[component]
pub fn SlideNumberView(format: SlideNumber) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let parts = move || {
        let pos = nav.position.get();
        nav.layout.with_value(|l| {
            let text = slide_number::format(format, l, pos)?;
            Some((text, location::format_hash(l, pos, None, false)))
        })
    };
    move || {
        parts().map(|(n, href)| {
            view! {
                <div class="slide-number">
                    <a href=href>
                        <span class="slide-number-a">{n.a}</span>
                        {n.b.map(|(delimiter, b)| {
                            view! {
                                <span class="slide-number-delimiter">{delimiter}</span>
                                <span class="slide-number-b">{b}</span>
                            }
                        })}
                    </a>
                </div>
            }
        })
    }
}
