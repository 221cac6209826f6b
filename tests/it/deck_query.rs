//! URL query parameters override `slideOptions`.

use deckview::deck::{apply_query, parse, Deck, Length, SlideNumber, Theme, Transition};

fn query(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn deck() -> Deck {
    parse("---\nslideOptions:\n  theme: black\n  transition: fade\n---\n# Slide\n")
}

#[test]
fn query_parameters_override_the_front_matter() {
    let mut deck = deck();
    apply_query(
        &mut deck,
        &query(&[
            ("transition", "zoom"),
            ("controls", "false"),
            ("theme", "white"),
        ]),
    );
    assert_eq!(deck.options.transition, Transition::Zoom);
    assert!(!deck.options.controls);
    assert_eq!(deck.options.theme, Theme::White);
    assert!(deck.warnings.is_empty());
}

#[test]
fn query_values_are_read_as_loosely_as_the_front_matter() {
    let mut deck = deck();
    apply_query(
        &mut deck,
        &query(&[("width", "100%"), ("slideNumber", "c/t"), ("margin", "0.1")]),
    );
    assert_eq!(deck.options.width, Length::Percent(100.0));
    assert_eq!(deck.options.slide_number, SlideNumber::CSlashT);
    assert_eq!(deck.options.margin, 0.1);
}

#[test]
fn parameters_that_are_not_options_are_ignored_silently() {
    let mut deck = deck();
    let before = deck.options.clone();
    apply_query(
        &mut deck,
        &query(&[
            ("src", "https://x.org/a.md"),
            ("embed", ""),
            ("print-pdf", ""),
        ]),
    );
    assert_eq!(deck.options, before);
    assert!(deck.warnings.is_empty());
}

#[test]
fn an_unusable_value_warns_and_keeps_the_deck_setting() {
    let mut deck = deck();
    apply_query(
        &mut deck,
        &query(&[("theme", "blue"), ("controls", "perhaps")]),
    );
    assert_eq!(deck.options.theme, Theme::Black);
    assert!(deck.options.controls);
    assert_eq!(deck.warnings.len(), 2);
    assert!(deck.warnings.iter().all(|w| w.line.is_none()));
    assert!(deck.warnings[0]
        .message
        .starts_with("URL parameter `theme`"));
}

#[test]
fn a_theme_in_capitals_is_used_with_a_warning() {
    let mut deck = deck();
    apply_query(&mut deck, &query(&[("theme", "White")]));
    assert_eq!(deck.options.theme, Theme::White);
    assert_eq!(deck.warnings.len(), 1);
}
