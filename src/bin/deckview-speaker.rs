//! The speaker window's entry point: Trunk builds this binary to a second
//! wasm module, which `boot.js` loads instead of the presentation's when the
//! page's query has `speaker=` (see `view::start_speaker`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    deckview::view::start_speaker();
}
