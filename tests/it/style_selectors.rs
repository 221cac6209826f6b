//! The stylesheets keep every selector cheap to match on the hidden
//! sections of long decks: a browser files a rule under the last type,
//! class or id of its selector and tries it only on elements that have it.
//! A selector that ends in `:is(h1,h2)` has none, so it is tried on every
//! element of the page, 100 000 sections included; written out as a list
//! (`h1,h2`) it is tried only on headings, with the same specificity.

use std::fs;

/// Splits `text` at `sep` outside brackets.
fn split_top(text: &str, sep: char) -> Vec<&str> {
    let (mut depth, mut start, mut parts) = (0i32, 0, Vec::new());
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            c if c == sep && depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// The last compound of a complex selector (after its last combinator).
fn last_compound(selector: &str) -> &str {
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in selector.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ' ' | '>' | '+' | '~' if depth == 0 => start = i + 1,
            _ => {}
        }
    }
    &selector[start..]
}

/// Every style rule's selectors in `css` (comments and at-rule preludes left out).
fn selectors(css: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = css;
    while let Some(end) = rest.find("*/").filter(|_| rest.contains("/*")) {
        let start = rest.find("/*").unwrap();
        out.extend(selectors(&rest[..start]));
        rest = &rest[end + 2..];
    }
    for prelude in rest
        .split('{')
        .map(|p| p.rsplit(['}', ';']).next().unwrap_or(p).trim())
    {
        if prelude.is_empty() || prelude.starts_with('@') {
            continue;
        }
        out.extend(
            split_top(prelude, ',')
                .into_iter()
                .map(|s| s.trim().to_owned()),
        );
    }
    out
}

#[test]
fn no_selector_ends_in_a_list_of_plain_alternatives() {
    let mut slow = Vec::new();
    for entry in fs::read_dir("style").unwrap() {
        let path = entry.unwrap().path();
        let css = fs::read_to_string(&path).unwrap();
        for selector in selectors(&css) {
            let last = last_compound(&selector);
            let Some(inner) = last.strip_prefix(":is(").or(last.strip_prefix(":where(")) else {
                continue;
            };
            let close = inner.find(')').unwrap_or(inner.len());
            let (args, after) = (&inner[..close], &inner[close..]);
            let plain = !args.contains([' ', '>', '+', '~']);
            // `:is(a,b).c` is filed under `.c`.
            let filed = after.contains(['.', '#']);
            if plain && !filed {
                slow.push(format!("{}: {selector}", path.display()));
            }
        }
    }
    assert!(
        slow.is_empty(),
        "write these out as selector lists:\n{}",
        slow.join("\n")
    );
}
