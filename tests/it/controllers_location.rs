//! The URL hash ↔ deck position, as reveal.js writes and reads it.

use deckview::controllers::location::{format_hash, hash_fragment, parse_hash, HashTarget};
use deckview::controllers::navigation::{Layout, Position};

fn deck() -> Layout {
    Layout::new(vec![1, 3, 1, 2])
}

fn at(h: usize, v: usize) -> Position {
    Position::new(h, v)
}

fn with_fragment(h: usize, v: usize, f: usize) -> Position {
    Position { h, v, f: Some(f) }
}

fn position(hash: &str) -> Option<Position> {
    match parse_hash(hash) {
        Some(HashTarget::Position(pos)) => Some(pos),
        _ => None,
    }
}

fn id(hash: &str) -> Option<String> {
    match parse_hash(hash) {
        Some(HashTarget::Id(id)) => Some(id),
        _ => None,
    }
}

// --- writing ---

#[test]
fn first_slide_is_hash_slash() {
    assert_eq!(format_hash(&deck(), at(0, 0), None, false), "#/");
}

#[test]
fn top_of_a_column_is_written_with_its_column_only() {
    assert_eq!(format_hash(&deck(), at(2, 0), None, false), "#/2");
}

#[test]
fn vertical_slide_is_written_with_both_indices() {
    assert_eq!(format_hash(&deck(), at(1, 2), None, false), "#/1/2");
}

#[test]
fn vertical_slide_of_the_first_column_writes_column_zero() {
    let layout = Layout::new(vec![2]);
    assert_eq!(format_hash(&layout, at(0, 1), None, false), "#/0/1");
}

#[test]
fn fragment_is_left_out_without_fragment_in_url() {
    assert_eq!(
        format_hash(&deck(), with_fragment(2, 0, 1), None, false),
        "#/2"
    );
}

#[test]
fn fragment_in_url_writes_all_three_indices() {
    assert_eq!(
        format_hash(&deck(), with_fragment(2, 0, 1), None, true),
        "#/2/0/1"
    );
}

#[test]
fn fragment_on_the_first_slide_writes_zeros_before_it() {
    assert_eq!(
        format_hash(&deck(), with_fragment(0, 0, 0), None, true),
        "#/0/0/0"
    );
}

#[test]
fn fragment_in_url_without_a_shown_fragment_writes_no_fragment() {
    assert_eq!(format_hash(&deck(), at(1, 1), None, true), "#/1/1");
}

#[test]
fn position_outside_the_deck_is_written_clamped() {
    assert_eq!(format_hash(&deck(), at(9, 9), None, false), "#/3/1");
}

#[test]
fn slide_with_an_id_is_written_by_name() {
    assert_eq!(
        format_hash(&deck(), at(1, 2), Some("summary"), false),
        "#/summary"
    );
}

#[test]
fn named_slide_with_a_fragment_appends_the_fragment() {
    assert_eq!(
        format_hash(&deck(), with_fragment(1, 2, 3), Some("summary"), true),
        "#/summary/3"
    );
}

#[test]
fn id_is_percent_encoded_like_encode_uri_component() {
    assert_eq!(
        format_hash(&deck(), at(1, 0), Some("a b/c?é"), false),
        "#/a%20b%2Fc%3F%C3%A9"
    );
}

#[test]
fn id_keeps_the_characters_encode_uri_component_keeps() {
    assert_eq!(
        format_hash(&deck(), at(1, 0), Some("a-b_c.d!e~f*g'h(i)"), false),
        "#/a-b_c.d!e~f*g'h(i)"
    );
}

#[test]
fn cjk_id_is_encoded_as_utf8() {
    assert_eq!(
        format_hash(&deck(), at(1, 0), Some("依賴"), false),
        "#/%E4%BE%9D%E8%B3%B4"
    );
}

#[test]
fn empty_id_falls_back_to_indices() {
    assert_eq!(format_hash(&deck(), at(2, 0), Some(""), false), "#/2");
}

#[test]
fn all_digit_id_falls_back_to_indices_so_it_reads_back_as_this_slide() {
    assert_eq!(format_hash(&deck(), at(2, 0), Some("1"), false), "#/2");
}

// --- reading ---

#[test]
fn column_and_row_are_read() {
    assert_eq!(position("#/3/2"), Some(at(3, 2)));
}

#[test]
fn three_parts_read_the_fragment_too() {
    assert_eq!(position("#/3/2/1"), Some(with_fragment(3, 2, 1)));
}

