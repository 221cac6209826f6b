//! The jump-to-slide prompt (G): what the typed text points at.

use deckview::controllers::jump::{parse, parse_start};
use deckview::controllers::navigation::{Layout, Position};

/// Columns of 1, 3, 1, 2 slides: seven slides in reading order.
fn mixed() -> Layout {
    Layout::new(vec![1, 3, 1, 2])
}

#[test]
fn a_number_counts_slides_from_one_through_the_whole_deck_vertical_ones_included() {
    let layout = mixed();
    assert_eq!(parse("1", &layout), Some(Position::new(0, 0)));
    assert_eq!(parse("2", &layout), Some(Position::new(1, 0)));
    assert_eq!(parse("4", &layout), Some(Position::new(1, 2)));
    assert_eq!(parse("5", &layout), Some(Position::new(2, 0)));
}

#[test]
fn h_slash_v_names_column_and_row_counting_from_one() {
    assert_eq!(parse("4/2", &mixed()), Some(Position::new(3, 1)));
    assert_eq!(parse("2/1", &mixed()), Some(Position::new(1, 0)));
}

#[test]
fn h_dot_v_means_the_same_as_h_slash_v() {
    assert_eq!(parse("2.3", &mixed()), parse("2/3", &mixed()));
    assert_eq!(parse("2.3", &mixed()), Some(Position::new(1, 2)));
}

#[test]
fn a_number_past_the_end_goes_to_the_last_slide() {
    assert_eq!(parse("8", &mixed()), Some(Position::new(3, 1)));
    assert_eq!(
        parse("99999999999999999999999", &mixed()),
        Some(Position::new(3, 1))
    );
}

#[test]
fn a_pair_past_the_end_is_brought_inside_the_deck() {
    assert_eq!(parse("3/5", &mixed()), Some(Position::new(2, 0)));
    assert_eq!(parse("9/9", &mixed()), Some(Position::new(3, 1)));
}

#[test]
fn spaces_around_the_text_and_the_separator_are_ignored() {
    assert_eq!(parse("  5 ", &mixed()), Some(Position::new(2, 0)));
    assert_eq!(parse(" 4 / 2 ", &mixed()), Some(Position::new(3, 1)));
}

#[test]
fn text_that_names_no_slide_is_rejected() {
    for text in [
        "", "  ", "0", "0/1", "1/0", "-2", "+2", "two", "2/", "/2", "1/2/3", "1.5.1", "3x",
    ] {
        assert_eq!(parse(text, &mixed()), None, "{text:?}");
    }
}

// `<deck-view start="…">`

#[test]
fn start_takes_a_slide_number_as_the_jump_prompt_does() {
    let layout = Layout::new(vec![1, 3, 1]);
    assert_eq!(parse_start("3", &layout), Some(Position::new(1, 1)));
}

#[test]
fn start_takes_an_address_hash_counted_from_zero() {
    let layout = Layout::new(vec![1, 3, 1]);
    assert_eq!(parse_start("#/1/2", &layout), Some(Position::new(1, 2)));
}

#[test]
fn start_past_the_end_lands_on_the_last_slide() {
    let layout = Layout::new(vec![1, 3, 1]);
    assert_eq!(parse_start("#/9", &layout), Some(Position::new(2, 0)));
}

#[test]
fn start_with_words_names_no_slide() {
    let layout = Layout::new(vec![1, 3, 1]);
    assert_eq!(parse_start("intro", &layout), None);
}
