//! `$…$` and `$$…$$` (issue #8): the parser leaves a placeholder with the
//! LaTeX, which the viewer turns into MathML with its math module
//! (`math/`, tested there and in browser-tests/syntax.test.mjs).

use deckview::deck::parse;

fn html(text: &str) -> String {
    parse(text).columns[0][0]
        .html()
        .as_untrusted_str()
        .to_owned()
}

#[test]
fn inline_math_is_a_placeholder_showing_its_source() {
    assert_eq!(
        html("Euler: $e^{i\\pi} + 1 = 0$\n"),
        "<p>Euler: <span class=\"math\" data-tex=\"e^{i\\pi} + 1 = 0\">$e^{i\\pi} + 1 = 0$</span></p>\n"
    );
}

#[test]
fn display_math_is_a_display_placeholder() {
    let out = html("$$\\sum_{i=1}^n i$$\n");
    assert!(
        out.contains("<span class=\"math display\" data-tex=\"\\sum_{i=1}^n i\">$$"),
        "{out}"
    );
}

#[test]
fn the_latex_is_escaped_in_the_attribute_and_the_text() {
    let out = html("$a<b \\text{\"x\"}$\n");
    assert!(
        out.contains("data-tex=\"a&lt;b \\text{&quot;x&quot;}\""),
        "{out}"
    );
    assert!(out.contains(">$a&lt;b \\text{\"x\"}$</span>"), "{out}");
}

#[test]
fn math_in_code_stays_code() {
    assert_eq!(html("`$x$`\n"), "<p><code>$x$</code></p>\n");
}
