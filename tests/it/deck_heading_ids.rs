//! Heading ids as HedgeDoc 1.x makes them (`keep-case`, its default), unique
//! across the deck, and the slide that holds each.

use deckview::deck::heading_ids::{deduplicate, find, slug};
use deckview::deck::parse;

#[test]
fn a_heading_s_html_becomes_hedgedoc_s_id() {
    let cases = [
        // HedgeDoc's own example (config.js, `keep-case`).
        (
            "3.1. Good Morning my Friend! - Do you have 5$?",
            "31-Good-Morning-my-Friend---Do-you-have-5",
        ),
        ("依賴", "依賴"),
        (
            "Dependency Injection：依賴注入",
            "Dependency-Injection：依賴注入",
        ),
        ("Café au lait", "Café-au-lait"),
        ("Structure 🧪", "Structure-🧪"),
        ("snake_case and-dash", "snake_case-and-dash"),
        // Tags are stripped; the browser's entities lose & and ;.
        ("A <em>b</em> <code>c()</code>", "A-b-c"),
        ("A &amp; B", "A-amp-B"),
        ("a &lt; b", "a-lt-b"),
        // The parser's &quot; is a plain " in the browser's innerHTML.
        ("Say &quot;hi&quot;", "Say-hi"),
        ("no\u{a0}break", "nonbspbreak"),
        // Trimmed before the tags are stripped, as HedgeDoc does.
        ("  padded  ", "padded"),
        ("<em> inside</em>", "-inside"),
        (
            "Tabs\tand\u{3000}ideographic  spaces",
            "Tabs-and-ideographic-spaces",
        ),
        ("<style>h2{}</style>Styled", "Styled"),
        ("!?.", ""),
    ];
    for (html, id) in cases {
        assert_eq!(slug(html), id, "slug of {html:?}");
    }
}

#[test]
fn duplicate_ids_get_their_place_among_the_same_appended() {
    let some = |ids: &[&str]| {
        ids.iter()
            .map(|s| Some((*s).to_owned()))
            .collect::<Vec<_>>()
    };
    let cases: [(&[&str], &[&str]); 4] = [
        (&["Intro", "Intro", "Intro"], &["Intro", "Intro1", "Intro2"]),
        (&["A", "B", "A"], &["A", "B", "A1"]),
        // A renamed id that meets a written one: HedgeDoc renames again.
        (
            &["Intro", "Intro1", "Intro"],
            &["Intro", "Intro1", "Intro11"],
        ),
        // An id written before the first repeat: HedgeDoc renames it too
        // (`A10`, `A`, `A1`); here a slide's ids never change once given.
        (&["A1", "A", "A"], &["A1", "A", "A11"]),
    ];
    for (wanted, ids) in cases {
        assert_eq!(deduplicate(&some(wanted)), some(ids), "{wanted:?}");
    }
    assert_eq!(
        deduplicate(&[None, Some("x".into()), None, Some("x".into())]),
        vec![None, Some("x".into()), None, Some("x1".into())],
        "headings without an id are left out"
    );
}

#[test]
fn headings_get_ids_unique_across_the_whole_deck() {
    let deck = parse("# Intro\n\n## 依賴\n\n---\n\n# Intro\n\n----\n\n### A & B\n\n## !!\n");
    let html = |h: usize, v: usize| deck.columns[h][v].html().as_untrusted_str().to_owned();
    assert!(
        html(0, 0).contains("<h1 id=\"Intro\">Intro</h1>"),
        "{}",
        html(0, 0)
    );
    assert!(
        html(0, 0).contains("<h2 id=\"依賴\">依賴</h2>"),
        "{}",
        html(0, 0)
    );
    assert!(
        html(1, 0).contains("<h1 id=\"Intro1\">Intro</h1>"),
        "{}",
        html(1, 0)
    );
    assert!(html(1, 1).contains("<h3 id=\"A-amp-B\">"), "{}", html(1, 1));
    assert!(
        html(1, 1).contains("<h2>!!</h2>"),
        "an empty id is no id: {}",
        html(1, 1)
    );
}

#[test]
fn a_heading_keeps_the_id_its_author_gave_it() {
    let cases = [
        ("## Intro {#start}\n", "<h2 id=\"start\">Intro</h2>"),
        (
            "<h2 id=\"own\">Raw HTML</h2>\n",
            "<h2 id=\"own\">Raw HTML</h2>",
        ),
        (
            "<h3 class=\"x\">Raw HTML</h3>\n",
            "<h3 class=\"x\" id=\"Raw-HTML\">Raw HTML</h3>",
        ),
    ];
    for (text, expected) in cases {
        let html = parse(text).columns[0][0]
            .html()
            .as_untrusted_str()
            .to_owned();
        assert!(html.contains(expected), "{text:?} gave {html}");
    }
}

#[test]
fn the_slide_holding_a_heading_is_found_by_its_id() {
    let deck = parse("# One\n\n---\n\n# Two\n\n----\n\n## 依賴\n\n---\n\n## location\n\n## One\n");
    let cases = [
        ("One", Some((0, 0))),
        ("依賴", Some((1, 1))),
        ("location", Some((2, 0))),
        ("One1", Some((2, 0))),
        ("Nowhere", None),
    ];
    for (id, at) in cases {
        assert_eq!(find(&deck.columns, id), at, "{id}");
    }
}

#[test]
fn headings_in_code_are_text_not_headings() {
    let html = parse("```html\n<h2>Not a heading</h2>\n```\n").columns[0][0]
        .html()
        .as_untrusted_str()
        .to_owned();
    assert!(!html.contains(" id="), "{html}");
}

#[test]
fn the_real_deck_s_link_to_依賴_finds_its_heading() {
    let text =
        std::fs::read_to_string("tests/fixtures/real/faang-ez-dependency-injection-zh.md").unwrap();
    let deck = parse(&text);
    let (h, v) = find(&deck.columns, "依賴").expect("the heading 依賴 has its id");
    assert!(deck.columns[h][v]
        .html()
        .as_untrusted_str()
        .contains("<h3 id=\"依賴\">依賴</h3>"));
}
