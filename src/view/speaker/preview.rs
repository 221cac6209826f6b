//! A live, scaled copy of one slide: the deck's own reveal.js DOM, built by
//! [`SlidesDom`] (so slide HTML goes through the same sanitiser as in the
//! presentation), with the slide's background ([`BackgroundsDom`]: colour,
//! picture, and the text colour that goes with it), fitted into whatever
//! box it is given.

use crate::controllers::navigation::{Layout, Position};
use crate::controllers::{scale, speaker_sync};
use crate::deck::Deck;
use crate::view::backgrounds::BackgroundsDom;
use crate::view::nav::SlidesHandle;
use crate::view::resize::SizeWatch;
use crate::view::slides::SlidesDom;
use leptos::html;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// What a preview shares with its owner: its sections, its box's size and
/// the scale for that size (the current-slide preview also serves
/// navigation, which needs the sections' fragments).
#[derive(Clone)]
pub struct PreviewParts {
    /// The sections, once built.
    pub slides: SlidesHandle,
    /// The preview box's size in CSS pixels.
    pub size: RwSignal<(f64, f64)>,
    /// The slide canvas and its scale for that box.
    pub fit: Memo<scale::Fit>,
    /// How many fragment steps the slide shown has.
    pub steps: RwSignal<usize>,
}

impl PreviewParts {
    /// Parts for a preview of `deck`: the deck's canvas size, fitted edge to
    /// edge (no margin) and allowed to shrink below `minScale`, as a
    /// thumbnail must.
    pub fn new(deck: &Deck) -> PreviewParts {
        let o = &deck.options;
        let (w, h, max) = (o.width, o.height, o.max_scale);
        let size = RwSignal::new((0.0_f64, 0.0_f64));
        PreviewParts {
            slides: SlidesHandle::default(),
            size,
            fit: Memo::new(move |_| {
                let (cw, ch) = size.get();
                scale::fit(cw, ch, w, h, 0.0, 0.0, max)
            }),
            steps: RwSignal::new(0),
        }
    }
}

/// One slide of `deck` at `position` (nothing while it is `None`), scaled
/// into its box. `base_url` resolves the deck's relative images and links.
#[component]
pub fn SlidePreview(
    deck: Arc<Deck>,
    base_url: Option<String>,
    position: Signal<Option<Position>>,
    parts: PreviewParts,
    /// Accessible name of the preview (`Current slide`, `Next slide`).
    label: &'static str,
) -> impl IntoView {
    let container = NodeRef::<html::Div>::new();
    let reveal = NodeRef::<html::Div>::new();
    let backgrounds_ref = NodeRef::<html::Div>::new();
    let has_backgrounds = deck.has_backgrounds();
    let layout = Layout::of_deck(&deck);
    let center = deck.options.center;
    let PreviewParts {
        slides,
        size,
        fit,
        steps,
    } = parts;
    {
        let deck = deck.clone();
        let slides = slides.clone();
        let backgrounds: RefCell<Option<BackgroundsDom>> = RefCell::new(None);
        Effect::new(move |_| {
            let Some(el) = container.get() else {
                return;
            };
            let pos = position.get();
            let fit = fit.get();
            // Navigation may hold the sections for a moment: the next
            // position change shows the slide then.
            let Ok(mut slot) = slides.try_borrow_mut() else {
                return;
            };
            let dom = slot.get_or_insert_with(|| {
                let mut dom = SlidesDom::build(&el, deck.clone(), base_url.clone());
                dom.enhance_from_now();
                dom
            });
            // A position from another deck (while a new one replaces this
            // one) is not shown.
            if let Some(pos) = pos.filter(|p| speaker_sync::fits(&layout, p)) {
                dom.show(pos);
                if let (true, Some(bg)) = (has_backgrounds, backgrounds_ref.get_untracked()) {
                    backgrounds
                        .borrow_mut()
                        .get_or_insert_with(|| {
                            BackgroundsDom::build(
                                &bg,
                                &deck,
                                |h, v| dom.slide_element(h, v).cloned(),
                                base_url.clone(),
                            )
                        })
                        .show(pos);
                }
                let count = dom.fragment_count(pos.h, pos.v);
                if steps.get_untracked() != count {
                    steps.set(count);
                }
                if center {
                    dom.center(fit.slide_height);
                }
                if let Some(reveal) = reveal.get_untracked() {
                    mute_media(&reveal);
                }
            }
        });
    }
    Effect::new(move |prev: Option<Option<Rc<SizeWatch>>>| {
        if let Some(Some(w)) = prev {
            return Some(w);
        }
        let el: web_sys::Element = reveal.get()?.into();
        Some(Rc::new(SizeWatch::new(&el, size)))
    });

    let o = &deck.options;
    let theme = o.theme.name();
    let mut reveal_class = format!("reveal {} no-transition", o.transition.name());
    if center {
        reveal_class.push_str(" center");
    }
    if o.rtl {
        reveal_class.push_str(" rtl");
    }
    let slides_style = move || {
        let f = fit.get();
        format!(
            "width:{}px;height:{}px;transform:translate(-50%,-50%) scale({})",
            f.slide_width, f.slide_height, f.scale
        )
    };
    view! {
        <div
            class=format!("dv-deck dv-speaker-preview theme-{theme}")
            data-theme=theme
            lang=deck.meta.lang.clone()
            dir=o.rtl.then_some("rtl")
            role="group"
            aria-label=label
            class:dv-speaker-empty=move || position.get().is_none()
        >
            <div class=reveal_class node_ref=reveal>
                {has_backgrounds.then(|| view! { <div class="backgrounds" node_ref=backgrounds_ref></div> })}
                <div class="slides" node_ref=container style=slides_style></div>
            </div>
        </div>
    }
}

/// Silences the previews' audio and video, slides and backgrounds: only
/// the presentation's copy of a slide should be heard.
fn mute_media(container: &web_sys::Element) {
    let Ok(list) = container.query_selector_all("video, audio") else {
        return;
    };
    for i in 0..list.length() {
        if let Some(media) = list.item(i) {
            let _ = js_sys::Reflect::set(&media, &"muted".into(), &true.into());
        }
    }
}
