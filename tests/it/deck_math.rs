//! `$…$`, `$$…$$`, `\\(…\\)` and `\\[…\\]`: the parser leaves a placeholder with the
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

/// `\\(…\\)` and `\\[…\\]`, as HedgeDoc's markdown-it-mathjax reads them:
/// two backslashes in the source (its rule runs before Markdown's escapes,
/// so a single `\(` is an escaped parenthesis), the formula raw up to the
/// closer in the same block, never inside code.
#[test]
fn bracketed_math_is_read_as_hedgedoc_reads_it() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "inline",
            "Inline \\\\(x^2\\\\) math\n",
            "<p>Inline <span class=\"math\" data-tex=\"x^2\">\\(x^2\\)</span> math</p>\n",
        ),
        (
            "display",
            "\\\\[\\sum_{i=1}^n i\\\\]\n",
            "<p><span class=\"math display\" data-tex=\"\\sum_{i=1}^n i\">\\[\\sum_{i=1}^n i\\]</span></p>\n",
        ),
        (
            "one backslash is an escaped parenthesis",
            "\\(x\\) and \\[y\\]\n",
            "<p>(x) and [y]</p>\n",
        ),
        (
            "emphasis marks inside stay as written",
            "\\\\(a *b* c\\\\)\n",
            "<p><span class=\"math\" data-tex=\"a *b* c\">\\(a *b* c\\)</span></p>\n",
        ),
        (
            "Markdown escapes inside stay as written",
            "\\\\(\\{x\\}\\_1 \\\\ y\\\\)\n",
            "<p><span class=\"math\" data-tex=\"\\{x\\}\\_1 \\\\ y\">\\(\\{x\\}\\_1 \\\\ y\\)</span></p>\n",
        ),
        (
            "stars in two formulas make no emphasis between them",
            "\\\\(a*b\\\\) and \\\\(c*d\\\\)\n",
            "<p><span class=\"math\" data-tex=\"a*b\">\\(a*b\\)</span> and <span class=\"math\" data-tex=\"c*d\">\\(c*d\\)</span></p>\n",
        ),
        (
            "a backtick inside",
            "\\\\(a`b\\\\) `code`\n",
            "<p><span class=\"math\" data-tex=\"a`b\">\\(a`b\\)</span> <code>code</code></p>\n",
        ),
        (
            "in a list item",
            "- item \\\\(x\\\\)\n",
            "<ul>\n<li>item <span class=\"math\" data-tex=\"x\">\\(x\\)</span></li>\n</ul>\n",
        ),
        (
            "in a heading",
            "## Area \\\\(\\pi r^2\\\\)\n",
            ">Area <span class=\"math\" data-tex=\"\\pi r^2\">\\(\\pi r^2\\)</span></h2>\n",
        ),
        (
            "in a link's text",
            "[\\\\(x\\\\)](https://example.org)\n",
            "<p><a href=\"https://example.org\"><span class=\"math\" data-tex=\"x\">\\(x\\)</span></a></p>\n",
        ),
        (
            "not inside inline code",
            "`\\\\(x\\\\)`\n",
            "<p><code>\\\\(x\\\\)</code></p>\n",
        ),
        (
            "not inside a code block",
            "```\n\\\\(x\\\\)\n```\n",
            "<pre><code>\\\\(x\\\\)\n</code></pre>\n",
        ),
        (
            "an even run of backslashes before the parenthesis opens",
            "\\\\\\\\(x\\\\)\n",
            "<p>\\<span class=\"math\" data-tex=\"x\">\\(x\\)</span></p>\n",
        ),
        (
            "an odd run does not",
            "\\\\\\(x\\\\)\n",
            "<p>\\(x\\)</p>\n",
        ),
        (
            "a final control space is kept",
            "\\\\(a\\ \\\\)\n",
            "data-tex=\"a\\ \"",
        ),
        (
            "without a closer it is text",
            "\\\\(x and more\n",
            "<p>\\(x and more</p>\n",
        ),
        (
            "the closer must be in the same block",
            "\\\\(x\n\ny\\\\)\n",
            "<p>\\(x</p>\n<p>y\\)</p>\n",
        ),
    ];
    for &(case, markdown, expected) in cases {
        let out = html(markdown);
        assert!(out.contains(expected), "{case}: {out}");
    }
}

#[test]
fn bracketed_math_in_a_table_cell_is_math() {
    let out = html("| a | b |\n|---|---|\n| \\\\(x_1\\\\) | 2 |\n");
    assert!(
        out.contains("<td><span class=\"math\" data-tex=\"x_1\">\\(x_1\\)</span></td>"),
        "{out}"
    );
}

#[test]
fn display_math_over_lines_of_a_quote_leaves_the_quote_marks_out() {
    let out = html("> \\\\[a +\n> b\\\\]\n");
    assert!(
        out.contains("<span class=\"math display\" data-tex=\"a + b\">"),
        "{out}"
    );
}

#[test]
fn display_math_alone_on_its_lines_beside_a_code_block() {
    let out = html("```\n`x`\n```\n\n\\\\[\n\\frac{1}{2}\n\\\\]\n");
    assert!(
        out.contains("<p><span class=\"math display\" data-tex=\"\\frac{1}{2}\">"),
        "{out}"
    );
}

#[test]
fn dollar_math_and_bracketed_math_live_side_by_side() {
    let out = html("$a$ and \\\\(b\\\\) and $$c$$\n");
    assert!(out.contains("data-tex=\"a\">$a$</span>"), "{out}");
    assert!(out.contains("data-tex=\"b\">\\(b\\)</span>"), "{out}");
    assert!(out.contains("data-tex=\"c\">$$c$$</span>"), "{out}");
}
