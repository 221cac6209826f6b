//! `slideOptions`: HedgeDoc's defaults and whitelist, read loosely, with
//! warnings that carry the line of the key.

use deckview::deck::{
    parse, Deck, Length, NavigationMode, SlideNumber, SlideOptions, Theme, Transition,
    TransitionSpeed,
};

/// A deck whose front matter has these `slideOptions` lines (indented by
/// two spaces); the first option is on deck line 3.
fn with_options(lines: &str) -> Deck {
    let indented: String = lines.lines().map(|l| format!("  {l}\n")).collect();
    parse(&format!("---\nslideOptions:\n{indented}---\n# Slide\n"))
}

fn warning_lines(deck: &Deck) -> Vec<Option<usize>> {
    deck.warnings.iter().map(|w| w.line).collect()
}

#[test]
fn without_options_hedgedoc_defaults_apply() {
    let deck = parse("# Slide\n");
    assert_eq!(deck.options, SlideOptions::default());
    assert_eq!(deck.options.theme, Theme::Black);
    assert_eq!(deck.options.transition, Transition::None);
    assert_eq!(deck.options.slide_number, SlideNumber::HDotV);
    assert!(deck.options.controls && deck.options.progress && deck.options.center);
}

#[test]
fn theme_and_quoted_transition_are_read() {
    let deck = with_options("theme: white\ntransition: 'slide'");
    assert_eq!(deck.options.theme, Theme::White);
    assert_eq!(deck.options.transition, Transition::Slide);
    assert!(deck.warnings.is_empty());
}

#[test]
fn a_theme_name_in_capitals_is_used_with_a_warning_on_its_line() {
    let deck = with_options("transition: fade\ntheme: Night");
    assert_eq!(deck.options.theme, Theme::Night);
    assert_eq!(warning_lines(&deck), [Some(4)]);
    assert!(
        deck.warnings[0].message.contains("`night`"),
        "{}",
        deck.warnings[0].message
    );
}

#[test]
fn an_unknown_theme_falls_back_to_black_with_a_warning_on_its_line() {
    let deck = with_options("theme: blue");
    assert_eq!(deck.options.theme, Theme::Black);
    assert_eq!(warning_lines(&deck), [Some(3)]);
    assert!(deck.warnings[0].message.contains("unknown theme `blue`"));
}

#[test]
fn an_unknown_transition_keeps_none_with_a_warning() {
    let deck = with_options("transition: spin");
    assert_eq!(deck.options.transition, Transition::None);
    assert_eq!(warning_lines(&deck), [Some(3)]);
}

#[test]
fn reveal_transition_aliases_are_understood() {
    assert_eq!(
        with_options("transition: linear").options.transition,
        Transition::Slide
    );
    assert_eq!(
        with_options("transition: default").options.transition,
        Transition::Convex
    );
}

#[test]
fn background_transition_and_speed_are_read() {
    let deck = with_options("backgroundTransition: zoom\ntransitionSpeed: fast");
    assert_eq!(deck.options.background_transition, Transition::Zoom);
    assert_eq!(deck.options.transition_speed, TransitionSpeed::Fast);
}

#[test]
fn width_in_percent_text_is_a_percentage() {
    let deck = with_options("width: \"100%\"\nheight: 90%");
    assert_eq!(deck.options.width, Length::Percent(100.0));
    assert_eq!(deck.options.height, Length::Percent(90.0));
}

#[test]
fn width_as_number_or_pixel_text_is_pixels() {
    assert_eq!(
        with_options("width: 1280").options.width,
        Length::Px(1280.0)
    );
    assert_eq!(
        with_options("width: \"1280px\"").options.width,
        Length::Px(1280.0)
    );
    assert_eq!(
        with_options("width: '1280'").options.width,
        Length::Px(1280.0)
    );
}

#[test]
fn an_unusable_width_keeps_the_default_with_a_warning() {
    let deck = with_options("width: auto");
    assert_eq!(deck.options.width, Length::Px(960.0));
    assert_eq!(warning_lines(&deck), [Some(3)]);
}

