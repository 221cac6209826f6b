//! Properties of `parse` over generated decks (proptest): whatever the
//! text, there is a slide; splitting loses no text; the same text gives
//! the same deck; line endings do not change the slides; the emoji table
//! changes text, never slides; rendering slides only when asked for gives
//! the deck rendering them all at once gives.
//!
//! Generated decks are lines of HedgeDoc slide syntax. Words the author
//! wrote are numbered (`w17`), so the text check can find each one again;
//! the fixed syntax (comments, tags, front matter) holds no such word.

use std::collections::BTreeSet;

use std::sync::OnceLock;

use deckview::deck::{parse, parse_rendering_all_now, parse_with_emoji, Deck, EmojiTable};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::FileFailurePersistence;

/// A numbered word: easy to find again in the rendered slides.
fn word() -> impl Strategy<Value = String> {
    (0u32..1000).prop_map(|n| format!("w{n}"))
}

/// One to four words separated by spaces.
fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..5).prop_map(|w| w.join(" "))
}

/// Lines with no words of their own: separators, fences, tags, comments.
const SYNTAX_LINES: &[&str] = &[
    "",
    "",
    "---",
    "----",
    "--- ",
    "----\t",
    "```",
    "```rust",
    "```js=",
    "```=+",
    "~~~python=5 [1|2]",
    "~~~",
    "<div>",
    "</div>",
    "<details>",
    "</details>",
    "<br>",
    "<!-- a comment -->",
    "<!-- .slide: data-background=\"#123456\" -->",
    "<!-- .slide: data-transition=\"zoom-in fade-out\" class=\"c\" id=\"s\" -->",
    "<style>.reveal h1 { color: red; }</style>",
    "|---|---|",
    "***",
    "===",
    ":smile: :+1: :not_an_emoji: 10:30:00",
];

/// Separator lines, as written (trailing blanks still split).
const SEPARATORS: &[&str] = &["---", "----", "--- ", "----\t"];

/// One line of a deck body, or a separator between empty lines (three
/// lines: a lone separator line rarely gets an empty line on both sides).
fn body_line() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(SYNTAX_LINES).prop_map(str::to_owned),
        2 => select(SEPARATORS).prop_map(|s| format!("\n{s}\n")),
        3 => words(),
        1 => words().prop_map(|w| format!("# {w}")),
        1 => words().prop_map(|w| format!("## {w}")),
        1 => words().prop_map(|w| format!("- {w}")),
        1 => words().prop_map(|w| format!("> {w}")),
        1 => words().prop_map(|w| format!("    {w}")),
        1 => words().prop_map(|w| format!("Note: {w}")),
        1 => words().prop_map(|w| format!("notes:{w}")),
        1 => words().prop_map(|w| format!("{w} <!-- .element: class=\"fragment\" -->")),
        1 => words().prop_map(|w| format!("<span>{w}</span>")),
        1 => words().prop_map(|w| format!("| {w} | x |")),
    ]
}

/// Front-matter blocks (or none); they hold no numbered words.
const FRONT_MATTERS: &[&str] = &[
    "",
    "",
    "---\ntitle: A talk\ntags: [a, b]\n---\n",
    "---\ntype: slide\nslideOptions:\n  theme: white\n  transition: zoom\n---\n",
    "---\nslideOptions:\n  width: 1e309\n  margin: -1\n  transition: nowhere\n...\n",
    "---\ntitle: [unclosed\n  controls:false\n---\n",
    "---\nbreaks: false\nextra: .nan\n---\n",
    "---\n---\n",
];

/// A deck: an optional front matter, then body lines; as lines, so a
/// test can join them with either line ending.
#[derive(Debug, Clone)]
struct DeckLines {
    front: &'static str,
    body: Vec<String>,
}

impl DeckLines {
    /// The deck text with `ending` after every line.
    fn text(&self, ending: &str) -> String {
        let mut text = self.front.replace('\n', ending);
        for line in &self.body {
            text.push_str(&line.replace('\n', ending));
            text.push_str(ending);
        }
        text
    }
}

fn deck_lines() -> impl Strategy<Value = DeckLines> {
    (
        select(FRONT_MATTERS),
        prop::collection::vec(body_line(), 0..40),
    )
        .prop_map(|(front, mut body)| {
            // Without front matter, a first line `---` would open one
            // and take the body's words with it: start with a blank line.
            if front.is_empty()
                && body
                    .first()
                    .is_some_and(|l| l.trim_end_matches([' ', '\t']) == "---")
            {
                body.insert(0, String::new());
            }
            DeckLines { front, body }
        })
}

