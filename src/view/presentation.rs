//! One deck on screen: the reveal.js DOM, scaled, navigable, in sync with
//! the address bar.

use super::backgrounds::BackgroundsDom;
use super::controls::{Controls, ProgressBar, SlideNumberView};
use super::deck_address::{css_url, relative_to};
use super::embedding::Embedding;
use super::host::use_host;
use super::nav::{Nav, SlidesHandle};
use super::resize::SizeWatch;
use super::slides::SlidesDom;
use super::state::AppState;
use crate::controllers::keyboard::Action;
use crate::controllers::navigation::{Layout, Position};
use crate::controllers::web::{keyboard, location, touch::Swipe};
use crate::controllers::{jump, parallax, scale};
use crate::deck::Deck;
use leptos::html;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// The deck: `.dv-deck > .reveal > .backgrounds + .slides + controls`.
#[component]
pub fn Presentation(deck: Arc<Deck>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let host = use_host();
    let embedding = host.embedding;
    let options = deck.options.clone();
    let layout = Layout::of_deck(&deck);
    let ids = slide_ids(&deck);
    // The address wins (a reload keeps the slide); else the host's `start`.
    let initial = embedding
        .follows_address()
        .then(|| location::position_from_address(&layout, &ids, options.fragment_in_url))
        .flatten()
        .or_else(|| {
            host.start
                .as_deref()
                .and_then(|s| jump::parse_start(s, &layout))
        })
        .unwrap_or_default();
    let size = RwSignal::new((0.0_f64, 0.0_f64));
    let settling = RwSignal::new(true);
    let slides_ref = NodeRef::<html::Div>::new();
    let backgrounds_ref = NodeRef::<html::Div>::new();
    let fit = {
        let (w, h, m, min, max) = (
            options.width,
            options.height,
            options.margin,
            options.min_scale,
            options.max_scale,
        );
        Memo::new(move |_| {
            let (cw, ch) = size.get();
            scale::fit(cw, ch, w, h, m, min, max)
        })
    };

    let dom: SlidesHandle = Rc::new(RefCell::new(None));
    let nav = Nav::new(deck.clone(), RwSignal::new(initial), dom.clone(), size, fit);
    let reveal_ref = nav.reveal;
    provide_context(nav);

    // The presenter features (help, pause, overview, speaker sync, the
    // APIs) are mounted after the first slide is painted: mounting them
    // first compiled and ran their code (wasm compiles each function on its
    // first call) before the deck appeared, ~40 % of the time from deck text
    // to first slide on the SCS deck. Navigation keys, touch and links work
    // from the start; they belong to this component.
    let features_mounted = RwSignal::new(false);
    let features = LazyFeatures::new();

    // The sections: built once, then kept in step with the position.
    let base_url = app.deck_base_url();
    let center = options.center;
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
                super::bench::first_slide_shown(
                    container
                        .query_selector_all("section")
                        .map_or(0, |l| l.length()),
                );
            }
            if center {
                slides.center(fit.slide_height);
            }
            if first {
                let soon = embedding != Embedding::Page;
                let dom = dom.clone();
                after_next_paint(move || {
                    features_mounted.set(true);
                    features.load_after(if soon { Duration::ZERO } else { FEATURES_AFTER });
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

    // First paint without transitions, then enable them.
    Effect::new(move |_| {
        if slides_ref.get().is_some() {
            request_animation_frame(move || request_animation_frame(move || settling.set(false)));
        }
    });

    // The container's size drives the scale.
    Effect::new(move |prev: Option<Option<Rc<SizeWatch>>>| {
        if let Some(Some(w)) = prev {
            return Some(w);
        }
        let el: web_sys::Element = reveal_ref.get()?.into();
        Some(Rc::new(SizeWatch::new(&el, size)))
    });

    // Address bar ↔ position.
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
            if let Some(p) = nav
                .layout
                .with_value(|l| location::position_from_address(l, &ids, in_url))
            {
                if p != nav.position.get_untracked() {
                    nav.position.set(p);
                }
            }
        }
    };
    let address_listeners = embedding.follows_address().then(|| {
        let on_hash = {
            let f = follow_address.clone();
            gloo_events::EventListener::new(&window(), "hashchange", move |_| f())
        };
        let on_pop =
            gloo_events::EventListener::new(&window(), "popstate", move |_| follow_address());
        (on_hash, on_pop)
    });

    // Links to slides (`#/2`, `#/intro`) move the deck themselves, as in
    // reveal.js; in an element the host page's address must not change
    // for any `#` link.
    let on_link_click = {
        let ids = ids.clone();
        move |ev: web_sys::MouseEvent| {
            let Some(anchor) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("a[href^='#']").ok().flatten())
            else {
                return;
            };
            let href = anchor.get_attribute("href").unwrap_or_default();
            let root: Option<web_sys::Element> = reveal_ref.get_untracked().map(Into::into);
            let target = nav
                .layout
                .with_value(|l| location::position_for_hash(&href, l, &ids, in_url, root.as_ref()));
            if let Some(p) = target {
                ev.prevent_default();
                if p != nav.position.get_untracked() {
                    nav.position.set(p);
                }
            } else if embedding == Embedding::Element {
                ev.prevent_default();
            }
        }
    };

    // Keyboard: on the window, or on the element for a `<deck-view>`.
    let keyboard_on = options.keyboard;
    let listener = host.events.clone();
    let on_key = host.listen("keydown", false, move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if !keyboard_on || app.dialog_open.get_untracked() || features.hold(ev, &listener) {
            return;
        }
        nav.navigate_by_key(ev);
    });
    // Kept with the component; dropped (removed) with it.
    StoredValue::new_local((address_listeners, on_key));

    // Touch.
    let swipe = Rc::new(Swipe::default());
    let touch_on = options.touch;
    let on_touch_start = {
        let swipe = swipe.clone();
        move |ev: web_sys::TouchEvent| swipe.start(&ev)
    };
    let on_touch_move = move |ev: web_sys::TouchEvent| {
        if let Some(m) = swipe.moved(&ev) {
            if touch_on {
                ev.prevent_default();
                nav.go(m);
            }
        }
    };

    // Parallax background.
    // Relative to the deck's own address, as its author saw it.
    let parallax_image = options
        .parallax_background_image
        .as_deref()
        .map(|u| relative_to(u, base_url.as_deref()));
    let parallax_size = options.parallax_background_size.clone();
    let background_position = {
        let options = options.clone();
        move || {
            let pos = nav.position.get();
            let viewport = size.get();
            let (x, y) = nav.layout.with_value(|l| {
                let input = parallax::ParallaxInput::for_deck(&options, viewport, l, pos.h)?;
                Some(parallax::background_position(&input, pos.h, pos.v))
            })?;
            Some(format!("{x}px {y}px"))
        }
    };

    let reveal_class = {
        let transition = options.transition.name();
        let mut fixed = format!("reveal {transition}");
        if options.center {
            fixed.push_str(" center");
        }
        if options.rtl {
            fixed.push_str(" rtl");
        }
        if parallax_image.is_some() {
            fixed.push_str(" has-parallax-background");
        }
        fixed
    };
    let slides_style = move || {
        let f = fit.get();
        format!(
            "width:{}px;height:{}px;transform:translate(-50%,-50%) scale({})",
            f.slide_width, f.slide_height, f.scale
        )
    };
    let theme = options.theme.name();
    let lang = deck.meta.lang.clone();
    let dir = options.rtl.then_some("rtl");
    let styles = deck.styles.join("\n");
    let scoped_css = super::deck_css::scope_css(&styles);
    let theme_url = options.theme_url.clone();
    let theme_base = base_url.clone();

    view! {
        <div class=format!("dv-deck theme-{theme}") data-theme=theme lang=lang dir=dir>
            {theme_url.map(|address| view! { <super::theme_sheet::ThemeSheet address base_url=theme_base /> })}
            <style>{scoped_css}</style>
            <div
                class=reveal_class
                // Toggled on its own (classList), so that classes features
                // add to `.reveal` (overview, paused) are never overwritten.
                class:no-transition=move || settling.get()
                node_ref=reveal_ref
                data-transition-speed=options.transition_speed.name()
                data-background-transition=options.background_transition.name()
                role="region"
                aria-roledescription="slide deck"
                on:touchstart=on_touch_start
                on:touchmove=on_touch_move
                on:click=on_link_click
            >
                <div
                    class="backgrounds"
                    node_ref=backgrounds_ref
                    style:background-image=parallax_image.map(|u| format!("url(\"{}\")", css_url(&u)))
                    style:background-size=parallax_size
                    style:background-position=background_position
                ></div>
                <div class="slides" node_ref=slides_ref style=slides_style></div>
                <Show when=move || features_mounted.get()>
                    <Controls show=options.controls />
                    <ProgressBar show=options.progress />
                    <SlideNumberView format=options.slide_number />
                    <super::presenter::PresenterTools />
                </Show>
                <Show when=move || features.wanted.get()>
                    {Suspend::new(features.mount())}
                </Show>
            </div>
        </div>
    }
}

