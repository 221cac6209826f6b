//! Deck CSS selectors are rewritten to match only inside the deck.

use deckview::view::css_scope::scope_selector_list;

#[test]
fn a_deck_selector_is_prefixed_with_the_deck_root() {
    assert_eq!(scope_selector_list(".slides h1"), ".dv-deck .slides h1");
}

#[test]
fn every_selector_of_a_list_is_prefixed() {
    assert_eq!(
        scope_selector_list(".slides h3, .slides h4"),
        ".dv-deck .slides h3, .dv-deck .slides h4"
    );
}

#[test]
fn commas_inside_functional_pseudo_classes_do_not_split() {
    assert_eq!(
        scope_selector_list("li:is(.a, .b) > p"),
        ".dv-deck li:is(.a, .b) > p"
    );
}

#[test]
fn commas_inside_attribute_strings_do_not_split() {
    assert_eq!(
        scope_selector_list("a[title=\"x, y\"]"),
        ".dv-deck a[title=\"x, y\"]"
    );
}

#[test]
fn page_selectors_become_the_deck_root() {
    assert_eq!(scope_selector_list("body"), ".dv-deck");
    assert_eq!(scope_selector_list("html body p"), ".dv-deck p");
    assert_eq!(scope_selector_list("body > .reveal"), ".dv-deck > .reveal");
    assert_eq!(scope_selector_list(":root"), ".dv-deck");
    assert_eq!(scope_selector_list("body.dark h1"), ".dv-deck.dark h1");
}

#[test]
fn a_tag_that_merely_starts_like_a_page_selector_is_not_the_page() {
    assert_eq!(scope_selector_list("bodyguard"), ".dv-deck bodyguard");
    assert_eq!(scope_selector_list("htmlish"), ".dv-deck htmlish");
}

#[test]
fn reveal_selectors_keep_matching_inside_the_deck() {
    assert_eq!(
        scope_selector_list(".reveal section img"),
        ".dv-deck .reveal section img"
    );
}

#[test]
fn app_ui_selectors_are_confined_to_the_deck_too() {
    // A deck cannot reach the app's own UI, which lives outside .dv-deck.
    assert_eq!(scope_selector_list(".dv-error"), ".dv-deck .dv-error");
    assert_eq!(scope_selector_list("*"), ".dv-deck *");
}
