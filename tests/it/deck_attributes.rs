//! Attribute comments: `<!-- .slide: … -->` and `<!-- .element: … -->`.

use deckview::deck::{parse, Slide};

fn only_slide(text: &str) -> Slide {
    parse(text).columns[0][0].clone()
}

fn html(text: &str) -> String {
    only_slide(text).html().as_untrusted_str().to_owned()
}

fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

// --- .slide ---------------------------------------------------------------

#[test]
fn a_slide_comment_sets_slide_attributes_and_leaves_the_html() {
    let slide = only_slide(
        "<!-- .slide: data-background=\"#ff0000\" data-transition=\"zoom\" class=\"x\" -->\n# T\n",
    );
    assert_eq!(
        slide.attributes,
        attrs(&[
            ("data-background", "#ff0000"),
            ("data-transition", "zoom"),
            ("class", "x")
        ])
    );
    assert!(!slide.html().as_untrusted_str().contains(".slide"));
}

#[test]
fn a_slide_comment_may_come_after_the_heading() {
    let slide = only_slide(
        "# Transitions\n\n<!-- .slide: data-transition=\"fade-in convex-out\" -->\n\nText\n",
    );
    assert_eq!(
        slide.attribute("data-transition"),
        Some("fade-in convex-out")
    );
}

#[test]
fn a_slide_comment_may_sit_inside_a_paragraph() {
    let slide = only_slide("Some text <!-- .slide: data-state=\"x\" --> more\n");
    assert_eq!(slide.attribute("data-state"), Some("x"));
    assert!(slide
        .html()
        .as_untrusted_str()
        .contains("<p>Some text  more</p>"));
}

#[test]
fn several_slide_comments_merge_in_order() {
    let slide = only_slide(
        "<!-- .slide: class=\"a\" data-x=\"1\" -->\n\n# T\n\n<!-- .slide: class=\"b\" data-x=\"2\" id=\"intro\" -->\n",
    );
    assert_eq!(
        slide.attributes,
        attrs(&[("class", "a b"), ("data-x", "2"), ("id", "intro")])
    );
}

#[test]
fn a_bare_data_attribute_is_set_empty() {
    let slide = only_slide("<!-- .slide: data-auto-animate -->\n# T\n");
    assert_eq!(slide.attributes, attrs(&[("data-auto-animate", "")]));
}

#[test]
fn bare_tokens_that_are_not_data_attributes_are_ignored() {
    let slide = only_slide("<!-- .slide: data-fragment-index=\"1\" highlight-red -->\n");
    assert_eq!(slide.attributes, attrs(&[("data-fragment-index", "1")]));
}

#[test]
fn only_data_class_id_and_style_are_applied() {
    let slide = only_slide(
        "<!-- .slide: onclick=\"alert(1)\" style=\"color: red\" src=\"x\" id=\"s\" data-ok=\"y\" -->\n",
    );
    assert_eq!(
        slide.attributes,
        attrs(&[("style", "color: red"), ("id", "s"), ("data-ok", "y")])
    );
}

#[test]
fn a_slide_comment_inside_a_code_fence_is_code() {
    let slide = only_slide("```html\n<!-- .slide: data-x=\"1\" -->\n```\n");
    assert!(slide.attributes.is_empty());
    assert!(slide.html().as_untrusted_str().contains("&lt;!-- .slide"));
}

// --- .element -------------------------------------------------------------

#[test]
fn an_element_comment_at_the_end_of_a_paragraph_decorates_the_paragraph() {
    assert!(html("Text <!-- .element: class=\"fragment\" -->\n")
        .contains("<p class=\"fragment\">Text </p>"));
}

#[test]
fn an_element_comment_decorates_the_previous_element_sibling() {
    let out = html("Plain **bold** text <!-- .element: class=\"fragment\" -->\n");
    assert!(
        out.contains("<strong class=\"fragment\">bold</strong>"),
        "{out}"
    );
}

#[test]
fn an_element_comment_skips_a_line_break_before_it() {
    let out = html("<span>a</span><br><!-- .element: class=\"fragment\" -->\n");
    assert!(
        out.contains("<span class=\"fragment\">a</span><br>"),
        "{out}"
    );
}

#[test]
fn an_element_comment_right_after_a_list_decorates_its_last_item() {
    let out = html("- one\n- two\n<!-- .element: class=\"fragment\" -->\n");
    assert!(out.contains("<li class=\"fragment\">two</li>"), "{out}");
    assert!(out.contains("<li>one</li>"));
}

#[test]
fn an_element_comment_after_a_blank_line_after_a_list_decorates_the_list() {
    let out = html("- one\n- two\n\n<!-- .element: class=\"fragment\" -->\n");
    assert!(out.contains("<ul class=\"fragment\">"), "{out}");
}

