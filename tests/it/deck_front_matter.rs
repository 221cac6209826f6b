//! Front matter: the leading YAML block and what it sets.

use deckview::deck::{parse, Theme};

#[test]
fn title_description_type_and_lang_are_read() {
    let deck = parse(
        "---\ntitle: My talk\ndescription: About things\ntype: slide\nlang: de-DE\n---\n# Hi\n",
    );
    assert_eq!(deck.meta.title.as_deref(), Some("My talk"));
    assert_eq!(deck.meta.description.as_deref(), Some("About things"));
    assert_eq!(deck.meta.doc_type.as_deref(), Some("slide"));
    assert_eq!(deck.meta.lang.as_deref(), Some("de-DE"));
    assert!(deck.warnings.is_empty());
}

#[test]
fn a_number_as_title_is_taken_as_written() {
    let deck = parse("---\ntitle: 2024\n---\n");
    assert_eq!(deck.meta.title.as_deref(), Some("2024"));
}

#[test]
fn tags_may_be_a_list() {
    let deck = parse("---\ntags:\n  - rust\n  - slides\n---\n");
    assert_eq!(deck.meta.tags, ["rust", "slides"]);
}

#[test]
fn tags_may_be_comma_separated_text() {
    let deck = parse("---\ntags: rust, slides ,talk\n---\n");
    assert_eq!(deck.meta.tags, ["rust", "slides", "talk"]);
}

#[test]
fn dir_rtl_turns_on_right_to_left() {
    let deck = parse("---\ndir: rtl\n---\n");
    assert_eq!(deck.meta.dir.as_deref(), Some("rtl"));
    assert!(deck.options.rtl);
}

#[test]
fn breaks_is_on_unless_the_front_matter_turns_it_off() {
    assert!(parse("# x\n").meta.breaks);
    assert!(!parse("---\nbreaks: false\n---\n").meta.breaks);
}

#[test]
fn keys_hedgedoc_does_not_read_are_kept_in_extra_without_a_warning() {
    let deck = parse(
        "---\nrobots: noindex\nlayout: episode\nplugins:\n  - https://evil.example/x.js\ndependencies:\n  - src: https://evil.example/y.js\n---\n",
    );
    assert!(deck.warnings.is_empty(), "{:?}", deck.warnings);
    for key in ["robots", "layout", "plugins", "dependencies"] {
        assert!(deck.meta.extra.contains_key(key), "{key}");
    }
}

#[test]
fn front_matter_may_end_with_three_dots() {
    let deck = parse("---\ntitle: Dots\n...\n# Body\n");
    assert_eq!(deck.meta.title.as_deref(), Some("Dots"));
    assert!(deck.columns[0][0]
        .html()
        .as_untrusted_str()
        .contains("<h1 id=\"Body\">Body</h1>"));
}

#[test]
fn without_front_matter_all_text_is_the_body() {
    let deck = parse("title: not yaml\n\n# Body\n");
    assert_eq!(deck.meta.title, None);
    assert!(deck.columns[0][0]
        .html()
        .as_untrusted_str()
        .contains("title: not yaml"));
}

#[test]
fn front_matter_without_its_closing_line_is_body_text() {
    let deck = parse("---\ntitle: x\n\n# Body\n");
    assert_eq!(deck.meta.title, None);
    assert!(deck.columns[0][0]
        .html()
        .as_untrusted_str()
        .contains("<h1 id=\"Body\">Body</h1>"));
}

#[test]
fn front_matter_only_gives_one_empty_slide() {
    let deck = parse("---\ntitle: Only meta\n---\n");
    assert_eq!(deck.columns.len(), 1);
    assert_eq!(deck.columns[0].len(), 1);
    assert!(deck.columns[0][0].html().is_empty());
}

#[test]
fn front_matter_with_crlf_line_endings_is_read() {
    let deck = parse("---\r\ntitle: Windows\r\nslideOptions:\r\n  theme: white\r\n---\r\n# Hi\r\n");
    assert_eq!(deck.meta.title.as_deref(), Some("Windows"));
    assert_eq!(deck.options.theme, Theme::White);
}

