//! The loaders of what is fetched on demand (the highlighter, the math
//! module, the emoji table, the diagram frame's host), and the batched walk
//! their users share.

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

// The loaders of everything fetched on demand, in one snippet (each snippet
// is one more request on every page load). Addresses are relative to the
// snippet itself (`snippets/<crate>/inline<N>.js` in the build's app
// folder, beside the wasm): the same from deckview's page and from a
// `<deck-view>` element on another site. The app folder is named by the
// hash of its content (scripts/build.mjs), so a cached old file is never
// paired with a new viewer. The highlighter's version must match
// package.json (tests/it/assets_versions.rs checks).
#[wasm_bindgen(inline_js = "
const HIGHLIGHT = '../../highlight-11.12.0/';
const EMOJI = '../../emoji.tsv';
const here = (path) => new URL(path, import.meta.url).href;
export function load_highlighter() {
  return import(here(HIGHLIGHT + 'highlight.min.js'));
}
export function load_dockerfile() {
  return import(here(HIGHLIGHT + 'dockerfile.min.js'));
}
export async function load_math() {
  const module = await import(here('../../deckview-math.js'));
  await module.default({ module_or_path: here('../../deckview-math_bg.wasm') });
  return module;
}
export function load_diagrams() {
  return import(here('../../diagrams/host.js'));
}
export async function load_emoji_table() {
  const response = await fetch(here(EMOJI));
  if (!response.ok) throw new Error('HTTP ' + response.status);
  return response.text();
}
")]
extern "C" {
    /// highlight.js's ES module.
    pub fn load_highlighter() -> Promise;
    /// highlight.js's Dockerfile grammar.
    pub fn load_dockerfile() -> Promise;
    /// The math module, initialised.
    pub fn load_math() -> Promise;
    /// The diagram frame's host module (`diagrams/host.js`).
    pub fn load_diagrams() -> Promise;
    /// The emoji table's text (`assets/emoji.tsv`).
    pub fn load_emoji_table() -> Promise;
}

/// True when `root` has an element matching `selector`.
pub fn has_any(root: &Element, selector: &str) -> bool {
    root.query_selector(selector).ok().flatten().is_some()
}

/// Calls `each` on the elements inside `root` matching `selector`, letting
/// the page breathe after every `batch` of them: a deck with hundreds of
/// blocks must not freeze the page for the length of all of them.
pub async fn for_each_in_batches(
    root: &Element,
    selector: &str,
    batch: u32,
    mut each: impl FnMut(&Element),
) {
    let Ok(list) = root.query_selector_all(selector) else {
        return;
    };
    for i in 0..list.length() {
        if i > 0 && i % batch == 0 {
            gloo_timers::future::TimeoutFuture::new(0).await;
        }
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            each(&el);
        }
    }
}
