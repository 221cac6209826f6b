//! Where deck text comes from: a URL, a file, pasted text, the bundled deck,
//! or the text a deck saved as one HTML file carries.
//!
//! The rules (which URL to fetch, what a failure means for the user, which
//! decks to remember) are pure and tested natively; the browser glue that
//! fetches and stores lives in the wasm-only submodules.

pub mod error;
pub mod inline;
pub mod recent;
pub mod url;
pub mod watch;

#[cfg(target_arch = "wasm32")]
pub mod embedded;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod prefetch;

pub use error::LoadError;

/// The deck shown when the page has no `?src=`, the SCS community call: a
/// file of the build beside `index.html` (`decks/` in the repository),
/// fetched like any `?src=`. It is a deck, not the viewer: kept out of the
/// wasm, it costs nothing to pages that show another deck.
pub const BUNDLED_NAME: &str = "scs-community-call.md";

/// Largest deck accepted, in bytes. A 10 MB deck still loads (it parses in
/// well under a second); anything larger is almost certainly not a deck.
pub const MAX_DECK_BYTES: usize = 16 * 1024 * 1024;

/// Where the deck being shown came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The deck that comes with the app ([`BUNDLED_NAME`]).
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
/// Refuses what is too large, binary, not UTF-8, or has no slides (see
/// [`check_deck_text`]) with an error a person can act on. A UTF-8
/// byte-order mark is dropped.
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
    let text = String::from_utf8(bytes.to_vec()).map_err(|e| LoadError::InvalidUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })?;
    check_deck_text(&text)?;
    Ok(text)
}

/// Refuses deck text that is too large or has nothing to make slides of
/// (empty, blank lines only, or front matter only): shown, it would replace
/// the deck on screen with a blank one. For text that did not come through
/// [`decode_deck`], such as pasted text.
pub fn check_deck_text(text: &str) -> Result<(), LoadError> {
    if text.len() > MAX_DECK_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    if !crate::deck::has_slide_text(text) {
        return Err(LoadError::Empty {
            front_matter_only: !text.trim().is_empty(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{check_deck_text, decode_deck, LoadError, MAX_DECK_BYTES};

    #[test]
    fn an_empty_file_is_refused_as_empty() {
        assert_eq!(
            decode_deck(b""),
            Err(LoadError::Empty {
                front_matter_only: false
            })
        );
    }

    #[test]
    fn blank_lines_and_a_byte_order_mark_alone_are_refused_as_empty() {
        assert_eq!(
            decode_deck(b"\xEF\xBB\xBF\n  \r\n\t\n"),
            Err(LoadError::Empty {
                front_matter_only: false
            })
        );
    }

    #[test]
    fn front_matter_without_slides_is_refused_naming_the_front_matter() {
        let e = decode_deck(b"---\ntitle: Only settings\n---\n\n").unwrap_err();
        assert_eq!(
            e,
            LoadError::Empty {
                front_matter_only: true
            }
        );
        assert!(e.detail().contains("front matter"), "{}", e.detail());
    }

    #[test]
    fn front_matter_with_one_line_after_it_is_a_deck() {
        let text = "---\ntitle: t\n---\nHello\n";
        assert_eq!(decode_deck(text.as_bytes()).as_deref(), Ok(text));
    }

    #[test]
    fn unclosed_front_matter_is_deck_text_not_emptiness() {
        assert!(decode_deck(b"---\ntitle: t\n").is_ok());
    }

    #[test]
    fn pasted_text_over_the_limit_is_refused_as_too_large() {
        let text = "a".repeat(MAX_DECK_BYTES + 1);
        assert_eq!(
            check_deck_text(&text),
            Err(LoadError::TooLarge {
                bytes: MAX_DECK_BYTES + 1
            })
        );
    }

    #[test]
    fn pasted_front_matter_alone_is_refused_as_empty() {
        assert_eq!(
            check_deck_text("---\ntheme: white\n---\n"),
            Err(LoadError::Empty {
                front_matter_only: true
            })
        );
    }
}