/// The numbered words in `text`.
fn numbered_words(text: &str) -> BTreeSet<&str> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| t.len() > 1 && t.starts_with('w') && t[1..].bytes().all(|b| b.is_ascii_digit()))
        .collect()
}

/// Everything the deck shows or keeps: slide HTML, notes and deck CSS.
fn rendered_text(deck: &Deck) -> String {
    let mut out = String::new();
    for slide in deck.columns.iter().flatten() {
        out.push_str(slide.html().as_untrusted_str());
        out.push('\n');
        if let Some(notes) = slide.notes_html() {
            out.push_str(notes.as_untrusted_str());
            out.push('\n');
        }
    }
    for css in &deck.styles {
        out.push_str(css);
        out.push('\n');
    }
    out
}

/// How many slides each column has.
fn shape(deck: &Deck) -> Vec<usize> {
    deck.columns.iter().map(Vec::len).collect()
}

/// 256 cases per property keep `cargo test` quick; `PROPTEST_CASES=20000`
/// explores further.
///
/// Failing cases are kept in `deck_properties.proptest-regressions` next to
/// this file and re-run first. Named here because proptest's default
/// (`SourceParallel`) would look in `tests/proptest-regressions/` instead:
/// this file's folder, `tests/it/`, has a `main.rs`.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::with_cases(cases)
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_gives_at_least_one_slide(text in any::<String>()) {
        let deck = parse(&text);
        prop_assert!(!deck.columns.is_empty());
        prop_assert!(deck.columns.iter().all(|column| !column.is_empty()));
    }

    #[test]
    fn any_deck_gives_at_least_one_slide(deck in deck_lines()) {
        let deck = parse(&deck.text("\n"));
        prop_assert!(!deck.columns.is_empty());
        prop_assert!(deck.columns.iter().all(|column| !column.is_empty()));
    }

    #[test]
    fn splitting_keeps_every_word_outside_separators_and_front_matter(deck in deck_lines()) {
        let text = deck.text("\n");
        let parsed = parse(&text);
        let rendered = rendered_text(&parsed);
        let shown = numbered_words(&rendered);
        for word in numbered_words(&text) {
            prop_assert!(shown.contains(word), "`{}` lost from\n{}\nrendered:\n{}", word, text, rendered);
        }
    }

    #[test]
    fn parsing_the_same_text_twice_gives_the_same_deck(deck in deck_lines()) {
        let text = deck.text("\n");
        prop_assert_eq!(parse(&text), parse(&text));
    }

    #[test]
    fn rendering_slides_when_asked_gives_the_deck_rendering_all_at_once_gives(deck in deck_lines()) {
        let text = deck.text("\n");
        prop_assert_eq!(parse(&text), parse_rendering_all_now(&text));
    }

    #[test]
    fn parsing_arbitrary_text_twice_gives_the_same_deck(text in any::<String>()) {
        prop_assert_eq!(parse(&text), parse(&text));
    }

    #[test]
    fn crlf_line_endings_give_the_same_slides_as_lf(deck in deck_lines()) {
        let lf = parse(&deck.text("\n"));
        let crlf = parse(&deck.text("\r\n"));
        prop_assert_eq!(shape(&lf), shape(&crlf));
        let titles = |d: &Deck| d.columns.iter().flatten().map(|s| s.title().map(str::to_owned)).collect::<Vec<_>>();
        prop_assert_eq!(titles(&lf), titles(&crlf));
    }

    #[test]
    fn the_emoji_table_changes_text_never_slides(deck in deck_lines()) {
        static TABLE: OnceLock<std::sync::Arc<EmojiTable>> = OnceLock::new();
        let text = deck.text("\n");
        let plain = parse(&text);
        let with_emoji = parse_with_emoji(&text, TABLE.get_or_init(|| std::sync::Arc::new(EmojiTable::bundled())));
        prop_assert!(!with_emoji.wants_emoji);
        prop_assert_eq!(shape(&plain), shape(&with_emoji));
        if !plain.wants_emoji {
            prop_assert_eq!(plain, with_emoji);
        }
    }
}
