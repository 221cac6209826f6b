//! Per-slide backgrounds: `.reveal > .backgrounds > .slide-background`,
//! kept in the same past/present/future states as the sections, so the
//! background transitions of `style/backgrounds.css` play as slides change.
//!
//! Only slides that declare a background get an element (a column of
//! vertical slides gets a `.stack` wrapper holding its slides' ones): a
//! slide without one shows the theme behind, exactly as an empty reveal.js
//! background would, and a 1800-slide deck of plain slides costs nothing.
//! Videos and iframes exist only while their slide is within
//! `viewDistance` (reveal.js unloads them the same way), videos play only
//! while their slide is shown.

use super::deck_address::{css_url, relative_to as resolve};
use super::sanitize::sanitize;
use super::slides::state_of;
use crate::controllers::navigation::Position;
use crate::deck::background::{Background, Tone};
use crate::deck::Deck;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// One slide's background element.
struct SlideBackground {
    v: usize,
    element: HtmlElement,
    content: HtmlElement,
    background: Background,
    /// The video or iframe, while the slide is near.
    media: Option<Element>,
    /// Whether it is within `viewDistance` (`None` before the first show).
    near: Option<bool>,
    /// Pictures, once set, stay (the browser keeps them cached anyway).
    pictures_shown: bool,
    /// `has-dark-background` / `has-light-background`, when its colour or
    /// gradient says.
    tone: Option<Tone>,
    state: &'static str,
}

/// The backgrounds of one column: the slide's own, or a stack's wrapper
/// with its slides' ones inside.
struct ColumnBackground {
    h: usize,
    /// The element taking the column's horizontal state.
    element: HtmlElement,
    /// A column of vertical slides (the element is their `.stack` wrapper).
    stacked: bool,
    state: &'static str,
    slides: Vec<SlideBackground>,
}

/// The deck's background elements and what is currently shown.
pub struct BackgroundsDom {
    container: Element,
    reveal: Option<Element>,
    columns: Vec<ColumnBackground>,
    current: Option<Position>,
    view_distance: usize,
    base_url: Option<String>,
}

impl BackgroundsDom {
    /// Creates the backgrounds of `deck` inside `container` (the
    /// `.backgrounds` div) and marks each section (found by `section`) that
    /// has a background colour with its tone class.
    pub fn build(
        container: &Element,
        deck: &Deck,
        section: impl Fn(usize, usize) -> Option<Element>,
        base_url: Option<String>,
    ) -> Self {
        let document = container.owner_document().expect("attached to a document");
        let mut columns = Vec::new();
        let fragment = document.create_document_fragment();
        for (h, column) in deck.columns.iter().enumerate() {
            if column.iter().all(|s| s.background.is_none()) {
                continue;
            }
            let stacked = column.len() > 1;
            let mut slides = Vec::new();
            for (v, slide) in column.iter().enumerate() {
                let Some(bg) = &slide.background else {
                    continue;
                };
                slides.push(slide_background(&document, v, bg));
            }
            let element = if stacked {
                let wrapper = new_div(&document, "slide-background stack");
                for s in &slides {
                    let _ = wrapper.append_child(&s.element);
                }
                wrapper
            } else {
                slides[0].element.clone()
            };
            let _ = element.set_attribute("data-index-h", &h.to_string());
            let _ = fragment.append_child(&element);
            columns.push(ColumnBackground {
                h,
                element,
                stacked,
                state: "",
                slides,
            });
        }
        let _ = container.append_child(&fragment);

        // Tones: from the colour when it is written in a form we read, else
        // from the browser's computed colour (names, `hsl()`, shorthands)
        // or, without one, its computed gradient, all written before any is
        // read (one style computation).
        for column in &mut columns {
            for s in &mut column.slides {
                s.tone = s.background.tone().or_else(|| computed_tone(&s.element));
            }
        }
        for column in &columns {
            for s in &column.slides {
                let Some(el) = section(column.h, s.v) else {
                    continue;
                };
                if let Some(tone) = s.tone {
                    let _ = el.class_list().add_1(tone.class());
                }
                if let Some(el) = el.dyn_ref::<HtmlElement>() {
                    let _ = el.style().set_property(
                        "--dv-ov-background",
                        &overview_background(&s.background, base_url.as_deref()),
                    );
                }
            }
        }

        Self {
            reveal: container.parent_element(),
            container: container.clone(),
            columns,
            current: None,
            view_distance: deck.options.view_distance.max(1) as usize,
            base_url,
        }
    }

