//! What screen readers hear when the slide changes.

use deckview::controllers::announce::announcement;
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
