//! The whole-page views' entry point: Trunk builds this binary to a second
//! wasm module, which `boot.js` loads instead of the presentation's when the
//! page's query has `speaker=` (the speaker window) or `print-pdf` (the
//! print layout); see `view::start_page_views`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    deckview::view::start_page_views();
}
