//! What slides show with code loaded only when a deck needs it: code
//! highlighting ([`super::highlight`]) and math ([`super::math`]). Each
//! place that puts slide content into the page (presentation, print
//! layout, speaker previews and notes) calls [`enhance`] once it is there.

use wasm_bindgen::JsCast;
use web_sys::Element;

/// Highlights the code and draws the math inside `root`, loading what
/// that takes the first time a deck needs it. Returns at once.
pub fn enhance(root: Element) {
    super::highlight::highlight_within(root.clone());
    super::math::render_within(root);
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
