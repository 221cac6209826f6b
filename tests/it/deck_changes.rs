//! What changed between two versions of a watched deck, and when a new
//! version is not shown.

use deckview::deck::changes::{compare, keep_last_good, DeckChange};
use deckview::deck::parse;

const DECK: &str = "# One\n\n---\n\n# Two\n\n----\n\n## Two below\n\n---\n\n# Three\n";

fn every_slide_filled(_: usize, _: usize) -> bool {
    true
}

#[test]
fn the_same_text_changes_nothing() {
    assert_eq!(
        compare(&parse(DECK), &parse(DECK), every_slide_filled),
        DeckChange::Same
    );
}

#[test]
fn an_edited_slide_is_the_only_one_updated() {
    let edited = DECK.replace("# Two\n", "# Two, edited\n");
    assert_eq!(
        compare(&parse(DECK), &parse(&edited), every_slide_filled),
        DeckChange::Slides(vec![(1, 0)])
    );
}

#[test]
fn an_edited_slide_not_in_the_page_needs_no_update() {
    let edited = DECK.replace("# Three", "# Three, edited");
    let filled = |h: usize, _: usize| h < 2;
    assert_eq!(
        compare(&parse(DECK), &parse(&edited), filled),
        DeckChange::Same
    );
}

#[test]
fn changed_speaker_notes_update_their_slide() {
    let edited = DECK.replace("# One\n", "# One\n\nNote: say hello\n");
    assert_eq!(
        compare(&parse(DECK), &parse(&edited), every_slide_filled),
        DeckChange::Slides(vec![(0, 0)])
    );
}

#[test]
fn changed_slide_attributes_update_their_slide_even_when_not_filled() {
    let edited = DECK.replace("# Three", "<!-- .slide: class=\"big\" -->\n# Three");
    assert_eq!(
        compare(&parse(DECK), &parse(&edited), |_, _| false),
        DeckChange::Slides(vec![(2, 0)])
    );
}

#[test]
fn these_edits_build_the_deck_again() {
    let cases = [
        ("a slide added", format!("{DECK}\n---\n\n# Four\n")),
        ("a slide removed", DECK.replace("\n---\n\n# Three\n", "\n")),
        (
            "a slide moved into a stack",
            DECK.replace("\n---\n\n# Three", "\n----\n\n# Three"),
        ),
        (
            "an option",
            format!("---\nslideOptions:\n  transition: zoom\n---\n{DECK}"),
        ),
        (
            "the theme",
            format!("---\nslideOptions:\n  theme: sky\n---\n{DECK}"),
        ),
        ("the title", format!("---\ntitle: Talk\n---\n{DECK}")),
        (
            "deck CSS",
            format!("{DECK}\n<style>h1 {{ color: red }}</style>\n"),
        ),
        (
            "a background",
            DECK.replace(
                "# Three",
                "<!-- .slide: data-background-color=\"#000\" -->\n# Three",
            ),
        ),
        (
            "a slide id",
            DECK.replace("# Three", "<!-- .slide: id=\"end\" -->\n# Three"),
        ),
    ];
    for (what, edited) in cases {
        assert_eq!(
            compare(&parse(DECK), &parse(&edited), every_slide_filled),
            DeckChange::Rebuild,
            "{what}"
        );
    }
}

#[test]
fn whole_versions_are_shown() {
    let cases = [
        ("an edited slide", DECK.replace("# Two", "# 2")),
        (
            "readable front matter",
            format!("---\ntitle: T\n---\n{DECK}"),
        ),
    ];
    for (what, new) in cases {
        assert_eq!(keep_last_good(DECK, &new), None, "{what}");
    }
}

#[test]
fn half_written_versions_keep_the_last_good_slides_with_a_warning() {
    let cases = [
        ("an empty file", String::new()),
        ("front matter only", "---\ntitle: T\n---\n".to_string()),
        (
            "an unclosed front matter",
            "---\ntitle: T\n# One\n".to_string(),
        ),
        ("a YAML error", format!("---\ntitle: [T\n---\n{DECK}")),
    ];
    for (what, new) in cases {
        let warning = keep_last_good(DECK, &new).unwrap_or_else(|| panic!("{what}: shown"));
        assert!(
            warning.message.contains("last good version"),
            "{what}: {}",
            warning.message
        );
    }
}

#[test]
fn a_deck_whose_front_matter_never_read_still_updates() {
    let broken = format!("---\ntitle: [T\n---\n{DECK}");
    let edited = broken.replace("# Two", "# 2");
    assert_eq!(keep_last_good(&broken, &edited), None);
}
