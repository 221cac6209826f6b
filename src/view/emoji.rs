//! Emoji shortcodes (`:smile:`) need GitHub's table of names, 12.6 KiB
//! compressed: fetched (`dist/emoji.tsv`) only for a deck that has
//! shortcodes, then kept for the page's life. Such a deck is shown once
//! the table is there, so that its slides never show `:smile:` first and
//! change under the reader; a deck without shortcodes never waits.

use std::cell::RefCell;
use std::sync::Arc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::loaders::load_emoji_table;
use crate::deck::{self, Deck, EmojiTable, Warning};

thread_local! {
    /// The table, once loaded. A failure is not kept: the next deck tries again.
    static TABLE: RefCell<Option<Arc<EmojiTable>>> = const { RefCell::new(None) };
}

/// Parses `text` and hands the deck to `done`: at once when the deck has
/// no shortcodes or the table is already loaded, else once the table has
/// loaded (if it cannot be, the shortcodes stay text and the deck says why
/// in a warning). Returns whether `done` waits for the table.
pub fn parse_then(text: Arc<str>, done: impl FnOnce(Deck) + 'static) -> bool {
    let at_hand = match TABLE.with(|t| t.borrow().clone()) {
        Some(table) => deck::parse_shared_with_emoji(&text, &table),
        None => deck::parse_shared(&text),
    };
    if !at_hand.wants_emoji {
        done(at_hand);
        return false;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let parsed = match table().await {
            Ok(table) => deck::parse_shared_with_emoji(&text, &table),
            Err(why) => {
                let mut parsed = at_hand;
                parsed.warnings.push(Warning {
                    line: None,
                    column: None,
                    message: format!(
                        "the emoji table could not be loaded ({why}): shortcodes such as :smile: stay text"
                    ),
                });
                parsed
            }
        };
        done(parsed);
    });
    true
}

/// The table, loading it the first time.
async fn table() -> Result<Arc<EmojiTable>, String> {
    if let Some(table) = TABLE.with(|t| t.borrow().clone()) {
        return Ok(table);
    }
    let table = load_table().await?;
    TABLE.with(|t| *t.borrow_mut() = Some(table.clone()));
    Ok(table)
}

/// Fetches and reads the table: a chunk of the wasm of its own, fetched
/// only for decks with shortcodes.
#[cfg_attr(feature = "split", leptos::lazy)]
async fn load_table() -> Result<Arc<EmojiTable>, String> {
    let text = JsFuture::from(load_emoji_table())
        .await
        .map_err(|e| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "network error".into())
        })?
        .as_string()
        .ok_or("not text")?;
    let table = EmojiTable::read(&text);
    if table.is_empty() {
        return Err("the file has no emoji".into());
    }
    Ok(Arc::new(table))
}
