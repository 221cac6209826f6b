//! The slide overview's grid: zoom, camera, and which columns are laid out.

use deckview::controllers::navigation::Position;
use deckview::controllers::overview::{enabled, zoom, Grid, GAP, SPARE_COLUMNS};
use deckview::deck::parse;

fn options(yaml: &str) -> deckview::deck::SlideOptions {
    parse(&format!("---\nslideOptions:\n{yaml}\n---\n\n# One\n"))
        .options
        .clone()
}

fn at(h: usize, v: usize) -> Position {
    Position { h, v, f: None }
}

#[test]
fn the_overview_is_on_unless_the_deck_turns_it_off() {
    assert!(enabled(&options("  theme: white")));
    assert!(!enabled(&options("  overview: false")));
    assert!(!enabled(&options("  overview: 'false'")));
    assert!(enabled(&options("  overview: true")));
}

#[test]
fn zoom_draws_the_canvas_at_a_fifth_of_the_smaller_window_side() {
    assert!((zoom(1280.0, 800.0) - 0.2).abs() < 1e-12);
    assert!((zoom(800.0, 1280.0) - 0.2).abs() < 1e-12);
}

#[test]
fn zoom_keeps_thumbnails_at_least_150_pixels_on_small_windows() {
    assert!((zoom(600.0, 500.0) - 150.0 / 500.0).abs() < 1e-12);
}

#[test]
fn zoom_never_enlarges_and_a_window_without_size_is_not_zoomed() {
    assert_eq!(zoom(120.0, 100.0), 1.0);
    assert_eq!(zoom(0.0, 800.0), 1.0);
    assert_eq!(zoom(f64::NAN, 800.0), 1.0);
}

#[test]
fn grid_cells_are_a_canvas_plus_the_gap_apart() {
    let g = Grid::new(960.0, 700.0, 1.0, (1280.0, 800.0), false);
    assert_eq!(g.step_x, 960.0 + GAP);
    assert_eq!(g.step_y, 700.0 + GAP);
}

#[test]
fn grid_scale_is_the_presentation_scale_times_the_zoom() {
    let g = Grid::new(960.0, 700.0, 1.5, (1280.0, 800.0), false);
    assert!((g.scale - 1.5 * zoom(1280.0, 800.0)).abs() < 1e-12);
}

#[test]
fn right_to_left_columns_go_leftwards() {
    let g = Grid::new(960.0, 700.0, 1.0, (1280.0, 800.0), true);
    assert_eq!(g.step_x, -(960.0 + GAP));
    assert_eq!(g.step_y, 700.0 + GAP);
}

#[test]
fn the_camera_moves_the_grid_back_by_the_current_slides_cell() {
    let g = Grid::new(960.0, 700.0, 1.0, (1280.0, 800.0), false);
    assert_eq!(g.camera(at(0, 0)), (0.0, 0.0));
    assert_eq!(g.camera(at(3, 2)), (-3.0 * g.step_x, -2.0 * g.step_y));
}

#[test]
fn the_camera_moves_a_right_to_left_grid_rightwards() {
    let g = Grid::new(960.0, 700.0, 1.0, (1280.0, 800.0), true);
    assert_eq!(g.camera(at(2, 0)).0, 2.0 * (960.0 + GAP));
}

#[test]
fn the_window_covers_the_columns_on_screen_plus_spares_on_each_side() {
    // Columns 1030 × 0.2 = 206 pixels apart: 1280 / 2 / 206 → 4 per side.
    let g = Grid::new(960.0, 700.0, 1.0, (1280.0, 800.0), false);
    let radius = 4 + SPARE_COLUMNS;
    assert_eq!(
        g.column_window(100, 1801, 1280.0),
        100 - radius..100 + radius + 1
    );
}

#[test]
fn the_window_stops_at_the_ends_of_the_deck() {
    let g = Grid::new(960.0, 700.0, 1.0, (1280.0, 800.0), false);
    assert_eq!(g.column_window(0, 1801, 1280.0).start, 0);
    assert_eq!(g.column_window(1800, 1801, 1280.0).end, 1801);
    assert_eq!(g.column_window(1, 3, 1280.0), 0..3);
}

#[test]
fn a_degenerate_grid_lays_out_only_the_spare_columns() {
    let g = Grid {
        step_x: 0.0,
        step_y: 770.0,
        scale: 0.2,
    };
    assert_eq!(
        g.column_window(100, 1801, 1280.0),
        100 - SPARE_COLUMNS..100 + SPARE_COLUMNS + 1
    );
}