    /// Shows `pos`: states, the `.reveal` tone, media near it.
    pub fn show(&mut self, pos: Position) {
        let previous = self.current.replace(pos);
        if previous == Some(pos) {
            return;
        }
        // Two slides with the same background: no fade between them.
        let same = previous.is_some_and(|p| {
            (p.h, p.v) != (pos.h, pos.v)
                && self
                    .slide_at(p.h, p.v)
                    .zip(self.slide_at(pos.h, pos.v))
                    .is_some_and(|(a, b)| a.background == b.background)
        });
        let _ = self
            .container
            .class_list()
            .toggle_with_force("no-transition", same);

        let d = self.view_distance;
        let mut playing = None;
        for column in &mut self.columns {
            set_state(
                &column.element,
                &mut column.state,
                state_of(column.h, pos.h),
            );
            for s in &mut column.slides {
                let here = column.h == pos.h;
                if column.stacked {
                    // Only the current column's slides move; the others keep
                    // the state they were left in, as their sections do.
                    if here || s.state.is_empty() {
                        let v_now = if here { pos.v } else { 0 };
                        set_state(&s.element, &mut s.state, state_of(s.v, v_now));
                    }
                } else {
                    s.state = column.state;
                }
                let v_here = if here { pos.v } else { 0 };
                let near = column.h.abs_diff(pos.h) + s.v.abs_diff(v_here) < d;
                update_nearness(s, near, self.base_url.as_deref());
                if here && s.v == pos.v {
                    playing = s.media.clone();
                }
            }
        }
        self.play_only(playing.as_ref());

        if let Some(reveal) = &self.reveal {
            let tone = self.slide_at(pos.h, pos.v).and_then(|s| s.tone);
            let list = reveal.class_list();
            for t in [Tone::Dark, Tone::Light] {
                let _ = list.toggle_with_force(t.class(), tone == Some(t));
            }
        }
    }

    fn slide_at(&self, h: usize, v: usize) -> Option<&SlideBackground> {
        self.columns
            .iter()
            .find(|c| c.h == h)?
            .slides
            .iter()
            .find(|s| s.v == v)
    }

    /// Plays the current slide's video from the start; pauses every other.
    fn play_only(&self, current: Option<&Element>) {
        for column in &self.columns {
            for s in &column.slides {
                let Some(video) = s
                    .media
                    .as_ref()
                    .and_then(|m| m.dyn_ref::<web_sys::HtmlVideoElement>())
                else {
                    continue;
                };
                if current.is_some_and(|c| c == video.unchecked_ref::<Element>()) {
                    if video.paused() {
                        video.set_current_time(0.0);
                        play(video.clone());
                    }
                } else if !video.paused() {
                    let _ = video.pause();
                }
            }
        }
    }
}

/// Plays a video; when the browser refuses sound without a gesture, plays
/// it muted instead (as reveal.js 6 does) rather than leaving a still.
fn play(video: web_sys::HtmlVideoElement) {
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(started) = video.play() else {
            return;
        };
        if wasm_bindgen_futures::JsFuture::from(started).await.is_err() && !video.muted() {
            video.set_muted(true);
            if let Ok(again) = video.play() {
                let _ = wasm_bindgen_futures::JsFuture::from(again).await;
            }
        }
    });
}

/// The background as one CSS `background` value, for the overview's
/// thumbnails (a rule of `style/overview.css` uses it only while the
/// overview is open, so pictures load then, not before): gradient and
/// pictures over the colour, or the deck's shorthand as written.
fn overview_background(bg: &Background, base_url: Option<&str>) -> String {
    if let Some(shorthand) = &bg.shorthand {
        return shorthand.clone();
    }
    let position = bg.position.as_deref().unwrap_or("50% 50%");
    let size = bg.size.as_deref().unwrap_or("cover");
    let repeat = bg.repeat.as_deref().unwrap_or("no-repeat");
    let mut layers: Vec<String> = picture_urls(bg, base_url)
        .map(|url| format!("{url} {position}/{size} {repeat}"))
        .collect();
    layers.extend(bg.gradient.clone());
    let color = bg.color.as_deref().unwrap_or("transparent");
    layers.push(color.to_string());
    layers.join(",")
}

/// The tone of a styled background element as the browser computed it:
/// its colour's (names, `hsl()`, the colour of a shorthand), as reveal.js
/// decides when the written colour is not one it reads; without a colour,
/// its gradient's (the browser writes the stops as `rgb()`).
fn computed_tone(element: &Element) -> Option<Tone> {
    let style = web_sys::window()?
        .get_computed_style(element)
        .ok()
        .flatten()?;
    let read = |property: &str| style.get_property_value(property).unwrap_or_default();
    Tone::of_color(&read("background-color"))
        .or_else(|| Tone::of_gradient(&read("background-image")))
}

/// A slide's background for a printed page, pictures included (videos and
/// iframes do not print), placed as the page's first child.
pub fn print_background(page: &Element, bg: &Background, base_url: Option<&str>) {
    let Some(document) = page.owner_document() else {
        return;
    };
    let element = new_div(&document, "slide-background present");
    let content = new_div(&document, "slide-background-content");
    let _ = element.append_child(&content);
    style_background(&element, &content, bg);
    show_pictures(&content, bg, base_url);
    let _ = page.insert_before(&element, page.first_child().as_ref());
}

/// Marks each printed slide with its background's tone, once the pages are
/// in the document (where the browser can compute their colours).
pub fn mark_print_tones(container: &Element) {
    let Ok(list) = container.query_selector_all(".pdf-page > .slide-background") else {
        return;
    };
    for i in 0..list.length() {
        let Some(bg) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let section = bg
            .parent_element()
            .and_then(|p| p.query_selector(":scope > section").ok().flatten());
        if let (Some(tone), Some(section)) = (computed_tone(&bg), section) {
            let _ = section.class_list().add_1(tone.class());
        }
    }
}

