//! Where deck text comes from: a URL, a file, pasted text or the bundled deck.
//!
//! The rules (which URL to fetch, what a failure means for the user, which
//! decks to remember) are pure and tested natively; the browser glue that
//! fetches and stores lives in the wasm-only submodules.

pub mod error;
pub mod inline;
pub mod recent;
pub mod url;

#[cfg(target_arch = "wasm32")]
pub mod fetch;

pub use error::LoadError;

/// The deck shown when the page has no `?src=`: the SCS community call.
pub const BUNDLED_DECK: &str = include_str!("../../decks/scs-community-call.md");

/// Name under which the bundled deck appears in the UI and in `?src=`.
pub const BUNDLED_NAME: &str = "scs-community-call.md";

/// Largest deck accepted, in bytes. A 10 MB deck still loads (it parses in
/// well under a second); anything larger is almost certainly not a deck.
pub const MAX_DECK_BYTES: usize = 16 * 1024 * 1024;

/// Where the deck being shown came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The deck compiled into the app.
    Bundled,
    /// Fetched from this URL (as the user gave it, before rewriting).
    Url(String),
    /// A local file, by name.
    File(String),
    /// Text pasted into the open dialog.
    Pasted,
    /// Markdown written inside a `<deck-view>` element.
    Inline,
}

impl Origin {
    /// A short label for the UI.
    pub fn label(&self) -> String {
        match self {
            Origin::Bundled => BUNDLED_NAME.to_string(),
            Origin::Url(u) => u.clone(),
            Origin::File(name) => name.clone(),
            Origin::Pasted => "pasted text".to_string(),
            Origin::Inline => "inline Markdown".to_string(),
        }
    }
}

/// Checks raw bytes from a file or a response and turns them into deck text.
///
/// Refuses what is too large, binary, or not UTF-8 with an error a person
/// can act on. A UTF-8 byte-order mark is dropped.
pub fn decode_deck(bytes: &[u8]) -> Result<String, LoadError> {
    if bytes.len() > MAX_DECK_BYTES {
        return Err(LoadError::TooLarge { bytes: bytes.len() });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // A NUL byte never appears in a Markdown deck but is everywhere in
    // images, PDFs and archives: the cheapest reliable "is this binary?".
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(LoadError::NotText { content_type: None });
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| LoadError::InvalidUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })
}
