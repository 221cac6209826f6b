//! HedgeDoc's inline Markdown extensions (markdown-it-mark, -ins, -sup,
//! -sub) and definition lists (issue #8).

use deckview::deck::parse;

fn html(text: &str) -> String {
    parse(text).columns[0][0].html.as_untrusted_str().to_owned()
}

#[test]
fn double_equals_mark_text() {
    assert_eq!(html("a ==marked== b\n"), "<p>a <mark>marked</mark> b</p>\n");
}

#[test]
fn double_plus_inserts_text() {
    assert_eq!(html("a ++new++ b\n"), "<p>a <ins>new</ins> b</p>\n");
}

#[test]
fn a_mark_may_hold_other_inline_markup() {
    assert_eq!(
        html("==a **b** `c`==\n"),
        "<p><mark>a <strong>b</strong> <code>c</code></mark></p>\n"
    );
}

#[test]
fn a_mark_may_sit_inside_other_inline_markup() {
    assert_eq!(
        html("**x ==y==** ==z==\n"),
        "<p><strong>x <mark>y</mark></strong> <mark>z</mark></p>\n"
    );
}

#[test]
fn a_mark_cannot_leave_the_element_it_started_in() {
    assert_eq!(html("*a ==b* c==\n"), "<p><em>a ==b</em> c==</p>\n");
}

#[test]
fn delimiters_next_to_spaces_do_not_pair() {
    assert_eq!(html("a == b == c\n"), "<p>a == b == c</p>\n");
    assert_eq!(html("x ++ y ++ z\n"), "<p>x ++ y ++ z</p>\n");
}

#[test]
fn runs_of_three_or_an_unclosed_run_stay_text() {
    assert_eq!(html("a ===b=== c\n"), "<p>a ===b=== c</p>\n");
    assert_eq!(html("only ==open\n"), "<p>only ==open</p>\n");
}

#[test]
fn c_plus_plus_stays_text() {
    assert_eq!(html("C++ and C++\n"), "<p>C++ and C++</p>\n");
}

#[test]
fn marks_and_inserts_nest() {
    assert_eq!(
        html("==a ++b++ c==\n"),
        "<p><mark>a <ins>b</ins> c</mark></p>\n"
    );
}

#[test]
fn marks_do_not_apply_in_code() {
    assert_eq!(html("`==a==`\n"), "<p><code>==a==</code></p>\n");
    assert!(html("```\n==a==\n```\n").contains("==a=="));
}

#[test]
fn marks_do_not_apply_in_image_descriptions() {
    assert!(html("![==a==](p.png)\n").contains("alt=\"==a==\""));
}

#[test]
fn marks_work_in_headings_list_items_and_table_cells() {
    assert_eq!(html("# ==h==\n"), "<h1><mark>h</mark></h1>\n");
    assert!(html("- ==i==\n").contains("<li><mark>i</mark></li>"));
    assert!(html("| ==c== |\n|---|\n| ++d++ |\n").contains("<td><ins>d</ins></td>"));
}

#[test]
fn a_marked_heading_keeps_its_plain_title() {
    assert_eq!(
        parse("# A ==marked== title\n").columns[0][0]
            .title
            .as_deref(),
        Some("A marked title")
    );
}

#[test]
fn carets_raise_and_single_tildes_lower_text() {
    assert_eq!(
        html("x^2^ H~2~O\n"),
        "<p>x<sup>2</sup> H<sub>2</sub>O</p>\n"
    );
}

#[test]
fn double_tildes_still_strike_text_through() {
    assert_eq!(html("~~gone~~\n"), "<p><del>gone</del></p>\n");
}

#[test]
fn definition_lists_render() {
    let out = html("Term\n: Definition\n");
    assert!(out.contains("<dl>"), "{out}");
    assert!(out.contains("<dt>Term</dt>"), "{out}");
    assert!(out.contains("<dd>Definition</dd>"), "{out}");
}

#[test]
fn scripts_need_no_space_around_them() {
    assert_eq!(
        html("a ^b^ c ~d~ e\n"),
        "<p>a <sup>b</sup> c <sub>d</sub> e</p>\n"
    );
}

#[test]
fn a_space_inside_carets_or_tildes_leaves_them_as_text() {
    assert_eq!(html("2 ^ 3 and 4 ^ 5\n"), "<p>2 ^ 3 and 4 ^ 5</p>\n");
    assert_eq!(html("~ 1 and 2 ~\n"), "<p>~ 1 and 2 ~</p>\n");
}

#[test]
fn scripts_inside_a_mark() {
    assert_eq!(
        html("==E=mc^2^==\n"),
        "<p><mark>E=mc<sup>2</sup></mark></p>\n"
    );
}

#[test]
fn a_lone_caret_stays_text() {
    assert_eq!(html("x^2 and y\n"), "<p>x^2 and y</p>\n");
}