#[test]
fn column_alone_is_its_top_slide() {
    assert_eq!(position("#/3"), Some(at(3, 0)));
}

#[test]
fn hash_slash_is_the_first_slide() {
    assert_eq!(position("#/"), Some(at(0, 0)));
}

#[test]
fn empty_hash_is_the_first_slide() {
    assert_eq!(position(""), Some(at(0, 0)));
    assert_eq!(position("#"), Some(at(0, 0)));
}

#[test]
fn trailing_slash_is_accepted() {
    assert_eq!(position("#/3/2/"), Some(at(3, 2)));
    assert_eq!(position("#/3/"), Some(at(3, 0)));
}

#[test]
fn hash_without_a_slash_is_read_like_reveal() {
    assert_eq!(position("#3/1"), Some(at(3, 1)));
}

#[test]
fn hash_without_the_hash_sign_is_read_too() {
    assert_eq!(position("/3/1"), Some(at(3, 1)));
}

#[test]
fn indices_past_the_deck_are_returned_for_navigation_to_clamp() {
    assert_eq!(position("#/40/7"), Some(at(40, 7)));
}

#[test]
fn huge_index_saturates_instead_of_failing() {
    assert_eq!(
        position("#/99999999999999999999999999"),
        Some(at(usize::MAX, 0))
    );
}

#[test]
fn named_hash_is_an_id() {
    assert_eq!(id("#/some-id"), Some("some-id".to_owned()));
}

#[test]
fn named_hash_with_trailing_slash_is_the_same_id() {
    assert_eq!(id("#/some-id/"), Some("some-id".to_owned()));
}

#[test]
fn heading_anchor_without_a_slash_is_an_id() {
    assert_eq!(id("#intro"), Some("intro".to_owned()));
}

#[test]
fn percent_encoded_cjk_id_is_decoded() {
    assert_eq!(id("#%E4%BE%9D%E8%B3%B4"), Some("依賴".to_owned()));
}

#[test]
fn lower_case_percent_escapes_are_decoded() {
    assert_eq!(id("#/a%2fb"), Some("a/b".to_owned()));
}

#[test]
fn id_starting_with_digits_is_still_an_id() {
    assert_eq!(id("#/3d-intro"), Some("3d-intro".to_owned()));
}

#[test]
fn named_hash_with_a_fragment_is_the_id_and_the_fragment() {
    assert_eq!(id("#/summary/3"), Some("summary".to_owned()));
    assert_eq!(hash_fragment("#/summary/3"), Some(3));
}

#[test]
fn hash_fragment_reads_the_third_index() {
    assert_eq!(hash_fragment("#/3/2/1"), Some(1));
    assert_eq!(hash_fragment("#/3/2"), None);
}

#[test]
fn every_written_hash_reads_back_as_its_slide() {
    let layout = deck();
    for (h, &len) in layout.columns().iter().enumerate() {
        for v in 0..len {
            let written = format_hash(&layout, at(h, v), None, false);
            assert_eq!(position(&written), Some(at(h, v)), "{written}");
        }
    }
}

#[test]
fn every_written_fragment_hash_reads_back_with_its_fragment() {
    let pos = with_fragment(1, 2, 4);
    assert_eq!(position(&format_hash(&deck(), pos, None, true)), Some(pos));
}

#[test]
fn written_id_reads_back_as_the_same_id() {
    for name in ["a b/c?é", "依賴", "x/2", "100%"] {
        let written = format_hash(&deck(), at(1, 0), Some(name), false);
        assert_eq!(id(&written), Some(name.to_owned()), "{written}");
    }
}

// --- garbage ---

#[test]
fn letters_in_an_index_part_are_garbage() {
    assert_eq!(parse_hash("#/3/x"), None);
    assert_eq!(parse_hash("#/3/2/x"), None);
}

#[test]
fn more_than_three_indices_are_garbage() {
    assert_eq!(parse_hash("#/1/2/3/4"), None);
}

#[test]
fn broken_percent_escape_is_garbage() {
    assert_eq!(parse_hash("#/abc%2"), None);
    assert_eq!(parse_hash("#/abc%zz"), None);
}

#[test]
fn escape_of_invalid_utf8_is_garbage() {
    assert_eq!(parse_hash("#/%FF%FE"), None);
}

#[test]
fn garbage_has_no_fragment() {
    assert_eq!(hash_fragment("#/%FF"), None);
}
