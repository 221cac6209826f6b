//! Splitting a deck into slides, HedgeDoc's way (and better inside code).

use deckview::deck::{parse, Deck};

/// Number of slides in each column.
fn shape(deck: &Deck) -> Vec<usize> {
    deck.columns.iter().map(Vec::len).collect()
}

fn html(deck: &Deck, h: usize, v: usize) -> &str {
    deck.columns[h][v].html().as_untrusted_str()
}

#[test]
fn empty_text_gives_one_empty_slide() {
    let deck = parse("");
    assert_eq!(shape(&deck), [1]);
    assert!(deck.columns[0][0].html().is_empty());
}

#[test]
fn text_without_separators_is_one_slide() {
    let deck = parse("# One\n\nJust text.\n");
    assert_eq!(shape(&deck), [1]);
    assert!(html(&deck, 0, 0).contains("<h1 id=\"One\">One</h1>"));
}

#[test]
fn three_dashes_between_empty_lines_split_horizontally() {
    let deck = parse("# A\n\n---\n\n# B\n\n---\n\n# C\n");
    assert_eq!(shape(&deck), [1, 1, 1]);
    assert!(html(&deck, 2, 0).contains("<h1 id=\"C\">C</h1>"));
}

#[test]
fn four_dashes_between_empty_lines_split_vertically() {
    let deck = parse("# A\n\n----\n\n# A.2\n\n----\n\n# A.3\n");
    assert_eq!(shape(&deck), [3]);
    assert!(html(&deck, 0, 2).contains("<h1 id=\"A3\">A.3</h1>"));
}

#[test]
fn a_column_is_led_by_the_slide_before_its_first_vertical_separator() {
    let deck = parse("# A\n\n---\n\n# B\n\n----\n\n# B.2\n\n---\n\n# C\n");
    assert_eq!(shape(&deck), [1, 2, 1]);
    assert!(html(&deck, 1, 0).contains("<h1 id=\"B\">B</h1>"));
    assert!(html(&deck, 1, 1).contains("<h1 id=\"B2\">B.2</h1>"));
}

#[test]
fn dashes_right_under_text_are_a_setext_heading_not_a_split() {
    let deck = parse("Title\n---\n\nBody\n");
    assert_eq!(shape(&deck), [1]);
    assert!(html(&deck, 0, 0).contains("<h2 id=\"Title\">Title</h2>"));
}

#[test]
fn dashes_without_an_empty_line_after_them_do_not_split() {
    let deck = parse("A\n\n---\nB\n");
    assert_eq!(shape(&deck), [1]);
    assert!(html(&deck, 0, 0).contains("<hr />"));
}

#[test]
fn neighbour_lines_holding_only_spaces_are_not_empty_lines() {
    // HedgeDoc's rule, and a real deck relies on it (see deck_real.rs).
    let deck = parse("A\n  \n---\n  \nB\n");
    assert_eq!(shape(&deck), [1]);
}

#[test]
fn trailing_spaces_and_tabs_after_the_dashes_still_split() {
    let deck = parse("A\n\n---   \n\nB\n\n----\t\n\nC\n");
    assert_eq!(shape(&deck), [1, 2]);
}

#[test]
fn crlf_line_endings_split_like_lf() {
    let deck = parse("# A\r\n\r\n---\r\n\r\n# B\r\n\r\n----\r\n\r\n# B.2\r\n");
    assert_eq!(shape(&deck), [1, 2]);
    assert!(html(&deck, 1, 1).contains("<h1 id=\"B2\">B.2</h1>"));
}

#[test]
fn dashes_inside_a_backtick_fence_do_not_split() {
    let deck = parse("```yaml\na: 1\n\n---\n\nb: 2\n```\n\n---\n\nnext\n");
    assert_eq!(shape(&deck), [1, 1]);
    assert!(html(&deck, 0, 0).contains("---\n\nb: 2"));
}

#[test]
fn dashes_inside_a_tilde_fence_do_not_split() {
    let deck = parse("~~~\n\n----\n\n~~~\n");
    assert_eq!(shape(&deck), [1]);
}

#[test]
fn a_fence_is_only_closed_by_a_fence_at_least_as_long() {
    let deck = parse("````\n```\n\n---\n\n```\n````\n");
    assert_eq!(shape(&deck), [1]);
}

