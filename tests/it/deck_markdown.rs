//! Markdown rendering as HedgeDoc does it, and syntax seen in real decks.

use deckview::deck::parse;

fn html(text: &str) -> String {
    parse(text).columns[0][0]
        .html()
        .as_untrusted_str()
        .to_owned()
}

fn title(text: &str) -> Option<String> {
    parse(text).columns[0][0].title().map(str::to_owned)
}

// --- CommonMark extensions ------------------------------------------------

#[test]
fn tables_render() {
    let out = html("| a | b |\n|---|:-:|\n| 1 | 2 |\n");
    assert!(out.contains("<table>"));
    assert!(out.contains("<th style=\"text-align: center\">b</th>"));
    assert!(out.contains("<td>1</td>"));
}

#[test]
fn strikethrough_renders() {
    assert!(html("~~gone~~\n").contains("<del>gone</del>"));
}

#[test]
fn task_list_checkboxes_are_disabled() {
    let out = html("- [ ] todo\n- [x] done\n");
    assert!(out.contains("<input disabled=\"\" type=\"checkbox\"/>"));
    assert!(out.contains("<input disabled=\"\" type=\"checkbox\" checked=\"\"/>"));
}

#[test]
fn footnotes_render() {
    let out = html("Claim[^1]\n\n[^1]: Source.\n");
    assert!(out.contains("footnote-reference"));
    assert!(out.contains("footnote-definition"));
}

#[test]
fn heading_attributes_set_id_and_class() {
    assert!(html("## Intro {#intro .big}\n").contains("<h2 id=\"intro\" class=\"big\">Intro</h2>"));
}

#[test]
fn raw_html_passes_through_untouched() {
    let input = "<div class=\"box\" onclick=\"x()\">\n<font color=\"#50c3a5\">Hi</font>\n</div>\n";
    assert_eq!(html(input), input);
}

// --- line breaks ----------------------------------------------------------

#[test]
fn a_single_newline_is_a_line_break_by_default() {
    assert!(html("one\ntwo\n").contains("one<br />\ntwo"));
}

#[test]
fn breaks_false_keeps_single_newlines_soft() {
    let out = html("---\nbreaks: false\n---\none\ntwo\n");
    assert!(out.contains("<p>one\ntwo</p>"), "{out}");
}

// --- bare links -----------------------------------------------------------

#[test]
fn bare_urls_become_links() {
    let out = html("See https://example.org/a?b=1&c=2 now\n");
    assert!(out.contains(
        "<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a> now"
    ));
}

#[test]
fn www_hosts_become_http_links() {
    assert!(html("Go to www.example.org.\n")
        .contains("<a href=\"http://www.example.org\">www.example.org</a>."));
}

#[test]
fn email_addresses_become_mailto_links() {
    assert!(html("Mail me@example.org\n")
        .contains("<a href=\"mailto:me@example.org\">me@example.org</a>"));
}

#[test]
fn file_names_stay_text() {
    let out = html("Edit README.md and main.rs\n");
    assert!(!out.contains("<a "), "{out}");
}

#[test]
fn urls_in_inline_code_stay_text() {
    assert!(!html("Run `curl https://example.org`\n").contains("<a "));
}

#[test]
fn urls_in_fenced_code_stay_text() {
    assert!(!html("```\nhttps://example.org\n```\n").contains("<a "));
}

#[test]
fn urls_inside_markdown_links_are_not_linked_twice() {
    let out = html("[https://example.org](https://example.org)\n");
    assert_eq!(out.matches("<a ").count(), 1, "{out}");
}

#[test]
fn urls_inside_raw_anchor_tags_are_not_linked_twice() {
    let out = html("<a href=\"https://example.org\">https://example.org</a>\n");
    assert_eq!(out.matches("<a ").count(), 1, "{out}");
}

#[test]
fn urls_in_html_blocks_stay_as_written() {
    let input = "<div>\nhttps://example.org\n</div>\n";
    assert_eq!(html(input), input);
}

// --- images ---------------------------------------------------------------

#[test]
fn images_keep_alt_and_title() {
    assert!(html("![A cat](cat.png \"Tom\")\n")
        .contains("<img src=\"cat.png\" alt=\"A cat\" title=\"Tom\" />"));
}

#[test]
fn image_size_suffix_sets_a_percent_width() {
    let out = html("![](https://i.imgur.com/vW98tlM.png =65%x)\n");
    assert!(
        out.contains("<img src=\"https://i.imgur.com/vW98tlM.png\" alt=\"\" width=\"65%\" />"),
        "{out}"
    );
}

#[test]
fn image_size_suffix_sets_a_pixel_width() {
    assert!(html("![logo](logo.png =500x)\n")
        .contains("<img src=\"logo.png\" alt=\"logo\" width=\"500\" />"));
}

#[test]
fn image_size_suffix_sets_width_and_height() {
    let out = html("Logo: ![logo](logo.png =500x300 \"The logo\") here\n");
    assert!(
        out.contains("Logo: <img src=\"logo.png\" alt=\"logo\" title=\"The logo\" width=\"500\" height=\"300\" /> here"),
        "{out}"
    );
}

#[test]
fn image_size_suffix_may_set_only_the_height() {
    assert!(html("![](a.png =x200)\n").contains("<img src=\"a.png\" alt=\"\" height=\"200\" />"));
}

#[test]
fn image_size_suffix_values_are_escaped() {
    let out = html("![a\"<b](x.png?a=1&b=\"2\" =10x)\n");
    // The alt text is text: the typographer curls its quote, as HedgeDoc's does.
    assert!(out.contains("alt=\"a“&lt;b\""), "{out}");
    assert!(out.contains("src=\"x.png?a=1&amp;b=%222%22\""), "{out}");
}

