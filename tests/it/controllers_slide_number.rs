//! The slide number in reveal.js's formats.

use deckview::controllers::navigation::{Layout, Position};
use deckview::controllers::slide_number::{format, Label};
use deckview::deck::SlideNumber;

/// Columns of 1, 3, 1, 2 slides.
fn deck() -> Layout {
    Layout::new(vec![1, 3, 1, 2])
}

fn text(number: SlideNumber, layout: &Layout, h: usize, v: usize) -> Option<String> {
    format(number, layout, Position::new(h, v)).map(|label| label.to_string())
}

#[test]
fn off_shows_nothing() {
    assert_eq!(format(SlideNumber::Off, &deck(), Position::new(1, 1)), None);
}

#[test]
fn h_dot_v_on_a_lone_slide_is_the_column_alone() {
    assert_eq!(
        text(SlideNumber::HDotV, &deck(), 2, 0).as_deref(),
        Some("3")
    );
}

#[test]
fn h_dot_v_on_the_top_of_a_stack_shows_vertical_one() {
    assert_eq!(
        text(SlideNumber::HDotV, &deck(), 1, 0).as_deref(),
        Some("2.1")
    );
}

#[test]
fn h_dot_v_inside_a_stack_shows_both_one_based() {
    assert_eq!(
        text(SlideNumber::HDotV, &deck(), 1, 2).as_deref(),
        Some("2.3")
    );
}

#[test]
fn h_slash_v_uses_a_slash() {
    assert_eq!(
        text(SlideNumber::HSlashV, &deck(), 3, 1).as_deref(),
        Some("4/2")
    );
}

#[test]
fn h_dot_v_parts_are_split_for_the_page() {
    assert_eq!(
        format(SlideNumber::HDotV, &deck(), Position::new(3, 1)),
        Some(Label {
            a: 4,
            b: Some((".", 2))
        })
    );
}

#[test]
fn c_counts_vertical_slides_one_based() {
    assert_eq!(text(SlideNumber::C, &deck(), 0, 0).as_deref(), Some("1"));
    assert_eq!(text(SlideNumber::C, &deck(), 2, 0).as_deref(), Some("5"));
}

#[test]
fn c_slash_t_shows_count_and_total() {
    assert_eq!(
        text(SlideNumber::CSlashT, &deck(), 1, 2).as_deref(),
        Some("4/7")
    );
}

#[test]
fn c_slash_t_on_the_last_slide_is_total_over_total() {
    assert_eq!(
        text(SlideNumber::CSlashT, &deck(), 3, 1).as_deref(),
        Some("7/7")
    );
}

#[test]
fn deck_with_a_single_column_uses_the_flat_count_for_h_dot_v() {
    let layout = Layout::new(vec![4]);
    assert_eq!(
        text(SlideNumber::HDotV, &layout, 0, 2).as_deref(),
        Some("3")
    );
    assert_eq!(
        text(SlideNumber::HSlashV, &layout, 0, 3).as_deref(),
        Some("4")
    );
}

#[test]
fn deck_with_a_single_column_keeps_c_slash_t() {
    let layout = Layout::new(vec![4]);
    assert_eq!(
        text(SlideNumber::CSlashT, &layout, 0, 1).as_deref(),
        Some("2/4")
    );
}

#[test]
fn position_outside_the_deck_is_numbered_as_the_clamped_slide() {
    assert_eq!(
        text(SlideNumber::HDotV, &deck(), 9, 9).as_deref(),
        Some("4.2")
    );
}

/// reveal.js numbers an uncounted slide without its +1 (it reads as the
/// slide before it, or one less than its column) and leaves uncounted slides
/// out of `c` and `t`. Columns of 1, 3, 1, 2 with the stack's middle
/// (reading order 2) and the last slide (6) uncounted.
#[test]
fn uncounted_slides_are_left_out_of_the_numbers() {
    let layout = deck().with_uncounted([2, 6]);
    let cases: &[(SlideNumber, usize, usize, &str)] = &[
        (SlideNumber::C, 1, 0, "2"),
        (SlideNumber::C, 1, 1, "2"),
        (SlideNumber::C, 1, 2, "3"),
        (SlideNumber::C, 3, 0, "5"),
        (SlideNumber::C, 3, 1, "5"),
        (SlideNumber::CSlashT, 0, 0, "1/5"),
        (SlideNumber::CSlashT, 1, 1, "2/5"),
        (SlideNumber::CSlashT, 3, 0, "5/5"),
        (SlideNumber::CSlashT, 3, 1, "5/5"),
        (SlideNumber::HDotV, 1, 1, "1.2"),
        (SlideNumber::HDotV, 1, 2, "2.3"),
        (SlideNumber::HDotV, 3, 1, "3.2"),
        (SlideNumber::HSlashV, 3, 1, "3/2"),
    ];
    for &(number, h, v, expected) in cases {
        assert_eq!(
            text(number, &layout, h, v).as_deref(),
            Some(expected),
            "{number:?} at {h}/{v}"
        );
    }
}

#[test]
fn an_uncounted_slide_in_a_single_column_deck_reads_as_the_slide_before_it() {
    let layout = Layout::new(vec![3]).with_uncounted([1]);
    assert_eq!(
        text(SlideNumber::HDotV, &layout, 0, 1).as_deref(),
        Some("1")
    );
    assert_eq!(
        text(SlideNumber::HDotV, &layout, 0, 2).as_deref(),
        Some("2")
    );
}