#[test]
fn a_byte_order_mark_does_not_hide_the_front_matter() {
    let deck = parse("\u{feff}---\ntitle: BOM\n---\n");
    assert_eq!(deck.meta.title.as_deref(), Some("BOM"));
}

#[test]
fn broken_yaml_warns_with_deck_line_and_column_and_the_body_still_renders() {
    let deck = parse("---\ntitle: ok\nslideOptions: [theme\n---\n# Still here\n");
    assert_eq!(deck.warnings.len(), 1, "{:?}", deck.warnings);
    let warning = &deck.warnings[0];
    // The flow sequence opened on deck line 3 is cut off by the end of the
    // block: the reader stops at the start of deck line 4.
    assert_eq!((warning.line, warning.column), (Some(4), Some(1)));
    assert!(warning.message.contains("line 3"), "{}", warning.message);
    assert!(deck.columns[0][0]
        .html()
        .as_untrusted_str()
        .contains("<h1 id=\"Still-here\">Still here</h1>"));
}

#[test]
fn a_missing_space_after_a_colon_is_pointed_out() {
    let deck = parse("---\nslideOptions:\n  controls:false\n  theme: white\n---\n");
    assert_eq!(deck.warnings.len(), 1);
    let message = &deck.warnings[0].message;
    assert!(
        message.contains("line 3 has no space after the colon in `controls:false`"),
        "{message}"
    );
}

#[test]
fn tabs_in_yaml_indentation_warn_and_do_not_stop_the_deck() {
    let deck = parse("---\nslideOptions:\n\ttheme: white\n---\n# Body\n");
    assert_eq!(deck.warnings.len(), 1);
    assert_eq!(deck.warnings[0].line, Some(3));
    assert!(deck.columns[0][0]
        .html()
        .as_untrusted_str()
        .contains("Body"));
}

#[test]
fn deeply_nested_flow_yaml_warns_instead_of_overflowing_the_stack() {
    let text = format!("---\nx: {}\n---\n# Body\n", "[".repeat(100_000));
    let deck = parse(&text);
    assert_eq!(deck.warnings.len(), 1);
    assert_eq!(
        (deck.warnings[0].line, deck.warnings[0].column),
        (Some(2), Some(36))
    );
    assert!(deck.columns[0][0]
        .html()
        .as_untrusted_str()
        .contains("Body"));
}

#[test]
fn deeply_nested_block_yaml_warns_instead_of_overflowing_the_stack() {
    let nested: String = (0..1_000)
        .map(|i| format!("{}k:\n", " ".repeat(i)))
        .collect();
    let deck = parse(&format!("---\n{nested}---\n# Body\n"));
    assert_eq!(deck.warnings.len(), 1);
    assert!(deck.columns[0][0]
        .html()
        .as_untrusted_str()
        .contains("Body"));
}

#[test]
fn an_alias_bomb_is_refused_with_a_warning() {
    let mut yaml = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h"];
    for pair in names.windows(2) {
        let refs = vec![format!("*{}", pair[0]); 9].join(", ");
        yaml.push_str(&format!("{}: &{} [{refs}]\n", pair[1], pair[1]));
    }
    let deck = parse(&format!("---\n{yaml}---\n"));
    assert_eq!(deck.warnings.len(), 1);
}

#[test]
fn front_matter_that_is_not_key_value_lines_warns() {
    let deck = parse("---\n- just\n- a list\n---\n");
    assert_eq!(deck.warnings.len(), 1);
    assert_eq!(deck.warnings[0].line, Some(2));
}

#[test]
fn a_wrongly_typed_meta_field_warns_on_its_line() {
    let deck = parse("---\ntitle: x\nlang:\n  - en\n---\n");
    assert_eq!(deck.meta.lang, None);
    assert_eq!(deck.warnings.len(), 1);
    assert_eq!(deck.warnings[0].line, Some(3));
}

#[test]
fn the_body_starts_on_the_line_after_the_front_matter() {
    let deck = parse("---\ntitle: x\n---\n\n# A\n");
    assert_eq!(deck.columns[0][0].line, 4);
}
