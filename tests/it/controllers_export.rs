//! "Download HTML": which parts a saved deck carries, its data block, the
//! page made from the kit, and the file's name.

use deckview::controllers::export::{
    data_address, deck_block, file_name, linked_media, page, parts_used, picture_type, pictures,
    with_addresses, Parts, PARTS_MARK, TITLE_MARK,
};
use deckview::deck::parse;

fn parts_of(text: &str) -> Parts {
    parts_used(&parse(text), text)
}

#[test]
fn a_deck_carries_only_the_parts_it_uses() {
    let cases = [
        ("# Plain\n\nText.\n", Parts::default()),
        (
            "# Code\n\n```rust\nfn main() {}\n```\n",
            Parts {
                highlighter: true,
                ..Parts::default()
            },
        ),
        (
            "# Math\n\n$$x^2$$\n",
            Parts {
                math: true,
                ..Parts::default()
            },
        ),
        (
            "# Emoji\n\nHi :smile:\n",
            Parts {
                emoji: true,
                ..Parts::default()
            },
        ),
        (
            "# One\n\nText.\n\n---\n\n# Later\n\n```js\nx()\n```\n\n$a$\n",
            Parts {
                highlighter: true,
                math: true,
                ..Parts::default()
            },
        ),
        (
            "<style>\n.reveal h1 { font-family: Lato; }\n</style>\n\n# Styled\n",
            Parts {
                lato: true,
                ..Parts::default()
            },
        ),
        ("# Plato and latos\n", Parts::default()),
    ];
    for (text, expected) in cases {
        assert_eq!(parts_of(text), expected, "{text}");
    }
}

#[test]
fn the_parts_name_the_kit_files_that_hold_them() {
    let all = Parts {
        highlighter: true,
        math: true,
        emoji: true,
        lato: true,
    };
    assert_eq!(
        all.files(),
        ["highlight.html", "math.html", "emoji.html", "lato.html"]
    );
    assert!(Parts::default().files().is_empty());
}

#[test]
fn the_deck_block_holds_no_less_than_sign_so_the_deck_cannot_end_it() {
    let text = "# </script><script>alert(1)</script>\n\n<!-- <script> -->\u{2028}\"\\";
    let block = deck_block(text);
    let inside = block
        .strip_prefix("<script type=\"application/json\" id=\"dv-deck\">")
        .and_then(|b| b.strip_suffix("</script>"))
        .expect("one data block");
    assert!(!inside.contains('<'), "{inside}");
    assert!(!inside.contains('\u{2028}'));
    assert!(inside.contains("\\u003c/script>"));
}

#[test]
fn the_deck_block_is_a_json_object_with_the_text() {
    assert_eq!(
        deck_block("# Hi\n\"quoted\"\\"),
        "<script type=\"application/json\" id=\"dv-deck\">{\"text\":\"# Hi\\n\\\"quoted\\\"\\\\\"}</script>"
    );
}

#[test]
fn the_page_gets_the_escaped_title_then_the_deck_and_the_parts_at_their_marks() {
    let template = format!("<title>{TITLE_MARK}</title><body>{PARTS_MARK}<script>main</script>");
    let saved = page(&template, "A <b> & C", "DECK", &["PART".to_string()]).unwrap();
    assert_eq!(
        saved,
        "<title>A &lt;b&gt; &amp; C</title><body>DECK\nPART<script>main</script>"
    );
}

#[test]
fn a_template_without_its_marks_is_refused() {
    assert_eq!(page("<title></title>", "T", "DECK", &[]), None);
}

#[test]
fn the_file_is_named_from_the_title() {
    let cases = [
        ("SCS Community Call", "SCS-Community-Call.html"),
        ("Code & math <offline>", "Code-math-offline.html"),
        ("  ../../etc/passwd  ", "etc-passwd.html"),
        ("Grüße, 世界!", "Grüße-世界.html"),
        ("", "deck.html"),
        ("***", "deck.html"),
    ];
    for (title, expected) in cases {
        assert_eq!(file_name(title), expected, "{title:?}");
    }
    assert_eq!(file_name(&"a".repeat(200)).len(), 80 + ".html".len());
}

