//! Fragment order and stepping, as reveal.js does it.

use deckview::controllers::fragments::{is_visible, next, previous, step_count, steps};

#[test]
fn fragments_without_indices_step_in_document_order() {
    assert_eq!(steps(&[None, None, None]), [0, 1, 2]);
}

#[test]
fn indices_are_renumbered_without_gaps() {
    assert_eq!(steps(&[Some("1"), Some("4"), Some("4")]), [0, 1, 1]);
}

#[test]
fn indexed_fragments_come_before_unindexed_ones() {
    assert_eq!(steps(&[None, Some("2"), None, Some("1")]), [2, 1, 3, 0]);
}

#[test]
fn equal_indices_appear_together() {
    let s = steps(&[Some("3"), Some("1"), Some("3")]);
    assert_eq!(s, [1, 0, 1]);
    assert_eq!(step_count(&s), 2);
}

#[test]
fn an_unparsable_index_counts_as_none() {
    assert_eq!(steps(&[Some("x"), Some("0")]), [1, 0]);
}

#[test]
fn a_slide_without_fragments_has_no_steps() {
    assert_eq!(step_count(&steps(&[])), 0);
}

#[test]
fn a_fragment_is_visible_from_its_step_on() {
    assert!(!is_visible(0, None));
    assert!(is_visible(0, Some(0)));
    assert!(is_visible(1, Some(2)));
    assert!(!is_visible(2, Some(1)));
}

#[test]
fn forward_shows_the_next_fragment_until_none_is_left() {
    assert_eq!(next(None, 2), Some(Some(0)));
    assert_eq!(next(Some(0), 2), Some(Some(1)));
    assert_eq!(next(Some(1), 2), None);
    assert_eq!(next(None, 0), None);
}

#[test]
fn backward_hides_the_last_fragment_shown() {
    assert_eq!(previous(Some(1)), Some(Some(0)));
    assert_eq!(previous(Some(0)), Some(None));
    assert_eq!(previous(None), None);
}
