//! Proves the wasm-bindgen-test browser runner works on this machine: the
//! test is compiled to wasm and runs inside headless Chromium.

use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn browser_tests_run_inside_a_page_with_a_window_and_document() {
    let window = web_sys::window().expect("a browser test runs in a window");
    assert!(window.document().is_some(), "the window has a document");
}
