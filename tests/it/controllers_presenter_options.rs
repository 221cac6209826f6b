//! Presenter options kept untyped in `slideOptions`: read loosely, with
//! reveal.js's defaults.

use deckview::controllers::presenter_options::{
    auto_slide_stoppable, help, hide_cursor_time, hide_inactive_cursor,
};
use deckview::deck::parse;

fn options(yaml: &str) -> deckview::deck::SlideOptions {
    parse(&format!("---\nslideOptions:\n{yaml}\n---\n\n# One\n"))
        .options
        .clone()
}

#[test]
fn without_options_the_cursor_hides_after_five_seconds_help_is_on_and_auto_slide_is_stoppable() {
    let o = options("  theme: white");
    assert!(hide_inactive_cursor(&o));
    assert_eq!(hide_cursor_time(&o), 5000);
    assert!(help(&o));
    assert!(auto_slide_stoppable(&o));
}

#[test]
fn hide_inactive_cursor_false_keeps_the_cursor() {
    assert!(!hide_inactive_cursor(&options(
        "  hideInactiveCursor: false"
    )));
    assert!(!hide_inactive_cursor(&options(
        "  hideInactiveCursor: 'false'"
    )));
}

#[test]
fn hide_cursor_time_is_read_as_a_number_or_as_text() {
    assert_eq!(hide_cursor_time(&options("  hideCursorTime: 300")), 300);
    assert_eq!(hide_cursor_time(&options("  hideCursorTime: '1200'")), 1200);
}

#[test]
fn an_unreadable_hide_cursor_time_keeps_the_default() {
    assert_eq!(hide_cursor_time(&options("  hideCursorTime: soon")), 5000);
}

#[test]
fn auto_slide_stoppable_false_and_help_false_are_honoured() {
    assert!(!auto_slide_stoppable(&options(
        "  autoSlideStoppable: false"
    )));
    assert!(!help(&options("  help: false")));
}
