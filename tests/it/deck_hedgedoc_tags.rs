//! HedgeDoc's `[name=…]`, `[time=…]` and `[color=…]` tags in quotes and
//! list items (issue #8), with HedgeDoc 1.x's markup.

use deckview::deck::parse;

fn html(text: &str) -> String {
    parse(text).columns[0][0]
        .html()
        .as_untrusted_str()
        .to_owned()
}

#[test]
fn a_name_in_a_quote_is_a_small_with_a_user_icon() {
    assert_eq!(
        html("> Great talk [name=Ada]\n"),
        "<blockquote>\n<p>Great talk <small><i class=\"fa fa-user\"></i> Ada</small></p>\n</blockquote>\n"
    );
}

#[test]
fn a_time_in_a_quote_is_a_small_with_a_clock_icon() {
    assert!(html("> x [time=Mon, 9:30]\n")
        .contains("<small><i class=\"fa fa-clock-o\"></i> Mon, 9:30</small>"));
}

#[test]
fn a_name_and_a_time_share_one_small() {
    assert!(html("> x [name=Ada] [time=9:30]\n").contains(
        "<small><i class=\"fa fa-user\"></i> Ada <i class=\"fa fa-clock-o\"></i> 9:30</small>"
    ));
}

#[test]
fn a_colour_in_a_quote_colours_its_left_border() {
    let out = html("> Note [color=#e00]\n");
    assert!(
        out.starts_with("<blockquote style=\"border-left-color: #e00\">"),
        "{out}"
    );
    assert!(
        out.contains("<span class=\"color\" data-color=\"#e00\"></span>"),
        "{out}"
    );
}

#[test]
fn a_colour_colours_the_innermost_quote_only() {
    let out = html("> outer\n>\n> > inner [color=red]\n");
    assert!(out.starts_with("<blockquote>\n"), "{out}");
    assert!(
        out.contains("<blockquote style=\"border-left-color: red\">"),
        "{out}"
    );
}

#[test]
fn a_colour_in_a_list_item_is_a_coloured_tag_icon() {
    assert!(html("- todo [color=green]\n").contains(
        "<span class=\"color fa fa-tag\" data-color=\"green\" style=\"color: green\"></span>"
    ));
}

#[test]
fn tags_work_in_list_items() {
    assert!(html("- [name=Bo] said hi\n")
        .contains("<li><small><i class=\"fa fa-user\"></i> Bo</small> said hi</li>"));
}

#[test]
fn tags_outside_quotes_and_lists_stay_text() {
    assert_eq!(html("Just [name=Ada]\n"), "<p>Just [name=Ada]</p>\n");
}

#[test]
fn tags_in_code_stay_text() {
    assert!(html("> `[name=Ada]`\n").contains("<code>[name=Ada]</code>"));
}

#[test]
fn a_name_is_escaped_text() {
    let out = html("> [name=Ada & Bo]\n");
    assert!(out.contains("</i> Ada &amp; Bo</small>"), "{out}");
}

#[test]
fn a_colour_that_is_not_a_plain_css_value_stays_text() {
    let out = html("> [color=red;background:url(x)]\n");
    assert!(!out.contains("style="), "{out}");
    assert!(out.contains("[color=red;background:url(x)]"), "{out}");
}

#[test]
fn an_element_comment_still_applies_in_a_coloured_quote() {
    let out = html("> Quote [color=blue]\n<!-- .element: class=\"fragment\" -->\n");
    assert!(out.contains("border-left-color: blue"), "{out}");
    assert!(out.contains("class=\"fragment\""), "{out}");
}
