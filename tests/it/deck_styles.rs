//! Deck CSS: `<style>` blocks leave the slides for `Deck::styles`.

use deckview::deck::parse;

fn all_html(text: &str) -> String {
    let deck = parse(text);
    deck.columns
        .iter()
        .flatten()
        .map(|s| s.html().as_untrusted_str().to_owned())
        .collect()
}

#[test]
fn a_style_block_moves_to_the_deck_styles() {
    let deck = parse("<style>\n.slides h1 { color: red; }\n</style>\n\n# Title\n");
    assert_eq!(deck.styles, ["\n.slides h1 { color: red; }\n"]);
    let html = deck.columns[0][0].html().as_untrusted_str();
    assert!(!html.contains("style"), "{html}");
    assert!(html.contains("<h1 id=\"Title\">Title</h1>"));
}

#[test]
fn styles_keep_document_order_across_slides() {
    let deck = parse(
        "<style>a{}</style>\n\n---\n\n# B\n\n<style>b{}</style>\n\n----\n\n<style>c{}</style>\n",
    );
    assert_eq!(deck.styles, ["a{}", "b{}", "c{}"]);
}

#[test]
fn a_block_repeated_word_for_word_is_kept_once_at_its_last_place() {
    let deck = parse(
        "<style>a{}</style>\n\n---\n\n<style>b{}</style>\n\n---\n\n<style>a{}</style>\n\n---\n\n<style>b{ }</style>\n",
    );
    assert_eq!(deck.styles, ["b{}", "a{}", "b{ }"]);
}

#[test]
fn a_style_block_with_blank_lines_stays_one_block() {
    let deck = parse("<style>\na{}\n\nb{}\n</style>\n");
    assert_eq!(deck.styles, ["\na{}\n\nb{}\n"]);
    assert!(!all_html("<style>\na{}\n\nb{}\n</style>\n").contains("b{}"));
}

#[test]
fn a_style_inside_a_div_block_is_taken_out() {
    let deck = parse("<div class=\"x\">\n<style>.x{color:red}</style>\n</div>\n");
    assert_eq!(deck.styles, [".x{color:red}"]);
    assert_eq!(
        deck.columns[0][0].html().as_untrusted_str(),
        "<div class=\"x\">\n\n</div>\n"
    );
}

#[test]
fn a_style_element_inside_a_paragraph_is_taken_out() {
    let deck = parse("Text <style>p > b { color: red }</style> more\n");
    assert_eq!(deck.styles, ["p > b { color: red }"]);
    assert_eq!(
        deck.columns[0][0].html().as_untrusted_str(),
        "<p>Text  more</p>\n"
    );
}

#[test]
fn a_style_with_attributes_and_capitals_is_taken_out() {
    let deck = parse("<STYLE type=\"text/css\">a{}</STYLE>\n");
    assert_eq!(deck.styles, ["a{}"]);
    assert!(deck.columns[0][0].html().is_empty());
}

#[test]
fn a_style_in_speaker_notes_is_taken_out() {
    let deck = parse("Shown\n\nNote:\n<style>n{}</style>\n");
    assert_eq!(deck.styles, ["n{}"]);
    assert!(deck.columns[0][0].notes_html().is_none());
}

#[test]
fn a_style_inside_a_code_fence_is_code() {
    let deck = parse("```html\n<style>a{}</style>\n```\n");
    assert!(deck.styles.is_empty());
    assert!(deck.columns[0][0]
        .html()
        .as_untrusted_str()
        .contains("&lt;style&gt;a{}&lt;/style&gt;"));
}

#[test]
fn an_unclosed_style_takes_the_rest_of_its_block() {
    let deck = parse("<style>\na{}\n");
    assert_eq!(deck.styles, ["\na{}\n"]);
    assert!(deck.columns[0][0].html().is_empty());
}
