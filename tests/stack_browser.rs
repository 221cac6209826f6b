//! The deepest decks the parser accepts, parsed in wasm inside Chromium
//! with the stack the app is linked with (`.cargo/config.toml`:
//! `-zstack-size`, smaller than Rust's 1 MiB default to save memory).
//!
//! A wasm stack overflow is a trap, not a panic: no message, a dead app.
//! These decks reach every recursion the parser has (the YAML reader down
//! to its own depth limit, the alias counter, nested containers, nested
//! HTML), so a stack too small for them fails here, not for a user.
//!
//! Release builds only (`scripts/test` runs this file in the release
//! profile, with the app build's flags): that is what users run, and a
//! debug build's stack frames are several times larger (the YAML reader's
//! 128 levels do not fit in 256 KiB).
#![cfg(all(target_arch = "wasm32", not(debug_assertions)))]

use deckview::deck::{parse, UntrustedHtml};
use deckview::view::sanitize::sanitize;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

mod common;

wasm_bindgen_test_configure!(run_in_browser);

/// Deeper than the YAML reader's recursion limit (128), so it recurses as
/// far as it ever does before refusing.
const YAML_LEVELS: usize = 200;

fn body_title(text: &str) -> Option<String> {
    let deck = parse(text);
    deck.columns.last()?.last()?.title.clone()
}

#[wasm_bindgen_test]
fn front_matter_mappings_nested_past_the_yaml_limit_leave_the_body_readable() {
    let mut yaml = String::new();
    for level in 0..YAML_LEVELS {
        yaml.push_str(&" ".repeat(level));
        yaml.push_str("k:\n");
    }
    let text = format!("---\n{yaml}---\n# Body\n");
    assert_eq!(body_title(&text).as_deref(), Some("Body"));
}

#[wasm_bindgen_test]
fn front_matter_sequences_nested_past_the_yaml_limit_leave_the_body_readable() {
    let text = format!("---\nk: {}x\n---\n# Body\n", "- ".repeat(YAML_LEVELS));
    assert_eq!(body_title(&text).as_deref(), Some("Body"));
}

#[wasm_bindgen_test]
fn deeply_nested_aliased_front_matter_is_counted_without_overflowing() {
    // The alias counter walks the whole tree, nested as deep as the
    // reader allows, once for every alias.
    let mut yaml = String::from("a: &a\n");
    for level in 1..120 {
        yaml.push_str(&" ".repeat(level));
        yaml.push_str("k:\n");
    }
    yaml.push_str("b: [*a, *a, *a]\n");
    let text = format!("---\n{yaml}---\n# Body\n");
    assert_eq!(body_title(&text).as_deref(), Some("Body"));
}

#[wasm_bindgen_test]
fn ten_thousand_nested_block_quotes_and_lists_parse() {
    for marker in ["> ", "- "] {
        let text = format!("# Deep\n\n{}the bottom\n", marker.repeat(10_000));
        let deck = parse(&text);
        assert!(deck.columns[0][0]
            .html
            .as_untrusted_str()
            .contains("the bottom"));
    }
}

#[wasm_bindgen_test]
fn ten_thousand_nested_html_elements_parse_and_sanitise() {
    let text = format!(
        "# Deep\n\n{}the bottom{}\n",
        "<div><span>".repeat(5_000),
        "</span></div>".repeat(5_000)
    );
    let deck = parse(&text);
    let html: &UntrustedHtml = &deck.columns[0][0].html;
    common::load_dompurify();
    let fragment = sanitize(html);
    assert!(fragment
        .text_content()
        .unwrap_or_default()
        .contains("the bottom"));
}
