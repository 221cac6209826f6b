//! A Rust panic must never leave a blank page: show what happened instead.

use wasm_bindgen::JsCast;

/// Installs a panic hook that writes an error panel straight into the DOM
/// (the reactive system may be the thing that broke, so it is not used).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.clone().into());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(body) = document.body() else { return };
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
            d.set_text_content(Some(&message));
            h.set_text_content(Some(
                "Reload the page to try again. Please report this with the message above and the deck that caused it.",
            ));
            let _ = panel.append_child(&t);
            let _ = panel.append_child(&d);
            let _ = panel.append_child(&h);
        }
        if let Ok(panel) = panel.dyn_into::<web_sys::HtmlElement>() {
            let _ = body.append_child(&panel);
        }
    }));
}
