//! The deck a page saved by "Download HTML" carries (`src/view/export.rs`
//! writes it): a data block `<script type="application/json" id="dv-deck">`
//! holding `{"text": …}`, read once at the start instead of fetching
//! anything. Only the saved page's code reads it (chunks of the hosted
//! viewer's wasm), so the startup module holds none of it.

use js_sys::{Reflect, JSON};
use wasm_bindgen::JsValue;

/// The id of the data block.
pub const BLOCK_ID: &str = "dv-deck";

/// The deck text, when the page is a saved deck.
pub fn saved_deck_text() -> Option<String> {
    let block = web_sys::window()?.document()?.get_element_by_id(BLOCK_ID)?;
    let data = JSON::parse(&block.text_content()?).ok()?;
    Reflect::get(&data, &JsValue::from_str("text"))
        .ok()?
        .as_string()
}

/// True on a page saved by "Download HTML": it has no kit to save again from.
pub fn is_saved_deck() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(BLOCK_ID))
        .is_some()
}