#[test]
fn an_image_size_suffix_in_inline_code_stays_text() {
    assert!(!html("`![](a.png =10x)`\n").contains("<img"));
}

// --- fences ---------------------------------------------------------------

#[test]
fn fence_info_with_reveal_line_highlights() {
    let out = html("```python [3,6-7|22-35]\nx\n```\n");
    assert!(
        out.contains("<pre class=\"has-line-numbers\"><code class=\"language-python\" data-line-numbers=\"3,6-7|22-35\" style="),
        "{out}"
    );
}

#[test]
fn fence_info_with_empty_brackets_turns_line_numbers_on() {
    assert!(html("```python []\nx\n```\n")
        .contains("<code class=\"language-python\" data-line-numbers=\"\">"));
}

#[test]
fn fence_info_with_hedgedoc_line_numbers() {
    assert!(html("```dockerfile=\nx\n```\n")
        .contains("<code class=\"language-dockerfile\" data-line-numbers=\"\">"));
    assert!(html("```js=12\nx\n```\n")
        .contains("<code class=\"language-js\" data-line-numbers=\"\" data-ln-start-from=\"12\">"));
    assert!(html("```js=+\nx\n```\n")
        .contains("<code class=\"language-js\" data-line-numbers=\"\" data-ln-continue=\"\">"));
}

#[test]
fn fence_info_with_a_wrap_marker() {
    assert!(html("```shell!\nx\n```\n").contains("<code class=\"language-shell\" data-wrap=\"\">"));
}

#[test]
fn fence_info_with_a_space_before_the_language() {
    assert!(html("``` python\nx\n```\n").contains("<code class=\"language-python\">"));
}

#[test]
fn a_fence_without_info_and_an_indented_block_have_no_class() {
    assert!(html("```\nx\n```\n").contains("<pre><code>x"));
    assert!(html("Text\n\n    code\n").contains("<pre><code>code"));
}

#[test]
fn fence_languages_are_escaped() {
    assert!(html("```a\"onload=x\nx\n```\n").contains("class=\"language-a&quot;onload\""));
}

// --- things that must stay text --------------------------------------------

#[test]
fn dollar_signs_that_are_not_math_stay_text() {
    // Each as seen in real decks (one per paragraph: two of them in one
    // paragraph would pair up, in HedgeDoc too).
    for (text, shown) in [
        ("COPY ${PARENT_DIR} /app", "COPY ${PARENT_DIR} /app"),
        ("costs $5/GB", "costs $5/GB"),
        ("\"$ {}\"", "“$ {}”"),
        ("from $5 to $10", "from $5 to $10"),
    ] {
        let out = html(&format!("{text}\n"));
        assert_eq!(out, format!("<p>{shown}</p>\n"), "{text}");
    }
}

#[test]
fn kramdown_attribute_lines_stay_text() {
    let out = html("> ## Challenge\n> Do it.\n{: .challenge}\n\nAfter\n");
    assert!(out.contains("{: .challenge}"));
    assert!(out.contains("<p>After</p>"));
}

#[test]
fn cjk_heading_anchors_in_links_survive() {
    let out = html("[依賴章節](#依賴)\n");
    // Percent-encoded like markdown-it does; decodes back to the heading text.
    assert!(
        out.contains("<a href=\"#%E4%BE%9D%E8%B3%B4\">依賴章節</a>"),
        "{out}"
    );
}

#[test]
fn a_toc_marker_stays_text() {
    assert!(html("[TOC]\n").contains("<p>[TOC]</p>"));
}

#[test]
fn emoji_characters_stay_and_shortcodes_become_emoji() {
    let deck = deckview::deck::parse_with_emoji(
        "## Structure 🧪 :syringe:\n",
        &std::sync::Arc::new(deckview::deck::EmojiTable::bundled()),
    );
    assert!(deck.columns[0][0]
        .html()
        .as_untrusted_str()
        .contains("Structure 🧪 💉"));
}

// --- titles ---------------------------------------------------------------

#[test]
fn the_title_is_the_plain_text_of_the_first_heading() {
    let t = title("Intro text\n\n# <font color=\"#50c3a5\">Sovereign</font> **Cloud**   `Stack`\n\n## Second\n");
    assert_eq!(t.as_deref(), Some("Sovereign Cloud Stack"));
}

#[test]
fn a_setext_heading_gives_the_title() {
    assert_eq!(title("Big\n===\n").as_deref(), Some("Big"));
}

#[test]
fn a_slide_without_a_heading_has_no_title() {
    assert_eq!(title("Just text\n"), None);
}

#[test]
fn image_alt_text_is_not_part_of_the_title() {
    assert_eq!(title("# ![logo](l.png) Name\n").as_deref(), Some("Name"));
}

#[test]
fn diagram_fences_are_shown_as_source_and_say_so() {
    let out = html("```mermaid\ngraph TD; A-->B\n```\n");
    assert!(
        out.starts_with("<pre class=\"mermaid diagram-source\" data-diagram=\"Mermaid\"><code class=\"language-mermaid\">"),
        "{out}"
    );
    assert!(out.contains("graph TD; A--&gt;B"), "{out}");
    for (lang, label) in [
        ("graphviz", "Graphviz"),
        ("flow", "Flowchart"),
        ("sequence", "Sequence"),
        ("abc", "ABC music"),
    ] {
        let out = html(&format!("```{lang}\nx\n```\n"));
        assert!(out.contains(&format!("data-diagram=\"{label}\"")), "{out}");
    }
}

#[test]
fn other_fences_get_a_plain_pre() {
    assert!(html("```rust\nfn main() {}\n```\n").starts_with("<pre><code class=\"language-rust\">"));
}
