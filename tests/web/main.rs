//! The Rust tests that need a real browser, in one test target: compiled to
//! wasm and run in headless Chromium by wasm-bindgen-test's runner
//! (`scripts/test browser` drives it through chromedriver with the
//! capabilities in webdriver.json). Natively this target is empty.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

mod dompurify;
mod page;
mod sanitize;
