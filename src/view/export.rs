//! "Download HTML": the toolbar button, and the chunk that saves the deck on
//! screen as one HTML file that opens from disk, offline. The chunk fetches
//! the build's export kit (`export/` in the app folder), the pieces for
//! the parts the deck uses, fills in the deck (`controllers::export`) and
//! hands the page to the browser as a download.
//!
//! The button and the saving are part of the deck's features
//! (`presentation/features.rs`, a chunk fetched after the first slide): the
//! button goes into the toolbar once that chunk is there, and nothing of it
//! is in the startup module but its strings (a chunk's data stays in the
//! startup module, so they are kept short).

use super::deck_address::relative_to;
use super::state::AppState;
use crate::controllers::export;
use crate::deck::Deck;
use crate::source::embedded::is_saved_deck;
use leptos::portal::Portal;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The button, with the note that says what was saved, in the app's
/// toolbar; not on a saved page (it has no kit to save from), nor where the
/// app shows no toolbar.
#[component]
pub fn ExportButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    if !state.embedding.shows_app_chrome() || is_saved_deck() {
        return None;
    }
    let toolbar = document().query_selector(".dv-toolbar").ok().flatten()?;
    let note = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let click = move |_| {
        let Some(shown) = state.shown.get_untracked() else {
            return;
        };
        busy.set(true);
        let base = state.deck_base_url();
        spawn_local(async move {
            note.set(Some(save(shown.deck, shown.text, base).await));
            busy.set(false);
        });
    };
    Some(view! {
        <Portal mount=toolbar>
            <button
                class="dv-export-button"
                type="button"
                disabled=move || busy.get() || state.shown.with(Option::is_none)
                on:click=click
            >
                "Download HTML"
            </button>
            <span class="dv-export-note" role="status">
                {move || {
                    note.get()
                        .map(|text| {
                            view! {
                                {text}
                                <button
                                    class="dv-export-note-close"
                                    type="button"
                                    aria-label="Close note"
                                    on:click=move |_| note.set(None)
                                ></button>
                            }
                        })
                }}
            </span>
        </Portal>
    })
}

/// Saves the deck (`base`: its address, for relative pictures); returns
/// the note for the presenter.
async fn save(deck: Arc<Deck>, text: Arc<str>, base: Option<String>) -> String {
    let title = deck.display_title();
    let name = export::file_name(&title);
    let (text, inside) = with_pictures(&deck, &text, base.as_deref()).await;
    match saved_page(&deck, &text, &title).await {
        Ok(page) => {
            let size = page.len();
            if let Err(why) = download(&page, &name) {
                return format!("Not saved: {why}");
            }
            let linked: Vec<String> = export::linked_media(&deck)
                .into_iter()
                .filter(|address| !inside.contains(address))
                .collect();
            let plural = if inside.len() == 1 { "" } else { "s" };
            let mut note = format!(
                "Saved {name} ({} KB, {} picture{plural} inside).",
                size.div_ceil(1024),
                inside.len()
            );
            if !linked.is_empty() {
                note.push_str(&format!(" Linked, not inside: {}", linked.join(", ")));
            }
            note
        }
        Err(why) => format!("Not saved: {why}"),
    }
}

/// The largest picture a saved file carries inside, and all of them together.
const MAX_PICTURE: usize = 8 << 20;
const MAX_PICTURES: usize = 32 << 20;

/// `text` with the deck's pictures inside, as `data:` addresses, where
/// their host lets this page read them (CORS) and they are not too large;
/// the others, when relative, made absolute (a file on disk has no deck
/// address to resolve them against). Returns the text and the addresses
/// put inside.
async fn with_pictures(deck: &Deck, text: &str, base: Option<&str>) -> (String, Vec<String>) {
    let mut replacements = Vec::new();
    let mut inside = Vec::new();
    let mut total = 0;
    for address in export::pictures(deck) {
        let absolute = relative_to(&address, base);
        let fetchable = absolute.starts_with("https://") || absolute.starts_with("http://");
        let read = if fetchable {
            picture(&absolute, MAX_PICTURE.min(MAX_PICTURES - total)).await
        } else {
            None
        };
        match read {
            Some((data, size)) => {
                total += size;
                replacements.push((address.clone(), data));
                inside.push(address);
            }
            None if absolute != address => replacements.push((address, absolute)),
            None => {}
        }
    }
    (export::with_addresses(text, &replacements), inside)
}

/// The picture at `url` as a `data:` address and its size, when the page
/// may read it (a CORS answer), it is a picture and at most `limit` bytes.
async fn picture(url: &str, limit: usize) -> Option<(String, usize)> {
    let response = gloo_net::http::Request::get(url).send().await.ok()?;
    let headers = response.headers();
    let content_type = headers.get("content-type")?;
    let kind = export::picture_type(&content_type)?;
    let declared = headers
        .get("content-length")
        .and_then(|n| n.parse::<usize>().ok());
    if !response.ok() || declared.is_some_and(|n| n > limit) {
        return None;
    }
    let bytes = response.binary().await.ok()?;
    (bytes.len() <= limit).then(|| (export::data_address(kind, &bytes), bytes.len()))
}

/// The page for `deck`, from the kit and the parts it uses.
async fn saved_page(deck: &Deck, text: &str, title: &str) -> Result<String, String> {
    let kit = format!("{}export/", app_folder().ok_or("no app folder")?);
    let template = fetch_text(&format!("{kit}page.html")).await?;
    let mut pieces = Vec::new();
    for file in export::parts_used(deck, text).files() {
        pieces.push(fetch_text(&format!("{kit}{file}")).await?);
    }
    export::page(&template, title, &export::deck_block(text), &pieces)
        .ok_or_else(|| "kit of another version, reload the page".into())
}

/// The app folder's address, with a trailing slash: the folder of the glue
/// the page preloads (scripts/build.mjs links it).
fn app_folder() -> Option<String> {
    let link = document()
        .query_selector("link[rel=modulepreload]")
        .ok()??;
    let glue = web_sys::Url::new_with_base(
        &link.get_attribute("href")?,
        &window().location().href().ok()?,
    )
    .ok()?
    .href();
    Some(glue[..=glue.rfind('/')?].to_string())
}

/// A file of the kit, as text.
async fn fetch_text(url: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("{url}: {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

/// Hands `page` to the browser as a download named `name`.
fn download(page: &str, name: &str) -> Result<(), String> {
    let failed = |_| "the browser refused".to_string();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/html;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&page.into()),
        &options,
    )
    .map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let link = document().create_element("a").map_err(failed)?;
    let _ = link.set_attribute("href", &url);
    let _ = link.set_attribute("download", name);
    let _ = document().body().map(|b| b.append_child(&link));
    link.unchecked_ref::<web_sys::HtmlElement>().click();
    link.remove();
    // The download has its copy once the click is handled; the address is
    // given back a while later rather than at once (Firefox reads it late).
    gloo_timers::callback::Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
