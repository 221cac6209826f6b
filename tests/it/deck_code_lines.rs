//! Line numbers on code blocks: HedgeDoc's `=`, `=N`, `=+` and reveal.js's
//! `[]` (issue #8).

use deckview::deck::parse;

fn slide(text: &str, h: usize) -> String {
    parse(text).columns[h][0]
        .html()
        .as_untrusted_str()
        .to_owned()
}

#[test]
fn an_equals_sign_numbers_the_lines_from_one() {
    let out = slide("```js=\na()\nb()\nc()\n```\n", 0);
    assert_eq!(
        out,
        "<pre class=\"has-line-numbers\"><code class=\"language-js\" data-line-numbers=\"\">a()\nb()\nc()\n</code>\
         <span class=\"line-numbers\" aria-hidden=\"true\">1\n2\n3</span></pre>\n"
    );
}

#[test]
fn a_number_after_the_equals_sign_is_the_first_line_number() {
    assert!(slide("```js=41\na\nb\n```\n", 0).contains(">41\n42</span>"));
}

#[test]
fn equals_plus_goes_on_from_the_previous_numbered_block_even_on_another_slide() {
    let deck = "```js=10\na\nb\n```\n\n---\n\n```\nnot numbered\n```\n\n```js=+\nc\n```\n";
    assert!(slide(deck, 1).contains(">12</span>"), "{}", slide(deck, 1));
}

#[test]
fn empty_brackets_number_the_lines_as_in_reveal() {
    assert!(slide("```python []\nx = 1\n```\n", 0).contains(">1</span>"));
}

#[test]
fn a_line_highlight_is_numbered_and_draws_a_band_behind_its_lines() {
    let out = slide("```python [2]\nx = 1\ny = 2\n```\n", 0);
    assert!(out.starts_with("<pre class=\"has-line-numbers\"><code class=\"language-python\" data-line-numbers=\"2\" style=\"background-image:linear-gradient(to bottom,transparent 0,transparent calc(5px + 1.2em),var(--dv-line-highlight) calc(5px + 1.2em),var(--dv-line-highlight) calc(5px + 2.4em),transparent calc(5px + 2.4em))\">"), "{out}");
    assert!(out.contains(">1\n2</span>"), "{out}");
}

#[test]
fn each_later_highlight_step_is_a_fragment_copy_of_the_block() {
    let out = slide("```js [1|2-3|1,3]\na<b\nc\nd\n```\n", 0);
    assert_eq!(out.matches("<code").count(), 3, "{out}");
    assert_eq!(
        out.matches("class=\"language-js fragment line-step\" aria-hidden=\"true\"")
            .count(),
        2,
        "{out}"
    );
    assert_eq!(
        out.matches("a&lt;b\nc\nd\n").count(),
        3,
        "the code is escaped in every copy: {out}"
    );
    // The numbers column comes once, after the copies.
    assert!(
        out.ends_with(
            "</code><span class=\"line-numbers\" aria-hidden=\"true\">1\n2\n3</span></pre>\n"
        ),
        "{out}"
    );
}

#[test]
fn the_step_copies_are_fragments_of_the_slide() {
    let deck = parse("# Code\n\n```js [1|2|3]\na\nb\nc\n```\n");
    let html = deck.columns[0][0].html().as_untrusted_str();
    assert_eq!(html.matches("fragment line-step").count(), 2);
}

#[test]
fn unreadable_steps_are_left_out() {
    let out = slide("```js [x|2|]\na\nb\n```\n", 0);
    // Only `2` is a step: the first and only one, so no copies.
    assert_eq!(out.matches("<code").count(), 1, "{out}");
    assert!(out.contains("calc(5px + 1.2em)"), "{out}");
}

#[test]
fn a_last_line_without_a_newline_still_counts() {
    // The closing fence is missing: the block runs to the end of the slide.
    assert!(slide("```js=\na\nb", 0).contains(">1\n2</span>"));
}

#[test]
fn blocks_without_a_sign_have_no_numbers() {
    assert!(!slide("```js\na\n```\n", 0).contains("line-numbers"));
}
