//! Where the viewer runs, and what each place lets it touch outside the
//! deck. Pure rules, tested natively; `host` holds the browser side.
//!
//! - **Page**: deckview's own `index.html`. Toolbar, open dialog, drops,
//!   the address bar (`?src=`, `#/h/v`, history), the tab title, recent decks.
//! - **Frame**: `index.html?embed` inside someone's `<iframe>`. The deck and
//!   its own controls only; the hash still follows the slide (a reload
//!   keeps it) but never adds history entries, which would hijack the host
//!   page's Back button; nothing is stored in the visitor's local storage.
//! - **Element**: a `<deck-view>` custom element in a shadow root on the
//!   host page. The host page's address, title, history and storage belong
//!   to the host: the deck touches none of them, and its keys are the ones
//!   typed while it has focus.

/// Where the viewer runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Embedding {
    /// deckview's own page.
    Page,
    /// `index.html?embed` in an iframe.
    Frame,
    /// A `<deck-view>` element on a host page.
    Element,
}

impl Embedding {
    /// The name written into the app root's `data-embedding` (for CSS).
    pub fn name(self) -> &'static str {
        match self {
            Embedding::Page => "page",
            Embedding::Frame => "frame",
            Embedding::Element => "element",
        }
    }

    /// The toolbar's Open button, warnings badge and the open dialog.
    pub fn shows_app_chrome(self) -> bool {
        self == Embedding::Page
    }

    /// Reads and writes the slide in the address (`#/h/v`).
    pub fn follows_address(self) -> bool {
        self != Embedding::Element
    }

    /// May add a history entry per slide (the deck's `history` option).
    pub fn may_push_history(self) -> bool {
        self == Embedding::Page
    }

    /// Puts `?src=` of an opened deck into the address bar.
    pub fn owns_query(self) -> bool {
        self == Embedding::Page
    }

    /// Sets the document title to the deck's title.
    pub fn sets_title(self) -> bool {
        self != Embedding::Element
    }

    /// Remembers opened decks in local storage.
    pub fn remembers_decks(self) -> bool {
        self == Embedding::Page
    }

    /// Opens a deck dropped on the window.
    pub fn accepts_drops(self) -> bool {
        self == Embedding::Page
    }

    /// Honours `?print-pdf` (a whole-page view).
    pub fn allows_page_views(self) -> bool {
        self == Embedding::Page
    }

    /// Can open the speaker view (S): it is a window of deckview's own page,
    /// which an element on another site's page does not have.
    pub fn allows_speaker_view(self) -> bool {
        self != Embedding::Element
    }

    /// Listens for the postMessage API: frames and pages (as reveal.js
    /// does); elements are driven through their own JS methods, since
    /// messages to a page cannot say which of its decks they mean.
    pub fn listens_for_messages(self) -> bool {
        self != Embedding::Element
    }
}

/// Attributes of `<deck-view>` that are the element's own, not options.
const ELEMENT_ATTRIBUTES: &[&str] = &["src", "start"];

/// The option a `<deck-view>` attribute sets, if any. HTML lowercases
/// attribute names, so `slideNumber` arrives as `slidenumber`; the
/// kebab-case spelling `slide-number` is accepted too.
pub fn option_for_attribute(name: &str) -> Option<&'static str> {
    if ELEMENT_ATTRIBUTES.contains(&name) {
        return None;
    }
    let folded: String = name
        .chars()
        .filter(|c| *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    crate::deck::options::KNOWN_KEYS
        .iter()
        .find(|k| k.to_ascii_lowercase() == folded)
        .copied()
}

/// The option overrides an element's attributes make, in their order,
/// as `(option key, value)` pairs for `deck::apply_query`. A bare
/// attribute (`controls`) means `true`, as HTML boolean attributes do.
pub fn overrides_from_attributes(attributes: &[(String, String)]) -> Vec<(String, String)> {
    attributes
        .iter()
        .filter_map(|(name, value)| {
            let key = option_for_attribute(name)?;
            let value = if value.is_empty() { "true" } else { value };
            Some((key.to_string(), value.to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_page_shows_the_open_button_and_remembers_decks() {
        assert!(Embedding::Page.shows_app_chrome());
        assert!(Embedding::Page.remembers_decks());
        for e in [Embedding::Frame, Embedding::Element] {
            assert!(!e.shows_app_chrome());
            assert!(!e.remembers_decks());
            assert!(!e.accepts_drops());
            assert!(!e.owns_query());
        }
    }

    #[test]
    fn a_frame_follows_the_hash_but_never_pushes_history() {
        assert!(Embedding::Frame.follows_address());
        assert!(!Embedding::Frame.may_push_history());
    }

    #[test]
    fn lowercased_and_kebab_case_attributes_name_camel_case_options() {
        assert_eq!(option_for_attribute("slidenumber"), Some("slideNumber"));
        assert_eq!(option_for_attribute("slide-number"), Some("slideNumber"));
        assert_eq!(option_for_attribute("theme"), Some("theme"));
    }

    #[test]
    fn src_start_and_html_attributes_are_not_options() {
        for name in [
            "src",
            "start",
            "class",
            "style",
            "id",
            "tabindex",
            "aria-label",
        ] {
            assert_eq!(option_for_attribute(name), None, "{name}");
        }
    }

    #[test]
    fn a_bare_boolean_attribute_means_true() {
        let attrs = vec![
            ("controls".to_string(), String::new()),
            ("transition".to_string(), "fade".to_string()),
            ("class".to_string(), "big".to_string()),
        ];
        assert_eq!(
            overrides_from_attributes(&attrs),
            vec![
                ("controls".to_string(), "true".to_string()),
                ("transition".to_string(), "fade".to_string()),
            ]
        );
    }

    #[test]
    fn an_element_leaves_the_host_pages_address_and_title_alone() {
        assert!(!Embedding::Element.follows_address());
        assert!(!Embedding::Element.sets_title());
        assert!(!Embedding::Element.allows_speaker_view());
        assert!(!Embedding::Element.listens_for_messages());
    }
}
