//! Bare URLs become links (HedgeDoc turns markdown-it's linkify on).
//!
//! Found: `http://`, `https://` and `ftp://` URLs, `www.` hosts (linked
//! with `http://`) and e-mail addresses (`mailto:`). Bare file-like names
//! such as `README.md` stay text. The caller only passes text that is not
//! inside code, a link or an HTML tag.

use linkify::{LinkFinder, LinkKind};

use super::typographer::as_written;

/// One link found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundLink {
    /// Byte range in the text.
    pub range: std::ops::Range<usize>,
    /// Where it points.
    pub href: String,
    /// What it shows: the URL as written (see [`as_written`]).
    pub text: String,
}

/// A configured finder; build once per render.
pub(crate) struct Linker {
    finder: LinkFinder,
}

impl Default for Linker {
    fn default() -> Self {
        let mut finder = LinkFinder::new();
        finder.url_must_have_scheme(false);
        Self { finder }
    }
}

impl Linker {
    /// The links in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<FoundLink> {
        // Cheap test first: most text has no link at all.
        if !may_hold_link(text) {
            return Vec::new();
        }
        self.finder
            .links(text)
            .filter_map(|link| {
                // A closing curly quote is the typographer's, not the URL's.
                let s = link.as_str().trim_end_matches(['\u{2019}', '\u{201D}']);
                let range = link.start()..link.start() + s.len();
                let s = as_written(s);
                let href = match link.kind() {
                    LinkKind::Email => format!("mailto:{s}"),
                    LinkKind::Url => url_href(&s)?,
                    _ => return None,
                };
                Some(FoundLink {
                    range,
                    href,
                    text: s,
                })
            })
            .collect()
    }
}

/// True when `text` has a `:` or `@`, or `www.` in any case: without one
/// of these there is nothing to link.
pub(crate) fn may_hold_link(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2(b':', b'@', bytes).is_some()
        || memchr::memchr_iter(b'.', bytes)
            .any(|dot| dot >= 3 && bytes[dot - 3..dot].eq_ignore_ascii_case(b"www"))
}

/// The target of a found URL, if it is one HedgeDoc would link.
fn url_href(s: &str) -> Option<String> {
    match s.find("://") {
        Some(i) => {
            let scheme = s[..i].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "ftp").then(|| s.to_owned())
        }
        None => {
            let www = s.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www."));
            www.then(|| format!("http://{s}"))
        }
    }
}
