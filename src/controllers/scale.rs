//! reveal.js's scaling: the slide canvas keeps its size and is scaled to fit.
//!
//! Available space = container × (1 − margin). A width/height in percent is a
//! share of that space. scale = min(availW / width, availH / height), rounded
//! to 2 decimals, then clamped to [minScale, maxScale] (rounding first keeps
//! the bounds exact). Every input may be zero, negative or not a number while
//! the page is still being laid out; the results are always finite.

use crate::deck::Length;

/// The size of the slide canvas and the scale that fits it on screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// Canvas width in CSS pixels (before scaling).
    pub slide_width: f64,
    /// Canvas height in CSS pixels (before scaling).
    pub slide_height: f64,
    /// Factor to scale the canvas by.
    pub scale: f64,
}

/// The canvas size and scale for a container of `container_w`×`container_h`
/// CSS pixels.
///
/// A non-finite or negative container counts as 0; a non-finite or
/// non-positive pixel width/height falls back to reveal.js's 960×700 and
/// such a percentage to 100 %; a
/// margin outside 0..=1 is clamped into it; a non-finite or negative bound is
/// ignored. When nothing can be measured yet (no canvas size), the scale is 1
/// within the bounds.
pub fn fit(
    container_w: f64,
    container_h: f64,
    width: Length,
    height: Length,
    margin: f64,
    min_scale: f64,
    max_scale: f64,
) -> Fit {
    let margin = if margin.is_finite() {
        margin.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let available_w = non_negative(container_w) * (1.0 - margin);
    let available_h = non_negative(container_h) * (1.0 - margin);
    let slide_width = resolve(width, available_w, 960.0);
    let slide_height = resolve(height, available_h, 700.0);

    let ratio = |available: f64, size: f64| (size > 0.0).then(|| available / size);
    let raw = match (
        ratio(available_w, slide_width),
        ratio(available_h, slide_height),
    ) {
        (Some(a), Some(b)) => a.min(b),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => 1.0,
    };
    let mut scale = (raw * 100.0).round() / 100.0;
    if min_scale.is_finite() && min_scale >= 0.0 {
        scale = scale.max(min_scale);
    }
    // reveal.js applies the maximum last, so it wins over a larger minimum.
    if max_scale.is_finite() && max_scale >= 0.0 {
        scale = scale.min(max_scale);
    }
    Fit {
        slide_width,
        slide_height,
        scale: if scale.is_finite() { scale } else { 1.0 },
    }
}

/// How far down a slide is moved to centre it vertically (reveal.js's
/// `center`): half the space its content leaves, never negative; 0 when
/// either size is not a number.
pub fn center_offset(slide_height: f64, content_height: f64) -> f64 {
    let offset = (slide_height - content_height) / 2.0;
    if offset.is_finite() && offset > 0.0 {
        offset
    } else {
        0.0
    }
}

/// A canvas dimension in pixels: pixels as given, a percentage of
/// `available`; an unusable pixel value gives `fallback`, an unusable
/// percentage all of `available`.
fn resolve(length: Length, available: f64, fallback: f64) -> f64 {
    match length {
        Length::Px(px) if px.is_finite() && px > 0.0 => px,
        Length::Percent(percent) if percent.is_finite() && percent > 0.0 => {
            percent / 100.0 * available
        }
        Length::Px(_) => fallback,
        Length::Percent(_) => available,
    }
}

/// `value` if it is a finite non-negative number, else 0.
fn non_negative(value: f64) -> f64 {
    if value.is_finite() && value > 0.0 {
        value
    } else {
        0.0
    }
}
