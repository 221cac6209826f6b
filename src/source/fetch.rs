//! Fetching deck text over HTTP in the browser.

use super::{decode_deck, url, LoadError, MAX_DECK_BYTES};
use std::cell::Cell;
use std::rc::Rc;

/// How long a server may take before we give up.
pub const TIMEOUT_SECONDS: u32 = 20;

/// A time limit for one fetch: aborts it when the time is up, reading the
/// body included, and tells that abort from the others. Dropping it
/// cancels the timer.
pub struct Deadline {
    controller: Option<web_sys::AbortController>,
    passed: Rc<Cell<bool>>,
    _timer: Option<gloo_timers::callback::Timeout>,
}

impl Deadline {
    /// Starts the clock.
    pub fn start(seconds: u32) -> Self {
        let controller = web_sys::AbortController::new().ok();
        let passed = Rc::new(Cell::new(false));
        let _timer = controller.clone().map(|c| {
            let flag = passed.clone();
            gloo_timers::callback::Timeout::new(seconds * 1000, move || {
                flag.set(true);
                c.abort();
            })
        });
        Self {
            controller,
            passed,
            _timer,
        }
    }

    /// The signal to give the request.
    pub fn signal(&self) -> Option<web_sys::AbortSignal> {
        self.controller.as_ref().map(|c| c.signal())
    }

    /// Whether the time ran out (and the fetch was aborted for it).
    pub fn passed(&self) -> bool {
        self.passed.get()
    }
}

/// Fetches the deck at what the user typed or passed as `?src=`.
pub async fn fetch_deck(input: &str) -> Result<String, LoadError> {
    let resolved = url::resolve(input)?;
    let target = resolved.fetch_url;
    let cross_origin = is_cross_origin(&target);

    let deadline = Deadline::start(TIMEOUT_SECONDS);
    let request = gloo_net::http::Request::get(&target).abort_signal(deadline.signal().as_ref());
    // Browsers report a timeout abort, an unreachable host and a CORS
    // refusal alike; only our own timer tells the first apart, and the
    // browser's online flag an offline device (the service worker, when
    // it has a copy, answers with it instead of failing).
    let failed = || {
        if deadline.passed() {
            LoadError::Timeout {
                url: target.clone(),
                seconds: TIMEOUT_SECONDS,
            }
        } else if !is_online() {
            LoadError::Offline {
                url: target.clone(),
            }
        } else {
            LoadError::Network {
                url: target.clone(),
                cross_origin,
            }
        }
    };
    let response = request.send().await.map_err(|_| failed())?;
    deck_text(&response, &target, failed).await
}

/// The deck text of `response` from `url`, checked: an HTTP error, a
/// type that is not text, a size over the limit, bytes that are not a deck
/// and an HTML page (a login or error page served as 200) are refused.
async fn deck_text(
    response: &gloo_net::http::Response,
    url: &str,
    failed: impl Fn() -> LoadError,
) -> Result<String, LoadError> {
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_string(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let content_type = response.headers().get("content-type");
    if let Some(ct) = &content_type {
        if !is_textual(ct) {
            return Err(LoadError::NotText {
                content_type: Some(ct.clone()),
            });
        }
    }
    if let Some(len) = response
        .headers()
        .get("content-length")
        .and_then(|l| l.parse::<usize>().ok())
    {
        if len > MAX_DECK_BYTES {
            return Err(LoadError::TooLarge { bytes: len });
        }
    }
    let bytes = response.binary().await.map_err(|_| failed())?;
    let text = decode_deck(&bytes)?;
    if looks_like_html_page(&text) {
        return Err(LoadError::NotText {
            content_type: Some(content_type.unwrap_or_else(|| "text/html".into())),
        });
    }
    Ok(text)
}

/// Markdown is served as text/markdown, text/plain, text/x-markdown or,
/// by careless hosts, application/octet-stream; never as HTML or media.
fn is_textual(content_type: &str) -> bool {
    let ct = content_type.to_ascii_lowercase();
    let refused = [
        "text/html",
        "image/",
        "video/",
        "audio/",
        "font/",
        "application/pdf",
        "application/zip",
    ];
    !refused.iter().any(|r| ct.starts_with(r))
}

/// A login page or an HTML note view fetched by mistake.
fn looks_like_html_page(text: &str) -> bool {
    let head = text
        .trim_start()
        .get(..15)
        .unwrap_or("")
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// False only when the browser knows it has no network.
fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

fn is_cross_origin(target: &str) -> bool {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return true;
    };
    let (Ok(href), Ok(origin)) = (location.href(), location.origin()) else {
        return true;
    };
    web_sys::Url::new_with_base(target, &href)
        .map(|u| u.origin() != origin)
        .unwrap_or(true)
}

/// Reads a file the user picked or dropped.
pub async fn read_file(file: &web_sys::File) -> Result<String, LoadError> {
    if file.size() > MAX_DECK_BYTES as f64 {
        return Err(LoadError::TooLarge {
            bytes: file.size() as usize,
        });
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| LoadError::NotText { content_type: None })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    decode_deck(&bytes)
}

/// What asking a watched deck's server again gave.
pub enum Polled {
    /// The server says the deck is the version already in hand (304).
    Unchanged,
    /// The deck's text as the server sends it now, with what identifies
    /// that version.
    Text(String, super::watch::Validators),
}

/// Asks for the deck at `target` (an absolute address, already resolved)
/// again, conditionally where `validators` and the origin allow it (see
/// [`super::watch::Validators::request_headers`]); checked as
/// [`fetch_deck`] checks a deck, with a shorter time limit.
pub async fn poll_deck(
    target: &str,
    validators: &super::watch::Validators,
    same_origin: bool,
) -> Result<Polled, LoadError> {
    let deadline = Deadline::start(TIMEOUT_SECONDS / 2);
    let mut request = gloo_net::http::Request::get(target)
        .cache(web_sys::RequestCache::NoCache)
        .abort_signal(deadline.signal().as_ref());
    for (name, value) in validators.request_headers(same_origin) {
        request = request.header(name, &value);
    }
    let failed = || LoadError::Network {
        url: target.to_string(),
        cross_origin: !same_origin,
    };
    let response = request.send().await.map_err(|_| failed())?;
    if response.status() == 304 {
        return Ok(Polled::Unchanged);
    }
    let headers = response.headers();
    let now = super::watch::Validators {
        etag: headers.get("etag"),
        last_modified: headers.get("last-modified"),
    };
    let text = deck_text(&response, target, failed).await?;
    Ok(Polled::Text(text, now))
}

/// The modification time and size of a watched file (see
/// [`super::watch::file_changed`]).
pub fn file_stamp(file: &web_sys::File) -> (f64, f64) {
    (file.last_modified(), file.size())
}
