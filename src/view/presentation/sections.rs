//! The deck's sections in the page: built the first time the `.slides`
//! element is there, kept in step with the position and the scale (and the
//! backgrounds with them), centred again when pictures load.

use crate::deck::Deck;
use crate::view::backgrounds::BackgroundsDom;
use crate::view::nav::Nav;
use crate::view::slides::SlidesDom;
use leptos::html;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// Keeps `nav`'s sections in step inside `slides` (and the backgrounds
/// inside `backgrounds`), `base_url` resolving the deck's relative
/// addresses. `first_painted` runs once, after the first slide is painted;
/// then the slides' code and math are drawn as they fill.
pub(super) fn keep_in_step(
    nav: Nav,
    deck: Arc<Deck>,
    base_url: Option<String>,
    (slides_ref, backgrounds_ref): (NodeRef<html::Div>, NodeRef<html::Div>),
    first_painted: impl Fn() + Copy + 'static,
) {
    let center = deck.options.center;
    let dom = nav.slides.get_value();
    let fit = nav.fit;
    {
        let dom = dom.clone();
        let deck = deck.clone();
        let base_url = base_url.clone();
        let backgrounds: RefCell<Option<BackgroundsDom>> = RefCell::new(None);
        let has_backgrounds = deck.has_backgrounds();
        Effect::new(move |_| {
            let Some(container) = slides_ref.get() else {
                return;
            };
            let pos = nav.position.get();
            let fit = fit.get();
            let mut slot = dom.borrow_mut();
            let first = slot.is_none();
            let slides = slot.get_or_insert_with(|| {
                SlidesDom::build(&container, deck.clone(), base_url.clone())
            });
            slides.show(pos);
            if has_backgrounds {
                if let Some(bg_container) = backgrounds_ref.get_untracked() {
                    backgrounds
                        .borrow_mut()
                        .get_or_insert_with(|| {
                            BackgroundsDom::build(
                                &bg_container,
                                &deck,
                                |h, v| slides.slide_element(h, v).cloned(),
                                base_url.clone(),
                            )
                        })
                        .show(pos);
                }
            }
            if first {
                crate::view::bench::first_slide_shown(section_count(&deck));
            }
            if center {
                slides.center(fit.slide_height);
            }
            if first {
                let dom = dom.clone();
                after_next_paint(move || {
                    first_painted();
                    if let Some(slides) = dom.borrow_mut().as_mut() {
                        slides.enhance_from_now();
                    }
                });
            }
        });
    }
    // Images change a slide's height after they load: centre again.
    let _image_loads = {
        let dom = dom.clone();
        Effect::new(
            move |prev: Option<Option<Rc<gloo_events::EventListener>>>| {
                if let Some(Some(l)) = prev {
                    return Some(l);
                }
                let container = slides_ref.get()?;
                let dom = dom.clone();
                let options = gloo_events::EventListenerOptions {
                    phase: gloo_events::EventListenerPhase::Capture,
                    passive: true,
                };
                Some(Rc::new(gloo_events::EventListener::new_with_options(
                    &container,
                    "load",
                    options,
                    move |_| {
                        if let (Some(d), true) = (dom.borrow().as_ref(), center) {
                            d.center(fit.get_untracked().slide_height);
                        }
                    },
                )))
            },
        )
    };
}

/// How many `<section>` elements `deck` has: a stack is one around its slides.
fn section_count(deck: &Deck) -> u32 {
    let count: usize = deck
        .columns
        .iter()
        .map(|c| if c.len() > 1 { c.len() + 1 } else { 1 })
        .sum();
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// Runs `f` once the frame being prepared has been painted: the next
/// animation frame's callbacks run before its paint, a task queued from
/// there runs after it.
fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}
