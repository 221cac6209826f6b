//! Printing a deck (`?print-pdf`): page size, where a slide sits on its
//! page, which pages exist.
//!
//! reveal.js's numbers: a page is the slide canvas plus 4 % each way,
//! rounded down (960×700 → 998×728), one slide per page, horizontal slides
//! in order with each one's vertical slides after it. With separate
//! fragments a slide gets one page per fragment step, the first showing
//! none of its fragments.

use crate::deck::Length;

/// How much larger than the slide canvas a printed page is.
pub const PAGE_FACTOR: f64 = 1.04;

/// The canvas used when the deck's size is a percentage (there is no
/// window to take a share of on paper) or not a usable number.
pub const DEFAULT_CANVAS: (f64, f64) = (960.0, 700.0);

/// What `?print-pdf` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PrintRequest {
    /// One page per fragment step instead of one per slide.
    pub separate_fragments: bool,
}

impl PrintRequest {
    /// Reads the page's query: `print-pdf` (with or without a value) asks
    /// for the print layout; `fragments=separate` or
    /// `pdfSeparateFragments=true` for a page per fragment step.
    pub fn from_query(query: &[(String, String)]) -> Option<Self> {
        if !query.iter().any(|(k, _)| k == "print-pdf") {
            return None;
        }
        let separate_fragments = query.iter().any(|(k, v)| {
            let v = v.trim().to_ascii_lowercase();
            (k == "fragments" && v == "separate")
                || (k == "pdfSeparateFragments" && (v == "true" || v.is_empty()))
        });
        Some(Self { separate_fragments })
    }
}

/// The slide canvas in CSS pixels for the deck's `width`/`height`.
pub fn canvas_size(width: Length, height: Length) -> (f64, f64) {
    let px = |l: Length, default: f64| match l {
        Length::Px(v) if v.is_finite() && v > 0.0 => v,
        _ => default,
    };
    (px(width, DEFAULT_CANVAS.0), px(height, DEFAULT_CANVAS.1))
}

/// The printed page in whole CSS pixels for a canvas of this size.
pub fn page_size(canvas: (f64, f64)) -> (u32, u32) {
    let page = |v: f64| (v * PAGE_FACTOR).floor() as u32;
    (page(canvas.0), page(canvas.1))
}

/// Where the slide's top-left corner sits on its page when it is not
/// centred vertically: the page's spare room split evenly on each side.
pub fn slide_offset(page: (u32, u32), canvas: (f64, f64)) -> (f64, f64) {
    let half = |page: u32, size: f64| ((f64::from(page) - size) / 2.0).max(0.0);
    (half(page.0, canvas.0), half(page.1, canvas.1))
}

/// The fragments each printed page of a slide with `steps` fragment steps
/// shows: `None` = none yet, `Some(s)` = steps up to `s`. Without
/// separation there is one page showing them all.
pub fn fragment_pages(steps: usize, separate: bool) -> Vec<Option<usize>> {
    if separate {
        std::iter::once(None).chain((0..steps).map(Some)).collect()
    } else {
        vec![Some(usize::MAX)]
    }
}

/// Every slide as (h, v) in print order, from the number of vertical
/// slides in each column.
pub fn print_order(columns: &[usize]) -> Vec<(usize, usize)> {
    columns
        .iter()
        .enumerate()
        .flat_map(|(h, &rows)| (0..rows.max(1)).map(move |v| (h, v)))
        .collect()
}
