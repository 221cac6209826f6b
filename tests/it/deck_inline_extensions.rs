//! HedgeDoc's inline Markdown extensions (markdown-it-mark, -ins, -sup,
//! -sub) and definition lists (issue #8).

use std::sync::{Arc, OnceLock};

use deckview::deck::{parse, parse_with_emoji, EmojiTable};

fn html(text: &str) -> String {
    parse(text).columns[0][0]
        .html()
        .as_untrusted_str()
        .to_owned()
}

/// The emoji table the viewer fetches (`assets/emoji.tsv`).
fn table() -> &'static Arc<EmojiTable> {
    static TABLE: OnceLock<Arc<EmojiTable>> = OnceLock::new();
    TABLE.get_or_init(|| Arc::new(EmojiTable::bundled()))
}

/// The first slide's HTML, parsed with the emoji table.
fn with_emoji(text: &str) -> String {
    parse_with_emoji(text, table()).columns[0][0]
        .html()
        .as_untrusted_str()
        .to_owned()
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
    assert_eq!(html("# ==h==\n"), "<h1 id=\"h\"><mark>h</mark></h1>\n");
    assert!(html("- ==i==\n").contains("<li><mark>i</mark></li>"));
    assert!(html("| ==c== |\n|---|\n| ++d++ |\n").contains("<td><ins>d</ins></td>"));
}

