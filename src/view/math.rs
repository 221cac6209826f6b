//! Math: `$…$`, `$$…$$`, `\\(…\\)` and `\\[…\\]` as native MathML, made in Rust
//! without JavaScript by the math module (`math/`, pulldown-latex), a wasm
//! module of its own: 60 KiB compressed, a fifth of the viewer, so it is
//! loaded only when a deck has math, after the first slide is painted.
//!
//! The parser leaves `<span class="math" data-tex="…">$…$</span>`: until
//! the module is there (or if it cannot load) the source shows. The MathML
//! it returns is sanitised with DOMPurify's MathML profile before it
//! replaces the source; LaTeX it cannot read keeps its source, marked as
//! an error with the message as a tooltip.

use std::cell::RefCell;

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::loaders::{for_each_in_batches, has_any, load_math};

/// Placeholders not yet turned into MathML.
const PENDING: &str = ".math[data-tex]:not(.math-rendered):not(.math-error)";

/// Formulas converted between two pauses.
const BATCH: u32 = 32;

thread_local! {
    /// The module's `tex_to_mathml`, once loaded (or its failure).
    static CONVERT: RefCell<Option<Result<Function, ()>>> = const { RefCell::new(None) };
}

/// Turns the formulas inside `root` into MathML, loading the math module
/// the first time a deck has math. Returns at once; the work runs later.
pub fn render_within(root: web_sys::Element) {
    if !has_any(&root, PENDING) {
        return;
    }
    wasm_bindgen_futures::spawn_local(render_math(root));
}

/// The work of [`render_within`], a chunk of the wasm of its own: only decks
/// that need it fetch it.
#[cfg_attr(feature = "split", leptos::lazy)]
async fn render_math(root: web_sys::Element) {
    let Some(convert) = converter().await else {
        return;
    };
    for_each_in_batches(&root, PENDING, BATCH, |el| render_one(&convert, el)).await;
}

/// The module's converter, loading it on first use.
async fn converter() -> Option<Function> {
    if let Some(loaded) = CONVERT.with(|c| c.borrow().clone()) {
        return loaded.ok();
    }
    let loaded = match JsFuture::from(load_math()).await {
        Ok(module) => Reflect::get(&module, &"tex_to_mathml".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .ok_or(()),
        Err(e) => {
            web_sys::console::warn_2(&"deckview: the math module did not load".into(), &e);
            Err(())
        }
    };
    CONVERT.with(|c| *c.borrow_mut() = Some(loaded.clone()));
    loaded.ok()
}

/// Replaces one placeholder's source with its MathML, or marks it.
fn render_one(convert: &Function, el: &web_sys::Element) {
    let tex = el.get_attribute("data-tex").unwrap_or_default();
    let display = el.class_list().contains("display");
    match convert.call2(&JsValue::NULL, &tex.into(), &display.into()) {
        Ok(mathml) => {
            let fragment = mathml
                .as_string()
                .and_then(|m| super::sanitize::sanitize_mathml(&m));
            if let Some(fragment) = fragment {
                el.set_text_content(None);
                let _ = el.append_child(&fragment);
                let _ = el.class_list().add_1("math-rendered");
            }
        }
        Err(message) => {
            let _ = el.class_list().add_1("math-error");
            let text = message
                .as_string()
                .unwrap_or_else(|| "cannot read this LaTeX".into());
            let _ = el.set_attribute("title", &format!("LaTeX error: {text}"));
        }
    }
}
