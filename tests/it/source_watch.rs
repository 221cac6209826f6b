//! The rules for asking a watched deck's server again.

use deckview::source::watch::{
    file_changed, is_near, poll_delay_ms, Validators, FAR_MS, MAX_BACK_OFF_MS, NEAR_MS,
};

const PAGE: &str = "https://viewer.example";

#[test]
fn near_decks_are_asked_for_every_second_and_others_every_five() {
    assert_eq!(poll_delay_ms(true, 0), NEAR_MS);
    assert_eq!(poll_delay_ms(false, 0), FAR_MS);
    assert_eq!((NEAR_MS, FAR_MS), (1_000, 5_000));
}

#[test]
fn each_failure_doubles_the_wait_up_to_a_minute() {
    let waits: Vec<u32> = (0..8).map(|f| poll_delay_ms(true, f)).collect();
    assert_eq!(
        waits,
        [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]
    );
    assert_eq!(poll_delay_ms(false, 100), MAX_BACK_OFF_MS);
}

#[test]
fn near_means_the_viewers_origin_or_this_machine() {
    let cases = [
        ("https://viewer.example/talks/deck.md", true),
        ("https://VIEWER.example/deck.md?x#y", true),
        ("http://localhost:3000/n/download", true),
        ("http://127.0.0.1:8080/deck.md", true),
        ("http://[::1]:8080/deck.md", true),
        ("http://notes.localhost/deck.md", true),
        ("https://viewer.example:8443/deck.md", false),
        ("http://viewer.example/deck.md", false),
        ("https://hedgedoc.example/abc/download", false),
        ("https://localhost.example.com/deck.md", false),
        ("https://user@127.0.0.1.example/deck.md", false),
    ];
    for (target, near) in cases {
        assert_eq!(is_near(target, PAGE), near, "{target}");
    }
}

#[test]
fn same_origin_requests_ask_for_a_304_with_both_validators() {
    let v = Validators {
        etag: Some("\"abc\"".into()),
        last_modified: Some("Sun, 06 Dec 2026 10:00:00 GMT".into()),
    };
    assert_eq!(
        v.request_headers(true),
        [
            ("If-None-Match", "\"abc\"".to_string()),
            (
                "If-Modified-Since",
                "Sun, 06 Dec 2026 10:00:00 GMT".to_string()
            ),
        ]
    );
}

#[test]
fn cross_origin_requests_carry_no_conditional_headers() {
    let v = Validators {
        etag: Some("\"abc\"".into()),
        last_modified: None,
    };
    assert!(v.request_headers(false).is_empty());
}

#[test]
fn a_server_without_validators_gets_a_plain_request() {
    assert!(Validators::default().request_headers(true).is_empty());
}

#[test]
fn a_file_changed_when_its_time_or_size_did() {
    assert!(!file_changed((1.0, 10.0), (1.0, 10.0)));
    assert!(file_changed((1.0, 10.0), (2.0, 10.0)));
    assert!(file_changed((1.0, 10.0), (1.0, 11.0)));
}
