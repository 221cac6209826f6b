//! The messages between the presentation and the speaker window: what is
//! sent, what is accepted, and that garbage is ignored.

use deckview::controllers::navigation::{Layout, Position};
use deckview::controllers::speaker_sync::{
    channel_name, fields, fits, is_channel_id, read_message, Field, Message, MAX_FRAGMENT_STEP,
};
use std::collections::HashMap;

/// Reads a message from literal fields, as the browser would hand them over.
fn read(pairs: &[(&str, Field)]) -> Option<Message> {
    let map: HashMap<&str, Field> = pairs.iter().cloned().collect();
    read_message(|name| map.get(name).cloned().unwrap_or(Field::Missing))
}

fn text(s: &str) -> Field {
    Field::Text(s.to_string())
}

fn n(x: f64) -> Field {
    Field::Number(x)
}

#[test]
fn a_channel_id_is_short_ascii_letters_digits_dashes_and_underscores() {
    assert!(is_channel_id("a1B2-c_3"));
    assert!(!is_channel_id(""));
    assert!(!is_channel_id("has space"));
    assert!(!is_channel_id("ünïcode"));
    assert!(!is_channel_id(&"x".repeat(65)));
}

#[test]
fn the_channel_name_is_derived_from_the_id_and_refused_for_a_bad_id() {
    assert_eq!(
        channel_name("abc123").as_deref(),
        Some("deckview-speaker-abc123")
    );
    assert_eq!(channel_name("../x"), None);
}

#[test]
fn a_position_message_reads_back_what_was_sent() {
    for p in [
        Position::new(3, 2),
        Position {
            h: 1,
            v: 0,
            f: Some(4),
        },
    ] {
        let sent = Message::Position(p);
        assert_eq!(read(&fields(&sent)), Some(sent));
    }
}

#[test]
fn a_deck_message_reads_back_its_text_address_and_position() {
    for src in [None, Some("https://example.org/talk.md".to_string())] {
        let sent = Message::Deck {
            text: "# Talk\n\n---\n\n# Two\n".into(),
            src,
            position: Position::new(1, 0),
        };
        assert_eq!(read(&fields(&sent)), Some(sent));
    }
}

#[test]
fn a_request_for_the_deck_has_no_fields_but_its_type() {
    assert_eq!(
        read(&[("type", text("request-deck"))]),
        Some(Message::RequestDeck)
    );
}

#[test]
fn a_missing_fragment_or_a_null_one_means_no_fragment_shown() {
    let got = read(&[("type", text("position")), ("h", n(2.0)), ("v", n(1.0))]);
    assert_eq!(got, Some(Message::Position(Position::new(2, 1))));
}

#[test]
fn messages_without_a_known_type_are_ignored() {
    assert_eq!(read(&[]), None);
    assert_eq!(
        read(&[("type", text("navigate")), ("h", n(1.0)), ("v", n(0.0))]),
        None
    );
    assert_eq!(read(&[("type", n(1.0))]), None);
}

#[test]
fn positions_that_are_not_whole_non_negative_numbers_are_ignored() {
    for bad in [
        n(-1.0),
        n(1.5),
        n(f64::NAN),
        n(f64::INFINITY),
        n(1e30),
        text("1"),
        Field::Null,
        Field::Other,
    ] {
        let msg = read(&[
            ("type", text("position")),
            ("h", bad.clone()),
            ("v", n(0.0)),
        ]);
        assert_eq!(msg, None, "h = {bad:?}");
        let msg = read(&[
            ("type", text("position")),
            ("h", n(0.0)),
            ("v", bad.clone()),
        ]);
        assert_eq!(msg, None, "v = {bad:?}");
    }
}

#[test]
fn fragment_steps_above_the_limit_or_not_numbers_are_ignored() {
    let with_f = |f: Field| {
        read(&[
            ("type", text("position")),
            ("h", n(0.0)),
            ("v", n(0.0)),
            ("f", f),
        ])
    };
    assert_eq!(with_f(n((MAX_FRAGMENT_STEP + 1) as f64)), None);
    assert_eq!(with_f(text("2")), None);
    assert!(with_f(n(MAX_FRAGMENT_STEP as f64)).is_some());
}

#[test]
fn a_deck_message_without_text_or_with_an_odd_address_is_ignored() {
    let base = [("type", text("deck")), ("h", n(0.0)), ("v", n(0.0))];
    assert_eq!(read(&base), None);
    let mut with_odd_src = base.to_vec();
    with_odd_src.push(("text", text("# A")));
    with_odd_src.push(("src", n(3.0)));
    assert_eq!(read(&with_odd_src), None);
}

#[test]
fn a_deck_text_larger_than_any_deck_the_app_loads_is_ignored() {
    let huge = "x".repeat(deckview::source::MAX_DECK_BYTES + 1);
    let msg = read(&[
        ("type", text("deck")),
        ("text", Field::Text(huge)),
        ("h", n(0.0)),
        ("v", n(0.0)),
    ]);
    assert_eq!(msg, None);
}

#[test]
fn a_position_fits_only_a_slide_the_layout_has() {
    let layout = Layout::new(vec![1, 3, 1]);
    assert!(fits(&layout, &Position::new(1, 2)));
    assert!(!fits(&layout, &Position::new(1, 3)));
    assert!(!fits(&layout, &Position::new(0, 1)));
    assert!(!fits(&layout, &Position::new(3, 0)));
}
