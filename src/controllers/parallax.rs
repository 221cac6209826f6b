//! The parallax background's position for the current slide (reveal.js's
//! `parallaxBackground*` options).
//!
//! stepX = `parallaxBackgroundHorizontal` if given, else
//! (bgW − viewportW) / (H − 1) when H > 1, else 0; stepY likewise with
//! `parallaxBackgroundVertical`, bgH, viewportH and V. The background sits at
//! (−stepX·h, −stepY·v) pixels.
//!
//! **What V counts.** HedgeDoc's reveal.js 3.9 counts the vertical slides of
//! the *current stack*; reveal.js 4+ counts the vertical slides of the whole
//! deck. We follow HedgeDoc (the decks were checked there), and it is also
//! the reading in which the formula makes sense: `v` indexes the current
//! stack, so with V = that stack's length the image's full height is used
//! from its top slide to its bottom one, whereas with a deck-wide V the
//! image never scrolls past a fraction of its height. [`axis_counts`] gives
//! H and V from a [`Layout`].
//!
//! reveal.js divides by V − 1 even when V = 1 (a column without a stack in
//! our layout, a vertical-only deck in reveal.js 4+), which makes the
//! position NaN and freezes the background; here that step is 0.

use crate::deck::SlideOptions;

use super::navigation::Layout;

/// Everything the parallax position depends on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParallaxInput {
    /// Background image size in pixels, from `parallaxBackgroundSize`
    /// (see [`parse_background_size`]).
    pub bg_size: (f64, f64),
    /// Size of the backgrounds element (the viewport) in CSS pixels.
    pub viewport: (f64, f64),
    /// H: number of horizontal slides (columns).
    pub horizontal_slides: usize,
    /// V: number of vertical slides in the current stack (see the module
    /// documentation for why the current stack).
    pub vertical_slides: usize,
    /// `parallaxBackgroundHorizontal`: explicit pixels per column.
    pub explicit_h: Option<f64>,
    /// `parallaxBackgroundVertical`: explicit pixels per vertical slide.
    pub explicit_v: Option<f64>,
}

impl ParallaxInput {
    /// The input for a deck at column `h`, or `None` when the deck has no
    /// parallax background image.
    ///
    /// A size that is not in pixels (`cover`, `50%`) is taken as the
    /// viewport's size, so the computed steps are 0 while explicit steps
    /// still apply (reveal.js ends up with NaN and a stuck background).
    pub fn for_deck(
        options: &SlideOptions,
        viewport: (f64, f64),
        layout: &Layout,
        h: usize,
    ) -> Option<ParallaxInput> {
        options.parallax_background_image.as_ref()?;
        let bg_size = options
            .parallax_background_size
            .as_deref()
            .and_then(parse_background_size)
            .unwrap_or(viewport);
        let (horizontal_slides, vertical_slides) = axis_counts(layout, h);
        Some(ParallaxInput {
            bg_size,
            viewport,
            horizontal_slides,
            vertical_slides,
            explicit_h: options.parallax_background_horizontal,
            explicit_v: options.parallax_background_vertical,
        })
    }
}

/// Reads `parallaxBackgroundSize`: `"1920px 1080px"` → (1920, 1080),
/// `"1920px"` → (1920, 1920) (one value is both, as reveal.js reads it).
/// Anything not in pixels (`cover`, `auto`, `50%`), a negative size, or more
/// than two values → `None`. A bare `0` is allowed, as in CSS.
pub fn parse_background_size(s: &str) -> Option<(f64, f64)> {
    let mut parts = s.split_ascii_whitespace();
    let width = pixels(parts.next()?)?;
    let height = match parts.next() {
        Some(part) => pixels(part)?,
        None => width,
    };
    if parts.next().is_some() {
        return None;
    }
    Some((width, height))
}

/// H (number of columns) and V (slides in column `h`'s stack) for
/// [`ParallaxInput`].
pub fn axis_counts(layout: &Layout, h: usize) -> (usize, usize) {
    (layout.horizontal_count(), layout.column_len(h))
}

/// The background position in pixels (x, y) at column `h`, vertical index
/// `v`; always finite, and 0 rather than −0.
pub fn background_position(input: &ParallaxInput, h: usize, v: usize) -> (f64, f64) {
    let step_x = step(
        input.explicit_h,
        input.bg_size.0,
        input.viewport.0,
        input.horizontal_slides,
    );
    let step_y = step(
        input.explicit_v,
        input.bg_size.1,
        input.viewport.1,
        input.vertical_slides,
    );
    let x = -step_x * h as f64;
    let y = if input.vertical_slides == 0 {
        0.0
    } else {
        -step_y * v as f64
    };
    (clean(x), clean(y))
}

/// Pixels per slide along one axis: the explicit value, else the image's
/// overhang spread over the gaps between `count` slides (0 without gaps).
fn step(explicit: Option<f64>, image: f64, viewport: f64, count: usize) -> f64 {
    match explicit {
        Some(step) if step.is_finite() => step,
        _ if count > 1 => (image - viewport) / (count - 1) as f64,
        _ => 0.0,
    }
}

/// A finite number, with −0 and non-numbers as 0 (so CSS gets `0px`).
fn clean(value: f64) -> f64 {
    if value.is_finite() && value != 0.0 {
        value
    } else {
        0.0
    }
}

/// `"<number>px"` (unit in any case) or `"0"` as a non-negative number.
fn pixels(part: &str) -> Option<f64> {
    if part == "0" {
        return Some(0.0);
    }
    let split = part.len().checked_sub(2)?;
    let (number, unit) = (part.get(..split)?, part.get(split..)?);
    if !unit.eq_ignore_ascii_case("px") {
        return None;
    }
    // Only plain decimals: `f64::from_str` would also take "inf" and "NaN".
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let value: f64 = number.parse().ok()?;
    value.is_finite().then_some(value)
}
