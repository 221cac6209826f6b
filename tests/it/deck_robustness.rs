//! Whatever the text, `parse` returns a deck with at least one slide and
//! never panics or overflows the stack.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use deckview::deck::{parse, Deck};

/// Checks what every deck must satisfy.
fn check(text: &str) -> Deck {
    let deck = parse(text);
    assert!(!deck.columns.is_empty() && deck.columns.iter().all(|c| !c.is_empty()));
    let last_line = text.lines().count() + 1;
    for slide in deck.columns.iter().flatten() {
        assert!(
            (1..=last_line).contains(&slide.line),
            "line {} of {last_line}",
            slide.line
        );
    }
    for warning in &deck.warnings {
        assert!(
            warning.line.is_none_or(|l| (1..=last_line).contains(&l)),
            "{warning}"
        );
    }
    deck
}

/// [`check`] on another thread, failing instead of hanging when the
/// parser takes longer than `limit` (a debug build, on a busy machine).
fn check_within(limit: Duration, text: String) -> Deck {
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        // Nobody listens any more once the limit has passed.
        let _ = done.send(check(&text));
    });
    result
        .recv_timeout(limit)
        .unwrap_or_else(|_| panic!("parse panicked or took longer than {limit:?}"))
}

#[test]
fn odd_fragments_parse_into_a_deck() {
    let inputs = [
        "\r",
        "\r\n",
        "\n\n\n",
        "---",
        "---\n",
        "---\n---\n",
        "---\n...\n",
        "\0",
        "<",
        "<!--",
        "-->",
        "<!-- .element: -->",
        "<!-- .slide: =\"\" '\" -->",
        "![",
        "![a](",
        "![a](b =",
        "![a](b =x)",
        "![a](b =1x \"unclosed)",
        "<style>",
        "</style>",
        "<div>\n\n---\n\n",
        "```\n\n---\n\n",
        "Note:",
        "<span class='a>x<!-- .element: class=\"b\" --></span>",
        "<a href=\"x",
        "[^1]",
        "- <!-- .element: class=\"x\" -->",
        "<!-- .element: class=\"x\" -->",
        "<br><!-- .element: id=\"x\" -->",
        "\u{feff}",
        "\u{feff}---\n",
        "# \u{200b}",
        "| a |\n|---|\n| <!-- .element: class=\"x\" --> |",
        "<img src=x <!-- .element: class=y -->",
        "<p x=\"<!-- .element: class=z -->\">",
        "<!-->",
        "www.",
        "@",
        "http://",
        "```a=b=c!![[{{\nx\n```",
        "<STYLE>a</STYLE><StYlE>b",
    ];
    for input in inputs {
        check(input);
    }
}

#[test]
fn generated_mixtures_of_deck_syntax_parse_into_a_deck() {
    let pieces = [
        "\n",
        "\n\n",
        "---",
        "----",
        "\r\n",
        "```",
        "~~~~",
        "<!--",
        "-->",
        "<div>",
        "</div>",
        "<span>",
        "</span>",
        "![",
        "](",
        " =10x",
        "\"",
        "'",
        "<!-- .element: class=\"f\" -->",
        "<!-- .slide: data-visibility=\"hidden\" -->",
        "Note:",
        "<style>",
        "</style>",
        "- ",
        "> ",
        "|",
        "[^1]",
        "    ",
        "\t",
        "`",
        "{",
        "}",
        "[",
        "]",
        "# ",
        "*",
        "_",
        "&",
        "<",
        ">",
        "www.a.org",
        "https://x.org/",
        "a@b.org",
        "依賴",
        "é",
        "$",
        "\\",
        "=",
        "slideOptions:",
        "  theme: Night",
    ];
    // A small deterministic generator: the same mixtures on every run.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let len = (next() % 60) as usize;
        let text: String = (0..len)
            .map(|_| pieces[(next() % pieces.len() as u64) as usize])
            .collect();
        check(&text);
    }
}

#[test]
fn deeply_nested_blockquotes_and_lists_do_not_overflow_the_stack() {
    check(&format!("{}deep\n", "> ".repeat(20_000)));
    let list: String = (0..3_000)
        .map(|i| format!("{}- item\n", "  ".repeat(i)))
        .collect();
    check(&list);
}

