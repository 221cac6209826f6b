//! Deck text written inline in a page: `<deck-view><script
//! type="text/markdown">…</script></deck-view>`.
//!
//! HTML authors indent the Markdown with the markup around it; taken as is,
//! four spaces of indentation would turn every slide into a code block. As
//! reveal.js's Markdown plugin does for its inline templates, the common
//! leading whitespace of the non-blank lines is removed, and the blank
//! lines the script tags leave at both ends are dropped.

/// `text` without the indentation all its non-blank lines share, and
/// without leading and trailing blank lines.
pub fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return String::new();
    };
    let body = &lines[first..=last];
    let common = body
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| indentation(l))
        .reduce(|a, b| common_prefix(a, b))
        .unwrap_or("");
    let mut out = String::with_capacity(text.len());
    for line in body {
        out.push_str(line.strip_prefix(common).unwrap_or(line.trim_start()));
        out.push('\n');
    }
    out
}

/// The run of spaces and tabs a line starts with.
fn indentation(line: &str) -> &str {
    let end = line.len() - line.trim_start_matches([' ', '\t']).len();
    &line[..end]
}

/// The longest common prefix of two indentation runs (ASCII only).
fn common_prefix<'a>(a: &'a str, b: &str) -> &'a str {
    let n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    &a[..n]
}

#[cfg(test)]
mod tests {
    use super::dedent;

    #[test]
    fn markup_indentation_is_removed_so_slides_are_not_code_blocks() {
        let text = "\n    # One\n\n    ---\n\n    # Two\n  ";
        assert_eq!(dedent(text), "# One\n\n---\n\n# Two\n");
    }

    #[test]
    fn deeper_indentation_inside_the_deck_is_kept() {
        let text = "\n  - item\n      - nested\n\n          code\n";
        assert_eq!(dedent(text), "- item\n    - nested\n\n        code\n");
    }

    #[test]
    fn text_without_indentation_is_unchanged() {
        assert_eq!(dedent("# A\n\ntext\n"), "# A\n\ntext\n");
    }

    #[test]
    fn only_whitespace_gives_an_empty_deck() {
        assert_eq!(dedent("  \n\t\n"), "");
    }

    #[test]
    fn mixed_tabs_and_spaces_remove_only_what_all_lines_share() {
        assert_eq!(dedent("\t# A\n\t  b\n"), "# A\n  b\n");
        assert_eq!(dedent("\t# A\n  b\n"), "\t# A\n  b\n");
    }
}
