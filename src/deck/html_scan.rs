//! A small tokenizer for the raw HTML inside decks.
//!
//! Not a parser and not a sanitiser: it finds start tags, end tags and
//! comments in a fragment so that attribute comments can find their
//! element and `<style>` blocks can be taken out. Anything it does not
//! recognise is text, so it never fails.

use std::ops::Range;

/// One piece of an HTML fragment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// Text between tags (also the content of `<style>`, `<script>`, …).
    Text,
    /// `<name …>`; `self_closing` for `<name … />`.
    Start { name: &'a str, self_closing: bool },
    /// `</name>`.
    End { name: &'a str },
    /// `<!-- body -->`.
    Comment { body: &'a str },
    /// `<!DOCTYPE …>`, `<?…>`, `<![CDATA[…]]>`.
    Other,
}

/// Elements whose content is text up to their end tag.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title"];

/// Elements that never have content or an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// A tag name in lower case; common names need no allocation.
pub(crate) fn lower_name(name: &str) -> std::borrow::Cow<'static, str> {
    let mut buf = [0u8; 10];
    let Some(lower) = buf.get_mut(..name.len()) else {
        return std::borrow::Cow::Owned(name.to_ascii_lowercase());
    };
    lower.copy_from_slice(name.as_bytes());
    lower.make_ascii_lowercase();
    let common = match &*lower {
        b"a" => "a",
        b"b" => "b",
        b"i" => "i",
        b"p" => "p",
        b"u" => "u",
        b"br" => "br",
        b"dd" => "dd",
        b"dl" => "dl",
        b"dt" => "dt",
        b"em" => "em",
        b"h1" => "h1",
        b"h2" => "h2",
        b"h3" => "h3",
        b"h4" => "h4",
        b"h5" => "h5",
        b"h6" => "h6",
        b"hr" => "hr",
        b"li" => "li",
        b"ol" => "ol",
        b"td" => "td",
        b"th" => "th",
        b"tr" => "tr",
        b"ul" => "ul",
        b"del" => "del",
        b"div" => "div",
        b"img" => "img",
        b"kbd" => "kbd",
        b"pre" => "pre",
        b"sub" => "sub",
        b"sup" => "sup",
        b"code" => "code",
        b"font" => "font",
        b"mark" => "mark",
        b"span" => "span",
        b"small" => "small",
        b"table" => "table",
        b"strong" => "strong",
        b"center" => "center",
        b"section" => "section",
        _ => return std::borrow::Cow::Owned(name.to_ascii_lowercase()),
    };
    std::borrow::Cow::Borrowed(common)
}

/// Byte index of the end tag `</tag` (any case) in `hay`.
pub(crate) fn find_end_tag(hay: &str, tag: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = hay[from..].find("</").map(|i| i + from) {
        let name = hay.as_bytes().get(i + 2..i + 2 + tag.len());
        if name.is_some_and(|n| n.eq_ignore_ascii_case(tag.as_bytes())) {
            return Some(i);
        }
        from = i + 2;
    }
    None
}

/// The name of the single tag that `html` is (as inline HTML events are),
/// and whether it is an end tag; without reading its attributes.
pub(crate) fn single_tag_name(html: &str) -> Option<(&str, bool)> {
    let (rest, closing) = match html.strip_prefix("</") {
        Some(rest) => (rest, true),
        None => (html.strip_prefix('<')?, false),
    };
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
        .count();
    (len > 0).then(|| (&rest[..len], closing))
}

/// True for elements like `<br>` and `<img>` that have no end tag.
pub(crate) fn is_void(name: &str) -> bool {
    VOID.iter().any(|v| v.eq_ignore_ascii_case(name))
}

/// Tokens of `html` with their byte ranges.
pub(crate) struct Scanner<'a> {
    html: &'a str,
    pos: usize,
    /// Inside a raw-text element: its content runs to this end tag.
    raw_text: Option<&'static str>,
}

impl<'a> Scanner<'a> {
    /// Scans `html` from the start.
    pub fn new(html: &'a str) -> Self {
        Self {
            html,
            pos: 0,
            raw_text: None,
        }
    }

    fn emit(&mut self, token: Token<'a>, end: usize) -> Option<(Token<'a>, Range<usize>)> {
        let range = self.pos..end;
        self.pos = end;
        Some((token, range))
    }
}

impl<'a> Iterator for Scanner<'a> {
    type Item = (Token<'a>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.html.get(self.pos..).filter(|r| !r.is_empty())?;
        if let Some(tag) = self.raw_text.take() {
            let end = find_end_tag(rest, tag).unwrap_or(rest.len());
            if end > 0 {
                return self.emit(Token::Text, self.pos + end);
            }
        }
        if !rest.starts_with('<') {
            let end = rest.find('<').unwrap_or(rest.len());
            return self.emit(Token::Text, self.pos + end);
        }
        let Some((token, len)) = markup(rest) else {
            // A lone `<`: text up to the next one.
            let end = rest[1..].find('<').map_or(rest.len(), |i| i + 1);
            return self.emit(Token::Text, self.pos + end);
        };
        if let Token::Start {
            name,
            self_closing: false,
        } = token
        {
            self.raw_text = RAW_TEXT
                .iter()
                .copied()
                .find(|t| t.eq_ignore_ascii_case(name));
        }
        self.emit(token, self.pos + len)
    }
}

/// The markup starting at the `<` that begins `s`, and its length.
fn markup(s: &str) -> Option<(Token<'_>, usize)> {
    if let Some(body) = s.strip_prefix("<!--") {
        return Some(match body.find("-->") {
            Some(end) => (Token::Comment { body: &body[..end] }, 4 + end + 3),
            None => (Token::Comment { body }, s.len()),
        });
    }
    if s.starts_with("<!") || s.starts_with("<?") {
        return Some((Token::Other, s.find('>')? + 1));
    }
    let closing = s.starts_with("</");
    let name_start = if closing { 2 } else { 1 };
    let name_len = s[name_start..]
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':')
        .count();
    if name_len == 0 || !s.as_bytes()[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = &s[name_start..name_start + name_len];
    let end = tag_end(s, name_start + name_len)?;
    let token = if closing {
        Token::End { name }
    } else {
        Token::Start {
            name,
            self_closing: s[..end].ends_with('/'),
        }
    };
    Some((token, end + 1))
}

/// Index of the `>` that ends a tag whose attributes start at `from`,
/// skipping quoted attribute values (a quote opens a value only right
/// after `=`, so `<img alt=don't>` still ends at its `>`).
pub(crate) fn tag_end(s: &str, from: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = from;
    let mut after_eq = false;
    while i < bytes.len() {
        match bytes[i] {
            b'>' => return Some(i),
            b'=' => after_eq = true,
            q @ (b'"' | b'\'') if after_eq => {
                i += bytes[i + 1..].iter().position(|&b| b == q)? + 1;
                after_eq = false;
            }
            b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => after_eq = false,
        }
        i += 1;
    }
    None
}
