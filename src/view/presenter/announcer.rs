//! A live region that tells screen readers which slide is shown.

use super::super::nav::Nav;
use crate::controllers::announce::announcement;
use leptos::prelude::*;

/// "Slide 3 of 32: Title", visually hidden, read politely on each slide
/// change (not on fragment steps: the text only changes with the slide).
#[component]
pub fn LiveRegion() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let text = Memo::new(move |_| {
        let pos = nav.position.get();
        let title = nav.deck.with_value(|d| {
            d.columns
                .get(pos.h)
                .and_then(|c| c.get(pos.v))
                .and_then(|s| s.title().map(str::to_owned))
        });
        nav.layout
            .with_value(|l| announcement(l, pos, title.as_deref()))
    });
    view! {
        <div class="dv-sr-only dv-live" aria-live="polite" aria-atomic="true">
            {move || text.get()}
        </div>
    }
}
