//! DOMPurify in the test page, as the app's page has it.

/// DOMPurify as the app gets it: index.html loads `purify.min.js` as a
/// classic script that defines the global `DOMPurify`. The test page has no
/// such tag, so the same file is evaluated once before the first sanitise.
pub fn load_dompurify() {
    let global = js_sys::global();
    if js_sys::Reflect::has(&global, &"DOMPurify".into()).unwrap_or(false) {
        return;
    }
    let source = include_str!("../../node_modules/dompurify/dist/purify.min.js");
    js_sys::Function::new_no_args(source)
        .call0(&wasm_bindgen::JsValue::UNDEFINED)
        .expect("purify.min.js runs");
}
