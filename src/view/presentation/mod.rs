//! One deck on screen: the reveal.js DOM, scaled, navigable, in sync with
//! the address bar. The sections are kept in step by [`sections`], the
//! address and links by [`address`], the keys by [`keys`]; the features
//! loaded on first use are in [`features`].

mod address;
mod features;
mod keys;
mod sections;

use super::controls::{Controls, ProgressBar, SlideNumberView};
use super::deck_address::{css_url, relative_to};
use super::embedding::Embedding;
use super::host::use_host;
use super::nav::{Nav, SlidesHandle};
use super::presenter::Tools;
use super::resize::SizeWatch;
use super::state::AppState;
use crate::controllers::navigation::Layout;
use crate::controllers::web::touch::Swipe;
use crate::controllers::{parallax, scale};
use crate::deck::options::SlideOptions;
use crate::deck::Deck;
use leptos::html;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

/// The deck: `.dv-deck > .reveal > .backgrounds + .slides + controls`.
#[component]
pub fn Presentation(deck: Arc<Deck>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let host = use_host();
    let embedding = host.embedding;
    let options = deck.options.clone();
    let layout = Layout::of_deck(&deck);
    let ids = address::slide_ids(&deck);
    let initial = address::initial_position(&deck, &layout, &ids, &options, &host);
    let size = RwSignal::new((0.0_f64, 0.0_f64));
    let settling = RwSignal::new(true);
    let slides_ref = NodeRef::<html::Div>::new();
    let backgrounds_ref = NodeRef::<html::Div>::new();
    let fit = canvas_fit(&options, size);

    let dom: SlidesHandle = Rc::new(RefCell::new(None));
    let nav = Nav::new(deck.clone(), RwSignal::new(initial), dom.clone(), size, fit);
    let reveal_ref = nav.reveal;
    provide_context(nav);

    // The controls and presenter tools mount after the first slide is
    // painted (wasm compiles each function on its first call: mounting them
    // first delayed the slide), the overview, speaker sync and APIs on first
    // use (`features`). Navigation keys, touch and links work from the
    // start; they belong to this component.
    let features_mounted = RwSignal::new(false);
    let features = features::LazyFeatures::new();

    // The sections: built once, then kept in step with the position.
    let base_url = app.deck_base_url();
    let soon = embedding != Embedding::Page;
    sections::keep_in_step(
        nav,
        deck.clone(),
        base_url.clone(),
        (slides_ref, backgrounds_ref),
        move || {
            features_mounted.set(true);
            features.load_after(if soon {
                Duration::ZERO
            } else {
                features::FEATURES_AFTER
            });
        },
    );

    // The first paint without background transitions (the parallax picture
    // and slide backgrounds take their place as the size becomes known),
    // then enable them. Slides need no such guard: a style computed for the
    // first time never transitions. The class is on `.backgrounds`, not on
    // `.reveal`: a class toggled on `.reveal` restyles every section.
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

    // Address bar ↔ position, and links to slides.
    let address_listeners = address::follow(nav, &ids, &options, embedding);
    let on_link_click = address::link_clicks(nav, ids.clone(), options.fragment_in_url, embedding);

    // Keyboard: on the window, or on the element for a `<deck-view>`.
    let tools = Tools::new(&nav);
    provide_context(tools);
    let on_key = keys::listen(nav, tools, features, app, &host);
    // An API call posted to the window asks for the features that answer it.
    let messages = embedding
        .listens_for_messages()
        .then(|| features.load_on_message());
    // Kept with the component; dropped (removed) with it.
    StoredValue::new_local((address_listeners, on_key, messages));

    let (on_touch_start, on_touch_move) = swipes(nav, options.touch);

    // Parallax background, relative to the deck's own address, as its
    // author saw it.
    let parallax_image = options
        .parallax_background_image
        .as_deref()
        .map(|u| relative_to(u, base_url.as_deref()));
    let parallax_size = options.parallax_background_size.clone();
    let background_position = parallax_position(nav, options.clone());

    let reveal_class = reveal_class(&options, parallax_image.is_some());
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
                node_ref=reveal_ref
                data-transition-speed=options.transition_speed.name()
                data-background-transition=options.background_transition.name()
                role="region"
                aria-roledescription="slide deck"
                // Focusable from the first slide on, out of the tab order:
                // a click on the deck gives it the keys (a `<deck-view>`
                // hears keys only while focus is inside it).
                tabindex="-1"
                on:touchstart=on_touch_start
                on:touchmove=on_touch_move
                on:click=on_link_click
            >
                <div
                    class="backgrounds"
                    // Toggled on its own (classList), so that the class the
                    // backgrounds add (`no-transition`) is never overwritten.
                    class:dv-settling=move || settling.get()
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

/// The canvas size and scale for the `.reveal` element's `size`, by the
/// deck's `width`, `height`, `margin`, `minScale` and `maxScale`.
fn canvas_fit(options: &SlideOptions, size: RwSignal<(f64, f64)>) -> Memo<scale::Fit> {
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
}

/// The `.reveal` element's classes that do not change: the transition,
/// `center`, `rtl`, `has-parallax-background`.
fn reveal_class(options: &SlideOptions, parallax: bool) -> String {
    let mut fixed = format!("reveal {}", options.transition.name());
    if options.center {
        fixed.push_str(" center");
    }
    if options.rtl {
        fixed.push_str(" rtl");
    }
    if parallax {
        fixed.push_str(" has-parallax-background");
    }
    fixed
}

/// Touch handlers: a swipe moves the deck (when `touch` is on), as reveal.js.
fn swipes(
    nav: Nav,
    touch_on: bool,
) -> (impl Fn(web_sys::TouchEvent), impl Fn(web_sys::TouchEvent)) {
    let swipe = Rc::new(Swipe::default());
    let start = {
        let swipe = swipe.clone();
        move |ev: web_sys::TouchEvent| swipe.start(&ev)
    };
    let moved = move |ev: web_sys::TouchEvent| {
        if let Some(m) = swipe.moved(&ev) {
            if touch_on {
                ev.prevent_default();
                nav.go(m);
            }
        }
    };
    (start, moved)
}

/// The parallax background's position for the slide shown, by reveal.js's
/// formula (`None` without a parallax background).
fn parallax_position(nav: Nav, options: SlideOptions) -> impl Fn() -> Option<String> {
    move || {
        let pos = nav.position.get();
        let viewport = nav.size.get();
        let (x, y) = nav.layout.with_value(|l| {
            let input = parallax::ParallaxInput::for_deck(&options, viewport, l, pos.h)?;
            Some(parallax::background_position(&input, pos.h, pos.v))
        })?;
        Some(format!("{x}px {y}px"))
    }
}
