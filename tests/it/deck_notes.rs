//! Speaker notes: from the first `Note:` line to the end of the slide.

use deckview::deck::{parse, Slide};

fn only_slide(text: &str) -> Slide {
    let deck = parse(text);
    assert_eq!(deck.columns.len(), 1);
    deck.columns[0][0].clone()
}

fn notes(slide: &Slide) -> &str {
    slide.notes_html().map_or("", |n| n.as_untrusted_str())
}

#[test]
fn a_note_line_starts_the_speaker_notes() {
    let slide = only_slide("# Title\n\nShown\n\nNote:\nSay this.\n");
    assert!(slide.html().as_untrusted_str().contains("Shown"));
    assert!(!slide.html().as_untrusted_str().contains("Say this"));
    assert!(notes(&slide).contains("Say this."));
}

#[test]
fn the_keyword_may_be_in_any_case_and_plural() {
    for keyword in ["note:", "NOTE:", "Notes:", "notes:"] {
        let slide = only_slide(&format!("Shown\n\n{keyword} hidden\n"));
        assert!(notes(&slide).contains("hidden"), "{keyword}");
        assert!(
            !slide.html().as_untrusted_str().contains("hidden"),
            "{keyword}"
        );
    }
}

#[test]
fn text_after_the_keyword_on_the_same_line_belongs_to_the_notes() {
    let slide = only_slide("Shown\n\nNote: first thought\nsecond thought\n");
    assert!(notes(&slide).contains("first thought"));
    assert!(notes(&slide).contains("second thought"));
    assert!(!notes(&slide).contains("Note:"));
}

#[test]
fn an_indented_note_line_counts() {
    let slide = only_slide("Shown\n\n   Note: hidden\n");
    assert!(notes(&slide).contains("hidden"));
}

#[test]
fn a_note_line_inside_a_code_fence_is_code() {
    let slide = only_slide("```\nNote: in code\n```\n");
    assert!(slide.notes_html().is_none());
    assert!(slide.html().as_untrusted_str().contains("Note: in code"));
}

#[test]
fn notes_start_at_the_first_note_line_and_keep_later_ones() {
    let slide = only_slide("Shown\n\nNote: one\n\nNote: two\n");
    assert!(notes(&slide).contains("one"));
    assert!(notes(&slide).contains("Note: two"));
}

#[test]
fn notes_are_rendered_as_markdown() {
    let slide = only_slide("Shown\n\nNote:\n- **point**\n");
    assert!(notes(&slide).contains("<li><strong>point</strong></li>"));
}

#[test]
fn a_word_that_merely_starts_with_note_is_not_a_note() {
    let slide = only_slide("Notebook: shown\n\nNoted: shown\n");
    assert!(slide.notes_html().is_none());
}

#[test]
fn notes_belong_to_their_own_slide() {
    let deck = parse("A\n\nNote: for A\n\n---\n\nB\n");
    assert!(notes(&deck.columns[0][0]).contains("for A"));
    assert!(deck.columns[1][0].notes_html().is_none());
}

#[test]
fn an_empty_note_gives_no_notes() {
    let slide = only_slide("Shown\n\nNote:\n\n");
    assert!(slide.notes_html().is_none());
}