#[test]
fn slide_number_takes_booleans_and_reveal_formats() {
    let cases = [
        ("true", SlideNumber::HDotV),
        ("false", SlideNumber::Off),
        ("\"false\"", SlideNumber::Off),
        ("'h.v'", SlideNumber::HDotV),
        ("'h/v'", SlideNumber::HSlashV),
        ("'c'", SlideNumber::C),
        ("'c/t'", SlideNumber::CSlashT),
    ];
    for (written, expected) in cases {
        let deck = with_options(&format!("slideNumber: {written}"));
        assert_eq!(deck.options.slide_number, expected, "{written}");
        assert!(deck.warnings.is_empty(), "{written}");
    }
}

#[test]
fn numbers_written_as_text_are_numbers() {
    let deck = with_options("margin: \"0.1\"\nminScale: '0.5'\nmaxScale: 3\nviewDistance: \"5\"");
    assert_eq!(deck.options.margin, 0.1);
    assert_eq!(deck.options.min_scale, 0.5);
    assert_eq!(deck.options.max_scale, 3.0);
    assert_eq!(deck.options.view_distance, 5);
    assert!(deck.warnings.is_empty());
}

#[test]
fn booleans_written_as_text_are_booleans() {
    let deck = with_options("controls: \"false\"\nprogress: 'FALSE'\nloop: \"true\"\nrtl: true");
    assert!(!deck.options.controls);
    assert!(!deck.options.progress);
    assert!(deck.options.loop_slides);
    assert!(deck.options.rtl);
}

#[test]
fn a_wrongly_typed_value_keeps_the_default_with_a_warning() {
    let deck = with_options("controls: [1, 2]\ncenter: maybe");
    assert!(deck.options.controls);
    assert!(deck.options.center);
    assert_eq!(warning_lines(&deck), [Some(3), Some(4)]);
}

#[test]
fn an_unknown_key_warns_on_its_line_and_changes_nothing() {
    let deck = with_options("theme: white\nfancy: yes");
    assert_eq!(warning_lines(&deck), [Some(4)]);
    assert!(deck.warnings[0].message.contains("`fancy`"));
    assert!(!deck.options.other.contains_key("fancy"));
}

#[test]
fn a_key_in_the_wrong_case_gets_a_suggestion() {
    let deck = with_options("slidenumber: false");
    assert_eq!(deck.options.slide_number, SlideNumber::HDotV);
    assert!(deck.warnings[0]
        .message
        .contains("did you mean `slideNumber`"));
}

#[test]
fn hackmd_keys_are_accepted_silently() {
    let deck = with_options("spotlight:\n  enabled: true\nallottedMinutes: 25");
    assert!(deck.warnings.is_empty(), "{:?}", deck.warnings);
    assert!(deck.options.other.contains_key("spotlight"));
    assert!(deck.options.other.contains_key("allottedMinutes"));
}

#[test]
fn whitelisted_keys_without_a_typed_field_are_kept_in_other() {
    let deck = with_options("controlsLayout: edges\nmouseWheel: true");
    assert!(deck.warnings.is_empty());
    assert_eq!(
        deck.options.other.get("controlsLayout"),
        Some(&serde_yaml::Value::String("edges".into()))
    );
    assert!(deck.options.other.contains_key("mouseWheel"));
}

#[test]
fn remote_script_lists_in_slide_options_are_ignored_with_a_warning() {
    let deck =
        with_options("plugins:\n  - https://evil.example/p.js\ndependencies:\n  - src: x.js");
    assert_eq!(warning_lines(&deck), [Some(3), Some(5)]);
    assert!(deck.options.other.is_empty());
}

#[test]
fn trailing_comments_and_commented_keys_are_ignored() {
    let deck = parse("---\n#type: slide\nslideOptions:\n  transition: fade #none/fade/slide\n  #theme: white\n---\n");
    assert_eq!(deck.options.transition, Transition::Fade);
    assert_eq!(deck.options.theme, Theme::Black);
    assert!(deck.warnings.is_empty());
}

