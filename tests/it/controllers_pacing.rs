//! Speaker-view pacing: each slide's planned time (reveal.js's `totalTime`,
//! `defaultTiming`, `data-timing`, `minimumTimePerSlide`) and where the talk
//! stands against it.

use deckview::controllers::pacing::{
    format_clock, format_duration, pacing, plan, slide_timings, Pacing, PacingOptions,
};
use deckview::deck::parse;

fn options(yaml: &str) -> PacingOptions {
    PacingOptions::from_options(
        &parse(&format!("---\nslideOptions:\n{yaml}\n---\n\n# One\n")).options,
    )
}

#[test]
fn a_deck_without_total_time_or_default_timing_has_no_plan() {
    let o = options("  theme: white");
    assert!(!o.is_set());
    assert_eq!(plan(&o, &[None, None, None]), None);
}

#[test]
fn default_timing_gives_every_slide_that_many_seconds() {
    let o = options("  defaultTiming: 120");
    assert_eq!(
        plan(&o, &[None, None, None]),
        Some(vec![120.0, 120.0, 120.0])
    );
}

#[test]
fn total_time_is_shared_equally_between_the_slides() {
    let o = options("  totalTime: '600'");
    assert_eq!(plan(&o, &[None, None, None, None]), Some(vec![150.0; 4]));
}

#[test]
fn a_slide_with_data_timing_keeps_it_and_the_others_share_the_rest_of_total_time() {
    let o = options("  totalTime: 600");
    assert_eq!(
        plan(&o, &[Some(300.0), None, None, None]),
        Some(vec![300.0, 100.0, 100.0, 100.0])
    );
}

#[test]
fn a_slide_with_data_timing_keeps_it_over_default_timing() {
    let o = options("  defaultTiming: 60");
    assert_eq!(plan(&o, &[None, Some(10.0)]), Some(vec![60.0, 10.0]));
}

#[test]
fn total_time_wins_over_default_timing() {
    let o = options("  totalTime: 100\n  defaultTiming: 60");
    assert_eq!(plan(&o, &[None, None]), Some(vec![50.0, 50.0]));
}

#[test]
fn minimum_time_per_slide_is_a_floor_for_the_shares_of_total_time() {
    let o = options("  totalTime: 60\n  minimumTimePerSlide: 30");
    assert_eq!(plan(&o, &[None, None, None, None]), Some(vec![30.0; 4]));
}

#[test]
fn data_timing_above_total_time_leaves_nothing_but_never_a_negative_share() {
    let o = options("  totalTime: 60");
    assert_eq!(plan(&o, &[Some(90.0), None]), Some(vec![90.0, 0.0]));
}

#[test]
fn negative_zero_or_non_numeric_timings_count_as_unset() {
    assert!(!options("  totalTime: -5").is_set());
    assert!(!options("  defaultTiming: 0").is_set());
    assert!(!options("  defaultTiming: soon").is_set());
}

#[test]
fn slide_timings_read_data_timing_in_reading_order_including_vertical_slides() {
    let deck = parse(concat!(
        "# A\n<!-- .slide: data-timing=\"30\" -->\n\n---\n\n# B\n\n----\n\n",
        "# B2\n<!-- .slide: data-timing=\"45.5\" -->\n\n---\n\n# C\n<!-- .slide: data-timing=\"x\" -->\n"
    ));
    assert_eq!(
        slide_timings(&deck),
        vec![Some(30.0), None, Some(45.5), None]
    );
}

#[test]
fn reaching_a_slide_before_its_planned_start_is_ahead_by_the_difference() {
    // Slide 2 (index 2) is planned to start at 120 s.
    assert_eq!(
        pacing(&[60.0, 60.0, 60.0], 2, 90.0),
        Pacing::Ahead { by: 30.0 }
    );
}

#[test]
fn within_the_slides_planned_time_is_on_track_with_the_time_left_on_it() {
    assert_eq!(
        pacing(&[60.0, 60.0, 60.0], 1, 75.0),
        Pacing::OnTrack {
            left_on_slide: 45.0
        }
    );
}

#[test]
fn staying_on_a_slide_past_its_planned_end_is_behind_by_the_overrun() {
    assert_eq!(
        pacing(&[60.0, 60.0, 60.0], 0, 100.0),
        Pacing::Behind { by: 40.0 }
    );
}

#[test]
fn an_index_past_the_plan_counts_as_the_last_slide() {
    assert_eq!(pacing(&[60.0, 60.0], 9, 130.0), Pacing::Behind { by: 10.0 });
}

#[test]
fn durations_read_minutes_and_seconds_under_an_hour() {
    assert_eq!(format_duration(0.0), "0:00");
    assert_eq!(format_duration(65.9), "1:05");
    assert_eq!(format_duration(3599.0), "59:59");
}

#[test]
fn durations_from_an_hour_on_read_hours_minutes_and_seconds() {
    assert_eq!(format_duration(3600.0), "1:00:00");
    assert_eq!(format_duration(3723.0), "1:02:03");
}

#[test]
fn negative_or_not_a_number_durations_read_as_zero() {
    assert_eq!(format_duration(-12.0), "0:00");
    assert_eq!(format_duration(f64::NAN), "0:00");
}

#[test]
fn the_wall_clock_reads_two_digit_hours_minutes_and_seconds() {
    assert_eq!(format_clock(9, 5, 7), "09:05:07");
    assert_eq!(format_clock(23, 59, 0), "23:59:00");
}