#[test]
fn pictures_and_backgrounds_are_listed_as_links_but_data_addresses_are_not() {
    let deck = parse(
        "---\nslideOptions:\n  parallaxBackgroundImage: 'https://example.org/p.png'\n---\n\n# One\n\n![a](https://example.org/a.png)\n\n![b](data:image/png;base64,AAAA)\n\n---\n\n<!-- .slide: data-background-image=\"bg.jpg\" -->\n\n# Two\n\n![a again](https://example.org/a.png)\n",
    );
    assert_eq!(
        linked_media(&deck),
        [
            "https://example.org/p.png",
            "https://example.org/a.png",
            "bg.jpg"
        ]
    );
}

#[test]
fn the_saved_page_answers_every_loader_the_viewer_may_call() {
    // A loader missing from export/boot.js's `deckviewParts` leaves the
    // saved page's wasm with an import it cannot link: it never starts.
    let loaders = include_str!("../../src/view/loaders.rs");
    let boot = include_str!("../../export/boot.js");
    let names: Vec<&str> = loaders
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("export "))
        .filter_map(|rest| rest.trim_start_matches("async ").strip_prefix("function "))
        .filter_map(|rest| rest.split('(').next())
        .collect();
    assert!(names.len() >= 5, "loaders found: {names:?}");
    for name in names {
        assert!(
            boot.contains(&format!("{name}:")),
            "export/boot.js does not answer {name}"
        );
    }
}

#[test]
fn linked_addresses_read_html_ampersands_as_the_address_has_them() {
    let deck = parse("# One\n\n![a](https://example.org/a.png?x=1&y=2)\n");
    assert_eq!(linked_media(&deck), ["https://example.org/a.png?x=1&y=2"]);
}

#[test]
fn pictures_are_the_parallax_the_backgrounds_and_the_img_sources_but_not_videos_or_data() {
    let deck = parse(
        "---\nslideOptions:\n  parallaxBackgroundImage: 'p.png'\n---\n\n# One\n\n![a](https://example.org/a.png?x=1&y=2)\n\n<img alt=\"raw\" src='raw.svg'>\n\n<img src=bare.gif>\n\n![d](data:image/png;base64,AAAA)\n\n---\n\n<!-- .slide: data-background-image=\"bg.jpg\" data-background-video=\"v.mp4\" -->\n\n# Two\n",
    );
    assert_eq!(
        pictures(&deck),
        [
            "p.png",
            "https://example.org/a.png?x=1&y=2",
            "raw.svg",
            "bare.gif",
            "bg.jpg"
        ]
    );
}

#[test]
fn addresses_are_replaced_only_where_they_stand_as_addresses() {
    let to = |from: &str, to: &str| vec![(from.to_string(), to.to_string())];
    let cases = [
        ("![a](a.png)", to("a.png", "data:X"), "![a](data:X)"),
        (
            "![a](a.png \"t\")",
            to("a.png", "data:X"),
            "![a](data:X \"t\")",
        ),
        (
            "<img src=\"a.png\">",
            to("a.png", "data:X"),
            "<img src=\"data:X\">",
        ),
        ("<img src=a.png>", to("a.png", "data:X"), "<img src=data:X>"),
        ("image: a.png\n", to("a.png", "data:X"), "image: data:X\n"),
        (
            "![a](img/a.png) ![b](a.png)",
            to("a.png", "data:X"),
            "![a](img/a.png) ![b](data:X)",
        ),
        ("![a](a.png.bak)", to("a.png", "data:X"), "![a](a.png.bak)"),
        (
            "see a.png, or (a.png)",
            to("a.png", "data:X"),
            "see a.png, or (data:X)",
        ),
        (
            "<img src=\"a?x=1&amp;y=2\">",
            to("a?x=1&y=2", "data:X"),
            "<img src=\"data:X\">",
        ),
        ("![a](a.png)", to("", "data:X"), "![a](a.png)"),
    ];
    for (text, replacements, expected) in cases {
        assert_eq!(with_addresses(text, &replacements), expected, "{text:?}");
    }
}

#[test]
fn only_plainly_written_picture_types_go_into_the_text() {
    let cases = [
        ("image/png", Some("image/png")),
        ("image/svg+xml; charset=utf-8", Some("image/svg+xml")),
        (" image/jpeg ", Some("image/jpeg")),
        ("text/html", None),
        ("image/", None),
        ("image/png\")<script>", None),
        ("image/png x", None),
    ];
    for (content_type, expected) in cases {
        assert_eq!(picture_type(content_type), expected, "{content_type:?}");
    }
}

#[test]
fn a_picture_becomes_a_base64_data_address() {
    assert_eq!(
        data_address("image/gif", b"GIF89a"),
        "data:image/gif;base64,R0lGODlh"
    );
}