/// How long after the first slide is painted the deck's other features
/// load when nothing asked for them: after the startup (the first slide and
/// the moments after it), so that they never compete with it.
const FEATURES_AFTER: Duration = Duration::from_millis(2000);

/// The deck's features that wait for first use ([`deck_features`]):
/// loaded when one of their keys is pressed (Esc / O, S), or
/// [`FEATURES_AFTER`] after the first slide, or at once in a frame or an
/// element, whose hosts may call the APIs from the start.
#[derive(Clone, Copy)]
struct LazyFeatures {
    /// Their chunk is asked for.
    wanted: RwSignal<bool>,
    /// Their components are in place and listening.
    ready: RwSignal<bool>,
    /// Key presses of theirs that came before they were ready, with where
    /// they happened (an event forgets its target inside a shadow root).
    held: StoredValue<Vec<(web_sys::KeyboardEvent, web_sys::EventTarget)>, LocalStorage>,
}

impl LazyFeatures {
    fn new() -> Self {
        Self {
            wanted: RwSignal::new(false),
            ready: RwSignal::new(false),
            held: StoredValue::new_local(Vec::new()),
        }
    }

    /// Asks for the features after `delay`.
    fn load_after(self, delay: Duration) {
        set_timeout(move || self.wanted.set(true), delay);
    }

