//! Following an element's size (the deck, a speaker-view preview).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Reports an element's size into a signal while it lives.
pub struct SizeWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl SizeWatch {
    /// Starts watching `el`, reporting its size into `size` (now and on
    /// every change) until dropped.
    pub fn new(el: &web_sys::Element, size: RwSignal<(f64, f64)>) -> Self {
        let target = el.clone();
        let measure = move || {
            let rect = target.get_bounding_client_rect();
            let next = (rect.width(), rect.height());
            if size.get_untracked() != next {
                size.set(next);
            }
        };
        measure();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| measure());
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref())
            .expect("ResizeObserver");
        observer.observe(el);
        Self {
            observer,
            _callback: callback,
        }
    }
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
