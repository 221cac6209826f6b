//! HedgeDoc's embed shortcodes: `{%youtube ID %}`, `{%vimeo ID %}`,
//! `{%gist user/id %}`, `{%slideshare user/name %}`,
//! `{%speakerdeck user/name %}` and `{%pdf URL %}`.
//!
//! The ids follow HedgeDoc 1.x's patterns (an 11-character YouTube id,
//! a 6–11 digit Vimeo id, `user/name` for the rest; a gist user may also
//! have a `-`, as GitHub names do); anything else stays text.
//!
//! Privacy first: videos are iframes of the players' no-tracking variants
//! (`www.youtube-nocookie.com`, Vimeo with `dnt=1`), which the sanitiser
//! allows (and sandboxes) and the page's CSP lets load. A gist, slides on
//! SlideShare or Speaker Deck, and a PDF are links that open in a new tab
//! (the sanitiser adds `rel="noopener noreferrer"`):
//! HedgeDoc fetches their embeds from those sites (and runs their scripts)
//! as soon as the slide renders, a deck viewer should not.

use std::ops::Range;

use pulldown_cmark_escape::{escape_href, escape_html};

/// A shortcode found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Embed {
    /// Where it was in the text.
    pub range: Range<usize>,
    /// What replaces it.
    pub html: String,
}

/// Cheap test first: every shortcode starts with `{%`.
pub(crate) fn may_hold_embed(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), b"{%").is_some()
}

/// All shortcodes in `text`, in order.
pub(crate) fn find_embeds(text: &str) -> Vec<Embed> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = memchr::memmem::find(&text.as_bytes()[from..], b"{%").map(|i| from + i)
    {
        // The closing `%}` comes after the opening `{%` (in `{%}` they share the `%`).
        let Some(len) = text[start + 2..].find("%}") else {
            break;
        };
        let inner = &text[start + 2..start + 2 + len];
        let end = start + 2 + len + 2;
        match render(inner) {
            Some(html) => {
                found.push(Embed {
                    range: start..end,
                    html,
                });
                from = end;
            }
            None => from = start + 2,
        }
    }
    found
}

/// The HTML for a shortcode's inside (`youtube ID `), if it is one.
fn render(inner: &str) -> Option<String> {
    let name_len = inner.bytes().take_while(u8::is_ascii_lowercase).count();
    let (name, arg) = inner.split_at(name_len);
    let arg = arg.trim();
    match name {
        "youtube" if arg.len() == 11 && arg.bytes().all(is_word_or_dash) => Some(video(
            "youtube",
            &format!("https://www.youtube-nocookie.com/embed/{arg}"),
            &format!("YouTube video {arg}"),
        )),
        "vimeo" if (6..=11).contains(&arg.len()) && arg.bytes().all(|b| b.is_ascii_digit()) => {
            Some(video(
                "vimeo",
                &format!("https://player.vimeo.com/video/{arg}?dnt=1"),
                &format!("Vimeo video {arg}"),
            ))
        }
        "gist" if is_user_slash_name(arg, is_word_or_dash, is_word) => Some(link(
            "gist",
            &format!("https://gist.github.com/{arg}"),
            &format!("Gist {arg} on GitHub"),
        )),
        "slideshare" if is_user_slash_name(arg, is_word, is_word_or_dash) => Some(link(
            "slideshare",
            &format!("https://www.slideshare.net/{arg}"),
            &format!("Slides {arg} on SlideShare"),
        )),
        "speakerdeck" if is_user_slash_name(arg, is_word, is_word_or_dash) => Some(link(
            "speakerdeck",
            &format!("https://speakerdeck.com/{arg}"),
            &format!("Slides {arg} on Speaker Deck"),
        )),
        "pdf" if is_web_url(arg) => Some(link("pdf", arg, &format!("PDF: {arg}"))),
        _ => None,
    }
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn is_word_or_dash(b: u8) -> bool {
    is_word(b) || b == b'-'
}

/// `user/name`, each part non-empty and made of its allowed bytes.
fn is_user_slash_name(arg: &str, user: fn(u8) -> bool, name: fn(u8) -> bool) -> bool {
    arg.split_once('/').is_some_and(|(u, n)| {
        !u.is_empty() && !n.is_empty() && u.bytes().all(user) && n.bytes().all(name)
    })
}

/// An absolute http(s) URL without spaces or quotes.
fn is_web_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && arg.len() > lower.find("//").unwrap_or(0) + 2
        && !arg
            .bytes()
            .any(|b| b.is_ascii_whitespace() || b == b'"' || b == b'<' || b == b'>')
}

fn video(class: &str, src: &str, title: &str) -> String {
    // Ids are checked above: nothing here needs escaping.
    format!(
        "<iframe class=\"{class}\" src=\"{src}\" title=\"{title}\" width=\"560\" height=\"315\" allowfullscreen></iframe>"
    )
}

fn link(class: &str, href: &str, text: &str) -> String {
    let mut html = format!("<a class=\"embed-link {class}\" target=\"_blank\" href=\"");
    let _ = escape_href(&mut html, href);
    html.push_str("\">");
    let _ = escape_html(&mut html, text);
    html.push_str("</a>");
    html
}
