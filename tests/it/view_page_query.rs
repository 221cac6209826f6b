//! The page's query read once into what it asks for (`view::page_query`).

use deckview::controllers::print::PrintRequest;
use deckview::view::embedding::Embedding;
use deckview::view::page_query::PageQuery;

fn parse(pairs: &[(&str, &str)]) -> PageQuery {
    PageQuery::parse(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    )
}

#[test]
fn a_bare_embed_parameter_makes_a_frame() {
    assert_eq!(
        parse(&[("src", "a.md"), ("embed", "")]).embedding,
        Embedding::Frame
    );
}

#[test]
fn embed_with_a_word_for_no_stays_a_page() {
    for v in ["false", "0", "no", "off", " OFF ", "No"] {
        assert_eq!(
            parse(&[("embed", v)]).embedding,
            Embedding::Page,
            "embed={v}"
        );
    }
}

#[test]
fn embed_with_any_other_value_makes_a_frame() {
    for v in ["", "true", "1", "yes", "on", "frame"] {
        assert_eq!(
            parse(&[("embed", v)]).embedding,
            Embedding::Frame,
            "embed={v}"
        );
    }
}

#[test]
fn no_embed_parameter_is_a_page() {
    assert_eq!(parse(&[("src", "a.md")]).embedding, Embedding::Page);
}

#[test]
fn the_last_of_a_repeated_switch_counts() {
    assert_eq!(
        parse(&[("embed", ""), ("embed", "off")]).embedding,
        Embedding::Page
    );
    assert_eq!(
        parse(&[("embed", "off"), ("embed", "")]).embedding,
        Embedding::Frame
    );
}

#[test]
fn src_names_the_deck_and_a_blank_one_means_the_bundled_deck() {
    assert_eq!(
        parse(&[("src", "decks/a.md")]).src.as_deref(),
        Some("decks/a.md")
    );
    assert_eq!(parse(&[("src", "  ")]).src, None);
    assert_eq!(parse(&[]).src, None);
}

#[test]
fn speaker_and_print_pdf_ask_for_whole_page_views() {
    let speaker = parse(&[("src", "a.md"), ("speaker", "abc123")]);
    assert_eq!(speaker.speaker.as_deref(), Some("abc123"));
    assert!(speaker.is_page_view());
    let print = parse(&[("print-pdf", ""), ("fragments", "separate")]);
    assert_eq!(
        print.print,
        Some(PrintRequest {
            separate_fragments: true
        })
    );
    assert!(print.is_page_view());
    assert!(!parse(&[("src", "a.md")]).is_page_view());
    assert_eq!(parse(&[("print-pdf", "false")]).print, None);
}

#[test]
fn by_default_calls_are_answered_and_events_are_not_posted() {
    let plain = parse(&[("src", "a.md")]);
    assert!(plain.post_message && !plain.post_message_events);
}

#[test]
fn post_message_events_is_a_flag_bare_true_or_one_turn_it_on() {
    for v in ["", "true", "1"] {
        assert!(
            parse(&[("postMessageEvents", v)]).post_message_events,
            "{v:?}"
        );
    }
}

#[test]
fn post_message_false_or_zero_stops_answering_calls() {
    for v in ["false", "0"] {
        assert!(!parse(&[("postMessage", v)]).post_message, "{v:?}");
    }
}

#[test]
fn the_last_repeated_setting_wins() {
    let q = parse(&[
        ("postMessageEvents", "true"),
        ("postMessageEvents", "false"),
    ]);
    assert!(!q.post_message_events);
}

#[test]
fn bench_is_a_switch() {
    assert!(parse(&[("bench", "")]).bench);
    assert!(!parse(&[("bench", "0")]).bench);
    assert!(!parse(&[]).bench);
}

#[test]
fn every_parameter_is_kept_in_order_for_the_option_overrides() {
    let q = parse(&[("theme", "black"), ("src", "a.md"), ("transition", "zoom")]);
    let keys: Vec<&str> = q.pairs.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["theme", "src", "transition"]);
}

#[test]
fn watch_is_a_switch_read_from_the_current_address() {
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let cases: [(&[(&str, &str)], bool); 5] = [
        (&[("src", "d.md"), ("watch", "")], true),
        (&[("watch", "true")], true),
        (&[("watch", "off")], false),
        (&[("watch", "1"), ("watch", "0")], false),
        (&[("src", "d.md")], false),
    ];
    for (query, on) in cases {
        assert_eq!(
            deckview::view::page_query::asks_to_watch(&pairs(query)),
            on,
            "{query:?}"
        );
    }
}
