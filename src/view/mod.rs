//! The viewer: Leptos components, the sanitiser, deck CSS scoping.
//!
//! Only [`css_scope`] is pure (and tested natively); everything else talks to
//! the browser and is compiled for wasm only.

pub mod css_scope;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod bench;
#[cfg(target_arch = "wasm32")]
mod controls;
#[cfg(target_arch = "wasm32")]
pub mod deck_css;
#[cfg(target_arch = "wasm32")]
mod error_panel;
#[cfg(target_arch = "wasm32")]
mod open_dialog;
#[cfg(target_arch = "wasm32")]
mod overview;
#[cfg(target_arch = "wasm32")]
mod panic;
#[cfg(target_arch = "wasm32")]
mod presentation;
#[cfg(target_arch = "wasm32")]
mod presenter;
#[cfg(target_arch = "wasm32")]
mod print;
#[cfg(target_arch = "wasm32")]
mod resize;
#[cfg(target_arch = "wasm32")]
pub mod sanitize;
#[cfg(target_arch = "wasm32")]
mod slides;
#[cfg(target_arch = "wasm32")]
mod speaker;
#[cfg(target_arch = "wasm32")]
mod warnings;

/// Starts the viewer: installs the panic panel and mounts the app.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic::install();
    if let Some(boot) = leptos::prelude::document().get_element_by_id("dv-boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
