//! Addresses a deck's own markup and options name (pictures, the parallax
//! image): resolved against the deck's address, as its author saw them, and
//! escaped for CSS.

/// Escapes a URL for use inside `url("…")`.
pub fn css_url(url: &str) -> String {
    url.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace(['\n', '\r'], "")
}

/// `url` resolved against `base` (the deck's address), or as given when
/// there is no base or it does not parse.
pub fn relative_to(url: &str, base: Option<&str>) -> String {
    base.and_then(|b| web_sys::Url::new_with_base(url, b).ok())
        .map_or_else(|| url.to_string(), |u| u.href())
}
