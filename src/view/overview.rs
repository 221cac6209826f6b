//! The slide overview (Esc / O), as reveal.js shows it: the slides as live
//! thumbnails in a grid, centred on the current one, which is outlined.
//! Arrow keys move the selection (skipping fragments), Enter or Esc / O
//! leaves at the selected slide, a click on a thumbnail leaves there.
//!
//! Nothing is re-rendered: `.reveal` gets the class `overview` (deck CSS
//! may style it, as in reveal.js), each section gets its grid index as a
//! CSS custom property, and style/overview.css translates the sections to
//! their cells and moves and scales `.slides` (the "camera") from the
//! values this component puts on `.reveal`. Only the columns on screen and a
//! few spare ones are laid out ([`Grid::column_window`]); the window follows
//! the selection, so opening the overview costs the same in a 1800-slide
//! deck as in a short one.

use super::nav::Nav;
use super::slides::SlidesDom;
use crate::controllers::navigation::Position;
use crate::controllers::overview::{self, Grid};
use crate::controllers::scale;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Custom properties this component sets on `.reveal` while open.
const CAMERA_PROPERTIES: [&str; 5] = [
    "--dv-ov-scale",
    "--dv-ov-x",
    "--dv-ov-y",
    "--dv-ov-step-x",
    "--dv-ov-step-y",
];

/// Marks a section while its content height is measured (overview.css
/// gives it its presentation height for that moment).
const MEASURING: &str = "dv-ov-measure";

/// The overview, for one deck: keys, clicks and the grid.
#[component]
pub fn Overview() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let (allowed, center, rtl) = nav.deck.with_value(|d| {
        let o = &d.options;
        (overview::enabled(o), o.center, o.rtl)
    });
    // Shared with the embedding APIs (`toggleOverview`); a deck with
    // `overview: false` never shows it, whoever asks.
    let open = nav.modes.overview;

    // Clicks on thumbnails, and the class guard, need `.reveal`.
    let attached = StoredValue::new_local(None::<gloo_events::EventListener>);
    Effect::new(move |_| {
        let Some(reveal) = nav.reveal.get() else {
            return;
        };
        let reveal: Element = reveal.into();
        let capture = gloo_events::EventListenerOptions {
            phase: gloo_events::EventListenerPhase::Capture,
            passive: false,
        };
        let clicks =
            gloo_events::EventListener::new_with_options(&reveal, "click", capture, move |ev| {
                if !open.get_untracked() {
                    return;
                }
                let Some(target) = clicked_slide(ev) else {
                    return;
                };
                // A link or a control inside a thumbnail must not act.
                ev.prevent_default();
                ev.stop_propagation();
                if !target.same_slide(&nav.position.get_untracked()) {
                    nav.position.set(target);
                }
                open.set(false);
            });
        attached.set_value(Some(clicks));
    });

    // The grid follows the selection and the window size.
    let measured: Rc<RefCell<HashSet<(usize, usize)>>> = Rc::default();
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get() && allowed;
        let pos = nav.position.get();
        let fit = nav.fit.get();
        let size = nav.size.get();
        let Some(reveal) = nav.reveal.get() else {
            return false;
        };
        let reveal: HtmlElement = reveal.into();
        let handle = nav.slides.get_value();
        let mut slot = handle.borrow_mut();
        let Some(slides) = slot.as_mut() else {
            return false;
        };
        if is_open {
            let grid = Grid::new(fit.slide_width, fit.slide_height, fit.scale, size, rtl);
            let _ = reveal.class_list().add_1("overview");
            let window = grid.column_window(pos.h, slides.column_count(), size.0);
            slides.reveal_columns(window.clone());
            let entering = place(slides, window, &mut measured.borrow_mut());
            if center {
                measure(&entering, fit.slide_height);
            }
            set_camera(&reveal, &grid, pos);
        } else if was_open == Some(true) {
            let _ = reveal.class_list().remove_1("overview");
            let style = reveal.style();
            for p in CAMERA_PROPERTIES {
                let _ = style.remove_property(p);
            }
            slides.restore_visibility();
            // Moves made in the overview centred the slides in thumbnail
            // shape; centre them again in slide shape.
            if center {
                slides.center(fit.slide_height);
            }
        }
        is_open
    });
}

/// Gives the sections of `columns` that have not had one yet their grid
/// index (`--dv-ov-h` on a column, `--dv-ov-v` on a slide in a stack);
/// returns those slides' elements.
fn place(
    slides: &SlidesDom,
    columns: std::ops::Range<usize>,
    done: &mut HashSet<(usize, usize)>,
) -> Vec<HtmlElement> {
    let mut entering = Vec::new();
    for h in columns {
        let mut v = 0;
        while let Some(el) = slides.slide_element(h, v) {
            if !done.insert((h, v)) {
                v += 1;
                continue;
            }
            let Some(el) = el.dyn_ref::<HtmlElement>() else {
                break;
            };
            let in_stack = el.has_attribute("data-index-v");
            let column = if in_stack {
                let _ = el.style().set_property("--dv-ov-v", &v.to_string());
                el.parent_element()
                    .and_then(|p| p.dyn_into::<HtmlElement>().ok())
            } else {
                Some(el.clone())
            };
            if let Some(column) = column {
                let _ = column.style().set_property("--dv-ov-h", &h.to_string());
            }
            entering.push(el.clone());
            if !in_stack {
                break;
            }
            v += 1;
        }
    }
    entering
}

/// Centres the content of each thumbnail as the presentation centres the
/// slide (`center`): reads every height first, then writes every padding,
/// so the browser lays out once.
fn measure(sections: &[HtmlElement], slide_height: f64) {
    for el in sections {
        let _ = el.class_list().add_1(MEASURING);
    }
    let heights: Vec<f64> = sections
        .iter()
        .map(|el| el.scroll_height() as f64)
        .collect();
    for (el, content) in sections.iter().zip(heights) {
        let _ = el.class_list().remove_1(MEASURING);
        let top = scale::center_offset(slide_height, content);
        let _ = el.style().set_property("--dv-ov-top", &format!("{top}px"));
    }
}

/// Points the camera at `pos`: the values overview.css turns into the
/// `.slides` transform and the cell offsets.
fn set_camera(reveal: &HtmlElement, grid: &Grid, pos: Position) {
    let (x, y) = grid.camera(pos);
    let style = reveal.style();
    let values = [
        grid.scale.to_string(),
        format!("{x}px"),
        format!("{y}px"),
        format!("{}px", grid.step_x),
        format!("{}px", grid.step_y),
    ];
    for (p, value) in CAMERA_PROPERTIES.iter().zip(values) {
        let _ = style.set_property(p, &value);
    }
}

/// The slide a click landed on: its section's `data-index-v` and its
/// column's `data-index-h`.
fn clicked_slide(ev: &web_sys::Event) -> Option<Position> {
    let target = ev.target()?.dyn_into::<Element>().ok()?;
    let section = target
        .closest(".slides section:not(.stack)")
        .ok()
        .flatten()?;
    let index = |el: &Element, name: &str| el.get_attribute(name)?.parse::<usize>().ok();
    let (h, v) = match index(&section, "data-index-v") {
        Some(v) => (index(&section.parent_element()?, "data-index-h")?, v),
        None => (index(&section, "data-index-h")?, 0),
    };
    Some(Position { h, v, f: None })
}
