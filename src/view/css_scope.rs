//! Rewriting deck CSS selectors so that they only match inside the deck.
//!
//! Pure string work on selectors the browser has already parsed (see
//! `deck_css`), so it is tested natively.

/// The class of the element every deck rule is scoped to.
pub const SCOPE: &str = ".dv-deck";

/// Prefixes every selector of a list with the deck scope.
pub fn scope_selector_list(list: &str) -> String {
    split_top_level_commas(list)
        .into_iter()
        .map(|s| scope_selector(s.trim()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn scope_selector(selector: &str) -> String {
    // Rules for the page itself (`html body p`) apply to the deck root.
    let mut rest = selector;
    let mut page = false;
    while let Some(r) = strip_page_selector(rest) {
        rest = r;
        page = true;
    }
    if page {
        return if rest.trim().is_empty() {
            SCOPE.to_string()
        } else if selector_had_space_before(selector, rest) {
            format!("{SCOPE} {}", rest.trim_start())
        } else {
            // `body.dark h1`: the class belongs to the root itself.
            format!("{SCOPE}{rest}")
        };
    }
    format!("{SCOPE} {selector}")
}

/// Removes one leading page selector (`html`, `body`, `:root`,
/// `.reveal-viewport`) when it is a whole compound selector or the start of one.
fn strip_page_selector(selector: &str) -> Option<&str> {
    let s = selector.trim_start();
    ["html", "body", ":root", ".reveal-viewport"]
        .iter()
        .find_map(|page| {
            let rest = s.strip_prefix(page)?;
            let boundary = rest.chars().next();
            boundary
                .is_none_or(|c| c.is_whitespace() || matches!(c, '>' | '+' | '~' | '.' | ':' | '['))
                .then_some(rest)
        })
}

/// True when whitespace separates `rest` from what came before it in
/// `selector` (a descendant combinator), false when they were one compound.
fn selector_had_space_before(selector: &str, rest: &str) -> bool {
    let before = &selector[..selector.len() - rest.len()];
    before.ends_with(char::is_whitespace)
}

fn split_top_level_commas(list: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start, mut quote) = (0i32, 0usize, None::<char>);
    for (i, c) in list.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[') => depth += 1,
            (None, ')' | ']') => depth -= 1,
            (None, ',') if depth == 0 => {
                parts.push(&list[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&list[start..]);
    parts
}
