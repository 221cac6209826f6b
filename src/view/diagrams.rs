//! Diagrams: HedgeDoc's ```` ```mermaid ````, ```` ```graphviz ````,
//! ```` ```flow ````, ```` ```sequence ```` and ```` ```abc ```` fences drawn
//! as SVG. The renderers (mermaid; Graphviz compiled to wasm, `@viz-js/viz`;
//! flowchart.js and js-sequence-diagrams, with Raphael; abcjs) are third-party code fed with the deck's text, and some
//! several times the size of the viewer: they are loaded only when a deck shows a
//! diagram, after the first slide is painted, and they run only inside a
//! sandboxed frame with an opaque origin (`diagrams/frame.html`, driven by
//! `diagrams/host.js`). The frame answers SVG text, which is sanitised with
//! DOMPurify's SVG profile ([`super::sanitize::sanitize_svg`]) and then
//! replaces the source as ordinary slide content: the overview, the speaker
//! view and print show it like the rest of the slide.
//!
//! The parser leaves `<pre class="mermaid diagram-source" …><code
//! class="language-mermaid">`: until a diagram is drawn, and when its
//! renderer cannot load, the source shows
//! under a note (`style/extensions.css`). A diagram its renderer refuses
//! keeps its source, followed by the renderer's message.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use super::loaders::{has_any, load_diagrams};

/// Diagram blocks not yet sent to the frame.
const PENDING: &str = "pre.diagram-source:not(.diagram-queued)";

/// The longest message shown under a diagram that could not be drawn.
const MAX_MESSAGE: usize = 600;

/// Draws the diagrams inside `root`, loading the frame's host the first
/// time a deck has one. Returns at once; the work runs later.
pub fn draw_within(root: Element) {
    if !has_any(&root, PENDING) {
        return;
    }
    wasm_bindgen_futures::spawn_local(draw_diagrams(root));
}

/// The work of [`draw_within`], a chunk of the wasm of its own: only decks
/// that need it fetch it.
#[cfg_attr(feature = "split", leptos::lazy)]
async fn draw_diagrams(root: Element) {
    let blocks: Vec<(Element, String)> = pending(&root)
        .into_iter()
        .filter_map(|pre| {
            // Marked at once: a later pass over the same slide leaves it alone.
            let _ = pre.class_list().add_1("diagram-queued");
            kind(&pre).map(|kind| (pre, kind))
        })
        .collect();
    if blocks.is_empty() {
        return;
    }
    let draw = match JsFuture::from(load_diagrams()).await {
        Ok(module) => Reflect::get(&module, &"draw".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok()),
        // Without the host (offline, a host page's CSP) the sources stay.
        Err(_) => None,
    };
    let Some(draw) = draw else {
        return;
    };
    // Sent together, answered one by one (the frame draws in order).
    let requests: Vec<_> = blocks
        .into_iter()
        .map(|(pre, kind)| {
            let source = source(&pre);
            let answer = draw
                .call2(&JsValue::NULL, &kind.into(), &source.into())
                .ok()
                .and_then(|p| p.dyn_into::<Promise>().ok());
            (pre, answer)
        })
        .collect();
    for (pre, answer) in requests {
        let Some(answer) = answer else { continue };
        match JsFuture::from(answer).await {
            Ok(answer) => show(&pre, &answer),
            Err(e) => fail(&pre, &e.as_string().unwrap_or_default()),
        }
    }
}

/// The diagram blocks inside `root` not yet queued.
fn pending(root: &Element) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(PENDING) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The renderer a block asks for: its fence language (`host.js` knows
/// which kinds are drawn, and answers nothing for the others).
fn kind(pre: &Element) -> Option<String> {
    let code = pre.query_selector("code").ok()??;
    let class = code.class_name();
    class
        .split_whitespace()
        .find_map(|c| c.strip_prefix("language-"))
        .map(str::to_owned)
}

/// A block's diagram source: its code's text.
fn source(pre: &Element) -> String {
    pre.query_selector("code")
        .ok()
        .flatten()
        .and_then(|code| code.text_content())
        .unwrap_or_default()
}

/// Shows the frame's answer: the sanitised drawing in place of the
/// source, or the source with the renderer's message; an empty answer (a
/// kind deckview does not draw) leaves the source as it is.
fn show(pre: &Element, answer: &JsValue) {
    let field = |name: &str| {
        Reflect::get(answer, &name.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    let Some(svg) = field("svg") else {
        if let Some(error) = field("error") {
            fail(pre, &error);
        }
        return;
    };
    let drawing = super::sanitize::sanitize_svg(&svg).filter(has_svg);
    let (Some(drawing), Some(document)) = (drawing, pre.owner_document()) else {
        fail(pre, "");
        return;
    };
    let Ok(figure) = document.create_element("div") else {
        return;
    };
    // The block's own classes (`mermaid`, `graphviz`…: HedgeDoc's, which
    // deck CSS may name) and kind stay on the drawing.
    figure.set_class_name(&pre.class_name());
    let classes = figure.class_list();
    let _ = classes.remove_2("diagram-source", "diagram-queued");
    let _ = classes.add_1("diagram");
    if let Some(label) = pre.get_attribute("data-diagram") {
        let _ = figure.set_attribute("data-diagram", &label);
    }
    let _ = figure.append_child(&drawing);
    let _ = pre.replace_with_with_node_1(&figure);
}

/// True when the sanitised fragment holds a drawing.
fn has_svg(fragment: &web_sys::DocumentFragment) -> bool {
    fragment.query_selector("svg").ok().flatten().is_some()
}

/// Keeps the source, marked, with the renderer's `message` after it.
fn fail(pre: &Element, message: &str) {
    let _ = pre.class_list().add_1("diagram-failed");
    let Some(document) = pre.owner_document() else {
        return;
    };
    let Ok(note) = document.create_element("p") else {
        return;
    };
    note.set_class_name("diagram-error");
    let label = pre.get_attribute("data-diagram").unwrap_or_default();
    let message: String = message.trim().chars().take(MAX_MESSAGE).collect();
    let colon = if message.is_empty() { "" } else { ": " };
    note.set_text_content(Some(&format!("{label} diagram not drawn{colon}{message}")));
    let _ = pre.after_with_node_1(&note);
}
