//! reveal.js's keyboard map.

use deckview::controllers::keyboard::{action_for, Action, Key};
use deckview::controllers::navigation::Move;

fn press(key: &str, code: &str) -> Option<Action> {
    action_for(&Key::new(key, code))
}

fn moves(mv: Move) -> Option<Action> {
    Some(Action::Move(mv))
}

#[test]
fn n_space_and_page_down_go_to_the_next_slide() {
    assert_eq!(press("n", "KeyN"), moves(Move::Next));
    assert_eq!(press(" ", "Space"), moves(Move::Next));
    assert_eq!(press("PageDown", "PageDown"), moves(Move::Next));
}

#[test]
fn p_shift_space_and_page_up_go_to_the_previous_slide() {
    assert_eq!(press("p", "KeyP"), moves(Move::Prev));
    assert_eq!(
        action_for(&Key::new(" ", "Space").with_shift()),
        moves(Move::Prev)
    );
    assert_eq!(press("PageUp", "PageUp"), moves(Move::Prev));
}

#[test]
fn h_and_left_arrow_go_left() {
    assert_eq!(press("h", "KeyH"), moves(Move::Left));
    assert_eq!(press("ArrowLeft", "ArrowLeft"), moves(Move::Left));
}

#[test]
fn l_and_right_arrow_go_right() {
    assert_eq!(press("l", "KeyL"), moves(Move::Right));
    assert_eq!(press("ArrowRight", "ArrowRight"), moves(Move::Right));
}

#[test]
fn k_and_up_arrow_go_up() {
    assert_eq!(press("k", "KeyK"), moves(Move::Up));
    assert_eq!(press("ArrowUp", "ArrowUp"), moves(Move::Up));
}

#[test]
fn j_and_down_arrow_go_down() {
    assert_eq!(press("j", "KeyJ"), moves(Move::Down));
    assert_eq!(press("ArrowDown", "ArrowDown"), moves(Move::Down));
}

#[test]
fn legacy_arrow_key_names_are_understood() {
    assert_eq!(press("Left", ""), moves(Move::Left));
    assert_eq!(press("Right", ""), moves(Move::Right));
    assert_eq!(press("Up", ""), moves(Move::Up));
    assert_eq!(press("Down", ""), moves(Move::Down));
    assert_eq!(press("Spacebar", ""), moves(Move::Next));
    assert_eq!(press("Esc", ""), Some(Action::ToggleOverview));
}

#[test]
fn shift_arrows_jump_to_the_ends_of_each_axis() {
    let shifted = |key| action_for(&Key::new(key, key).with_shift());
    assert_eq!(shifted("ArrowLeft"), moves(Move::FirstH));
    assert_eq!(shifted("ArrowRight"), moves(Move::LastH));
    assert_eq!(shifted("ArrowUp"), moves(Move::FirstV));
    assert_eq!(shifted("ArrowDown"), moves(Move::LastV));
}

#[test]
fn home_and_end_go_to_the_first_and_last_slide() {
    assert_eq!(press("Home", "Home"), moves(Move::First));
    assert_eq!(press("End", "End"), moves(Move::Last));
}

#[test]
fn alt_arrows_skip_fragments() {
    let alt = |key| action_for(&Key::new(key, key).with_alt());
    assert_eq!(
        alt("ArrowLeft"),
        Some(Action::SkipFragmentsMove(Move::Left))
    );
    assert_eq!(
        alt("ArrowRight"),
        Some(Action::SkipFragmentsMove(Move::Right))
    );
    assert_eq!(alt("ArrowUp"), Some(Action::SkipFragmentsMove(Move::Up)));
    assert_eq!(
        alt("ArrowDown"),
        Some(Action::SkipFragmentsMove(Move::Down))
    );
}

#[test]
fn alt_next_and_prev_keys_skip_fragments() {
    assert_eq!(
        action_for(&Key::new(" ", "Space").with_alt()),
        Some(Action::SkipFragmentsMove(Move::Next))
    );
    assert_eq!(
        action_for(&Key::new("PageUp", "PageUp").with_alt()),
        Some(Action::SkipFragmentsMove(Move::Prev))
    );
}

#[test]
fn alt_letter_is_read_from_its_code_when_macos_turns_it_into_another_character() {
    assert_eq!(
        action_for(&Key::new("˜", "KeyN").with_alt()),
        Some(Action::SkipFragmentsMove(Move::Next))
    );
    assert_eq!(
        action_for(&Key::new("π", "KeyP").with_alt()),
        Some(Action::SkipFragmentsMove(Move::Prev))
    );
}

#[test]
fn alt_shift_arrow_still_jumps_to_the_end_of_the_axis() {
    let key = Key::new("ArrowRight", "ArrowRight").with_shift().with_alt();
    assert_eq!(action_for(&key), moves(Move::LastH));
}

