//! What deck text a file or response turns into, and what is refused.

use deckview::source::recent::{from_json, remember, to_json, RecentDeck, MAX_RECENT};
use deckview::source::{decode_deck, LoadError, MAX_DECK_BYTES};

#[test]
fn utf8_text_is_accepted_and_its_bom_dropped() {
    assert_eq!(decode_deck(b"\xEF\xBB\xBF# Hi").unwrap(), "# Hi");
}

#[test]
fn binary_data_is_refused_as_not_text() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    assert_eq!(
        decode_deck(png),
        Err(LoadError::NotText { content_type: None })
    );
}

#[test]
fn invalid_utf8_is_refused_with_its_offset() {
    assert_eq!(
        decode_deck(b"# ok\n\xff\xfe"),
        Err(LoadError::InvalidUtf8 { offset: 5 })
    );
}

#[test]
fn a_ten_megabyte_deck_is_accepted() {
    let deck = "# Slide\n\ntext\n\n---\n\n".repeat(10_000_000 / 20);
    assert!(decode_deck(deck.as_bytes()).is_ok());
}

#[test]
fn a_deck_over_the_limit_is_refused_as_too_large() {
    let big = vec![b'a'; MAX_DECK_BYTES + 1];
    assert!(matches!(decode_deck(&big), Err(LoadError::TooLarge { .. })));
}

#[test]
fn cors_refusal_explains_cors_and_offers_the_local_file() {
    let e = LoadError::Network {
        url: "https://other.example/deck.md".into(),
        cross_origin: true,
    };
    assert!(e.title().contains("CORS"));
    assert!(e.detail().contains("Access-Control-Allow-Origin"));
    assert!(e.detail().contains("drop it here"));
    assert!(e.suggests_local_file());
}

#[test]
fn an_offline_device_hears_the_network_is_gone_and_the_deck_was_not_opened_before() {
    let e = LoadError::Offline {
        url: "https://x.example/d.md".into(),
    };
    assert!(e.title().contains("No network"));
    assert!(e.title().contains("not opened before"));
    assert!(e.detail().contains("https://x.example/d.md"));
    assert!(e.detail().contains("no offline copy"));
    assert!(e.suggests_local_file());
}

#[test]
fn http_404_names_the_status() {
    let e = LoadError::Http {
        url: "https://x.example/d.md".into(),
        status: 404,
        status_text: "Not Found".into(),
    };
    assert!(e.title().contains("404"));
    assert!(e.detail().contains("404 Not Found"));
}

#[test]
fn an_element_without_a_deck_says_how_to_give_it_one() {
    let e = LoadError::NoSource;
    assert!(e.title().contains("<deck-view>"));
    assert!(e.detail().contains("src"));
    assert!(e.detail().contains("text/markdown"));
    assert!(!e.suggests_local_file());
}

fn deck(url: &str) -> RecentDeck {
    RecentDeck {
        url: url.into(),
        title: format!("Title of {url}"),
    }
}

#[test]
fn remembering_a_deck_puts_it_first_without_duplicates() {
    let list = vec![deck("a"), deck("b"), deck("c")];
    let list = remember(&list, deck("b"));
    let urls: Vec<_> = list.iter().map(|d| d.url.as_str()).collect();
    assert_eq!(urls, ["b", "a", "c"]);
}

#[test]
fn recent_list_is_capped() {
    let mut list = Vec::new();
    for i in 0..20 {
        list = remember(&list, deck(&i.to_string()));
    }
    assert_eq!(list.len(), MAX_RECENT);
    assert_eq!(list[0].url, "19");
}

#[test]
fn recent_list_survives_a_round_trip_through_storage() {
    let list = vec![deck("https://x.example/\"quoted\"\\path"), deck("b\n")];
    assert_eq!(from_json(&to_json(&list)), list);
}

#[test]
fn corrupt_stored_list_reads_as_empty() {
    assert!(from_json("{not json").is_empty());
    assert!(from_json("42").is_empty());
}

#[test]
fn stored_entries_without_a_url_and_a_title_are_skipped() {
    let json = r#"[{"url":"a.md","title":"A"},{"url":"b.md"},{"title":"C"},{"url":3,"title":"D"},"e",{"url":"f.md","title":"F"}]"#;
    let urls: Vec<String> = from_json(json).into_iter().map(|d| d.url).collect();
    assert_eq!(urls, ["a.md", "f.md"]);
}
