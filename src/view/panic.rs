//! A Rust panic must never leave a blank page: show what happened instead.

use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// Containers of `<deck-view>` elements: on a host page the message
    /// belongs inside each deck (where deckview's styles apply), not at the
    /// end of the host's body.
    static ROOTS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// Shows a panic inside `root` too (a `<deck-view>` container).
pub fn register_root(root: web_sys::Element) {
    ROOTS.with(|r| {
        let mut roots = r.borrow_mut();
        // Elements taken off the page are forgotten, not kept alive.
        roots.retain(|e| e.is_connected());
        roots.push(root);
    });
}

/// Installs a panic hook that writes an error panel straight into the DOM
/// (the reactive system may be the thing that broke, so it is not used).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.clone().into());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let roots: Vec<web_sys::Element> = ROOTS.with(|r| {
            r.borrow()
                .iter()
                .filter(|e| e.is_connected())
                .cloned()
                .collect()
        });
        let targets: Vec<web_sys::Element> = if roots.is_empty() {
            document.body().map(Into::into).into_iter().collect()
        } else {
            roots
        };
        for target in targets {
            show_panel(&document, &target, &message);
        }
    }));
}

fn show_panel(document: &web_sys::Document, target: &web_sys::Element, message: &str) {
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("dv-error dv-panic");
    let _ = panel.set_attribute("role", "alert");
    // Text only (set_text_content), never HTML: the message may quote deck text.
    let title = document.create_element("h2").ok();
    let detail = document.create_element("pre").ok();
    let hint = document.create_element("p").ok();
    if let (Some(t), Some(d), Some(h)) = (title, detail, hint) {
        t.set_text_content(Some("deckview stopped because of an internal error"));
        d.set_text_content(Some(message));
        h.set_text_content(Some(
                "Reload the page to try again. Please report this with the message above and the deck that caused it.",
            ));
        let _ = panel.append_child(&t);
        let _ = panel.append_child(&d);
        let _ = panel.append_child(&h);
    }
    if let Ok(panel) = panel.dyn_into::<web_sys::HtmlElement>() {
        let _ = target.append_child(&panel);
    }
}
