//! Line numbers on code blocks: HedgeDoc's `=`, `=N`, `=+` and reveal.js's
//! `[]` (issue #8).

use deckview::deck::parse;

fn slide(text: &str, h: usize) -> String {
    parse(text).columns[h][0].html.as_untrusted_str().to_owned()
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
fn a_line_highlight_is_not_line_numbering() {
    let out = slide("```python [2]\nx = 1\ny = 2\n```\n", 0);
    assert!(!out.contains("line-numbers\""), "{out}");
    assert!(out.starts_with("<pre><code"), "{out}");
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
