//! Turning what a user pastes into the address to fetch.
//!
//! People paste the address they see: a HedgeDoc note in edit, view or slide
//! mode, a GitHub file page. Those serve HTML; the Markdown is elsewhere.

use super::LoadError;

/// The address to fetch for a user's input, and whether it was rewritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// What to pass to `fetch` (absolute, or relative to the page).
    pub fetch_url: String,
    /// The kind of address recognised.
    pub kind: UrlKind,
}

/// What kind of address the input was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlKind {
    /// A HedgeDoc/HackMD/CodiMD note, rewritten to its `/download` address.
    HedgeDocNote,
    /// A GitHub `blob` page, rewritten to raw.githubusercontent.com.
    GitHubBlob,
    /// Anything else, fetched as given.
    Plain,
}

/// Resolves user input to the address to fetch.
///
/// Accepts `http(s)://` addresses and relative paths (fetched from the
/// viewer's own host). Anything with another scheme (`javascript:`,
/// `data:`, `file:`) is refused.
pub fn resolve(input: &str) -> Result<Resolved, LoadError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(bad(input, "the address is empty"));
    }
    if input.chars().any(|c| c.is_control()) {
        return Err(bad(input, "the address contains control characters"));
    }
    match split_scheme(input) {
        Some((scheme, rest)) => {
            let scheme = scheme.to_ascii_lowercase();
            if scheme != "http" && scheme != "https" {
                return Err(bad(
                    input,
                    &format!("only http and https addresses can be opened, not “{scheme}:”"),
                ));
            }
            let Some(rest) = rest.strip_prefix("//") else {
                return Err(bad(input, "the address has no host"));
            };
            Ok(resolve_absolute(&scheme, rest))
        }
        None if input.starts_with("//") => Ok(resolve_absolute("https", &input[2..])),
        None => Ok(Resolved {
            fetch_url: input.to_string(),
            kind: UrlKind::Plain,
        }),
    }
}

fn bad(input: &str, reason: &str) -> LoadError {
    LoadError::BadUrl {
        input: input.chars().take(200).collect(),
        reason: reason.to_string(),
    }
}

/// Splits `scheme:rest` when the input starts with a URL scheme
/// (RFC 3986: a letter, then letters, digits, `+`, `-`, `.`).
fn split_scheme(input: &str) -> Option<(&str, &str)> {
    let colon = input.find(':')?;
    let scheme = &input[..colon];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    let valid = first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    // `localhost:8080/deck.md` is a host and port, not a scheme.
    let looks_like_port = input[colon + 1..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit());
    (valid && !looks_like_port).then(|| (scheme, &input[colon + 1..]))
}

/// `rest` is everything after `scheme://`.
fn resolve_absolute(scheme: &str, rest: &str) -> Resolved {
    let (host, path_and_more) = match rest.find(['/', '?', '#']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let path = path_and_more
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .trim_end_matches('/');
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let host_lc = host.to_ascii_lowercase();

    if host_lc == "github.com" || host_lc == "www.github.com" {
        if let [owner, repo, "blob", reference, file @ ..] = segments.as_slice() {
            if !file.is_empty() {
                return Resolved {
                    fetch_url: format!(
                        "https://raw.githubusercontent.com/{owner}/{repo}/{reference}/{}",
                        file.join("/")
                    ),
                    kind: UrlKind::GitHubBlob,
                };
            }
        }
    }

    if let Some(note_path) = hedgedoc_note_path(&segments) {
        return Resolved {
            fetch_url: format!("{scheme}://{host}/{note_path}/download"),
            kind: UrlKind::HedgeDocNote,
        };
    }

    Resolved {
        fetch_url: format!("{scheme}://{rest}"),
        kind: UrlKind::Plain,
    }
}

/// The note path of a HedgeDoc-style address, if the path looks like one.
///
/// HedgeDoc serves a note at `/<id>`, `/s/<shortid>` (published) and
/// `/p/<id>` (slide mode); HackMD also at `/@user/<slug>`. A path with a
/// file extension is a file, not a note. `/p/<id>/download` does not work
/// (it redirects to HTML), so slide mode maps to `/<id>/download`.
fn hedgedoc_note_path(segments: &[&str]) -> Option<String> {
    let is_note_id = |s: &str| !s.contains('.') && !s.is_empty();
    match segments {
        [id] if is_note_id(id) && !RESERVED.contains(id) => Some((*id).to_string()),
        ["s", id] if is_note_id(id) => Some(format!("s/{id}")),
        ["p", id] if is_note_id(id) => Some((*id).to_string()),
        [user, slug] if user.starts_with('@') && is_note_id(slug) => Some(format!("{user}/{slug}")),
        [id, "download"] if is_note_id(id) => Some((*id).to_string()),
        ["s", id, "download"] if is_note_id(id) => Some(format!("s/{id}")),
        _ => None,
    }
}

/// One-segment paths that are pages of a HedgeDoc instance, not notes.
const RESERVED: &[&str] = &["new", "features", "login", "logout", "explore", "status"];
