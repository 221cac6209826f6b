//! A slide's Markdown is rendered when it is first asked for, unless
//! rendering it could change something outside the slide: then it is
//! rendered while the deck is parsed, in deck order.

use deckview::deck::parse;

/// Whether the second slide of `first\n\n---\n\n<second>` is still
/// unrendered right after parsing.
fn second_waits(second: &str) -> bool {
    let deck = parse(&format!("# One\n\n---\n\n{second}\n"));
    !deck.columns[1][0].is_rendered()
}

#[test]
fn plain_slides_wait_until_asked_for() {
    for slide in [
        "# Two\n\nSome *text* and `code`.",
        "- a list\n- of items",
        "```rust\nfn main() {}\n```",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "Text\n\nNote: notes too",
        "`:smile:` in code only",
    ] {
        assert!(second_waits(slide), "{slide:?}");
    }
}

#[test]
fn slides_that_reach_outside_are_rendered_while_parsing() {
    for (slide, why) in [
        (
            "<!-- .slide: data-background=\"#000\" -->\n# Two",
            "slide attributes",
        ),
        (
            "Text <!-- .element: class=\"fragment\" -->",
            "an attribute comment",
        ),
        ("<style>h1 { color: red }</style>", "deck CSS"),
        ("<STYLE>h1 { color: red }</STYLE>", "deck CSS, capitals"),
        ("```js=\nlet a;\n```", "numbered code"),
        ("```js=+\nlet a;\n```", "numbering that goes on"),
        ("```js [1|2]\nlet a;\nlet b;\n```", "line highlights"),
        ("Nice :smile:", "a shortcode (without the emoji table)"),
        ("Text\n\nNote: :tada:", "a shortcode in the notes"),
    ] {
        assert!(!second_waits(slide), "{why}: {slide:?}");
    }
}

#[test]
fn a_waiting_slide_renders_when_its_html_is_asked_for() {
    let deck = parse("# One\n\n---\n\n# Two\n\nText\n\nNote: said\n");
    let second = &deck.columns[1][0];
    assert!(!second.is_rendered());
    assert_eq!(
        second.html().as_untrusted_str(),
        "<h1 id=\"Two\">Two</h1>\n<p>Text</p>\n"
    );
    assert!(second.is_rendered());
    assert_eq!(second.title(), Some("Two"));
    assert_eq!(
        second.notes_html().unwrap().as_untrusted_str(),
        "<p>said</p>\n"
    );
}

#[test]
fn asking_for_a_slide_renders_the_slides_before_it_for_their_heading_ids() {
    let deck = parse("# Intro\n\n---\n\n# Plain\n\n---\n\n# Intro\n\n---\n\n# Last\n");
    assert!(deck.columns[2][0]
        .html()
        .as_untrusted_str()
        .contains(r#"id="Intro1""#));
    assert!(deck.columns[1][0].is_rendered());
    assert!(!deck.columns[3][0].is_rendered());
}

#[test]
fn parsing_a_long_deck_renders_none_of_its_plain_slides() {
    let text: String = (0..5000)
        .map(|i| format!("# Slide {i}\n\nText {i}.\n"))
        .collect::<Vec<_>>()
        .join("\n---\n\n");
    let deck = parse(&text);
    assert_eq!(deck.columns.len(), 5000);
    assert!(deck.columns.iter().flatten().all(|s| !s.is_rendered()));
    assert_eq!(deck.columns[4321][0].title(), Some("Slide 4321"));
}

#[test]
fn a_hidden_slide_is_still_left_out() {
    let deck = parse(
        "# One\n\n---\n\n<!-- .slide: data-visibility=\"hidden\" -->\n# Two\n\n---\n\n# Three\n",
    );
    let titles: Vec<_> = deck.columns.iter().flatten().map(|s| s.title()).collect();
    assert_eq!(titles, [Some("One"), Some("Three")]);
}

#[test]
fn a_shared_text_is_rendered_from_without_a_copy() {
    let text: std::sync::Arc<str> = "# One\n\n---\n\n# Two\n".into();
    let deck = deckview::deck::parse_shared(&text);
    assert!(
        std::sync::Arc::strong_count(&text) > 1,
        "the deck keeps the text itself"
    );
    assert_eq!(deck, parse(&text));
}
