//! Which URLs a deck may point pictures at (the parallax image, CSS
//! `url()` in its styles): http(s), `data:image/…`, and relative addresses.
//!
//! Browsers no longer run `javascript:` from CSS or images, so this is a
//! second wall: a scheme that can only mean script or a document
//! (`javascript:`, `vbscript:`, `data:text/html`) never reaches the page.

/// True when `url` may be used as a picture address.
pub fn is_safe_image_url(url: &str) -> bool {
    // Browsers ignore ASCII whitespace and control characters around and
    // inside a scheme ("java\tscript:"): compare without them.
    let compact: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .take(32)
        .collect::<String>()
        .to_ascii_lowercase();
    match scheme(&compact) {
        None => true,
        Some("http" | "https") => true,
        Some("data") => compact.starts_with("data:image/"),
        Some(_) => false,
    }
}

/// True when `url` may be used as the address of a page, a video or a
/// stylesheet: http(s) or relative, never a script nor a `data:` document.
pub fn is_page_address(url: &str) -> bool {
    is_safe_image_url(url) && !url.trim_start().to_ascii_lowercase().starts_with("data:")
}

/// The scheme of a URL (`https` in `https://…`), if it has one.
fn scheme(url: &str) -> Option<&str> {
    let end = url.find(':')?;
    let candidate = &url[..end];
    let mut chars = candidate.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(candidate)
}

/// True when a CSS declaration value (as the browser serialises it)
/// points at anything but safe picture URLs: in `url(…)`, or in the quoted
/// strings of `image-set(…)`.
pub fn css_value_has_unsafe_url(value: &str) -> bool {
    css_urls(value).iter().any(|u| !is_safe_image_url(u))
}

/// Every URL of a CSS value: `url(x)`, `url("x")`, and the strings inside
/// `image-set(…)` / `-webkit-image-set(…)`.
fn css_urls(value: &str) -> Vec<String> {
    let lower = value.to_ascii_lowercase();
    let mut urls = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find("url(") {
        let start = from + i + 4;
        let rest = &value[start..];
        let (url, used) = css_argument(rest);
        urls.push(url);
        from = start + used.max(1);
    }
    let mut from = 0;
    while let Some(i) = lower[from..].find("image-set(") {
        let start = from + i + "image-set(".len();
        let end = matching_paren(&value[start..]).map_or(value.len(), |e| start + e);
        urls.extend(quoted_strings(&value[start..end]));
        from = end.max(start + 1).min(value.len());
        if from >= value.len() {
            break;
        }
    }
    urls
}

/// The argument of `url(` (the text after it): quoted or bare, and how
/// many bytes it used.
fn css_argument(rest: &str) -> (String, usize) {
    let trimmed = rest.trim_start();
    let skipped = rest.len() - trimmed.len();
    if let Some(quote) = trimmed.chars().next().filter(|c| *c == '"' || *c == '\'') {
        let body = &trimmed[1..];
        let end = body.find(quote).unwrap_or(body.len());
        return (body[..end].to_string(), skipped + end + 2);
    }
    let end = trimmed.find(')').unwrap_or(trimmed.len());
    (trimmed[..end].trim().to_string(), skipped + end)
}

/// Where the parenthesis opened just before `text` closes.
fn matching_paren(text: &str) -> Option<usize> {
    let mut depth = 1usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The contents of every "…" or '…' string in `text`.
fn quoted_strings(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        if c == '"' || c == '\'' {
            let body = &text[i + 1..];
            let end = body.find(c).unwrap_or(body.len());
            out.push(body[..end].to_string());
            for _ in 0..body[..end].chars().count() + 1 {
                chars.next();
            }
        }
    }
    out
}