#[test]
fn a_marked_heading_keeps_its_plain_title() {
    assert_eq!(
        parse("# A ==marked== title\n").columns[0][0].title(),
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

// --- alert boxes (markdown-it-container) ------------------------------------

#[test]
fn an_alert_box_wraps_its_markdown_in_a_div_with_its_kind() {
    let out = html(":::info\nSome **news**\n:::\n");
    assert_eq!(
        out,
        "<div class=\"alert alert-info\">\n<p>Some <strong>news</strong></p>\n</div>\n"
    );
}

#[test]
fn every_hedgedoc_alert_kind_is_a_box() {
    for kind in ["success", "info", "warning", "danger"] {
        let out = html(&format!("::: {kind}\nx\n:::\n"));
        assert!(
            out.contains(&format!("<div class=\"alert alert-{kind}\">")),
            "{out}"
        );
    }
}

#[test]
fn an_unknown_box_name_stays_text() {
    assert_eq!(
        html(":::tip\nx\n:::\n"),
        "<p>:::tip<br />\nx<br />\n:::</p>\n"
    );
}

#[test]
fn boxes_nest_with_more_colons_outside() {
    let out = html("::::warning\nouter\n:::success\ninner\n:::\n::::\n");
    assert_eq!(
        out,
        "<div class=\"alert alert-warning\">\n<p>outer</p>\n<div class=\"alert alert-success\">\n<p>inner</p>\n</div>\n</div>\n"
    );
}

#[test]
fn a_box_left_open_ends_with_the_slide() {
    let out = html(":::danger\n- a\n- b\n");
    assert!(
        out.starts_with("<div class=\"alert alert-danger\">"),
        "{out}"
    );
    assert!(out.trim_end().ends_with("</div>"), "{out}");
    assert!(out.contains("<li>a</li>"), "{out}");
}

#[test]
fn a_box_ends_a_paragraph_and_text_after_it_is_markdown_again() {
    let out = html("before\n:::info\ninside\n:::\n*after*\n");
    assert!(
        out.starts_with("<p>before</p>\n<div class=\"alert alert-info\">"),
        "{out}"
    );
    assert!(out.ends_with("</div>\n<p><em>after</em></p>\n"), "{out}");
}

#[test]
fn colons_in_code_are_not_boxes() {
    let out = html("```\n:::info\n:::\n```\n");
    assert!(out.contains(":::info\n:::"), "{out}");
    assert!(!out.contains("alert"), "{out}");
}

#[test]
fn a_heading_in_a_box_is_the_slide_title() {
    assert_eq!(
        parse(":::info\n# Title\n:::\n").columns[0][0].title(),
        Some("Title")
    );
}

#[test]
fn boxes_work_in_speaker_notes() {
    let deck = parse("# S\n\nNote:\n:::warning\nCareful\n:::\n");
    let notes = deck.columns[0][0]
        .notes_html()
        .unwrap()
        .as_untrusted_str()
        .to_owned();
    assert!(
        notes.contains("<div class=\"alert alert-warning\">"),
        "{notes}"
    );
}

#[test]
fn a_colon_without_a_space_after_it_does_not_start_a_definition() {
    assert_eq!(
        with_emoji("Done\n:tada: shipped\n"),
        "<p>Done<br />\n🎉 shipped</p>\n"
    );
    assert_eq!(html("Term\n:def\n"), "<p>Term<br />\n:def</p>\n");
}

// --- typographer (HedgeDoc: markdown-it with `typographer: true`) ----------

#[test]
fn the_typographer_curls_quotes_and_draws_dashes_and_ellipses() {
    assert_eq!(
        html("\"Hi\" it's 9--5 --- really...\n"),
        "<p>“Hi” it’s 9–5 — really…</p>\n"
    );
}

#[test]
fn the_typographer_writes_symbols() {
    assert_eq!(html("(c) (C) (r) (tm) (TM) +-1\n"), "<p>© © ® ™ ™ ±1</p>\n");
}

#[test]
fn the_typographer_leaves_code_alone() {
    assert_eq!(
        html("`a -- \"b\" (c)`\n"),
        "<p><code>a -- \"b\" (c)</code></p>\n"
    );
}

#[test]
fn bare_urls_keep_their_dashes_dots_and_quotes() {
    let out = html("See https://example.org/a--b---c...d's and www.x-y.org/p--q\n");
    assert!(
        out.contains("<a href=\"https://example.org/a--b---c...d&#x27;s\">https://example.org/a--b---c...d's</a>"),
        "{out}"
    );
    assert!(
        out.contains("<a href=\"http://www.x-y.org/p--q\">www.x-y.org/p--q</a>"),
        "{out}"
    );
}

#[test]
fn a_url_in_quotes_ends_before_the_closing_quote() {
    assert_eq!(
        html("\"https://example.org\"\n"),
        "<p>“<a href=\"https://example.org\">https://example.org</a>”</p>\n"
    );
}

// --- emoji (markdown-it-emoji, names from GitHub) ---------------------------

#[test]
fn without_the_table_shortcodes_stay_text_and_the_deck_wants_it() {
    let deck = parse("Thanks :sheep:\n");
    assert_eq!(
        deck.columns[0][0].html().as_untrusted_str(),
        "<p>Thanks :sheep:</p>\n"
    );
    assert!(deck.wants_emoji);
}

#[test]
fn a_deck_without_shortcodes_does_not_want_the_table() {
    assert!(!parse("# Plain\n\nat 10 o'clock: coffee\n").wants_emoji);
}

#[test]
fn shortcodes_in_code_or_links_do_not_want_the_table() {
    let deck = parse("`:smile:`\n\n```\n:smile:\n```\n\n[:smile:](https://example.org)\n");
    assert!(!deck.wants_emoji);
}

#[test]
fn a_fence_line_inside_an_html_block_does_not_hide_the_shortcodes_after_it() {
    // `~~~` in the `<div>` block is text, not a fence: `:smile:` is outside code.
    assert!(parse("<div>\n~~~\n\n:smile:\n").wants_emoji);
}

#[test]
fn a_deck_parsed_with_the_table_does_not_want_it_again() {
    assert!(!parse_with_emoji(":smile:\n", table()).wants_emoji);
}

#[test]
fn the_table_skips_lines_that_are_not_name_tab_emoji() {
    let table = Arc::new(EmojiTable::read(
        "smile\t😄\nno tab here\n\t😄\nbad name!\t😄\nempty\t\n",
    ));
    assert_eq!(table.len(), 1);
    assert_eq!(
        parse_with_emoji(":smile: :empty:\n", &table).columns[0][0]
            .html()
            .as_untrusted_str(),
        "<p>😄 :empty:</p>\n"
    );
}

/// markdown-it-emoji's names and emoji (`lib/data/full.json` of the npm
/// devDependency): the names HedgeDoc's Markdown knows.
#[cfg(not(target_arch = "wasm32"))]
fn markdown_it_emoji() -> Vec<(String, String)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/node_modules/markdown-it-emoji/lib/data/full.json"
    );
    let json = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("{path}: {e} (run `npm ci`: markdown-it-emoji is a devDependency)")
    });
    // One `"name": "emoji",` pair a line, no escapes: read without a JSON crate.
    assert!(
        !json.contains('\\'),
        "{path} has escapes: read it with a JSON parser"
    );
    json.lines()
        .filter_map(|line| {
            let (name, emoji) = line.trim().trim_end_matches(',').split_once("\": \"")?;
            Some((
                name.strip_prefix('"')?.to_owned(),
                emoji.strip_suffix('"')?.to_owned(),
            ))
        })
        .collect()
}

