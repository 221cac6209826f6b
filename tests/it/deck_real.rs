//! Public decks written for HedgeDoc/HackMD (tests/fixtures/real, licences
//! in SOURCES.md): each splits into the slides HedgeDoc shows (counted by
//! hand from their separator lines) and parses without warnings.

use deckview::deck::{parse, Deck, Length, Theme, Transition};

fn shape(deck: &Deck) -> Vec<usize> {
    deck.columns.iter().map(Vec::len).collect()
}

fn all_html(deck: &Deck) -> String {
    deck.columns
        .iter()
        .flatten()
        .map(|s| s.html().as_untrusted_str())
        .collect()
}

#[test]
fn every_real_deck_splits_as_hedgedoc_does_and_has_no_warnings() {
    let decks: [(&str, &str, Vec<usize>); 8] = [
        (
            "athorp-cicd",
            include_str!("../fixtures/real/athorp-cicd.md"),
            vec![1; 22],
        ),
        (
            "carpentries",
            include_str!("../fixtures/real/carpentries-glam-ml-good-at.md"),
            vec![1; 3],
        ),
        (
            "dora",
            include_str!("../fixtures/real/dora-async-rust.md"),
            vec![1; 12],
        ),
        (
            "faang-di",
            include_str!("../fixtures/real/faang-ez-dependency-injection-zh.md"),
            vec![1, 5, 6, 14, 10],
        ),
        (
            "faang-sd",
            include_str!("../fixtures/real/faang-ez-system-design-zh.md"),
            vec![1, 3, 10, 14],
        ),
        (
            "mprimi",
            include_str!("../fixtures/real/mprimi-hackmd-sandbox.md"),
            vec![1; 10],
        ),
        (
            "pygmt",
            include_str!("../fixtures/real/pygmt-writing-unit-tests.md"),
            vec![1; 9],
        ),
        (
            "sse",
            include_str!("../fixtures/real/sse-markup-languages.md"),
            vec![1; 20],
        ),
    ];
    for (name, text, expected) in decks {
        let deck = parse(text);
        assert_eq!(shape(&deck), expected, "{name}");
        assert!(deck.warnings.is_empty(), "{name}: {:?}", deck.warnings);
    }
}

#[test]
fn the_system_design_deck_ends_with_a_rule_between_space_only_lines() {
    // `----` between two lines of spaces: HedgeDoc shows a rule, not a slide.
    let deck = parse(include_str!(
        "../fixtures/real/faang-ez-system-design-zh.md"
    ));
    let last = deck.columns[3].last().unwrap().html().as_untrusted_str();
    assert!(
        last.contains("<hr />") && last.contains("To Be Continue"),
        "{last}"
    );
}

#[test]
fn the_system_design_deck_sizes_its_image_and_reads_its_options() {
    let deck = parse(include_str!(
        "../fixtures/real/faang-ez-system-design-zh.md"
    ));
    assert_eq!(deck.options.theme, Theme::Night);
    assert_eq!(deck.options.transition, Transition::Fade);
    assert!(all_html(&deck)
        .contains("<img src=\"https://i.imgur.com/vW98tlM.png\" alt=\"\" width=\"65%\" />"));
    assert_eq!(
        deck.columns[0][0].title(),
        Some("System-design - 驗證與授權 ⚙️")
    );
}

#[test]
fn the_dependency_injection_deck_keeps_cjk_anchors_dollars_and_spotlight() {
    let deck = parse(include_str!(
        "../fixtures/real/faang-ez-dependency-injection-zh.md"
    ));
    let html = all_html(&deck);
    assert!(html.contains("<a href=\"#%E4%BE%9D%E8%B3%B4\">依賴章節裡的示意</a>"));
    assert!(html.contains("LOGGER.info(\"sales return $ {}\""));
    assert!(deck.options.other.contains_key("spotlight"));
}

#[test]
fn the_dora_deck_puts_fragments_on_code_blocks_and_list_items() {
    let deck = parse(include_str!("../fixtures/real/dora-async-rust.md"));
    assert_eq!(deck.options.theme, Theme::White);
    assert!(!deck.options.center);
    assert_eq!(deck.styles.len(), 1);
    let events = deck.columns[2][0].html().as_untrusted_str();
    assert_eq!(events.matches("<pre class=\"fragment\">").count(), 3);
    let cancel = deck.columns[7][0].html().as_untrusted_str();
    assert!(cancel.contains("<li class=\"fragment\">Workarounds"));
    let quote = deck.columns[4][0].html().as_untrusted_str();
    // `\---`: an escaped dash, then two that the typographer joins.
    assert!(quote.contains("<p>-– Alice Ryhl"), "{quote}");
}

#[test]
fn the_markup_deck_reads_its_canvas_and_keeps_yaml_examples_in_one_slide() {
    let deck = parse(include_str!("../fixtures/real/sse-markup-languages.md"));
    assert_eq!(deck.options.width, Length::Px(1400.0));
    assert_eq!(deck.options.height, Length::Px(900.0));
    assert_eq!(deck.options.margin, 0.1);
    let last = deck.columns[19][0].html().as_untrusted_str();
    assert!(
        last.contains("<code class=\"language-yaml\">---\ntype: slide"),
        "{last}"
    );
}

#[test]
fn the_carpentries_deck_keeps_its_lesson_keys_and_kramdown_lines() {
    let deck = parse(include_str!(
        "../fixtures/real/carpentries-glam-ml-good-at.md"
    ));
    assert_eq!(deck.options.theme, Theme::Solarized);
    for key in [
        "teaching",
        "exercises",
        "questions",
        "objectives",
        "keypoints",
    ] {
        assert!(deck.meta.extra.contains_key(key), "{key}");
    }
    assert!(all_html(&deck).contains("{: .challenge}"));
}

#[test]
fn the_cicd_deck_reads_fences_with_a_space_before_the_language() {
    let deck = parse(include_str!("../fixtures/real/athorp-cicd.md"));
    assert!(all_html(&deck).contains("<pre><code class=\"language-python\">def my_name():"));
    assert!(all_html(&deck).contains("# ---- On server ----"));
}

#[test]
fn the_pygmt_deck_keeps_its_comment_and_links_its_url() {
    let deck = parse(include_str!("../fixtures/real/pygmt-writing-unit-tests.md"));
    let first = deck.columns[0][0].html().as_untrusted_str();
    assert!(first.contains("<!-- Put the link to this slide here so people can follow -->"));
    assert!(first.contains("<a href=\"https://hackmd.io/@pygmt/eswn-2021-writing-unit-tests\">"));
}