#[test]
fn b_v_period_colon_semicolon_and_slash_pause() {
    for (key, code) in [
        ("b", "KeyB"),
        ("v", "KeyV"),
        (".", "Period"),
        (":", "Semicolon"),
        (";", "Semicolon"),
        ("/", "Slash"),
    ] {
        assert_eq!(press(key, code), Some(Action::TogglePause), "{key}");
    }
}

#[test]
fn colon_typed_with_shift_still_pauses() {
    assert_eq!(
        action_for(&Key::new(":", "Semicolon").with_shift()),
        Some(Action::TogglePause)
    );
}

#[test]
fn f_toggles_fullscreen() {
    assert_eq!(press("f", "KeyF"), Some(Action::ToggleFullscreen));
}

#[test]
fn escape_and_o_toggle_the_overview() {
    assert_eq!(press("Escape", "Escape"), Some(Action::ToggleOverview));
    assert_eq!(press("o", "KeyO"), Some(Action::ToggleOverview));
}

#[test]
fn question_mark_and_f1_toggle_help() {
    assert_eq!(
        action_for(&Key::new("?", "Slash").with_shift()),
        Some(Action::ToggleHelp)
    );
    assert_eq!(press("F1", "F1"), Some(Action::ToggleHelp));
}

#[test]
fn question_mark_is_help_on_layouts_where_it_sits_elsewhere() {
    assert_eq!(
        action_for(&Key::new("?", "Minus").with_shift()),
        Some(Action::ToggleHelp)
    );
}

#[test]
fn g_s_and_a_open_jump_speaker_view_and_toggle_auto_slide() {
    assert_eq!(press("g", "KeyG"), Some(Action::JumpToSlide));
    assert_eq!(press("s", "KeyS"), Some(Action::SpeakerView));
    assert_eq!(press("a", "KeyA"), Some(Action::ToggleAutoSlide));
}

#[test]
fn letters_are_case_insensitive_with_caps_lock() {
    assert_eq!(press("N", "KeyN"), moves(Move::Next));
    assert_eq!(press("F", "KeyF"), Some(Action::ToggleFullscreen));
    assert_eq!(press("J", "KeyJ"), moves(Move::Down));
}

#[test]
fn shift_n_and_shift_p_keep_their_meaning() {
    assert_eq!(
        action_for(&Key::new("N", "KeyN").with_shift()),
        moves(Move::Next)
    );
    assert_eq!(
        action_for(&Key::new("P", "KeyP").with_shift()),
        moves(Move::Prev)
    );
}

#[test]
fn shift_with_other_letters_is_left_to_the_browser() {
    for (key, code) in [("F", "KeyF"), ("H", "KeyH"), ("B", "KeyB"), ("O", "KeyO")] {
        assert_eq!(action_for(&Key::new(key, code).with_shift()), None, "{key}");
    }
}

#[test]
fn shift_with_home_end_and_page_keys_is_left_to_the_browser() {
    for key in ["Home", "End", "PageUp", "PageDown", "Escape", "F1"] {
        assert_eq!(action_for(&Key::new(key, key).with_shift()), None, "{key}");
    }
}

#[test]
fn ctrl_combinations_are_left_to_the_browser() {
    assert_eq!(action_for(&Key::new("f", "KeyF").with_ctrl()), None);
    assert_eq!(
        action_for(&Key::new("ArrowLeft", "ArrowLeft").with_ctrl()),
        None
    );
}

#[test]
fn meta_combinations_are_left_to_the_browser() {
    assert_eq!(action_for(&Key::new("n", "KeyN").with_meta()), None);
    assert_eq!(
        action_for(&Key::new("ArrowRight", "ArrowRight").with_meta()),
        None
    );
}

#[test]
fn unknown_keys_are_left_to_the_browser() {
    for (key, code) in [
        ("x", "KeyX"),
        ("Enter", "Enter"),
        ("Tab", "Tab"),
        ("Shift", "ShiftLeft"),
        ("1", "Digit1"),
        ("ü", "BracketLeft"),
        ("", ""),
    ] {
        assert_eq!(press(key, code), None, "{key:?}");
    }
}

#[test]
fn a_non_latin_letter_is_read_from_the_key_it_sits_on() {
    assert_eq!(press("л", "KeyK"), moves(Move::Up));
    assert_eq!(press("т", "KeyN"), moves(Move::Next));
}

#[test]
fn a_latin_letter_is_read_as_typed_not_from_its_position() {
    assert_eq!(press("a", "KeyQ"), Some(Action::ToggleAutoSlide));
}

#[test]
fn an_accented_letter_off_the_letter_keys_is_left_to_the_browser() {
    assert_eq!(press("é", "Digit2"), None);
}
