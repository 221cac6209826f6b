//! Auto-sliding: how long the viewer waits on a slide, and when it stops.

use deckview::controllers::autoslide::{delay, next_cue};

#[test]
fn every_slide_waits_the_decks_auto_slide_time() {
    assert_eq!(delay(5000, None), Some(5000));
}

#[test]
fn a_slides_data_autoslide_replaces_the_deck_time_for_that_slide() {
    assert_eq!(delay(5000, Some("1500")), Some(1500));
    assert_eq!(
        delay(0, Some("1500")),
        Some(1500),
        "even with autoSlide off"
    );
}

#[test]
fn a_data_autoslide_of_zero_stops_on_that_slide() {
    assert_eq!(delay(5000, Some("0")), None);
}

#[test]
fn an_auto_slide_of_zero_is_off() {
    assert_eq!(delay(0, None), None);
}

#[test]
fn an_unreadable_data_autoslide_falls_back_to_the_deck_time() {
    assert_eq!(delay(800, Some("fast")), Some(800));
    assert_eq!(delay(800, Some("-5")), Some(800));
}

#[test]
fn nothing_is_cued_when_there_is_nothing_further_to_show() {
    assert_eq!(next_cue(true, false, Some(500)), None);
}

#[test]
fn nothing_is_cued_while_auto_sliding_is_paused() {
    assert_eq!(next_cue(false, true, Some(500)), None);
}

#[test]
fn a_running_deck_with_more_to_show_steps_on_after_the_slides_delay() {
    assert_eq!(next_cue(true, true, Some(500)), Some(500));
    assert_eq!(next_cue(true, true, None), None);
}
