//! The viewer: Leptos components, the sanitiser, deck CSS scoping.
//!
//! Only [`css_scope`], [`embedding`], [`page_query`] and [`skeleton`] are pure (and tested
//! natively); everything else talks to the browser and is compiled for wasm
//! only.

pub mod css_scope;
pub mod embedding;
pub mod page_query;
pub mod skeleton;

#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod backgrounds;
#[cfg(target_arch = "wasm32")]
mod bench;
#[cfg(target_arch = "wasm32")]
mod controls;
#[cfg(target_arch = "wasm32")]
mod deck_address;
#[cfg(target_arch = "wasm32")]
pub mod deck_css;
#[cfg(target_arch = "wasm32")]
mod diagrams;
#[cfg(target_arch = "wasm32")]
pub mod element;
#[cfg(target_arch = "wasm32")]
mod element_api;
#[cfg(target_arch = "wasm32")]
mod emoji;
#[cfg(target_arch = "wasm32")]
mod error_panel;
#[cfg(target_arch = "wasm32")]
pub(crate) mod export;
#[cfg(target_arch = "wasm32")]
mod first_use;
#[cfg(target_arch = "wasm32")]
pub(crate) mod highlight;
#[cfg(target_arch = "wasm32")]
pub mod host;
#[cfg(target_arch = "wasm32")]
mod live;
#[cfg(target_arch = "wasm32")]
mod loaders;
#[cfg(target_arch = "wasm32")]
pub(crate) mod math;
#[cfg(target_arch = "wasm32")]
mod modal;
#[cfg(target_arch = "wasm32")]
mod nav;
#[cfg(target_arch = "wasm32")]
mod on_demand;
#[cfg(target_arch = "wasm32")]
mod open_dialog;
#[cfg(target_arch = "wasm32")]
mod overview;
#[cfg(target_arch = "wasm32")]
mod page_address;
#[cfg(target_arch = "wasm32")]
mod panic;
#[cfg(target_arch = "wasm32")]
mod post_message;
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
pub mod speaker;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
mod theme_sheet;
#[cfg(target_arch = "wasm32")]
mod warnings;

/// Starts the viewer: installs the panic panel and, on deckview's own page
/// (the one with the `#dv-boot` placeholder), mounts the app: the
/// presentation, or a whole-page view ([`mount_page_view`]) when the query
/// asks for one. On a page that only loads `deck-view.js`, each
/// `<deck-view>` mounts its own deck through [`element::mount_deck_view`].
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic::install();
    let document = leptos::prelude::document();
    let Some(boot) = document.get_element_by_id("dv-boot") else {
        return;
    };
    if page_query::page_query().is_page_view() {
        wasm_bindgen_futures::spawn_local(async move {
            mount_page_view().await;
            boot.remove();
        });
        return;
    }
    boot.remove();
    // A page saved by "Download HTML" carries its deck: nothing to fetch.
    if document
        .get_element_by_id(crate::source::embedded::BLOCK_ID)
        .is_some()
    {
        mount_saved_deck();
        return;
    }
    let mount = || {
        leptos::mount::mount_to_body(|| {
            host::provide_host(host::Host::page());
            leptos::view! { <app::App /> }
        });
    };
    match page_query::page_query().prefetch_src() {
        // The deck request goes out first (on its task's first poll), the
        // UI mounts while it is on the wire: both tasks run in this order.
        Some(src) => {
            crate::source::prefetch::start(src, bench::fetch_started());
            wasm_bindgen_futures::spawn_local(async move { mount() });
        }
        None => mount(),
    }
}

/// Mounts a whole-page view. A chunk of its own, loaded only for these
/// views: together they are a fifth of the app's code, and most
/// presentations never open them.
#[cfg(target_arch = "wasm32")]
#[cfg_attr(feature = "split", leptos::lazy)]
async fn mount_page_view() {
    if page_query::page_query().speaker.is_some() {
        leptos::mount::mount_to_body(|| leptos::view! { <speaker::SpeakerPage /> });
    } else {
        leptos::mount::mount_to_body(|| {
            host::provide_host(saved_or_page_host());
            leptos::view! { <app::App body=print::PRINT_BODY /> }
        });
    }
}

/// Mounts the app on a page saved by "Download HTML", showing the deck the
/// page carries. (Not a chunk of its own: a split point costs the startup
/// module more than these few lines.)
#[cfg(target_arch = "wasm32")]
fn mount_saved_deck() {
    leptos::mount::mount_to_body(|| {
        host::provide_host(saved_or_page_host());
        leptos::view! { <app::App /> }
    });
}

/// The page's host, with the deck a saved page carries as its source
/// (shown as inline Markdown: relative addresses resolve next to the file).
#[cfg(target_arch = "wasm32")]
fn saved_or_page_host() -> host::Host {
    host::Host {
        source: crate::source::embedded::saved_deck_text().map(host::ElementSource::Inline),
        ..host::Host::page()
    }
}
