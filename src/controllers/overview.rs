//! The slide overview's geometry (Esc / O): every slide as a thumbnail in a
//! grid, columns left to right (right to left in an `rtl` deck), each
//! vertical stack going down below its top slide.
//!
//! Numbers from reveal.js: thumbnails are [`GAP`] canvas pixels apart, and
//! the overview draws the canvas at `max(vmin / 5, 150) / vmin` of its
//! presentation size (vmin = the smaller side of the viewport), so that about
//! five slides fit across. The grid is moved so that the current slide sits
//! where the slide sits in the presentation: in the middle.

use super::navigation::Position;
use crate::deck::{loose, SlideOptions};
use std::ops::Range;

/// Space between neighbouring thumbnails, in canvas pixels (reveal.js: 70).
pub const GAP: f64 = 70.0;

/// Columns laid out beyond those on screen on each side, so that moving
/// the selection by a column or two never shows an empty cell.
pub const SPARE_COLUMNS: usize = 2;

/// `overview` (default true): Esc and O open the overview.
pub fn enabled(options: &SlideOptions) -> bool {
    options
        .other
        .get("overview")
        .and_then(loose::as_bool)
        .unwrap_or(true)
}

/// The grid's geometry for one deck at one window size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grid {
    /// From one column's left edge to the next one's, in canvas pixels;
    /// negative in a right-to-left deck (columns go leftwards).
    pub step_x: f64,
    /// From one row's top edge to the next one's, in canvas pixels.
    pub step_y: f64,
    /// The scale of the whole grid on screen (the presentation's scale
    /// times the overview's zoom).
    pub scale: f64,
}

impl Grid {
    /// The grid for a canvas of `slide_w`×`slide_h` shown at
    /// `presentation_scale` in a `viewport_w`×`viewport_h` window.
    pub fn new(
        slide_w: f64,
        slide_h: f64,
        presentation_scale: f64,
        viewport: (f64, f64),
        rtl: bool,
    ) -> Grid {
        let direction = if rtl { -1.0 } else { 1.0 };
        Grid {
            step_x: direction * (slide_w + GAP),
            step_y: slide_h + GAP,
            scale: presentation_scale * zoom(viewport.0, viewport.1),
        }
    }

    /// Where the grid must move (in canvas pixels, before scaling) so that
    /// slide `pos` is in the middle of the screen.
    pub fn camera(&self, pos: Position) -> (f64, f64) {
        (-(pos.h as f64) * self.step_x, -(pos.v as f64) * self.step_y)
    }

    /// The columns to lay out around column `current` of `columns`: those
    /// that can be on a screen `viewport_w` pixels wide, plus
    /// [`SPARE_COLUMNS`] on each side.
    pub fn column_window(&self, current: usize, columns: usize, viewport_w: f64) -> Range<usize> {
        let column_px = self.step_x.abs() * self.scale;
        let half = if column_px.is_finite() && column_px > 0.0 {
            (viewport_w.max(0.0) / 2.0 / column_px).ceil()
        } else {
            0.0
        };
        // A degenerate size must not lay out a huge deck all at once.
        let radius = (half.min(columns as f64) as usize) + SPARE_COLUMNS;
        let start = current.saturating_sub(radius).min(columns);
        let end = current.saturating_add(radius + 1).min(columns);
        start..end
    }
}

/// How much smaller than in the presentation the overview draws the canvas
/// in a `viewport_w`×`viewport_h` window (reveal.js's formula), never
/// larger than the presentation (reveal.js zooms in below 150 pixels). A
/// window with no size gets 1 (nothing to fit).
pub fn zoom(viewport_w: f64, viewport_h: f64) -> f64 {
    // `f64::min` would drop a NaN side and fit the other one.
    let vmin = viewport_w.min(viewport_h);
    if !viewport_w.is_finite() || !viewport_h.is_finite() || vmin <= 0.0 {
        return 1.0;
    }
    ((vmin / 5.0).max(150.0) / vmin).min(1.0)
}
