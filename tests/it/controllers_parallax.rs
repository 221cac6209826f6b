//! Where the parallax background sits for each slide.

use deckview::controllers::navigation::Layout;
use deckview::controllers::parallax::{
    axis_counts, background_position, parse_background_size, ParallaxInput,
};
use deckview::deck::SlideOptions;

/// A 2100×900 image over a 1000×600 viewport.
fn input(horizontal_slides: usize, vertical_slides: usize) -> ParallaxInput {
    ParallaxInput {
        bg_size: (2100.0, 900.0),
        viewport: (1000.0, 600.0),
        horizontal_slides,
        vertical_slides,
        explicit_h: None,
        explicit_v: None,
    }
}

fn assert_finite((x, y): (f64, f64)) {
    assert!(x.is_finite() && y.is_finite(), "({x}, {y})");
}

// --- parallaxBackgroundSize ---

#[test]
fn size_with_two_pixel_values_is_width_and_height() {
    assert_eq!(parse_background_size("2100px 900px"), Some((2100.0, 900.0)));
}

#[test]
fn size_with_one_pixel_value_is_both() {
    assert_eq!(parse_background_size("1920px"), Some((1920.0, 1920.0)));
}

#[test]
fn size_tolerates_extra_spaces_and_upper_case_units() {
    assert_eq!(
        parse_background_size("  1920PX   1080px "),
        Some((1920.0, 1080.0))
    );
}

#[test]
fn size_with_decimals_is_read() {
    assert_eq!(parse_background_size("1920.5px 10px"), Some((1920.5, 10.0)));
}

#[test]
fn size_keywords_are_not_pixels() {
    for size in ["cover", "contain", "auto", "1920px auto"] {
        assert_eq!(parse_background_size(size), None, "{size}");
    }
}

#[test]
fn size_in_other_units_is_not_pixels() {
    for size in ["50%", "10em 5em", "1920", "px", ""] {
        assert_eq!(parse_background_size(size), None, "{size:?}");
    }
}

#[test]
fn size_with_negative_or_non_numeric_values_is_rejected() {
    for size in ["-100px", "infpx", "NaNpx", "1e3px"] {
        assert_eq!(parse_background_size(size), None, "{size}");
    }
}

#[test]
fn size_with_three_values_is_rejected() {
    assert_eq!(parse_background_size("1px 2px 3px"), None);
}

// --- position ---

#[test]
fn first_slide_shows_the_top_left_corner() {
    assert_eq!(background_position(&input(5, 3), 0, 0), (0.0, 0.0));
}

#[test]
fn horizontal_step_spreads_the_overhang_over_the_columns() {
    // (2100 − 1000) / (5 − 1) = 275 px per column.
    assert_eq!(background_position(&input(5, 1), 2, 0).0, -550.0);
}

#[test]
fn last_column_shows_the_right_edge_of_the_image() {
    assert_eq!(background_position(&input(5, 1), 4, 0).0, -1100.0);
}

#[test]
fn vertical_step_spreads_the_overhang_over_the_stack() {
    // (900 − 600) / (3 − 1) = 150 px per vertical slide.
    assert_eq!(background_position(&input(5, 3), 0, 1).1, -150.0);
    assert_eq!(background_position(&input(5, 3), 0, 2).1, -300.0);
}

#[test]
fn explicit_horizontal_step_replaces_the_computed_one() {
    let input = ParallaxInput {
        explicit_h: Some(200.0),
        ..input(5, 1)
    };
    assert_eq!(background_position(&input, 3, 0).0, -600.0);
}

#[test]
fn explicit_vertical_step_replaces_the_computed_one() {
    let input = ParallaxInput {
        explicit_v: Some(50.0),
        ..input(5, 3)
    };
    assert_eq!(background_position(&input, 0, 2).1, -100.0);
}

#[test]
fn single_column_deck_does_not_move_horizontally() {
    let position = background_position(&input(1, 4), 0, 2);
    assert_eq!(position.0, 0.0);
}

#[test]
fn parallax_with_one_vertical_slide_is_not_nan() {
    let position = background_position(&input(5, 1), 2, 0);
    assert_finite(position);
    assert_eq!(position.1, 0.0);
}

#[test]
fn parallax_with_no_vertical_slides_stays_at_the_top() {
    let position = background_position(&input(5, 0), 2, 3);
    assert_finite(position);
    assert_eq!(position.1, 0.0);
}

#[test]
fn parallax_in_a_one_slide_deck_stays_at_the_corner() {
    assert_eq!(background_position(&input(1, 1), 0, 0), (0.0, 0.0));
}

#[test]
fn image_smaller_than_the_viewport_moves_the_other_way() {
    let input = ParallaxInput {
        bg_size: (500.0, 600.0),
        ..input(3, 1)
    };
    assert_eq!(background_position(&input, 1, 0).0, 250.0);
}

#[test]
fn position_is_never_negative_zero() {
    let (x, y) = background_position(&input(5, 3), 0, 0);
    assert!(x.is_sign_positive() && y.is_sign_positive(), "({x}, {y})");
}

#[test]
fn non_finite_inputs_give_a_finite_position() {
    let input = ParallaxInput {
        bg_size: (f64::NAN, f64::INFINITY),
        explicit_h: Some(f64::NAN),
        ..input(5, 3)
    };
    assert_finite(background_position(&input, 2, 1));
}

// --- counts from the layout ---

#[test]
fn vertical_count_is_the_current_stack_length() {
    let layout = Layout::new(vec![1, 4, 2]);
    assert_eq!(axis_counts(&layout, 1), (3, 4));
    assert_eq!(axis_counts(&layout, 0), (3, 1));
}

#[test]
fn stack_reaches_the_bottom_of_the_image_at_its_last_slide() {
    let layout = Layout::new(vec![1, 4, 2]);
    let (h, v) = axis_counts(&layout, 1);
    let position = background_position(&input(h, v), 1, 3);
    assert_eq!(position.1, -(900.0 - 600.0));
}

// --- from the deck's options ---

#[test]
fn deck_without_a_parallax_image_has_no_input() {
    let layout = Layout::new(vec![1, 2]);
    let options = SlideOptions::default();
    assert_eq!(
        ParallaxInput::for_deck(&options, (1000.0, 600.0), &layout, 0),
        None
    );
}

#[test]
fn deck_options_fill_the_input() {
    let layout = Layout::new(vec![1, 3]);
    let options = SlideOptions {
        parallax_background_image: Some("bg.jpg".to_owned()),
        parallax_background_size: Some("2100px 900px".to_owned()),
        parallax_background_horizontal: Some(200.0),
        ..SlideOptions::default()
    };
    assert_eq!(
        ParallaxInput::for_deck(&options, (1000.0, 600.0), &layout, 1),
        Some(ParallaxInput {
            bg_size: (2100.0, 900.0),
            viewport: (1000.0, 600.0),
            horizontal_slides: 2,
            vertical_slides: 3,
            explicit_h: Some(200.0),
            explicit_v: None,
        })
    );
}

#[test]
fn unreadable_size_keeps_the_background_still_unless_steps_are_given() {
    let layout = Layout::new(vec![1, 1, 1]);
    let options = SlideOptions {
        parallax_background_image: Some("bg.jpg".to_owned()),
        parallax_background_size: Some("cover".to_owned()),
        parallax_background_horizontal: Some(100.0),
        ..SlideOptions::default()
    };
    let input = ParallaxInput::for_deck(&options, (1000.0, 600.0), &layout, 2).unwrap();
    assert_eq!(background_position(&input, 2, 0), (-200.0, 0.0));
}
