//! `embed/deck-view.js` gives `<deck-view>` one method per API method: its
//! list must be the postMessage API's list, no more, no less.

use deckview::controllers::api::METHODS;

/// The names in the script's `const METHODS = [ … ];`.
fn script_methods() -> Vec<String> {
    let script = include_str!("../../embed/deck-view.js");
    let start = script.find("const METHODS = [").expect("a METHODS list");
    let body = &script[start + "const METHODS = [".len()..];
    let body = &body[..body.find("];").expect("the list ends")];
    body.split(',')
        .map(|s| s.trim().trim_matches('\'').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn the_element_has_a_method_for_every_api_method_and_no_other() {
    let listed = script_methods();
    let expected: Vec<String> = METHODS.iter().map(|m| m.to_string()).collect();
    assert_eq!(listed, expected);
}
