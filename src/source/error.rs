//! Why a deck could not be loaded, in words a presenter can act on.

/// A failure to get deck text. Each variant knows how to explain itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The address is not something the viewer will fetch.
    BadUrl {
        /// What the user gave.
        input: String,
        /// Why it was refused.
        reason: String,
    },
    /// The server answered with an error status.
    Http {
        /// The URL fetched.
        url: String,
        /// HTTP status code.
        status: u16,
        /// Status text, if the server sent one.
        status_text: String,
    },
    /// The request never produced a readable response: offline, unknown
    /// host, refused connection, or (most often) a CORS refusal — browsers
    /// report all of these the same way, on purpose.
    Network {
        /// The URL fetched.
        url: String,
        /// True when the URL points at another origin (then CORS is the
        /// likely cause).
        cross_origin: bool,
    },
    /// The browser is offline and has no copy of the deck: it was not
    /// opened by address on this device while online (the service worker
    /// keeps a copy of each deck it fetched).
    Offline {
        /// The URL fetched.
        url: String,
    },
    /// The server took too long.
    Timeout {
        /// The URL fetched.
        url: String,
        /// How long we waited, in seconds.
        seconds: u32,
    },
    /// The response or file is not text (an image, a PDF, an HTML page…).
    NotText {
        /// The Content-Type the server sent, when known.
        content_type: Option<String>,
    },
    /// The response or file is larger than [`super::MAX_DECK_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The text is not valid UTF-8.
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// A `<deck-view>` element names no deck: no `src`, no inline Markdown.
    NoSource,
    /// The text has nothing to make a slide of: it is empty or blank, or
    /// it has front matter and nothing after it.
    Empty {
        /// True when there is front matter (then the slides are missing,
        /// not the whole text).
        front_matter_only: bool,
    },
}

impl LoadError {
    /// A short headline for the error panel.
    pub fn title(&self) -> String {
        match self {
            LoadError::BadUrl { .. } => "This address cannot be opened".into(),
            LoadError::Http { status, .. } => match status {
                404 => "Deck not found (HTTP 404)".into(),
                401 | 403 => format!("Access denied (HTTP {status})"),
                s if *s >= 500 => format!("The server failed (HTTP {status})"),
                _ => format!("The server refused the deck (HTTP {status})"),
            },
            LoadError::Network {
                cross_origin: true, ..
            } => "The deck could not be fetched (network error or CORS refusal)".into(),
            LoadError::Network { .. } => "The deck could not be fetched (network error)".into(),
            LoadError::Offline { .. } => "No network, and this deck was not opened before".into(),
            LoadError::Timeout { .. } => "The server did not answer in time".into(),
            LoadError::NotText { .. } => "This is not a Markdown deck".into(),
            LoadError::TooLarge { .. } => "The deck is too large".into(),
            LoadError::InvalidUtf8 { .. } => "The deck is not UTF-8 text".into(),
            LoadError::NoSource => "This <deck-view> has no deck".into(),
            LoadError::Empty {
                front_matter_only: true,
            } => "The deck has no slides".into(),
            LoadError::Empty { .. } => "The deck is empty".into(),
        }
    }

    /// What happened and what the user can do about it.
    pub fn detail(&self) -> String {
        match self {
            LoadError::BadUrl { input, reason } => format!("“{input}”: {reason}"),
            LoadError::Http {
                url,
                status,
                status_text,
            } => {
                let text = if status_text.is_empty() {
                    String::new()
                } else {
                    format!(" {status_text}")
                };
                let hint = match status {
                    404 => " Check the address; a HedgeDoc note must be published or shared for anyone to read it.",
                    401 | 403 => " The note is private: publish it, or download the .md and drop it here.",
                    _ => " Try again later, or download the .md and drop it here.",
                };
                format!("{url} answered {status}{text}.{hint}")
            }
            LoadError::Network { url, cross_origin } => {
                if *cross_origin {
                    format!(
                        "The browser got no readable answer from {url}. Either the host is unreachable \
                         (its name does not resolve, or it is down or offline), or it does not allow \
                         other websites to read its files (CORS: the server must send \
                         “Access-Control-Allow-Origin”). A HedgeDoc note that is not public behaves like this too. \
                         Publish the note, or download the .md file and drop it here."
                    )
                } else {
                    // A redirect loop fails like an unreachable server: the
                    // browser gives up after 20 redirects and says only
                    // "network error".
                    format!(
                        "The browser got no usable answer from {url}: the server is unreachable, or it \
                         redirects in a loop. Check the address and your connection."
                    )
                }
            }
            LoadError::Offline { url } => format!(
                "This device is offline, and {url} was not opened here while online, so there is no \
                 offline copy of it. Connect to a network, or open a downloaded .md file."
            ),
            LoadError::Timeout { url, seconds } => format!(
                "{url} sent nothing usable within {seconds} s. Try again, or download the .md and drop it here."
            ),
            LoadError::NotText { content_type } => match content_type {
                Some(ct) => format!(
                    "The server sent “{ct}”, not Markdown text. For a HedgeDoc note use its address \
                     (it is rewritten to /download); for GitHub use the file's page or its raw address."
                ),
                None => "The file is binary (an image, PDF or archive?), not Markdown text.".into(),
            },
            LoadError::TooLarge { bytes } => format!(
                "It has {:.1} MB; decks up to {} MB are shown.",
                *bytes as f64 / 1_000_000.0,
                super::MAX_DECK_BYTES / (1024 * 1024)
            ),
            LoadError::InvalidUtf8 { offset } => format!(
                "Byte {offset} is not valid UTF-8. Save the deck as UTF-8 and open it again."
            ),
            LoadError::NoSource => "Give the element a src attribute (<deck-view src=\"deck.md\">) \
                 or write the Markdown inside it in a <script type=\"text/markdown\"> element."
                .into(),
            LoadError::Empty {
                front_matter_only: true,
            } => "It has front matter (the settings between the --- lines) but nothing after it. \
                  Write the slides below the closing --- line."
                .into(),
            LoadError::Empty { .. } => {
                "It has no text (or only blank lines), so there is no slide to show.".into()
            }
        }
    }

    /// True when offering "download the .md and drop it here" helps.
    pub fn suggests_local_file(&self) -> bool {
        matches!(
            self,
            LoadError::Network { .. }
                | LoadError::Offline { .. }
                | LoadError::Http { .. }
                | LoadError::Timeout { .. }
        )
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.title(), self.detail())
    }
}
