//! Touch swipes → moves (reveal.js: 40 px threshold, one move per swipe).

use crate::controllers::navigation::Move;
use crate::controllers::touch::swipe_move;
use std::cell::Cell;
use wasm_bindgen::JsCast;

/// Tracks one touch gesture.
#[derive(Default)]
pub struct Swipe {
    start: Cell<Option<(f64, f64)>>,
    done: Cell<bool>,
}

impl Swipe {
    /// A finger went down.
    pub fn start(&self, ev: &web_sys::TouchEvent) {
        self.done.set(false);
        self.start
            .set(first_touch(ev).filter(|_| !prevents_swipe(ev)));
    }

    /// A finger moved: returns the move once the swipe is long enough.
    pub fn moved(&self, ev: &web_sys::TouchEvent) -> Option<Move> {
        let (x0, y0) = self.start.get()?;
        if self.done.get() || ev.touches().length() > 1 {
            return None;
        }
        let (x, y) = first_touch(ev)?;
        let m = swipe_move(x - x0, y - y0)?;
        self.done.set(true);
        Some(m)
    }
}

fn first_touch(ev: &web_sys::TouchEvent) -> Option<(f64, f64)> {
    let t = ev.touches().get(0)?;
    Some((t.client_x() as f64, t.client_y() as f64))
}

/// `data-prevent-swipe` on an element (or an ancestor) opts it out.
fn prevents_swipe(ev: &web_sys::TouchEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("[data-prevent-swipe]").ok().flatten())
        .is_some()
}