/// The background element of one slide, styled (media come later).
fn slide_background(document: &Document, v: usize, bg: &Background) -> SlideBackground {
    let element = new_div(document, "slide-background");
    let content = new_div(document, "slide-background-content");
    let _ = element.append_child(&content);
    let _ = element.set_attribute("data-index-v", &v.to_string());
    // Out of layout until the first show tells whether it is near.
    let _ = element.style().set_property("display", "none");
    style_background(&element, &content, bg);
    SlideBackground {
        v,
        element,
        content,
        background: bg.clone(),
        media: None,
        near: None,
        pictures_shown: false,
        tone: None,
        state: "",
    }
}

/// The pictures of `bg` as CSS `url("…")` values, resolved against the
/// deck's address.
fn picture_urls<'a>(
    bg: &'a Background,
    base_url: Option<&'a str>,
) -> impl Iterator<Item = String> + 'a {
    bg.images
        .iter()
        .map(move |u| format!("url(\"{}\")", css_url(&resolve(u, base_url))))
}

/// Applies the pictures of `bg` to its content element: separate from
/// [`style_background`] because a picture starts loading as soon as its
/// element is styled, and slides far away should not load theirs yet.
pub fn show_pictures(content: &HtmlElement, bg: &Background, base_url: Option<&str>) {
    if bg.images.is_empty() {
        return;
    }
    let urls: Vec<String> = picture_urls(bg, base_url).collect();
    let _ = content
        .style()
        .set_property("background-image", &urls.join(","));
}

/// Applies the colours and settings of `bg`: colour, gradient and
/// shorthand on the background element; picture settings and opacity on
/// its content (so that opacity fades the picture, not the colour), as
/// reveal.js does. Shared with the print layout.
pub fn style_background(element: &HtmlElement, content: &HtmlElement, bg: &Background) {
    let outer = element.style();
    let inner = content.style();
    if let Some(shorthand) = &bg.shorthand {
        let _ = outer.set_property("background", shorthand);
    }
    if let Some(color) = &bg.color {
        let _ = outer.set_property("background-color", color);
    }
    if let Some(gradient) = &bg.gradient {
        let _ = outer.set_property("background-image", gradient);
    }
    for (property, value) in [
        ("background-size", &bg.size),
        ("background-position", &bg.position),
        ("background-repeat", &bg.repeat),
    ] {
        if let Some(value) = value {
            let _ = inner.set_property(property, value);
        }
    }
    if let Some(size) = &bg.size {
        // Videos follow `contain` through CSS (object-fit).
        let _ = element.set_attribute("data-background-size", size);
    }
    if let Some(opacity) = bg.opacity {
        let _ = inner.set_property("opacity", &opacity.to_string());
    }
    if let Some(t) = bg.transition {
        let _ = element.set_attribute("data-background-transition", t.name());
    }
    if bg.iframe.as_ref().is_some_and(|f| f.interactive) {
        let _ = element.set_attribute("data-background-interactive", "");
    }
}

/// A background near the current slide is laid out (its pictures load)
/// and gets its video or iframe; one that goes away is taken out of
/// layout and loses them (an iframe far away would keep running its page).
fn update_nearness(s: &mut SlideBackground, near: bool, base_url: Option<&str>) {
    if s.near == Some(near) {
        return;
    }
    s.near = Some(near);
    let _ = s
        .element
        .style()
        .set_property("display", if near { "" } else { "none" });
    if !near {
        if let Some(media) = s.media.take() {
            media.remove();
        }
        return;
    }
    if !s.pictures_shown {
        s.pictures_shown = true;
        show_pictures(&s.content, &s.background, base_url);
    }
    let Some(html) = s.background.media_html() else {
        return;
    };
    let fragment = sanitize(&html);
    if let Some(base) = base_url {
        super::slides::resolve_relative(&fragment, base);
    }
    s.media = fragment.first_element_child();
    if let Some(video) = s
        .media
        .as_ref()
        .and_then(|m| m.dyn_ref::<web_sys::HtmlVideoElement>())
    {
        // The attribute sets only the default; the state is the property.
        video.set_muted(s.background.video.as_ref().is_some_and(|v| v.muted));
    }
    if let Some(frame) = s.media.as_ref().filter(|m| m.tag_name() == "IFRAME") {
        let _ = frame.set_attribute("allow", "autoplay; fullscreen");
    }
    let _ = s.content.append_child(&fragment);
}

fn new_div(document: &Document, class: &str) -> HtmlElement {
    let div: HtmlElement = document
        .create_element("div")
        .expect("create div")
        .unchecked_into();
    div.set_class_name(class);
    div
}

/// Writes `state` when it changed (class list writes restyle the element).
fn set_state(el: &Element, current: &mut &'static str, state: &'static str) {
    if *current == state {
        return;
    }
    let list = el.class_list();
    if !current.is_empty() {
        let _ = list.remove_1(current);
    }
    let _ = list.add_1(state);
    *current = state;
}
