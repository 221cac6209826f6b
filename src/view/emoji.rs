//! Emoji shortcodes (`:smile:`) need GitHub's table of names, 12.6 KiB
//! compressed: fetched (`dist/emoji.tsv`) only for a deck that has
//! shortcodes, then kept for the page's life. Such a deck is shown once
//! the table is there, so that its slides never show `:smile:` first and
//! change under the reader; a deck without shortcodes never waits.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::on_demand::load_emoji_table;
use crate::deck::{self, Deck, EmojiTable, Warning};

thread_local! {
    /// The table, once loaded. A failure is not kept: the next deck tries again.
    static TABLE: RefCell<Option<Rc<EmojiTable>>> = const { RefCell::new(None) };
}

/// Parses `text` with the emoji table if it is already loaded; otherwise
/// a deck with shortcodes comes back with [`Deck::wants_emoji`] set, to
/// be parsed again by [`parse_with_table`].
pub fn parse_at_hand(text: &str) -> Deck {
    match TABLE.with(|t| t.borrow().clone()) {
        Some(table) => deck::parse_with_emoji(text, &table),
        None => deck::parse(text),
    }
}

/// Loads the emoji table and parses `text` with it. If the table cannot
/// be loaded, the shortcodes stay text and the deck says why in a warning.
pub async fn parse_with_table(text: &str) -> Deck {
    match table().await {
        Ok(table) => deck::parse_with_emoji(text, &table),
        Err(why) => {
            let mut parsed = deck::parse(text);
            parsed.warnings.push(Warning {
                line: None,
                column: None,
                message: format!(
                    "the emoji table could not be loaded ({why}): shortcodes such as :smile: stay text"
                ),
            });
            parsed
        }
    }
}

/// The table, loading it the first time.
async fn table() -> Result<Rc<EmojiTable>, String> {
    if let Some(table) = TABLE.with(|t| t.borrow().clone()) {
        return Ok(table);
    }
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
    let table = Rc::new(table);
    TABLE.with(|t| *t.borrow_mut() = Some(table.clone()));
    Ok(table)
}