#[test]
fn a_fence_indented_by_three_spaces_still_protects_its_content() {
    let deck = parse("   ```\n\n---\n\n   ```\n");
    assert_eq!(shape(&deck), [1]);
}

#[test]
fn an_unclosed_fence_does_not_swallow_the_rest_of_the_deck() {
    // HedgeDoc shows the fence to the end of its slide; so do we.
    let deck = parse("```\ncode\n\n---\n\n# Next\n");
    assert_eq!(shape(&deck), [1, 1]);
    assert!(html(&deck, 1, 0).contains("<h1 id=\"Next\">Next</h1>"));
}

#[test]
fn dashes_inside_a_multiline_html_comment_do_not_split() {
    let deck = parse("A\n\n<!--\n\n---\n\nhidden\n-->\n\nB\n");
    assert_eq!(shape(&deck), [1]);
}

#[test]
fn a_comment_holding_dashes_on_one_line_is_not_a_split() {
    let deck = parse("A\n\n<!-- --- -->\n\nB\n");
    assert_eq!(shape(&deck), [1]);
}

#[test]
fn dashes_inside_a_div_spanning_lines_do_not_split() {
    let deck = parse("<div class=\"cols\">\n\nleft\n\n---\n\nright\n\n</div>\n\n---\n\nnext\n");
    assert_eq!(shape(&deck), [1, 1]);
}

#[test]
fn nested_divs_protect_until_the_outermost_one_closes() {
    let deck = parse("<div>\n<div>\n</div>\n\n---\n\n</div>\n");
    assert_eq!(shape(&deck), [1]);
}

#[test]
fn an_unclosed_div_does_not_swallow_the_rest_of_the_deck() {
    let deck = parse("<div>\n\nA\n\n---\n\nB\n");
    assert_eq!(shape(&deck), [1, 1]);
}

#[test]
fn escaped_dashes_stay_text() {
    let deck = parse("A\n\n\\---\n\nB\n");
    assert_eq!(shape(&deck), [1]);
    // The two unescaped dashes are an en dash, as HedgeDoc's typographer
    // makes them (`\-\-\-` keeps all three).
    assert!(html(&deck, 0, 0).contains("<p>-–</p>"));
}

#[test]
fn indented_dashes_do_not_split() {
    let deck = parse("A\n\n  ---\n\nB\n");
    assert_eq!(shape(&deck), [1]);
}

#[test]
fn five_dashes_are_a_rule_not_a_split() {
    let deck = parse("A\n\n-----\n\nB\n");
    assert_eq!(shape(&deck), [1]);
    assert!(html(&deck, 0, 0).contains("<hr />"));
}

#[test]
fn dashes_on_the_last_line_make_an_empty_last_slide() {
    // As in HedgeDoc (the SCS deck ends like this).
    let deck = parse("A\n\n---\n");
    assert_eq!(shape(&deck), [1, 1]);
    assert!(deck.columns[1][0].html().is_empty());
}

#[test]
fn dashes_ending_the_text_without_a_newline_are_a_rule() {
    let deck = parse("A\n\n---");
    assert_eq!(shape(&deck), [1]);
}

#[test]
fn two_separators_in_a_row_leave_an_empty_slide_between_them() {
    let deck = parse("A\n\n----\n\n----\n\nB\n");
    assert_eq!(shape(&deck), [3]);
    assert!(deck.columns[0][1].html().is_empty());
}

#[test]
fn common_leading_indentation_of_a_slide_is_stripped() {
    let deck = parse("    # Title\n\n    Some text\n      indented more\n");
    let slide = html(&deck, 0, 0);
    assert!(slide.contains("<h1 id=\"Title\">Title</h1>"));
    assert!(!slide.contains("<pre>"));
}

#[test]
fn slide_line_is_the_deck_line_where_the_slide_starts() {
    let deck = parse("---\ntitle: x\n---\n# A\n\n---\n\n# B\n\n----\n\n# C\n");
    assert_eq!(deck.columns[0][0].line, 4);
    assert_eq!(deck.columns[1][0].line, 7);
    assert_eq!(deck.columns[1][1].line, 11);
}

#[test]
fn many_slides_split_in_order() {
    let text: String = (0..2000).map(|i| format!("# S{i}\n\n---\n\n")).collect();
    let deck = parse(&text);
    assert_eq!(deck.columns.len(), 2001);
    assert_eq!(deck.columns[1999][0].title(), Some("S1999"));
}
