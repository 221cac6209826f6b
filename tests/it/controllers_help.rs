//! The keyboard help lists every key the viewer answers to, truthfully.

use deckview::controllers::help::{key_of_label, KEY_MAP};
use deckview::controllers::keyboard::{action_for, Action};
use deckview::controllers::navigation::Move;

#[test]
fn every_key_in_the_help_does_what_the_help_says() {
    for section in KEY_MAP {
        for entry in section.entries {
            assert_eq!(entry.keys.len(), entry.actions.len(), "{}", entry.what);
            for (label, action) in entry.keys.iter().zip(entry.actions) {
                let press = key_of_label(label).expect(label);
                assert_eq!(action_for(&press.as_key()), Some(*action), "{label}");
            }
        }
    }
}

#[test]
fn the_help_covers_every_action_of_the_keyboard_map() {
    let listed: Vec<Action> = KEY_MAP
        .iter()
        .flat_map(|s| s.entries)
        .flat_map(|e| e.actions.iter().copied())
        .collect();
    let moves = [
        Move::Left,
        Move::Right,
        Move::Up,
        Move::Down,
        Move::Next,
        Move::Prev,
        Move::FirstH,
        Move::LastH,
        Move::FirstV,
        Move::LastV,
        Move::First,
        Move::Last,
    ];
    let mut expected: Vec<Action> = moves.iter().map(|&m| Action::Move(m)).collect();
    expected.extend([Move::Left, Move::Right, Move::Up, Move::Down].map(Action::SkipFragmentsMove));
    expected.extend([
        Action::TogglePause,
        Action::ToggleFullscreen,
        Action::ToggleOverview,
        Action::ToggleHelp,
        Action::JumpToSlide,
        Action::SpeakerView,
        Action::ToggleAutoSlide,
    ]);
    for action in expected {
        assert!(listed.contains(&action), "{action:?} missing from the help");
    }
}

#[test]
fn labels_read_modifiers_space_and_letters() {
    let shift_space = key_of_label("Shift+Space").unwrap();
    assert_eq!((shift_space.key.as_str(), shift_space.shift), (" ", true));
    let alt_left = key_of_label("Alt+ArrowLeft").unwrap();
    assert_eq!((alt_left.key.as_str(), alt_left.alt), ("ArrowLeft", true));
    let n = key_of_label("N").unwrap();
    assert_eq!((n.key.as_str(), n.code.as_str()), ("n", "KeyN"));
    assert_eq!(key_of_label("?").unwrap().key, "?");
    assert_eq!(key_of_label(""), None);
}
