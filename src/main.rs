//! The viewer's entry point: scripts/build.mjs builds this binary to wasm.

fn main() {
    #[cfg(target_arch = "wasm32")]
    deckview::view::start();
}