#[test]
fn parallax_background_is_read() {
    let deck = with_options(
        "parallaxBackgroundImage: 'https://example.org/bg.png'\nparallaxBackgroundSize: '1920px 1080px'\nparallaxBackgroundHorizontal: 200\nparallaxBackgroundVertical: \"50\"",
    );
    let o = &deck.options;
    assert_eq!(
        o.parallax_background_image.as_deref(),
        Some("https://example.org/bg.png")
    );
    assert_eq!(o.parallax_background_size.as_deref(), Some("1920px 1080px"));
    assert_eq!(o.parallax_background_horizontal, Some(200.0));
    assert_eq!(o.parallax_background_vertical, Some(50.0));
}

#[test]
fn auto_slide_takes_milliseconds_or_false() {
    assert_eq!(with_options("autoSlide: 5000").options.auto_slide, 5000);
    assert_eq!(with_options("autoSlide: false").options.auto_slide, 0);
}

#[test]
fn navigation_mode_is_read() {
    assert_eq!(
        with_options("navigationMode: linear")
            .options
            .navigation_mode,
        NavigationMode::Linear
    );
}

#[test]
fn a_keyboard_binding_map_is_kept_for_later() {
    let deck = with_options("keyboard:\n  13: next");
    assert!(deck.options.keyboard);
    assert!(deck.options.other.contains_key("keyboard"));
    assert!(deck.warnings.is_empty());
}

#[test]
fn slide_options_written_as_one_line_of_text_warn() {
    let deck = parse("---\nslideOptions: theme=white\n---\n");
    assert_eq!(warning_lines(&deck), [Some(2)]);
}

#[test]
fn flow_style_slide_options_warn_on_the_slide_options_line() {
    let deck = parse("---\ntitle: t\nslideOptions: {theme: blue}\n---\n");
    assert_eq!(warning_lines(&deck), [Some(3)]);
}

#[test]
fn a_number_where_a_name_belongs_is_quoted_as_written_in_the_warning() {
    for (value, shown) in [
        ("3", "`3`"),
        ("2.5", "`2.5`"),
        ("4.0", "`4.0`"),
        (".inf", "`.inf`"),
    ] {
        let deck = with_options(&format!("theme: {value}"));
        assert_eq!(deck.options.theme, Theme::Black);
        let message = &deck.warnings[0].message;
        assert!(message.contains(shown), "{value}: {message}");
    }
}

#[test]
fn a_title_written_as_a_number_is_that_text() {
    let deck = parse("---\ntitle: 2024\n---\n# Slide\n");
    assert_eq!(deck.meta.title.as_deref(), Some("2024"));
    let deck = parse("---\ntitle: 1.5\n---\n# Slide\n");
    assert_eq!(deck.meta.title.as_deref(), Some("1.5"));
}

#[test]
fn a_theme_given_as_a_stylesheet_address_is_loaded_over_black() {
    for address in [
        "https://example.com/themes/ours.css",
        "themes/ours.css?v=2",
        "http://example.com/t",
    ] {
        let deck = with_options(&format!("theme: {address}"));
        assert_eq!(deck.options.theme, Theme::Black, "{address}");
        assert_eq!(deck.options.theme_url.as_deref(), Some(address));
        assert!(deck.warnings.is_empty(), "{address}: {:?}", deck.warnings);
    }
}

#[test]
fn a_theme_stylesheet_with_a_script_scheme_is_refused_with_a_warning() {
    let deck = with_options("theme: 'javascript:alert(1)//x.css'");
    assert_eq!(deck.options.theme_url, None);
    assert_eq!(deck.options.theme, Theme::Black);
    assert_eq!(warning_lines(&deck), [Some(3)]);
}

#[test]
fn a_theme_name_in_the_address_replaces_a_stylesheet_from_the_front_matter() {
    let mut deck = with_options("theme: https://example.com/ours.css");
    deckview::deck::apply_query(&mut deck, &[("theme".into(), "white".into())]);
    assert_eq!(deck.options.theme, Theme::White);
    assert_eq!(deck.options.theme_url, None);
}
