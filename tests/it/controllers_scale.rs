//! Fitting the slide canvas to its container, as reveal.js does.
//!
//! The rules are two tables, one row per rule: the input and what must come
//! out. Each row is a test of its own, named by its rule (`fit_cases!`,
//! `center_cases!`), so a failing row is reported by name and the others
//! still run.

use deckview::controllers::scale::{center_offset, fit, Fit};
use deckview::deck::Length::{Percent, Px};

/// HedgeDoc's defaults: 960×700, margin 0.04, scale 0.2–2.0.
fn hedgedoc(container_w: f64, container_h: f64) -> Fit {
    fit(
        container_w,
        container_h,
        Px(960.0),
        Px(700.0),
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

/// What a fit must give (only that is checked).
enum Gives {
    Scale(f64),
    /// Scale, width and height are finite, and the scale is this.
    FiniteScale(f64),
    /// Slide width and height.
    Size(f64, f64),
    Width(f64),
    Height(f64),
    /// Slide width, height and scale.
    SizeAndScale(f64, f64, f64),
}

fn check(fit: Fit, gives: Gives) {
    match gives {
        Gives::Scale(scale) => assert_eq!(fit.scale, scale),
        Gives::FiniteScale(scale) => {
            assert_finite(fit);
            assert_eq!(fit.scale, scale);
        }
        Gives::Size(width, height) => {
            assert_eq!((fit.slide_width, fit.slide_height), (width, height));
        }
        Gives::Width(width) => assert_eq!(fit.slide_width, width),
        Gives::Height(height) => assert_eq!(fit.slide_height, height),
        Gives::SizeAndScale(width, height, scale) => assert_eq!(
            (fit.slide_width, fit.slide_height, fit.scale),
            (width, height, scale)
        ),
    }
}

/// `rule: fit => what it gives;` — one test per row.
macro_rules! fit_cases {
    ($($rule:ident: $fit:expr => $gives:expr;)+) => {
        $(
            #[test]
            fn $rule() {
                check($fit, $gives);
            }
        )+
    };
}

/// `rule: (space, content) => offset, …;` — one test per row.
macro_rules! center_cases {
    ($($rule:ident: $(($space:expr, $content:expr) => $offset:expr),+;)+) => {
        $(
            #[test]
            fn $rule() {
                $(assert_eq!(center_offset($space, $content), $offset);)+
            }
        )+
    };
}

use Gives::*;

// fit(container w, h, canvas w, h, margin, min scale, max scale) => gives
fit_cases! {
    pixel_canvas_keeps_its_size:
        hedgedoc(1920.0, 1080.0) => Size(960.0, 700.0);
    // 1080 × 0.96 / 700 = 1.481… (height binds; width would allow 1.92).
    scale_is_limited_by_the_tighter_axis_after_the_margin:
        hedgedoc(1920.0, 1080.0) => Scale(1.48);
    // 800 × 0.96 / 960 = 0.8 (width binds; height would allow 1.37).
    scale_can_be_limited_by_width:
        hedgedoc(800.0, 1000.0) => Scale(0.8);
    // 1366 × 0.96 / 960 = 1.366; 768 × 0.96 / 700 = 1.0532… → 1.05.
    scale_is_rounded_to_two_decimals:
        hedgedoc(1366.0, 768.0) => Scale(1.05);
    container_exactly_the_canvas_plus_margin_scales_by_one:
        hedgedoc(1000.0, 700.0 / 0.96) => Scale(1.0);
    scale_stops_at_max_scale_on_a_huge_screen:
        hedgedoc(7680.0, 4320.0) => Scale(2.0);
    scale_stops_at_min_scale_on_a_tiny_screen:
        hedgedoc(100.0, 80.0) => Scale(0.2);
    max_scale_wins_when_it_is_below_min_scale:
        fit(1920.0, 1080.0, Px(960.0), Px(700.0), 0.0, 1.5, 1.2) => Scale(1.2);
    percent_width_is_a_share_of_the_available_width:
        fit(1000.0, 500.0, Percent(100.0), Px(400.0), 0.1, 0.2, 2.0) => Width(900.0);
    percent_height_is_a_share_of_the_available_height:
        fit(1000.0, 500.0, Px(800.0), Percent(50.0), 0.0, 0.2, 2.0) => Height(250.0);
    full_size_percent_canvas_is_not_scaled:
        fit(1280.0, 720.0, Percent(100.0), Percent(100.0), 0.0, 0.2, 2.0)
            => SizeAndScale(1280.0, 720.0, 1.0);
    zero_margin_uses_the_whole_container:
        fit(960.0, 700.0, Px(960.0), Px(700.0), 0.0, 0.2, 2.0) => Scale(1.0);
    zero_sized_container_gives_a_finite_scale_within_bounds:
        hedgedoc(0.0, 0.0) => FiniteScale(0.2);
    zero_sized_container_with_a_percent_canvas_is_not_nan:
        fit(0.0, 0.0, Percent(100.0), Percent(100.0), 0.04, 0.2, 2.0) => FiniteScale(1.0);
    nan_container_is_treated_as_empty:
        hedgedoc(f64::NAN, f64::INFINITY) => FiniteScale(0.2);
    zero_pixel_canvas_falls_back_to_reveal_defaults:
        fit(1920.0, 1080.0, Px(0.0), Px(f64::NAN), 0.04, 0.2, 2.0) => Size(960.0, 700.0);
    nan_margin_and_bounds_are_ignored:
        fit(960.0, 700.0, Px(960.0), Px(700.0), f64::NAN, f64::NAN, f64::NAN) => Scale(1.0);
    margin_of_one_or_more_leaves_no_space_but_stays_finite:
        fit(1920.0, 1080.0, Px(960.0), Px(700.0), 3.0, 0.2, 2.0) => FiniteScale(0.2);
}

center_cases! {
    center_offset_is_half_the_space_left_by_the_content:
        (700.0, 300.0) => 200.0;
    center_offset_is_zero_when_content_overflows:
        (700.0, 900.0) => 0.0;
    center_offset_of_nan_sizes_is_zero:
        (f64::NAN, 300.0) => 0.0,
        (700.0, f64::INFINITY) => 0.0;
}