/// The table `assets/emoji.tsv` must hold: GitHub's emoji (the gh-emoji
/// crate), then the names only markdown-it-emoji has, with its emoji;
/// sorted by name.
#[cfg(not(target_arch = "wasm32"))]
fn expected_table() -> Vec<(String, String)> {
    let mut table: Vec<(String, String)> = gh_emoji::all()
        .map(|(name, emoji)| (name.to_owned(), emoji.to_owned()))
        .collect();
    let github: std::collections::HashSet<String> =
        table.iter().map(|(name, _)| name.clone()).collect();
    table.extend(
        markdown_it_emoji()
            .into_iter()
            .filter(|(name, _)| !github.contains(name)),
    );
    table.sort_unstable();
    table
}

// gh-emoji is a native dev-dependency only. `DV_WRITE_EMOJI_TABLE=1 cargo
// test --test it the_table_file` rewrites the file from its two sources.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_table_file_is_githubs_emoji_and_markdown_it_emojis() {
    let expected = expected_table();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/emoji.tsv");
    if std::env::var_os("DV_WRITE_EMOJI_TABLE").is_some() {
        let text: String = expected
            .iter()
            .map(|(name, emoji)| format!("{name}\t{emoji}\n"))
            .collect();
        std::fs::write(path, text).unwrap();
    }
    let file = std::fs::read_to_string(path).unwrap();
    let lines: Vec<(String, String)> = file
        .lines()
        .map(|l| l.split_once('\t').expect("name<TAB>emoji"))
        .map(|(name, emoji)| (name.to_owned(), emoji.to_owned()))
        .collect();
    assert!(
        lines == expected,
        "assets/emoji.tsv differs from gh-emoji's and markdown-it-emoji's tables: \
         rewrite it with DV_WRITE_EMOJI_TABLE=1 cargo test --test it the_table_file"
    );
    assert_eq!(EmojiTable::read(&file).len(), expected.len());
}

#[test]
fn names_only_markdown_it_emoji_knows_become_emoji() {
    // markdown-it-emoji 1.x's older names, which GitHub's list has not.
    assert_eq!(
        with_emoji(
            ":blonde_man: :person_frowning: :person_with_pouting_face: :person_with_blond_hair:\n"
        ),
        "<p>👱 🙍 🙎 👱</p>\n"
    );
}

#[test]
fn names_neither_github_nor_markdown_it_emoji_knows_stay_text() {
    // Slack's name for 🤔 (GitHub's and HedgeDoc's is `:thinking:`).
    assert_eq!(
        with_emoji("Which one :thinking_face:? :thinking:\n"),
        "<p>Which one :thinking_face:? 🤔</p>\n"
    );
}

#[test]
fn emoji_shortcodes_become_emoji() {
    assert_eq!(
        with_emoji("Thanks :sheep: :+1: :100:\n"),
        "<p>Thanks 🐑 👍 💯</p>\n"
    );
}

#[test]
fn emoji_names_match_in_any_case() {
    assert_eq!(with_emoji(":Smile:\n"), "<p>😄</p>\n");
}

#[test]
fn unknown_names_and_times_stay_text() {
    assert_eq!(
        with_emoji("at 10:30:00 :not_an_emoji_at_all:\n"),
        "<p>at 10:30:00 :not_an_emoji_at_all:</p>\n"
    );
}

#[test]
fn a_colon_shared_by_two_candidates_still_finds_the_emoji() {
    assert_eq!(with_emoji("10:30:smile:\n"), "<p>10:30😄</p>\n");
}

#[test]
fn emoji_in_code_stay_shortcodes() {
    assert_eq!(with_emoji("`:smile:`\n"), "<p><code>:smile:</code></p>\n");
}

#[test]
fn emoji_in_a_heading_are_in_the_slide_title() {
    assert_eq!(
        parse_with_emoji("## Useful resources :open_book:\n", table()).columns[0][0].title(),
        Some("Useful resources 📖")
    );
}

#[test]
fn the_pygmt_deck_shows_its_emoji() {
    let deck = parse_with_emoji(
        include_str!("../fixtures/real/pygmt-writing-unit-tests.md"),
        table(),
    );
    let all: String = deck
        .columns
        .iter()
        .flatten()
        .map(|s| s.html().as_untrusted_str())
        .collect();
    // (`:thinking_face:` is Slack's name, not GitHub's: it stays text.)
    for emoji in ["💉", "💚", "🐛", "♻️", "🐑"] {
        assert!(all.contains(emoji), "{emoji} missing");
    }
    assert!(!all.contains(":sheep:"));
}