    /// Keeps a key press that belongs to the features (Esc / O, S) while
    /// they are not ready, and asks for them: they get it once they are.
    /// True when the press was kept.
    fn hold(self, ev: &web_sys::KeyboardEvent, listener: &web_sys::EventTarget) -> bool {
        if self.ready.get_untracked() {
            return false;
        }
        match keyboard::action_for_event(ev) {
            Some(Action::ToggleOverview | Action::SpeakerView) => {
                ev.prevent_default();
                let target = ev.target().unwrap_or_else(|| listener.clone());
                self.held
                    .update_value(|held| held.push((ev.clone(), target)));
                self.wanted.set(true);
                true
            }
            _ => false,
        }
    }

    /// Loads and builds the features, then hands them the key presses held
    /// meanwhile, in order.
    async fn mount(self) -> AnyView {
        let view = deck_features().await;
        self.ready.set(true);
        let held = self
            .held
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        set_timeout(
            move || held.iter().for_each(|(ev, target)| replay(ev, target)),
            Duration::ZERO,
        );
        view
    }
}

/// Dispatches a copy of a key press at `target`.
fn replay(ev: &web_sys::KeyboardEvent, target: &web_sys::EventTarget) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(&ev.key());
    init.set_code(&ev.code());
    init.set_shift_key(ev.shift_key());
    init.set_alt_key(ev.alt_key());
    init.set_ctrl_key(ev.ctrl_key());
    init.set_meta_key(ev.meta_key());
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_composed(true);
    if let Ok(copy) = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init) {
        let _ = target.dispatch_event(&copy);
    }
}

/// The deck's features that wait for first use: overview, speaker sync
/// and the embedding APIs, one component per line. A chunk of the wasm of
/// its own ([`LazyFeatures`]).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn deck_features() -> AnyView {
    view! {
        <super::overview::Overview />
        <super::speaker::SpeakerSync />
        <super::post_message::PostMessageApi />
        <super::element_api::ElementApi />
    }
    .into_any()
}

/// Runs `f` once the frame being prepared has been painted: the next
/// animation frame's callbacks run before its paint, a task queued from
/// there runs after it.
fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Slides with an `id` attribute, for `#/<id>` links.
fn slide_ids(deck: &Deck) -> location::SlideIds {
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
