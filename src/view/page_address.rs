//! This page's address: its query as pairs, and the addresses made from
//! it (another deck in `?src=`, the speaker window's address). What the
//! query asks the viewer for is read once by [`super::page_query`].

use leptos::prelude::*;

/// The page's query string as pairs (`?src=…&theme=black`).
pub fn query_pairs() -> Vec<(String, String)> {
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    let entries = js_sys::try_iter(&params.into()).ok().flatten();
    for entry in entries.into_iter().flatten().flatten() {
        let pair = js_sys::Array::from(&entry);
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            pairs.push((k, v));
        }
    }
    pairs
}

/// This page's path and query with `key` set to `value` (or removed when
/// `None`), without the hash; `None` when the query cannot be read.
pub fn address_with(key: &str, value: Option<&str>) -> Option<String> {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    match value {
        Some(v) => params.set(key, v),
        None => params.delete(key),
    }
    let query = String::from(params.to_string());
    let path = location.pathname().unwrap_or_default();
    Some(if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    })
}

/// Puts the deck address into `?src=` (or removes it) without reloading,
/// so that the address bar can be shared and reloaded.
pub fn set_src_in_address(src: Option<&str>) {
    let Some(url) = address_with("src", src) else {
        return;
    };
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The absolute address a deck given as `src` is fetched from: what its
/// relative images and links resolve against.
pub fn base_url_of(src: &str) -> Option<String> {
    let fetch_url = crate::source::url::resolve(src).ok()?.fetch_url;
    let href = window().location().href().ok()?;
    web_sys::Url::new_with_base(&fetch_url, &href)
        .ok()
        .map(|u| u.href())
}