#[test]
fn an_element_comment_alone_after_a_fenced_code_block_decorates_the_pre() {
    let out = html("```rust\nlet x = 1;\n```\n\n<!-- .element: class=\"fragment\"-->\n");
    assert!(
        out.contains("<pre class=\"fragment\"><code class=\"language-rust\">"),
        "{out}"
    );
}

#[test]
fn an_element_comment_first_in_a_list_item_decorates_the_item() {
    let out = html("- <!-- .element: class=\"fragment\"-->Workarounds\n  - manual checks\n");
    assert!(out.contains("<li class=\"fragment\">Workarounds"), "{out}");
}

#[test]
fn an_element_comment_inside_a_span_with_nothing_before_it_decorates_the_span() {
    let out =
        html("Highlight <span><!-- .element: class=\"fragment highlight-red\" -->red</span>\n");
    assert!(
        out.contains("<span class=\"fragment highlight-red\">red</span>"),
        "{out}"
    );
}

#[test]
fn an_element_comment_inside_inline_code_is_just_text() {
    let out = html("Write `<!-- .element: class=\"fragment\" -->` after it\n");
    assert!(
        out.contains("<code>&lt;!-- .element: class=\"fragment\" --&gt;</code>"),
        "{out}"
    );
    assert!(out.starts_with("<p>Write <code>"), "{out}");
}

#[test]
fn an_element_comment_first_in_a_slide_decorates_the_slide() {
    let slide = only_slide("<!-- .element: class=\"x\" -->\n# T\n");
    assert_eq!(slide.attribute("class"), Some("x"));
}

#[test]
fn an_element_class_merges_with_the_existing_class() {
    let out = html("# Title {.big}\n<!-- .element: class=\"fragment\" -->\n");
    assert!(
        out.contains("<h1 class=\"big fragment\" id=\"Title\">Title</h1>"),
        "{out}"
    );
}

#[test]
fn an_element_class_merges_into_a_raw_tag_with_single_quotes() {
    let out = html("<span class='a'>x<!-- .element: class=\"b\" --></span>\n");
    assert!(out.contains("<span class='a b'>x</span>"), "{out}");
}

#[test]
fn element_attribute_values_are_escaped() {
    let out = html("Text <!-- .element: data-x='say \"hi\" & <b>' -->\n");
    assert!(
        out.contains("data-x=\"say &quot;hi&quot; &amp; &lt;b&gt;\""),
        "{out}"
    );
}

#[test]
fn several_element_comments_on_one_element_merge_in_order() {
    let out = html("Text <!-- .element: class=\"a\" data-i=\"1\" --> <!-- .element: class=\"b\" data-i=\"2\" -->\n");
    assert!(out.contains("<p class=\"a b\" data-i=\"2\">"), "{out}");
}

#[test]
fn an_element_comment_decorates_an_image() {
    let out = html("![cat](cat.png) <!-- .element: style=\"width: 50%\" -->\n");
    assert!(
        out.contains("<img src=\"cat.png\" alt=\"cat\" style=\"width: 50%\" />"),
        "{out}"
    );
}

#[test]
fn fragments_in_a_real_deck_land_on_their_spans() {
    let deck = parse(include_str!("../fixtures/real/mprimi-hackmd-sandbox.md"));
    let fragments = deck.columns[4][0].html().as_untrusted_str();
    insta::assert_snapshot!("mprimi_fragments_slide", fragments);
}

#[test]
fn element_placements_render_as_expected() {
    let deck = parse(concat!(
        "# Placements\n",
        "\n",
        "- first\n",
        "- second\n",
        "<!-- .element: class=\"fragment\" data-fragment-index=\"2\" -->\n",
        "\n",
        "```python\n",
        "print(1)\n",
        "```\n",
        "<!-- .element: class=\"fragment\" data-fragment-index=\"1\" -->\n",
        "\n",
        "- <!-- .element: class=\"fragment\" -->Item text\n",
        "\n",
        "<span>a<!-- .element: class=\"fragment\" --></span> <span>b</span>\n",
    ));
    insta::assert_snapshot!(
        "element_placements",
        deck.columns[0][0].html().as_untrusted_str()
    );
}

#[test]
fn a_deck_has_backgrounds_only_when_a_slide_declares_one() {
    assert!(!deckview::deck::parse("# A\n\n---\n\n# B\n").has_backgrounds());
    let deck = deckview::deck::parse(
        "# A\n\n---\n\n<!-- .slide: data-background-color=\"navy\" -->\n# B\n",
    );
    assert!(deck.has_backgrounds());
}
