//! The SCS community call deck: the deck this viewer exists for.

use deckview::deck::{parse, Deck, Theme, Transition};

fn deck() -> Deck {
    parse(include_str!("../../decks/scs-community-call.md"))
}

#[test]
fn it_has_twelve_columns_with_the_vertical_slides_hedgedoc_shows() {
    let deck = deck();
    let shape: Vec<usize> = deck.columns.iter().map(Vec::len).collect();
    assert_eq!(shape, [1, 1, 1, 6, 3, 5, 2, 2, 2, 1, 1, 1]);
}

#[test]
fn it_makes_32_sections_twelve_top_level_and_twenty_inside_stacks() {
    let deck = deck();
    let nested: usize = deck
        .columns
        .iter()
        .filter(|c| c.len() > 1)
        .map(Vec::len)
        .sum();
    assert_eq!(deck.columns.len(), 12);
    assert_eq!(nested, 20);
    assert_eq!(deck.columns.len() + nested, 32);
}

#[test]
fn its_slide_options_are_read() {
    let deck = deck();
    assert_eq!(deck.options.theme, Theme::White);
    assert_eq!(deck.options.transition, Transition::Slide);
    assert_eq!(
        deck.options.parallax_background_image.as_deref(),
        Some("https://input.scs.community/uploads/7938ad7c-e76e-48bd-9b3c-427a79909bca.png")
    );
    assert_eq!(
        deck.options.parallax_background_size.as_deref(),
        Some("1920px 1080px")
    );
    assert_eq!(deck.meta.title.as_deref(), Some("SCS Community Call"));
    assert_eq!(deck.meta.tags, ["presentation"]);
}

#[test]
fn it_parses_without_warnings() {
    assert!(deck().warnings.is_empty(), "{:?}", deck().warnings);
}

#[test]
fn its_style_block_becomes_deck_css() {
    let deck = deck();
    assert_eq!(deck.styles.len(), 1);
    assert!(deck.styles[0].contains(".slides h1 {"));
    assert!(deck.styles[0].contains("font-family: lato;"));
    assert!(deck
        .columns
        .iter()
        .flatten()
        .all(|s| !s.html().as_untrusted_str().contains("<style")));
}

#[test]
fn its_font_colour_spans_stay_intact() {
    let deck = deck();
    let first = deck.columns[0][0].html().as_untrusted_str();
    assert!(first.contains(
        "<font color=\"#50c3a5\">Sovereign</font> <font color=\"#0f5fe1\">Cloud Stack</font>"
    ));
    let second = deck.columns[1][0].html().as_untrusted_str();
    assert!(second.contains("<font color=\"#7D7D82\" size=12px>2023-10-12</font>"));
}

#[test]
fn its_titles_are_plain_heading_text() {
    let deck = deck();
    assert_eq!(deck.columns[0][0].title(), Some("Sovereign Cloud Stack"));
    assert_eq!(deck.columns[3][0].title(), Some("Team IaaS"));
    assert_eq!(
        deck.columns[10][0].title(),
        Some("Join the SCS Project Team @ OSBA")
    );
}

#[test]
fn its_slides_know_their_lines() {
    let deck = deck();
    let lines: Vec<usize> = deck.columns[3].iter().map(|s| s.line).collect();
    assert_eq!(lines, [52, 58, 66, 74, 81, 87]);
}

#[test]
fn its_first_slide_renders_as_expected() {
    insta::assert_snapshot!(
        "scs_first_slide",
        deck().columns[0][0].html().as_untrusted_str()
    );
}
