//! reveal.js's API as deckview answers it (postMessage and `<deck-view>`):
//! which calls are accepted, what they ask for, the JSON that goes back,
//! which events a change fires. (That the `<deck-view>` element's script
//! offers exactly the API's methods: `embed_element_script`.)

use deckview::controllers::api::{
    answer, callback, command, event, event_extra, events_between, fragment_target, is_refused,
    looks_like_call, read_call, slide_target, Command, DeckState, Facts, FragmentTarget, Query,
    Snapshot, StatePatch, Value, METHODS,
};
use deckview::controllers::fragments::FragmentsShown;
use deckview::controllers::navigation::{Layout, Move, NavOptions, Position};

fn n(x: f64) -> Value {
    Value::Number(x)
}

fn s(text: &str) -> Value {
    Value::String(text.to_string())
}

fn obj(members: &[(&str, Value)]) -> Value {
    Value::Object(
        members
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

/// Columns of 1, 3 and 2 slides: a lone slide, then two stacks.
fn stacks() -> Layout {
    Layout::new(vec![1, 3, 2])
}

fn at(h: usize, v: usize, f: Option<usize>) -> Position {
    Position { h, v, f }
}

/// Asks `query` of the `stacks()` deck at `pos`, nothing paused, no
/// fragments, scale 1.
fn ask(query: Query, pos: Position) -> Value {
    ask_with(query, pos, 0)
}

fn ask_with(query: Query, pos: Position, fragment_count: usize) -> Value {
    let layout = stacks();
    let options = NavOptions::default();
    let facts = Facts {
        layout: &layout,
        options: &options,
        state: DeckState::new(pos, false, false),
        fragment_count,
        fragments_shown: FragmentsShown::default(),
        auto_sliding: false,
        scale: 1.0,
        ready: true,
    };
    answer(query, &facts)
}

// --- JSON ---------------------------------------------------------------

#[test]
fn whole_numbers_are_written_without_a_fraction() {
    assert_eq!(n(2.0).to_json(), "2");
    assert_eq!(n(-3.0).to_json(), "-3");
    assert_eq!(n(0.0).to_json(), "0");
}

#[test]
fn negative_zero_is_written_as_zero_like_json_stringify() {
    assert_eq!(n(-0.0).to_json(), "0");
}

#[test]
fn fractions_keep_their_shortest_exact_digits() {
    assert_eq!(n(0.5).to_json(), "0.5");
    assert_eq!(n(0.1 + 0.2).to_json(), "0.30000000000000004");
}

#[test]
fn huge_and_tiny_numbers_use_an_exponent_that_json_accepts() {
    assert_eq!(n(1e21).to_json(), "1e21");
    assert_eq!(n(1.5e-7).to_json(), "1.5e-7");
}

#[test]
fn nan_and_infinities_are_written_as_null() {
    for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(n(x).to_json(), "null");
    }
}

#[test]
fn strings_escape_quotes_backslashes_and_control_characters() {
    assert_eq!(
        s("a\"b\\c\nd\te\u{1}").to_json(),
        r#""a\"b\\c\nd\te\u0001""#
    );
}

#[test]
fn non_ascii_text_is_written_as_is() {
    assert_eq!(s("Grüße ✓").to_json(), "\"Grüße ✓\"");
}

#[test]
fn objects_keep_member_order_and_escape_keys() {
    let v = obj(&[
        ("b", Value::Bool(true)),
        ("a\"", Value::Array(vec![Value::Null, n(1.0)])),
        ("o", Value::Object(vec![])),
    ]);
    assert_eq!(v.to_json(), r#"{"b":true,"a\"":[null,1],"o":{}}"#);
}

#[test]
fn a_repeated_key_reads_as_its_last_value_like_json_parse() {
    let v = obj(&[("method", s("next")), ("method", s("prev"))]);
    assert_eq!(v.get("method"), Some(&s("prev")));
}

// --- Reading a call -----------------------------------------------------

#[test]
fn only_text_in_braces_is_parsed_as_a_call() {
    assert!(looks_like_call(r#"{"method":"next"}"#));
    for text in ["next", "[1,2]", "42", " {\"method\":\"next\"}", "{", ""] {
        assert!(!looks_like_call(text), "{text:?}");
    }
}

#[test]
fn a_call_is_a_string_method_with_an_args_array() {
    let msg = obj(&[
        ("method", s("slide")),
        ("args", Value::Array(vec![n(2.0), n(0.0)])),
    ]);
    assert_eq!(read_call(&msg), Some(("slide", &[n(2.0), n(0.0)][..])));
}

#[test]
fn missing_or_null_args_mean_no_arguments() {
    let bare = obj(&[("method", s("next"))]);
    let null = obj(&[("method", s("next")), ("args", Value::Null)]);
    assert_eq!(read_call(&bare), Some(("next", &[][..])));
    assert_eq!(read_call(&null), Some(("next", &[][..])));
}

#[test]
fn messages_without_a_string_method_are_not_calls() {
    for msg in [
        obj(&[("method", n(1.0))]),
        obj(&[("args", Value::Array(vec![]))]),
        obj(&[("method", s("next")), ("args", n(1.0))]),
        Value::Array(vec![s("next")]),
        s("next"),
        n(3.0),
        Value::Null,
    ] {
        assert_eq!(read_call(&msg), None, "{}", msg.to_json());
    }
}

#[test]
fn reveal_event_and_callback_messages_are_never_taken_for_calls() {
    let reply = callback("next", None, &DeckState::default());
    assert_eq!(read_call(&reply), None);
}

#[test]
fn plugin_listener_and_preview_methods_are_refused_as_reveal_refuses_them() {
    for m in [
        "registerPlugin",
        "registerKeyboardShortcut",
        "addKeyBinding",
        "addEventListener",
        "showPreview",
        "previewIframe",
        "addEventListenerNow",
    ] {
        assert!(is_refused(m), "{m}");
    }
    assert!(!is_refused("slide"));
}

#[test]
fn every_listed_method_is_a_command_when_called_without_arguments() {
    for m in METHODS {
        let args: &[Value] = if *m == "setState" {
            &[Value::Object(vec![])]
        } else {
            &[]
        };
        assert!(command(m, args).is_some(), "{m}");
    }
}

#[test]
fn unknown_and_refused_names_are_no_commands() {
    for m in [
        "registerPlugin",
        "addEventListener",
        "getPlugins",
        "destroy",
        "constructor",
        "SLIDE",
        "",
    ] {
        assert_eq!(command(m, &[]), None, "{m}");
    }
}

// --- Commands -----------------------------------------------------------

#[test]
fn slide_takes_h_v_and_f_as_numbers() {
    assert_eq!(
        command("slide", &[n(2.0), n(1.0), n(0.0)]),
        Some(Command::Slide {
            h: Some(2),
            v: Some(1),
            f: Some(FragmentTarget::Upto(0))
        })
    );
}

#[test]
fn slide_with_a_non_numeric_argument_is_ignored() {
    assert_eq!(command("slide", &[s("2")]), None);
    assert_eq!(command("slide", &[n(1.0), Value::Bool(true)]), None);
    assert_eq!(command("slide", &[n(f64::NAN)]), None);
}

#[test]
fn a_null_argument_counts_as_missing_as_undefined_does_in_reveal() {
    assert_eq!(
        command("slide", &[Value::Null, n(1.0)]),
        Some(Command::Slide {
            h: None,
            v: Some(1),
            f: None
        })
    );
}

#[test]
fn fractional_indices_take_their_whole_part_and_negatives_count_as_zero() {
    assert_eq!(
        command("slide", &[n(2.7), n(-3.0)]),
        Some(Command::Slide {
            h: Some(2),
            v: Some(0),
            f: None
        })
    );
}

#[test]
fn a_negative_fragment_index_hides_all_fragments() {
    assert_eq!(
        command("navigateFragment", &[n(-1.0)]),
        Some(Command::NavigateFragment(Some(FragmentTarget::HideAll)))
    );
    assert_eq!(
        command("slide", &[n(0.0), n(0.0), n(-0.5)]),
        Some(Command::Slide {
            h: Some(0),
            v: Some(0),
            f: Some(FragmentTarget::HideAll)
        })
    );
}

#[test]
fn navigate_fragment_without_an_index_keeps_the_fragments() {
    assert_eq!(
        command("navigateFragment", &[]),
        Some(Command::NavigateFragment(None))
    );
}

#[test]
fn reveal_short_and_long_navigation_names_are_the_same_move() {
    for (short, long, to) in [
        ("left", "navigateLeft", Move::Left),
        ("right", "navigateRight", Move::Right),
        ("up", "navigateUp", Move::Up),
        ("down", "navigateDown", Move::Down),
        ("prev", "navigatePrev", Move::Prev),
        ("next", "navigateNext", Move::Next),
    ] {
        let expected = Some(Command::Navigate {
            to,
            skip_fragments: false,
        });
        assert_eq!(command(short, &[]), expected, "{short}");
        assert_eq!(command(long, &[]), expected, "{long}");
    }
}

#[test]
fn skip_fragments_true_moves_past_the_fragments() {
    assert_eq!(
        command("next", &[obj(&[("skipFragments", Value::Bool(true))])]),
        Some(Command::Navigate {
            to: Move::Next,
            skip_fragments: true
        })
    );
}

#[test]
fn toggles_take_a_boolean_and_toggle_on_anything_else() {
    assert_eq!(
        command("togglePause", &[Value::Bool(true)]),
        Some(Command::TogglePause(Some(true)))
    );
    assert_eq!(
        command("toggleOverview", &[Value::Bool(false)]),
        Some(Command::ToggleOverview(Some(false)))
    );
    assert_eq!(
        command("toggleAutoSlide", &[s("yes")]),
        Some(Command::ToggleAutoSlide(None))
    );
}

#[test]
fn get_slide_notes_takes_an_optional_slide() {
    assert_eq!(
        command("getSlideNotes", &[n(1.0), n(2.0)]),
        Some(Command::SlideNotes {
            h: Some(1),
            v: Some(2)
        })
    );
    assert_eq!(
        command("getSlideNotes", &[]),
        Some(Command::SlideNotes { h: None, v: None })
    );
}

#[test]
fn set_state_without_a_state_object_is_ignored() {
    assert_eq!(command("setState", &[]), None);
    assert_eq!(command("setState", &[n(1.0)]), None);
}

// --- setState -----------------------------------------------------------

#[test]
fn a_state_with_only_paused_pauses_without_moving() {
    let patch = StatePatch::from_value(&obj(&[("paused", Value::Bool(true))])).unwrap();
    assert_eq!(patch.paused, Some(true));
    assert!(!patch.moves());
}

#[test]
fn state_strings_are_deserialised_as_reveal_does() {
    let patch = StatePatch::from_value(&obj(&[
        ("indexh", s("2")),
        ("indexv", s("1")),
        ("paused", s("true")),
        ("overview", s("false")),
    ]))
    .unwrap();
    assert_eq!(
        patch,
        StatePatch {
            indexh: Some(2),
            indexv: Some(1),
            indexf: None,
            paused: Some(true),
            overview: Some(false),
        }
    );
}

#[test]
fn paused_that_is_not_a_boolean_is_not_applied() {
    let patch =
        StatePatch::from_value(&obj(&[("paused", n(1.0)), ("overview", s("yes"))])).unwrap();
    assert_eq!((patch.paused, patch.overview), (None, None));
}

#[test]
fn a_state_with_a_non_numeric_index_is_ignored() {
    assert_eq!(StatePatch::from_value(&obj(&[("indexh", s("two"))])), None);
    assert_eq!(
        StatePatch::from_value(&obj(&[("indexv", Value::Bool(true))])),
        None
    );
}

#[test]
fn a_state_that_is_not_an_object_is_ignored() {
    assert_eq!(StatePatch::from_value(&Value::Null), None);
    assert_eq!(StatePatch::from_value(&Value::Array(vec![])), None);
}

#[test]
fn a_state_read_back_from_get_state_is_the_same_state() {
    let state = DeckState::new(at(1, 2, Some(0)), true, false);
    let patch = StatePatch::from_value(&state.to_value()).unwrap();
    assert_eq!(
        patch,
        StatePatch {
            indexh: Some(1),
            indexv: Some(2),
            indexf: Some(FragmentTarget::Upto(0)),
            paused: Some(true),
            overview: Some(false),
        }
    );
}

// --- Where slide() goes --------------------------------------------------

#[test]
fn slide_indices_past_the_deck_are_clamped_to_it() {
    let to = slide_target(&stacks(), at(0, 0, None), Some(9), Some(9), None, |_, _| 0);
    assert_eq!(to, at(2, 1, None));
}

#[test]
fn slide_without_v_keeps_the_row_in_the_same_column() {
    let to = slide_target(&stacks(), at(1, 2, None), Some(1), None, None, |_, _| 0);
    assert_eq!(to, at(1, 2, None));
}

#[test]
fn slide_without_v_lands_on_top_of_another_column() {
    let to = slide_target(&stacks(), at(1, 2, None), Some(2), None, None, |_, _| 0);
    assert_eq!(to, at(2, 0, None));
}

#[test]
fn slide_without_f_keeps_the_fragments_of_the_same_slide() {
    let to = slide_target(
        &stacks(),
        at(1, 1, Some(2)),
        Some(1),
        Some(1),
        None,
        |_, _| 4,
    );
    assert_eq!(to, at(1, 1, Some(2)));
}

#[test]
fn slide_without_f_shows_no_fragment_on_another_slide() {
    let to = slide_target(
        &stacks(),
        at(1, 1, Some(2)),
        Some(2),
        Some(0),
        None,
        |_, _| 4,
    );
    assert_eq!(to, at(2, 0, None));
}

#[test]
fn slide_f_is_clamped_to_the_target_slides_fragments() {
    let to = slide_target(
        &stacks(),
        at(0, 0, None),
        Some(1),
        Some(0),
        Some(FragmentTarget::Upto(7)),
        |h, v| if (h, v) == (1, 0) { 2 } else { 0 },
    );
    assert_eq!(to, at(1, 0, Some(1)));
}

#[test]
fn a_fragment_index_on_a_slide_without_fragments_shows_none() {
    assert_eq!(fragment_target(FragmentTarget::Upto(0), 0), None);
}

#[test]
fn hide_all_shows_no_fragment() {
    assert_eq!(fragment_target(FragmentTarget::HideAll, 3), None);
}

// --- Answers ------------------------------------------------------------

#[test]
fn get_state_leaves_out_indexf_when_no_fragment_is_shown() {
    assert_eq!(
        ask(Query::State, at(1, 2, None)).to_json(),
        r#"{"indexh":1,"indexv":2,"paused":false,"overview":false}"#
    );
}

#[test]
fn get_state_reports_the_last_fragment_shown() {
    assert_eq!(
        ask(Query::State, at(1, 0, Some(1))).to_json(),
        r#"{"indexh":1,"indexv":0,"indexf":1,"paused":false,"overview":false}"#
    );
}

#[test]
fn get_indices_gives_h_v_and_f_when_shown() {
    assert_eq!(
        ask(Query::Indices, at(2, 1, None)).to_json(),
        r#"{"h":2,"v":1}"#
    );
    assert_eq!(
        ask(Query::Indices, at(2, 1, Some(0))).to_json(),
        r#"{"h":2,"v":1,"f":0}"#
    );
}

#[test]
fn total_slides_counts_every_vertical_slide() {
    assert_eq!(ask(Query::TotalSlides, at(0, 0, None)), n(6.0));
}

#[test]
fn slide_past_count_counts_slides_before_in_reading_order() {
    assert_eq!(ask(Query::SlidePastCount, at(2, 0, None)), n(4.0));
}

#[test]
fn progress_runs_from_zero_on_the_first_slide_to_one_on_the_last() {
    assert_eq!(ask(Query::Progress, at(0, 0, None)), n(0.0));
    assert_eq!(ask(Query::Progress, at(1, 1, None)), n(0.4));
    assert_eq!(ask(Query::Progress, at(2, 1, None)), n(1.0));
}

#[test]
fn progress_counts_the_fragments_shown_on_the_current_slide() {
    let layout = stacks();
    let options = NavOptions::default();
    let facts = Facts {
        layout: &layout,
        options: &options,
        state: DeckState::new(at(1, 1, Some(0)), false, false),
        fragment_count: 2,
        fragments_shown: FragmentsShown { shown: 1, total: 2 },
        auto_sliding: false,
        scale: 1.0,
        ready: true,
    };
    // (2 slides past + ½ × 0.9) / (6 − 1)
    let Value::Number(progress) = answer(Query::Progress, &facts) else {
        panic!("getProgress answers a number");
    };
    assert!((progress - 0.49).abs() < 1e-12, "{progress}");
}

/// reveal.js's counts skip `data-visibility="uncounted"` slides.
#[test]
fn counts_and_progress_leave_uncounted_slides_out() {
    // `stacks()` with the first stack's last slide (reading order 3) uncounted.
    let layout = stacks().with_uncounted([3]);
    let options = NavOptions::default();
    let ask_at = |query, pos| {
        answer(
            query,
            &Facts {
                layout: &layout,
                options: &options,
                state: DeckState::new(pos, false, false),
                fragment_count: 0,
                fragments_shown: FragmentsShown::default(),
                auto_sliding: false,
                scale: 1.0,
                ready: true,
            },
        )
    };
    assert_eq!(ask_at(Query::TotalSlides, at(0, 0, None)), n(5.0));
    assert_eq!(ask_at(Query::SlidePastCount, at(2, 0, None)), n(3.0));
    assert_eq!(ask_at(Query::Progress, at(2, 0, None)), n(0.75));
}

#[test]
fn the_first_slide_is_the_top_of_the_first_column() {
    assert_eq!(ask(Query::IsFirstSlide, at(0, 0, None)), Value::Bool(true));
    assert_eq!(ask(Query::IsFirstSlide, at(1, 0, None)), Value::Bool(false));
}

#[test]
fn the_last_slide_is_the_bottom_of_the_last_column() {
    assert_eq!(ask(Query::IsLastSlide, at(2, 1, None)), Value::Bool(true));
    assert_eq!(ask(Query::IsLastSlide, at(2, 0, None)), Value::Bool(false));
}

#[test]
fn the_last_vertical_slide_is_the_bottom_of_a_stack_only() {
    assert_eq!(
        ask(Query::IsLastVerticalSlide, at(1, 2, None)),
        Value::Bool(true)
    );
    assert_eq!(
        ask(Query::IsLastVerticalSlide, at(1, 1, None)),
        Value::Bool(false)
    );
    assert_eq!(
        ask(Query::IsLastVerticalSlide, at(0, 0, None)),
        Value::Bool(false),
        "a lone slide is not in a stack"
    );
}

#[test]
fn a_vertical_slide_is_one_inside_a_stack() {
    assert_eq!(
        ask(Query::IsVerticalSlide, at(1, 0, None)),
        Value::Bool(true)
    );
    assert_eq!(
        ask(Query::IsVerticalSlide, at(0, 0, None)),
        Value::Bool(false)
    );
}

#[test]
fn a_deck_of_stacks_has_horizontal_and_vertical_slides() {
    assert_eq!(
        ask(Query::HasHorizontalSlides, at(0, 0, None)),
        Value::Bool(true)
    );
    assert_eq!(
        ask(Query::HasVerticalSlides, at(0, 0, None)),
        Value::Bool(true)
    );
}

#[test]
fn available_routes_are_the_enabled_arrows() {
    assert_eq!(
        ask(Query::AvailableRoutes, at(1, 0, None)).to_json(),
        r#"{"left":true,"right":true,"up":false,"down":true}"#
    );
}

#[test]
fn available_fragments_say_whether_one_can_be_hidden_or_shown() {
    assert_eq!(
        ask_with(Query::AvailableFragments, at(1, 0, None), 2).to_json(),
        r#"{"prev":false,"next":true}"#
    );
    assert_eq!(
        ask_with(Query::AvailableFragments, at(1, 0, Some(1)), 2).to_json(),
        r#"{"prev":true,"next":false}"#
    );
}

#[test]
fn modes_scale_and_readiness_are_reported_as_they_are() {
    let layout = stacks();
    let options = NavOptions::default();
    let facts = Facts {
        layout: &layout,
        options: &options,
        state: DeckState::new(at(0, 0, None), true, true),
        fragment_count: 0,
        fragments_shown: FragmentsShown::default(),
        auto_sliding: true,
        scale: 0.75,
        ready: false,
    };
    assert_eq!(answer(Query::IsPaused, &facts), Value::Bool(true));
    assert_eq!(answer(Query::IsOverview, &facts), Value::Bool(true));
    assert_eq!(answer(Query::IsAutoSliding, &facts), Value::Bool(true));
    assert_eq!(answer(Query::Scale, &facts), n(0.75));
    assert_eq!(answer(Query::IsReady, &facts), Value::Bool(false));
}

// --- Messages -----------------------------------------------------------

#[test]
fn a_callback_carries_the_method_its_result_and_the_state() {
    let state = DeckState::new(at(2, 0, None), false, false);
    assert_eq!(
        callback("getTotalSlides", Some(n(6.0)), &state).to_json(),
        r#"{"namespace":"reveal","eventName":"callback","method":"getTotalSlides","result":6,"state":{"indexh":2,"indexv":0,"paused":false,"overview":false}}"#
    );
}

#[test]
fn a_callback_for_a_method_returning_nothing_has_no_result() {
    let reply = callback("next", None, &DeckState::default());
    assert_eq!(reply.get("result"), None);
    assert_eq!(reply.get("method"), Some(&s("next")));
}

#[test]
fn slidechanged_repeats_indexh_and_indexv_at_the_top_level() {
    let state = DeckState::new(at(1, 2, None), false, false);
    assert_eq!(
        event("slidechanged", &state, event_extra("slidechanged", &state)).to_json(),
        r#"{"namespace":"reveal","eventName":"slidechanged","state":{"indexh":1,"indexv":2,"paused":false,"overview":false},"indexh":1,"indexv":2}"#
    );
}

#[test]
fn other_events_carry_only_the_state() {
    let state = DeckState::default();
    assert_eq!(event_extra("paused", &state), vec![]);
    assert_eq!(
        event("ready", &state, vec![]).to_json(),
        r#"{"namespace":"reveal","eventName":"ready","state":{"indexh":0,"indexv":0,"paused":false,"overview":false}}"#
    );
}

// --- Events -------------------------------------------------------------

fn snap(position: Position) -> Snapshot {
    Snapshot {
        position,
        ..Snapshot::default()
    }
}

#[test]
fn nothing_changed_fires_nothing() {
    let a = snap(at(1, 1, Some(0)));
    assert_eq!(events_between(&a, &a), Vec::<&str>::new());
}

#[test]
fn another_column_or_row_is_a_slide_change() {
    assert_eq!(
        events_between(&snap(at(0, 0, None)), &snap(at(1, 0, None))),
        ["slidechanged"]
    );
    assert_eq!(
        events_between(&snap(at(1, 0, None)), &snap(at(1, 1, None))),
        ["slidechanged"]
    );
}

#[test]
fn arriving_with_fragments_shown_is_only_a_slide_change() {
    assert_eq!(
        events_between(&snap(at(2, 0, None)), &snap(at(1, 0, Some(1)))),
        ["slidechanged"]
    );
}

#[test]
fn more_fragments_on_the_same_slide_is_fragmentshown() {
    assert_eq!(
        events_between(&snap(at(1, 0, None)), &snap(at(1, 0, Some(0)))),
        ["fragmentshown"]
    );
}

#[test]
fn fewer_fragments_on_the_same_slide_is_fragmenthidden() {
    assert_eq!(
        events_between(&snap(at(1, 0, Some(1))), &snap(at(1, 0, Some(0)))),
        ["fragmenthidden"]
    );
    assert_eq!(
        events_between(&snap(at(1, 0, Some(0))), &snap(at(1, 0, None))),
        ["fragmenthidden"]
    );
}

#[test]
fn pausing_and_resuming_fire_paused_and_resumed() {
    let on = Snapshot {
        paused: true,
        ..Snapshot::default()
    };
    let off = Snapshot::default();
    assert_eq!(events_between(&off, &on), ["paused"]);
    assert_eq!(events_between(&on, &off), ["resumed"]);
}

#[test]
fn opening_and_closing_the_overview_fire_overviewshown_and_overviewhidden() {
    let open = Snapshot {
        overview: true,
        ..Snapshot::default()
    };
    let closed = Snapshot::default();
    assert_eq!(events_between(&closed, &open), ["overviewshown"]);
    assert_eq!(events_between(&open, &closed), ["overviewhidden"]);
}

#[test]
fn stopping_and_restarting_auto_slide_fire_autoslidepaused_and_autoslideresumed() {
    let running = Snapshot {
        auto_sliding: true,
        ..Snapshot::default()
    };
    let stopped = Snapshot::default();
    assert_eq!(events_between(&running, &stopped), ["autoslidepaused"]);
    assert_eq!(events_between(&stopped, &running), ["autoslideresumed"]);
}

#[test]
fn a_slide_change_comes_before_the_mode_changes_made_with_it() {
    let before = snap(at(0, 0, None));
    let after = Snapshot {
        position: at(2, 0, None),
        paused: true,
        overview: true,
        auto_sliding: false,
    };
    assert_eq!(
        events_between(&before, &after),
        ["slidechanged", "paused", "overviewshown"]
    );
}

// --- The element's method list ------------------------------------------

#[test]
fn every_method_name_is_listed_once() {
    for (i, m) in METHODS.iter().enumerate() {
        assert!(!METHODS[i + 1..].contains(m), "{m} is listed twice");
    }
}
