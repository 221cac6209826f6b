//! Code highlighting with highlight.js, the highlighter reveal.js and
//! HedgeDoc use, in HedgeDoc's colours (zenburn, in `style/extensions.css`).
//!
//! The highlighter with its 37 common languages is larger than a tenth of
//! the app: it is loaded only when a deck shows code, after the first slide
//! is painted, from the app folder's `highlight-<version>/` (npm
//! `@highlightjs/cdn-assets`, pinned in package-lock.json; copied there by
//! scripts/build.mjs). Dockerfile, which is not among the common languages, is
//! loaded on its own when a deck has one. Until then, and for languages
//! highlight.js does not know, code shows as plain zenburn text.
//!
//! highlight.js reads the code's text (never its markup) and writes spans
//! around escaped text, so the sanitised code cannot become markup here.

use std::cell::RefCell;

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::loaders::{for_each_in_batches, has_any, load_dockerfile, load_highlighter};

/// Code blocks no pass has highlighted yet (diagram sources are no code).
const UNHIGHLIGHTED: &str = "pre:not(.diagram-source) > code[class*='language-']:not(.hljs)";

/// Blocks highlighted between two pauses.
const BATCH: u32 = 16;

thread_local! {
    /// The highlighter, once loaded (or its failure: tried only once).
    static HLJS: RefCell<Option<Result<JsValue, ()>>> = const { RefCell::new(None) };
}

/// Highlights the code blocks inside `root`, loading the highlighter the
/// first time a deck has code. Returns at once; the work runs later.
pub fn highlight_within(root: web_sys::Element) {
    if !has_any(&root, UNHIGHLIGHTED) {
        return;
    }
    wasm_bindgen_futures::spawn_local(highlight_code(root));
}

/// The work of [`highlight_within`], a chunk of the wasm of its own: only decks
/// that need it fetch it.
#[cfg_attr(feature = "split", leptos::lazy)]
async fn highlight_code(root: web_sys::Element) {
    let Some(hljs) = highlighter(&root).await else {
        return;
    };
    for_each_in_batches(&root, UNHIGHLIGHTED, BATCH, |code| {
        highlight_block(&hljs, code)
    })
    .await;
}

/// The highlighter, loading it (and the grammars `root`'s code needs
/// that it lacks) on first use; `None` when it cannot be loaded.
async fn highlighter(root: &web_sys::Element) -> Option<JsValue> {
    let loaded = HLJS.with(|h| h.borrow().clone());
    let hljs = match loaded {
        Some(result) => result.ok()?,
        None => {
            let result = match JsFuture::from(load_highlighter()).await {
                Ok(module) => Reflect::get(&module, &"default".into()).map_err(|_| ()),
                Err(e) => {
                    web_sys::console::warn_2(
                        &"deckview: the code highlighter did not load".into(),
                        &e,
                    );
                    Err(())
                }
            };
            HLJS.with(|h| *h.borrow_mut() = Some(result.clone()));
            result.ok()?
        }
    };
    let wants_dockerfile = has_any(
        root,
        "pre > code:is(.language-dockerfile, .language-docker)",
    );
    if wants_dockerfile && !knows(&hljs, "dockerfile") {
        if let Ok(module) = JsFuture::from(load_dockerfile()).await {
            if let Ok(grammar) = Reflect::get(&module, &"default".into()) {
                let _ = call(&hljs, "registerLanguage", &["dockerfile".into(), grammar]);
            }
        }
    }
    Some(hljs)
}

/// True when highlight.js has a grammar for `language` (or an alias).
fn knows(hljs: &JsValue, language: &str) -> bool {
    call(hljs, "getLanguage", &[language.into()]).is_some_and(|g| !g.is_undefined())
}

/// Highlights one `<code class="language-…">`, if its language is known.
fn highlight_block(hljs: &JsValue, code: &web_sys::Element) {
    let class = code.class_name();
    let Some(language) = class
        .split_whitespace()
        .find_map(|c| c.strip_prefix("language-"))
    else {
        return;
    };
    if knows(hljs, language) {
        let _ = call(hljs, "highlightElement", &[code.into()]);
    }
}

/// `target[method](...args)`, `None` if it is missing or throws.
fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let f = Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let array: js_sys::Array = args.iter().collect();
    f.apply(target, &array).ok()
}
