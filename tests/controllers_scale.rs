//! Fitting the slide canvas to its container, as reveal.js does.

use deckview::controllers::scale::{center_offset, fit, Fit};
use deckview::deck::Length;

/// HedgeDoc's defaults: 960×700, margin 0.04, scale 0.2–2.0.
fn hedgedoc(container_w: f64, container_h: f64) -> Fit {
    fit(
        container_w,
        container_h,
        Length::Px(960.0),
        Length::Px(700.0),
        0.04,
        0.2,
        2.0,
    )
}

fn assert_finite(fit: Fit) {
    assert!(fit.scale.is_finite(), "{fit:?}");
    assert!(fit.slide_width.is_finite(), "{fit:?}");
    assert!(fit.slide_height.is_finite(), "{fit:?}");
}

#[test]
fn pixel_canvas_keeps_its_size() {
    let fit = hedgedoc(1920.0, 1080.0);
    assert_eq!((fit.slide_width, fit.slide_height), (960.0, 700.0));
}

#[test]
fn scale_is_limited_by_the_tighter_axis_after_the_margin() {
    // 1080 × 0.96 / 700 = 1.481… (height binds; width would allow 1.92).
    assert_eq!(hedgedoc(1920.0, 1080.0).scale, 1.48);
}

#[test]
fn scale_can_be_limited_by_width() {
    // 800 × 0.96 / 960 = 0.8 (width binds; height would allow 1.37).
    assert_eq!(hedgedoc(800.0, 1000.0).scale, 0.8);
}

#[test]
fn scale_is_rounded_to_two_decimals() {
    // 1366 × 0.96 / 960 = 1.366; 768 × 0.96 / 700 = 1.0532… → 1.05.
    assert_eq!(hedgedoc(1366.0, 768.0).scale, 1.05);
}

#[test]
fn container_exactly_the_canvas_plus_margin_scales_by_one() {
    assert_eq!(hedgedoc(1000.0, 700.0 / 0.96).scale, 1.0);
}

#[test]
fn scale_stops_at_max_scale_on_a_huge_screen() {
    assert_eq!(hedgedoc(7680.0, 4320.0).scale, 2.0);
}

#[test]
fn scale_stops_at_min_scale_on_a_tiny_screen() {
    assert_eq!(hedgedoc(100.0, 80.0).scale, 0.2);
}

#[test]
fn max_scale_wins_when_it_is_below_min_scale() {
    let fit = fit(
        1920.0,
        1080.0,
        Length::Px(960.0),
        Length::Px(700.0),
        0.0,
        1.5,
        1.2,
    );
    assert_eq!(fit.scale, 1.2);
}

#[test]
fn percent_width_is_a_share_of_the_available_width() {
    let fit = fit(
        1000.0,
        500.0,
        Length::Percent(100.0),
        Length::Px(400.0),
        0.1,
        0.2,
        2.0,
    );
    assert_eq!(fit.slide_width, 900.0);
}

#[test]
fn percent_height_is_a_share_of_the_available_height() {
    let fit = fit(
        1000.0,
        500.0,
        Length::Px(800.0),
        Length::Percent(50.0),
        0.0,
        0.2,
        2.0,
    );
    assert_eq!(fit.slide_height, 250.0);
}

#[test]
fn full_size_percent_canvas_is_not_scaled() {
    let fit = fit(
        1280.0,
        720.0,
        Length::Percent(100.0),
        Length::Percent(100.0),
        0.0,
        0.2,
        2.0,
    );
    assert_eq!(
        (fit.slide_width, fit.slide_height, fit.scale),
        (1280.0, 720.0, 1.0)
    );
}

#[test]
fn zero_margin_uses_the_whole_container() {
    let fit = fit(
        960.0,
        700.0,
        Length::Px(960.0),
        Length::Px(700.0),
        0.0,
        0.2,
        2.0,
    );
    assert_eq!(fit.scale, 1.0);
}

#[test]
fn zero_sized_container_gives_a_finite_scale_within_bounds() {
    let fit = hedgedoc(0.0, 0.0);
    assert_finite(fit);
    assert_eq!(fit.scale, 0.2);
}

#[test]
fn zero_sized_container_with_a_percent_canvas_is_not_nan() {
    let fit = fit(
        0.0,
        0.0,
        Length::Percent(100.0),
        Length::Percent(100.0),
        0.04,
        0.2,
        2.0,
    );
    assert_finite(fit);
    assert_eq!(fit.scale, 1.0);
}

#[test]
fn nan_container_is_treated_as_empty() {
    let fit = hedgedoc(f64::NAN, f64::INFINITY);
    assert_finite(fit);
    assert_eq!(fit.scale, 0.2);
}

#[test]
fn zero_pixel_canvas_falls_back_to_reveal_defaults() {
    let fit = fit(
        1920.0,
        1080.0,
        Length::Px(0.0),
        Length::Px(f64::NAN),
        0.04,
        0.2,
        2.0,
    );
    assert_eq!((fit.slide_width, fit.slide_height), (960.0, 700.0));
}

#[test]
fn nan_margin_and_bounds_are_ignored() {
    let fit = fit(
        960.0,
        700.0,
        Length::Px(960.0),
        Length::Px(700.0),
        f64::NAN,
        f64::NAN,
        f64::NAN,
    );
    assert_eq!(fit.scale, 1.0);
}

#[test]
fn margin_of_one_or_more_leaves_no_space_but_stays_finite() {
    let fit = fit(
        1920.0,
        1080.0,
        Length::Px(960.0),
        Length::Px(700.0),
        3.0,
        0.2,
        2.0,
    );
    assert_finite(fit);
    assert_eq!(fit.scale, 0.2);
}

#[test]
fn center_offset_is_half_the_space_left_by_the_content() {
    assert_eq!(center_offset(700.0, 300.0), 200.0);
}

#[test]
fn center_offset_is_zero_when_content_overflows() {
    assert_eq!(center_offset(700.0, 900.0), 0.0);
}

#[test]
fn center_offset_of_nan_sizes_is_zero() {
    assert_eq!(center_offset(f64::NAN, 300.0), 0.0);
    assert_eq!(center_offset(700.0, f64::INFINITY), 0.0);
}
