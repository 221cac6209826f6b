//! The URL hash (`#/h/v`, `#/id`) ↔ the current slide.

use crate::controllers::location::{format_hash, parse_hash, HashTarget};
use crate::controllers::navigation::{clamp, Layout, Position};
use wasm_bindgen::JsValue;

/// Slide ids of a deck with their positions, for `#/<id>` links.
pub type SlideIds = Vec<(String, Position)>;

/// Finds the slide holding a heading by the heading's id, in the deck
/// itself: a heading far from the current slide is not in the page yet.
pub type HeadingLookup<'a> = &'a dyn Fn(&str) -> Option<Position>;

/// The position the current address asks for, if any.
///
/// `#/<id>` names a slide's id or any element inside a slide (decks link
/// to their own headings, e.g. `#依賴`); the fragment part is kept only
/// when `fragmentInURL` is on.
pub fn position_from_address(
    layout: &Layout,
    ids: &SlideIds,
    heading: HeadingLookup,
    fragment_in_url: bool,
) -> Option<Position> {
    let hash = web_sys::window()?.location().hash().ok()?;
    position_for_hash(&hash, layout, ids, heading, fragment_in_url, None)
}

/// The position a hash (`#/2/1`, `#/intro`, `#some-heading`) names: a
/// slide's id, else a heading's (`heading`), else any other element's,
/// looked up inside `root` (the deck, which may sit in a shadow root), or
/// in the document when there is no root yet.
pub fn position_for_hash(
    hash: &str,
    layout: &Layout,
    ids: &SlideIds,
    heading: HeadingLookup,
    fragment_in_url: bool,
    root: Option<&web_sys::Element>,
) -> Option<Position> {
    let pos = match parse_hash(hash)? {
        HashTarget::Position(p) => clamp(layout, p),
        HashTarget::Id(id) => ids
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, p)| *p)
            .or_else(|| heading(&id))
            .or_else(|| position_of_element(&id, root))?,
    };
    Some(Position {
        f: pos.f.filter(|_| fragment_in_url),
        ..pos
    })
}

/// The slide holding the element with this id, from its section's
/// `data-index-h` / `data-index-v`.
fn position_of_element(id: &str, root: Option<&web_sys::Element>) -> Option<Position> {
    let el = match root {
        Some(root) => {
            let selector = format!("[id=\"{}\"]", id.replace('\\', "\\\\").replace('"', "\\\""));
            root.query_selector(&selector).ok()??
        }
        None => web_sys::window()?.document()?.get_element_by_id(id)?,
    };
    let section = el
        .closest(".slides section[data-index-h], .slides section[data-index-v]")
        .ok()??;
    let index = |el: &web_sys::Element, name: &str| {
        el.get_attribute(name).and_then(|v| v.parse::<usize>().ok())
    };
    match index(&section, "data-index-v") {
        Some(v) => {
            let outer = section.parent_element()?;
            Some(Position::new(index(&outer, "data-index-h")?, v))
        }
        None => Some(Position::new(index(&section, "data-index-h")?, 0)),
    }
}

/// Writes `pos` into the address bar: a history entry per slide when
/// `push` (reveal's `history`), else replacing the current one.
pub fn write_address(
    layout: &Layout,
    pos: Position,
    id: Option<&str>,
    fragment_in_url: bool,
    push: bool,
) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let hash = format_hash(layout, pos, id, fragment_in_url);
    if location.hash().ok().as_deref() == Some(hash.as_str()) {
        return;
    }
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        hash
    );
    if let Ok(history) = window.history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}