#[test]
fn thousands_of_unclosed_elements_with_element_comments_parse() {
    let text = "<span><!-- .element: class=\"x\" -->".repeat(5_000) + &"</b>".repeat(5_000);
    let deck = check(&text);
    assert!(deck.columns[0][0]
        .html()
        .as_untrusted_str()
        .contains("class=\"x\""));
}

#[test]
fn many_image_starts_without_an_image_parse() {
    check(&"![a](".repeat(50_000));
    check(&format!("{} =1x", "![![".repeat(50_000)));
}

#[test]
fn many_unclosed_fences_fall_back_to_plain_splitting() {
    let text: String = (0..100)
        .map(|i| format!("{}\n\n---\n\n", "`".repeat(200 - i)))
        .collect();
    let deck = check(&text);
    assert_eq!(deck.columns.len(), 101);
}

/// Found by `scripts/fuzz` (front_matter target): YAML also breaks lines
/// at a lone `\r`, NEL, LS and PS, the deck only at `\n`, so the YAML
/// reader's line numbers ran past the end of the deck.
#[test]
fn a_yaml_error_after_line_breaks_only_yaml_knows_names_a_deck_line() {
    for yaml_only_break in ["\r", "\u{85}", "\u{2028}", "\u{2029}"] {
        let text = format!("---\n'{}\n---\n# Body\n", yaml_only_break.repeat(4));
        let deck = check(&text);
        let warning = &deck.warnings[0];
        // The quoted text runs to the end of the block: the closing line.
        assert_eq!((warning.line, warning.column), (Some(3), Some(1)));
        assert!(warning.message.contains("at line 3 column 1"), "{warning}");
    }
}

/// Found by `scripts/fuzz` (parse target): `tag_end` reads `a==" >"` as a
/// quoted value, the attribute scan of `.element` patching did not, met
/// the `>` inside it and never moved on.
#[test]
fn an_element_comment_on_a_tag_with_a_doubled_equals_sign_finishes() {
    let deck = check_within(
        Duration::from_secs(10),
        "<p a==\" >\">x</p>\n<!-- .element: class=\"y\" -->\n".to_owned(),
    );
    let html = deck.columns[0][0].html().as_untrusted_str();
    assert!(html.contains("class=\"y\""), "{html}");
}

/// Found by `scripts/fuzz` (front_matter target): the YAML reader limits
/// how often aliases are expanded, not how much they expand to; 26 KB
/// naming a 2 000-item list 5 000 times built ten million values.
#[test]
fn front_matter_whose_aliases_expand_to_millions_of_values_is_refused_quickly() {
    let list = vec!["x"; 2_000].join(", ");
    let aliases = vec!["*a"; 5_000].join(", ");
    let text = format!("---\na: &a [{list}]\nb: [{aliases}]\n---\n# Body\n");
    let deck = check_within(Duration::from_secs(10), text);
    assert_eq!(deck.warnings.len(), 1, "{:?}", deck.warnings);
    assert!(
        deck.warnings[0].message.contains("aliases"),
        "{}",
        deck.warnings[0]
    );
    assert_eq!(deck.columns[0][0].title(), Some("Body"));
}

/// Found by `scripts/fuzz` (front_matter target): 267 bytes of nested
/// aliases ran the YAML reader to its own repetition limit (a hundred
/// thousand values, 0.3–0.7 s under the fuzzer) before failing; the value
/// limit, which grows with the text, stops them at the start.
#[test]
fn a_few_hundred_bytes_of_nested_aliases_are_refused_by_the_value_limit() {
    let mut yaml = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (name, inner) in [("b", "a"), ("c", "b"), ("d", "c"), ("e", "d")] {
        let aliases = vec![format!("*{inner}"); 9].join(", ");
        yaml.push_str(&format!("{name}: &{name} [{aliases}]\n"));
    }
    yaml.push_str(&format!("f: [{}]\n", ["*e"; 9].join(", ")));
    let deck = check_within(Duration::from_secs(10), format!("---\n{yaml}---\n# Body\n"));
    assert_eq!(deck.warnings.len(), 1, "{:?}", deck.warnings);
    assert!(
        deck.warnings[0].message.contains("aliases"),
        "{}",
        deck.warnings[0]
    );
}
