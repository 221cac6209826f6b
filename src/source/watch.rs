//! The rules for watching a deck for changes: how often to ask its server
//! again, how to back off when it fails, which conditional-request headers
//! make an unchanged deck cost a 304, and when a local file counts as
//! changed. The browser side is `view::live`.

/// How often a deck on this machine or on the viewer's own server is asked
/// for again, in milliseconds.
pub const NEAR_MS: u32 = 1_000;

/// How often a deck on any other server is asked for again, in
/// milliseconds: a shared HedgeDoc is not to be hammered.
pub const FAR_MS: u32 = 5_000;

/// The longest wait between two tries of a server that keeps failing.
pub const MAX_BACK_OFF_MS: u32 = 60_000;

/// How often a watched local file's modification time is read again, in
/// milliseconds: a save is on screen within this plus the parse.
pub const FILE_MS: u32 = 300;

/// How long to wait before asking for the deck again, after `failures`
/// failed tries in a row: the base interval, doubled for each failure,
/// never more than [`MAX_BACK_OFF_MS`].
pub fn poll_delay_ms(near: bool, failures: u32) -> u32 {
    let base = if near { NEAR_MS } else { FAR_MS };
    base.saturating_mul(2u32.saturating_pow(failures))
        .min(MAX_BACK_OFF_MS.max(base))
}

/// Whether the deck at `target` (an absolute address) is near: on the
/// viewer's own origin `page_origin`, or on this machine (`localhost`,
/// `127.x.x.x`, `[::1]`), where asking every second costs nothing.
pub fn is_near(target: &str, page_origin: &str) -> bool {
    if origin_of(target).is_some_and(|o| o.eq_ignore_ascii_case(page_origin)) {
        return true;
    }
    host_of(target).is_some_and(|h| {
        let h = h.to_ascii_lowercase();
        h == "localhost" || h.ends_with(".localhost") || h == "[::1]" || is_loopback_v4(&h)
    })
}

/// `127.x.x.x`, written as four numbers.
fn is_loopback_v4(host: &str) -> bool {
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() == 4
        && parts[0] == "127"
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// `scheme://host[:port]` of an absolute address.
fn origin_of(target: &str) -> Option<&str> {
    let rest_at = target.find("://")? + 3;
    let end = target[rest_at..]
        .find(['/', '?', '#'])
        .map_or(target.len(), |i| rest_at + i);
    Some(&target[..end])
}

/// The host of an absolute address, without user or port.
fn host_of(target: &str) -> Option<&str> {
    let origin = origin_of(target)?;
    let authority = &origin[origin.find("://")? + 3..];
    let host_port = authority.rsplit('@').next().unwrap_or(authority);
    if host_port.starts_with('[') {
        return host_port.find(']').map(|i| &host_port[..=i]);
    }
    Some(host_port.split(':').next().unwrap_or(host_port))
}

/// What a server said identifies the version of a deck it sent: its
/// `ETag` and `Last-Modified` headers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// `ETag`, as sent.
    pub etag: Option<String>,
    /// `Last-Modified`, as sent.
    pub last_modified: Option<String>,
}

impl Validators {
    /// The headers that ask the server to answer 304 Not Modified when the
    /// deck is still this version. None for a deck on another origin: such
    /// headers would make the browser ask the server's permission first (a
    /// CORS preflight), which HedgeDoc and most static hosts do not give;
    /// there the browser's own cache asks instead (the request is made
    /// with `cache: no-cache`).
    pub fn request_headers(&self, same_origin: bool) -> Vec<(&'static str, String)> {
        if !same_origin {
            return Vec::new();
        }
        let mut headers = Vec::new();
        if let Some(etag) = &self.etag {
            headers.push(("If-None-Match", etag.clone()));
        }
        if let Some(date) = &self.last_modified {
            headers.push(("If-Modified-Since", date.clone()));
        }
        headers
    }
}

/// Whether a watched local file changed since it was last read: its
/// modification time (milliseconds since the epoch) or its size differ.
pub fn file_changed(read: (f64, f64), now: (f64, f64)) -> bool {
    read != now
}
