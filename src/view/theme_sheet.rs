//! `slideOptions.theme` as a stylesheet address: fetched, read by the
//! browser's CSS parser and scoped to the deck exactly like the deck's own
//! `<style>` (see `deck_css`): `@import` dropped, `url()` only to pictures,
//! nothing outside the deck restyled. Remote fonts stay blocked by the
//! page's CSP (`font-src 'self'`), so such a theme falls back to its next
//! font family. While it loads, the deck shows on black, the theme under it;
//! a server that has not answered within the deck timeout (20 s) gets a
//! warning instead.

use super::state::AppState;
use crate::deck::Warning;
use crate::source::fetch::{Deadline, TIMEOUT_SECONDS};
use leptos::prelude::*;

/// The largest theme stylesheet read (reveal.js's themes are ~10 KB).
const MAX_THEME_BYTES: usize = 1024 * 1024;

/// A `<style>` that fills with the theme stylesheet at `address` (resolved
/// against the deck's own address, else the page's); a failure becomes a
/// deck warning.
#[component]
pub fn ThemeSheet(address: String, base_url: Option<String>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let css = RwSignal::new(String::new());
    let generation = app
        .shown
        .with_untracked(|s| s.as_ref().map_or(0, |s| s.generation));
    leptos::task::spawn_local(fill_theme_sheet(address, base_url, css, app, generation));
    view! { <style data-theme-url="">{move || css.get()}</style> }
}

/// Fetches the stylesheet and puts it, scoped, into `css`, or warns of
/// the deck shown as `generation` why not: a chunk of the wasm of its own,
/// fetched only for decks whose theme is an address.
#[cfg_attr(feature = "split", leptos::lazy)]
async fn fill_theme_sheet(
    address: String,
    base_url: Option<String>,
    css: RwSignal<String>,
    app: AppState,
    generation: u32,
) {
    match load_theme_sheet(&address, base_url).await {
        Ok(text) => css.set(super::deck_css::scope_css(&text)),
        Err(why) => app.late_warnings.update(|w| {
            w.push((
                generation,
                Warning {
                    line: None,
                    column: None,
                    message: format!(
                        "theme stylesheet {address} could not be loaded ({why}); showing `black`"
                    ),
                },
            ))
        }),
    }
}

/// Fetches the stylesheet's text, or says why not.
async fn load_theme_sheet(address: &str, base: Option<String>) -> Result<String, String> {
    let base = base
        .or_else(|| web_sys::window()?.location().href().ok())
        .unwrap_or_default();
    let url = web_sys::Url::new_with_base(address, &base)
        .map_err(|_| "not a valid address".to_string())?
        .href();
    let deadline = Deadline::start(TIMEOUT_SECONDS);
    let failed = || {
        if deadline.passed() {
            format!("no answer within {TIMEOUT_SECONDS} s")
        } else {
            "network error or refused by its server's CORS policy".to_string()
        }
    };
    let response = gloo_net::http::Request::get(&url)
        .abort_signal(deadline.signal().as_ref())
        .send()
        .await
        .map_err(|_| failed())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().await.map_err(|_| {
        if deadline.passed() {
            failed()
        } else {
            "unreadable response".to_string()
        }
    })?;
    if text.len() > MAX_THEME_BYTES {
        return Err(format!("larger than {} KB", MAX_THEME_BYTES / 1024));
    }
    Ok(text)
}
