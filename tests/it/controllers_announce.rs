//! What screen readers hear when the slide changes.

use deckview::controllers::announce::{announcement, SlideCount};
use deckview::controllers::navigation::{Layout, Position};

#[test]
fn the_announcement_counts_every_slide_vertical_ones_included() {
    let layout = Layout::new(vec![1, 3, 1, 2]);
    assert_eq!(
        announcement(&layout, Position::new(2, 0), Some("Roadmap")),
        "Slide 5 of 7: Roadmap"
    );
}

#[test]
fn a_slide_without_a_heading_is_announced_as_untitled() {
    let layout = Layout::new(vec![2]);
    assert_eq!(
        announcement(&layout, Position::new(0, 1), None),
        "Slide 2 of 2: untitled"
    );
    assert_eq!(
        announcement(&layout, Position::new(0, 0), Some("  ")),
        "Slide 1 of 2: untitled"
    );
}

#[test]
fn the_fragment_shown_does_not_change_the_announcement() {
    let layout = Layout::new(vec![1, 1]);
    let with_fragment = Position {
        f: Some(2),
        ..Position::new(1, 0)
    };
    assert_eq!(
        announcement(&layout, with_fragment, Some("Two")),
        announcement(&layout, Position::new(1, 0), Some("Two"))
    );
}

#[test]
fn uncounted_slides_are_left_out_of_the_count_and_announced_as_extra() {
    // Five slides; the fourth and fifth are an appendix.
    let layout = Layout::new(vec![1, 1, 1, 1, 1]).with_uncounted([3, 4]);
    let cases = [
        (0, "Slide 1 of 3: T"),
        (2, "Slide 3 of 3: T"),
        (3, "Extra slide after slide 3 of 3: T"),
        (4, "Extra slide after slide 3 of 3: T"),
    ];
    for (h, heard) in cases {
        assert_eq!(
            announcement(&layout, Position::new(h, 0), Some("T")),
            heard,
            "slide {h}"
        );
    }
}

#[test]
fn the_speaker_counter_reads_as_the_slide_number_counts() {
    let layout = Layout::new(vec![1, 2, 1]).with_uncounted([2]);
    let cases = [
        (Position::new(0, 0), "1 / 3"),
        (Position::new(1, 0), "2 / 3"),
        (Position::new(1, 1), "extra after 2 / 3"),
        (Position::new(2, 0), "3 / 3"),
    ];
    for (pos, shown) in cases {
        assert_eq!(SlideCount::at(&layout, pos).to_string(), shown, "{pos:?}");
    }
}
