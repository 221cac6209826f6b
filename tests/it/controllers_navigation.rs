//! Where each move takes the viewer (reveal.js's navigation rules).

use deckview::controllers::fragments::FragmentsShown;
use deckview::controllers::navigation::{
    can_move, clamp, counted_total, flat_index, from_flat_index, is_counted, past_count, progress,
    step, total, Layout, Move, NavOptions, Position, StackMemory,
};
use deckview::deck::{NavigationMode, SlideOptions};

/// Columns of 1, 3, 1, 2 slides: a lone slide, a stack, a lone slide, a stack.
fn mixed() -> Layout {
    Layout::new(vec![1, 3, 1, 2])
}

fn default() -> NavOptions {
    NavOptions::default()
}

fn grid() -> NavOptions {
    NavOptions {
        mode: NavigationMode::Grid,
        ..NavOptions::default()
    }
}

fn linear() -> NavOptions {
    NavOptions {
        mode: NavigationMode::Linear,
        ..NavOptions::default()
    }
}

fn looping() -> NavOptions {
    NavOptions {
        loop_slides: true,
        ..NavOptions::default()
    }
}

fn rtl() -> NavOptions {
    NavOptions {
        rtl: true,
        ..NavOptions::default()
    }
}

fn at(h: usize, v: usize) -> Position {
    Position::new(h, v)
}

// --- Layout ---

#[test]
fn layout_turns_empty_columns_into_single_slides() {
    assert_eq!(Layout::new(vec![2, 0, 3]).columns(), &[2, 1, 3]);
}

#[test]
fn layout_of_an_empty_deck_is_one_slide() {
    assert_eq!(Layout::new(vec![]).columns(), &[1]);
}

#[test]
fn column_len_past_the_end_is_the_last_column() {
    assert_eq!(mixed().column_len(99), 2);
}

#[test]
fn deck_without_stacks_is_one_axis() {
    assert!(Layout::new(vec![1, 1, 1]).is_one_axis());
}

#[test]
fn single_stack_deck_is_one_axis() {
    assert!(Layout::new(vec![4]).is_one_axis());
}

#[test]
fn deck_with_columns_and_a_stack_has_two_axes() {
    assert!(!mixed().is_one_axis());
}

#[test]
fn nav_options_come_from_slide_options() {
    let options = SlideOptions {
        navigation_mode: NavigationMode::Grid,
        loop_slides: true,
        rtl: true,
        ..SlideOptions::default()
    };
    assert_eq!(
        NavOptions::from(&options),
        NavOptions {
            mode: NavigationMode::Grid,
            loop_slides: true,
            rtl: true
        }
    );
}

// --- clamp ---

#[test]
fn clamp_brings_a_column_past_the_end_to_the_last_column() {
    assert_eq!(clamp(&mixed(), at(9, 0)), at(3, 0));
}

#[test]
fn clamp_brings_a_vertical_index_past_the_stack_to_its_bottom() {
    assert_eq!(clamp(&mixed(), at(1, 7)), at(1, 2));
}

#[test]
fn clamp_keeps_the_fragment_index() {
    let pos = Position {
        h: 1,
        v: 9,
        f: Some(4),
    };
    assert_eq!(clamp(&mixed(), pos).f, Some(4));
}

// --- Left / Right ---

#[test]
fn right_from_a_lone_slide_enters_the_next_stack_at_its_top() {
    assert_eq!(step(&mixed(), at(0, 0), Move::Right, &default()), at(1, 0));
}

#[test]
fn right_from_inside_a_stack_lands_at_the_top_of_the_next_column() {
    assert_eq!(step(&mixed(), at(1, 2), Move::Right, &default()), at(2, 0));
}

#[test]
fn left_from_inside_a_stack_lands_at_the_top_of_the_previous_stack() {
    assert_eq!(step(&mixed(), at(3, 1), Move::Left, &default()), at(2, 0));
    assert_eq!(step(&mixed(), at(2, 0), Move::Left, &default()), at(1, 0));
}

#[test]
fn right_on_the_last_column_stays() {
    assert_eq!(step(&mixed(), at(3, 1), Move::Right, &default()), at(3, 1));
}

#[test]
fn left_on_the_first_column_stays() {
    assert_eq!(step(&mixed(), at(0, 0), Move::Left, &default()), at(0, 0));
}

#[test]
fn grid_mode_keeps_the_vertical_index_between_stacks() {
    let layout = Layout::new(vec![3, 3]);
    assert_eq!(step(&layout, at(0, 2), Move::Right, &grid()), at(1, 2));
}

#[test]
fn grid_mode_clamps_the_vertical_index_to_a_shorter_column() {
    assert_eq!(step(&mixed(), at(1, 2), Move::Right, &grid()), at(2, 0));
    assert_eq!(step(&mixed(), at(1, 2), Move::Left, &grid()), at(0, 0));
}

// --- Up / Down ---

#[test]
fn down_steps_within_a_stack() {
    assert_eq!(step(&mixed(), at(1, 0), Move::Down, &default()), at(1, 1));
}

#[test]
fn down_at_the_bottom_of_a_stack_stays() {
    assert_eq!(step(&mixed(), at(1, 2), Move::Down, &default()), at(1, 2));
}

#[test]
fn up_steps_within_a_stack() {
    assert_eq!(step(&mixed(), at(1, 2), Move::Up, &default()), at(1, 1));
}

#[test]
fn up_at_the_top_of_a_stack_stays() {
    assert_eq!(step(&mixed(), at(1, 0), Move::Up, &default()), at(1, 0));
}

#[test]
fn down_on_a_lone_slide_stays_in_a_two_axis_deck() {
    assert_eq!(step(&mixed(), at(0, 0), Move::Down, &default()), at(0, 0));
}

// --- Next / Prev ---

#[test]
fn next_goes_down_a_stack_before_going_right() {
    assert_eq!(step(&mixed(), at(1, 0), Move::Next, &default()), at(1, 1));
}

#[test]
fn next_from_the_bottom_of_a_stack_goes_to_the_top_of_the_next_column() {
    assert_eq!(step(&mixed(), at(1, 2), Move::Next, &default()), at(2, 0));
}

#[test]
fn next_on_the_last_slide_stays() {
    assert_eq!(step(&mixed(), at(3, 1), Move::Next, &default()), at(3, 1));
}

#[test]
fn prev_goes_up_a_stack_before_going_left() {
    assert_eq!(step(&mixed(), at(1, 2), Move::Prev, &default()), at(1, 1));
}

#[test]
fn prev_from_top_of_stack_goes_to_last_vertical_of_previous_column() {
    assert_eq!(step(&mixed(), at(3, 0), Move::Prev, &default()), at(2, 0));
    assert_eq!(step(&mixed(), at(2, 0), Move::Prev, &default()), at(1, 2));
}

#[test]
fn prev_on_the_first_slide_stays() {
    assert_eq!(step(&mixed(), at(0, 0), Move::Prev, &default()), at(0, 0));
}

#[test]
fn next_visits_every_slide_in_reading_order() {
    let layout = mixed();
    let mut pos = at(0, 0);
    let mut seen = vec![flat_index(&layout, pos)];
    for _ in 1..total(&layout) {
        pos = step(&layout, pos, Move::Next, &default());
        seen.push(flat_index(&layout, pos));
    }
    assert_eq!(seen, (0..total(&layout)).collect::<Vec<_>>());
}

#[test]
fn prev_retraces_next_exactly() {
    let layout = mixed();
    let mut forward = vec![at(0, 0)];
    for _ in 1..total(&layout) {
        let last = *forward.last().unwrap();
        forward.push(step(&layout, last, Move::Next, &default()));
    }
    let mut backward = vec![*forward.last().unwrap()];
    for _ in 1..total(&layout) {
        let last = *backward.last().unwrap();
        backward.push(step(&layout, last, Move::Prev, &default()));
    }
    backward.reverse();
    assert_eq!(backward, forward);
}

#[test]
fn grid_mode_next_from_the_bottom_of_a_stack_keeps_the_row() {
    let layout = Layout::new(vec![2, 3]);
    assert_eq!(step(&layout, at(0, 1), Move::Next, &grid()), at(1, 1));
}

// --- linear mode and one-axis decks ---

#[test]
fn linear_mode_right_steps_down_a_stack_first() {
    assert_eq!(step(&mixed(), at(1, 0), Move::Right, &linear()), at(1, 1));
}

#[test]
fn linear_mode_down_goes_on_to_the_next_column() {
    assert_eq!(step(&mixed(), at(1, 2), Move::Down, &linear()), at(2, 0));
}

#[test]
fn linear_mode_left_goes_to_the_bottom_of_the_previous_stack() {
    assert_eq!(step(&mixed(), at(2, 0), Move::Left, &linear()), at(1, 2));
}

#[test]
fn linear_mode_up_at_the_top_of_a_stack_goes_back_a_column() {
    assert_eq!(step(&mixed(), at(1, 0), Move::Up, &linear()), at(0, 0));
}

#[test]
fn down_steps_forward_in_a_deck_without_stacks() {
    let layout = Layout::new(vec![1, 1, 1]);
    assert_eq!(step(&layout, at(0, 0), Move::Down, &default()), at(1, 0));
}

#[test]
fn up_steps_back_in_a_deck_without_stacks() {
    let layout = Layout::new(vec![1, 1, 1]);
    assert_eq!(step(&layout, at(2, 0), Move::Up, &default()), at(1, 0));
}

#[test]
fn right_steps_down_in_a_deck_that_is_one_stack() {
    let layout = Layout::new(vec![3]);
    assert_eq!(step(&layout, at(0, 0), Move::Right, &default()), at(0, 1));
}

#[test]
fn left_steps_up_in_a_deck_that_is_one_stack() {
    let layout = Layout::new(vec![3]);
    assert_eq!(step(&layout, at(0, 2), Move::Left, &default()), at(0, 1));
}

// --- loop ---

#[test]
fn loop_wraps_next_from_the_last_slide_to_the_first() {
    assert_eq!(step(&mixed(), at(3, 1), Move::Next, &looping()), at(0, 0));
}

#[test]
fn loop_wraps_right_from_the_last_column_to_the_first() {
    assert_eq!(step(&mixed(), at(3, 0), Move::Right, &looping()), at(0, 0));
}

#[test]
fn loop_wraps_prev_from_the_first_slide_to_the_last() {
    assert_eq!(step(&mixed(), at(0, 0), Move::Prev, &looping()), at(3, 1));
}

#[test]
fn loop_wraps_prev_from_a_first_stack_to_the_last_slide_not_its_bottom() {
    let layout = Layout::new(vec![3, 2]);
    assert_eq!(step(&layout, at(0, 0), Move::Prev, &looping()), at(1, 1));
}

#[test]
fn loop_wraps_left_from_the_first_column_to_the_top_of_the_last() {
    assert_eq!(step(&mixed(), at(0, 0), Move::Left, &looping()), at(3, 0));
}

#[test]
fn loop_wraps_down_within_a_stack() {
    assert_eq!(step(&mixed(), at(1, 2), Move::Down, &looping()), at(1, 0));
}

#[test]
fn loop_wraps_up_within_a_stack() {
    assert_eq!(step(&mixed(), at(1, 0), Move::Up, &looping()), at(1, 2));
}

#[test]
fn loop_next_at_the_bottom_of_a_middle_stack_goes_right_not_round_the_stack() {
    assert_eq!(step(&mixed(), at(1, 2), Move::Next, &looping()), at(2, 0));
}

#[test]
fn loop_wraps_next_in_a_deck_that_is_one_stack() {
    let layout = Layout::new(vec![3]);
    assert_eq!(step(&layout, at(0, 2), Move::Next, &looping()), at(0, 0));
}

#[test]
fn loop_in_a_one_slide_deck_stays() {
    let layout = Layout::new(vec![1]);
    assert_eq!(step(&layout, at(0, 0), Move::Next, &looping()), at(0, 0));
    assert_eq!(step(&layout, at(0, 0), Move::Prev, &looping()), at(0, 0));
}

// --- rtl ---

#[test]
fn rtl_left_goes_forward() {
    assert_eq!(step(&mixed(), at(0, 0), Move::Left, &rtl()), at(1, 0));
}

#[test]
fn rtl_right_goes_back() {
    assert_eq!(step(&mixed(), at(2, 0), Move::Right, &rtl()), at(1, 0));
}

#[test]
fn rtl_does_not_change_next_and_prev() {
    assert_eq!(step(&mixed(), at(0, 0), Move::Next, &rtl()), at(1, 0));
    assert_eq!(step(&mixed(), at(2, 0), Move::Prev, &rtl()), at(1, 2));
}

#[test]
fn rtl_linear_mode_left_goes_forward() {
    let options = NavOptions {
        rtl: true,
        ..linear()
    };
    assert_eq!(step(&mixed(), at(1, 0), Move::Left, &options), at(1, 1));
}

// --- jumps ---

#[test]
fn first_goes_to_the_first_slide() {
    assert_eq!(step(&mixed(), at(3, 1), Move::First, &default()), at(0, 0));
}

#[test]
fn last_goes_to_the_bottom_of_the_last_column() {
    assert_eq!(step(&mixed(), at(0, 0), Move::Last, &default()), at(3, 1));
}

#[test]
fn last_h_goes_to_the_top_of_the_last_column() {
    assert_eq!(step(&mixed(), at(1, 1), Move::LastH, &default()), at(3, 0));
}

#[test]
fn first_h_goes_to_the_first_column() {
    assert_eq!(step(&mixed(), at(3, 1), Move::FirstH, &default()), at(0, 0));
}

#[test]
fn first_v_goes_to_the_top_of_the_stack() {
    assert_eq!(step(&mixed(), at(1, 2), Move::FirstV, &default()), at(1, 0));
}

#[test]
fn last_v_goes_to_the_bottom_of_the_stack() {
    assert_eq!(step(&mixed(), at(1, 0), Move::LastV, &default()), at(1, 2));
}

// --- fragments and out-of-range input ---

#[test]
fn a_move_to_another_slide_clears_the_fragment() {
    let pos = Position {
        h: 1,
        v: 0,
        f: Some(2),
    };
    assert_eq!(step(&mixed(), pos, Move::Down, &default()).f, None);
}

#[test]
fn a_move_that_goes_nowhere_keeps_the_fragment() {
    let pos = Position {
        h: 0,
        v: 0,
        f: Some(2),
    };
    assert_eq!(step(&mixed(), pos, Move::Prev, &default()), pos);
}

#[test]
fn step_from_outside_the_deck_starts_from_the_clamped_slide() {
    assert_eq!(step(&mixed(), at(40, 5), Move::Prev, &default()), at(3, 0));
}

// --- can_move ---

#[test]
fn arrows_on_the_first_slide_only_allow_right() {
    let layout = mixed();
    let pos = at(0, 0);
    assert!(!can_move(&layout, pos, Move::Left, &default()));
    assert!(can_move(&layout, pos, Move::Right, &default()));
    assert!(!can_move(&layout, pos, Move::Up, &default()));
    assert!(!can_move(&layout, pos, Move::Down, &default()));
}

#[test]
fn arrows_in_the_middle_of_a_stack_allow_all_four() {
    let layout = mixed();
    let pos = at(1, 1);
    for mv in [Move::Left, Move::Right, Move::Up, Move::Down] {
        assert!(can_move(&layout, pos, mv, &default()), "{mv:?}");
    }
}

#[test]
fn arrows_on_the_last_slide_allow_left_and_up() {
    let layout = mixed();
    let pos = at(3, 1);
    assert!(can_move(&layout, pos, Move::Left, &default()));
    assert!(!can_move(&layout, pos, Move::Right, &default()));
    assert!(can_move(&layout, pos, Move::Up, &default()));
    assert!(!can_move(&layout, pos, Move::Down, &default()));
}

#[test]
fn loop_opens_every_arrow_along_axes_with_more_than_one_slide() {
    let layout = mixed();
    assert!(can_move(&layout, at(0, 0), Move::Left, &looping()));
    assert!(can_move(&layout, at(3, 1), Move::Right, &looping()));
    assert!(can_move(&layout, at(1, 0), Move::Up, &looping()));
    assert!(!can_move(&layout, at(0, 0), Move::Up, &looping()));
}

#[test]
fn rtl_swaps_the_left_and_right_arrows() {
    let layout = mixed();
    assert!(can_move(&layout, at(0, 0), Move::Left, &rtl()));
    assert!(!can_move(&layout, at(0, 0), Move::Right, &rtl()));
}

#[test]
fn linear_mode_right_arrow_is_open_while_a_stack_continues_below() {
    let layout = Layout::new(vec![1, 3]);
    assert!(!can_move(&layout, at(1, 0), Move::Right, &default()));
    assert!(can_move(&layout, at(1, 0), Move::Right, &linear()));
}

#[test]
fn linear_mode_left_arrow_is_open_below_the_top_of_the_first_stack() {
    let layout = Layout::new(vec![3, 1]);
    assert!(!can_move(&layout, at(0, 1), Move::Left, &default()));
    assert!(can_move(&layout, at(0, 1), Move::Left, &linear()));
}

#[test]
fn down_arrow_stays_closed_in_a_deck_without_stacks() {
    let layout = Layout::new(vec![1, 1]);
    assert!(!can_move(&layout, at(0, 0), Move::Down, &default()));
}

#[test]
fn can_move_next_is_false_only_on_the_last_slide() {
    let layout = mixed();
    assert!(can_move(&layout, at(3, 0), Move::Next, &default()));
    assert!(!can_move(&layout, at(3, 1), Move::Next, &default()));
}

#[test]
fn can_move_first_is_false_on_the_first_slide() {
    assert!(!can_move(&mixed(), at(0, 0), Move::First, &default()));
}

// --- counting ---

#[test]
fn flat_index_counts_vertical_slides_before_the_position() {
    assert_eq!(flat_index(&mixed(), at(0, 0)), 0);
    assert_eq!(flat_index(&mixed(), at(1, 2)), 3);
    assert_eq!(flat_index(&mixed(), at(3, 1)), 6);
}

#[test]
fn total_counts_every_slide() {
    assert_eq!(total(&mixed()), 7);
}

#[test]
fn from_flat_index_inverts_flat_index() {
    let layout = mixed();
    for index in 0..total(&layout) {
        assert_eq!(flat_index(&layout, from_flat_index(&layout, index)), index);
    }
}

#[test]
fn from_flat_index_past_the_end_is_the_last_slide() {
    assert_eq!(from_flat_index(&mixed(), 100), at(3, 1));
}

/// No fragment on the slide.
const NONE: FragmentsShown = FragmentsShown { shown: 0, total: 0 };

fn shown(shown: usize, total: usize) -> FragmentsShown {
    FragmentsShown { shown, total }
}

#[test]
fn progress_is_past_slides_over_total_minus_one() {
    assert_eq!(progress(&mixed(), at(1, 2), NONE), 3.0 / 6.0);
}

#[test]
fn progress_is_zero_on_the_first_slide_and_one_on_the_last() {
    assert_eq!(progress(&mixed(), at(0, 0), NONE), 0.0);
    assert_eq!(progress(&mixed(), at(3, 1), NONE), 1.0);
}

#[test]
fn progress_of_a_one_slide_deck_is_zero() {
    assert_eq!(progress(&Layout::new(vec![1]), at(0, 0), NONE), 0.0);
    assert_eq!(progress(&Layout::new(vec![1]), at(0, 0), shown(1, 1)), 0.0);
}

/// `mixed()` with its reading-order slides 2 (the stack's middle) and 6
/// (the very last, an appendix) uncounted: 5 counted slides.
fn mixed_with_uncounted() -> Layout {
    mixed().with_uncounted([2, 6])
}

/// reveal.js's `getSlidePastCount()`, `getTotalSlides()` and the slide's own
/// standing: uncounted slides are moved through but not counted.
#[test]
fn uncounted_slides_are_left_out_of_the_counts() {
    let layout = mixed_with_uncounted();
    // (slide, counted slides before it, is it counted)
    let cases: &[(Position, usize, bool)] = &[
        (at(0, 0), 0, true),
        (at(1, 0), 1, true),
        (at(1, 1), 2, false),
        (at(1, 2), 2, true),
        (at(2, 0), 3, true),
        (at(3, 0), 4, true),
        (at(3, 1), 5, false),
    ];
    for &(pos, past, counted) in cases {
        assert_eq!(
            past_count(&layout, pos),
            past,
            "slides counted before {pos:?}"
        );
        assert_eq!(is_counted(&layout, pos), counted, "{pos:?} counted");
    }
    assert_eq!(counted_total(&layout), 5);
    assert_eq!(total(&layout), 7, "every slide is still in the deck");
}

#[test]
fn uncounted_indices_past_the_deck_are_ignored() {
    let layout = mixed().with_uncounted([2, 99]);
    assert_eq!(counted_total(&layout), 6);
}

#[test]
fn progress_leaves_uncounted_slides_out_of_both_counts() {
    let layout = mixed_with_uncounted();
    // (slide, fragments shown, progress): counted slides past / (5 − 1).
    let cases: &[(&str, Position, FragmentsShown, f64)] = &[
        ("first slide", at(0, 0), NONE, 0.0),
        (
            "an uncounted slide stands where the slide before it ends",
            at(1, 1),
            NONE,
            2.0 / 4.0,
        ),
        ("the counted slide after it", at(1, 2), NONE, 2.0 / 4.0),
        (
            "fragments on an uncounted slide",
            at(1, 1),
            shown(1, 2),
            2.45 / 4.0,
        ),
        ("the last counted slide", at(3, 0), NONE, 1.0),
        (
            "an appendix slide after the last counted one",
            at(3, 1),
            NONE,
            1.0,
        ),
    ];
    for &(name, pos, fragments, expected) in cases {
        let got = progress(&layout, pos, fragments);
        assert!((got - expected).abs() < 1e-12, "{name}: {got} ≠ {expected}");
    }
}

#[test]
fn progress_with_fewer_than_two_counted_slides_is_zero() {
    let layout = Layout::new(vec![1, 1, 1]).with_uncounted([1, 2]);
    assert_eq!(progress(&layout, at(2, 0), NONE), 0.0);
}

/// reveal.js's `getProgress()`: the fragments shown on the current slide add
/// their share of nine tenths of a slide to the slides already past.
#[test]
fn fragments_shown_move_the_progress_by_their_share_of_nine_tenths_of_a_slide() {
    let cases: &[(&str, Position, FragmentsShown, f64)] = &[
        ("first slide, none of 2 shown", at(0, 0), shown(0, 2), 0.0),
        (
            "first slide, 1 of 2 shown",
            at(0, 0),
            shown(1, 2),
            0.45 / 6.0,
        ),
        (
            "first slide, 2 of 2 shown",
            at(0, 0),
            shown(2, 2),
            0.9 / 6.0,
        ),
        ("in a stack, 1 of 3 shown", at(1, 2), shown(1, 3), 3.3 / 6.0),
        (
            "in a stack, 3 of 4 shown",
            at(1, 1),
            shown(3, 4),
            2.675 / 6.0,
        ),
        ("no fragments on the slide", at(2, 0), NONE, 4.0 / 6.0),
        (
            "last slide, 1 of 2 shown: at most 1",
            at(3, 1),
            shown(1, 2),
            1.0,
        ),
    ];
    for &(case, pos, fragments, expected) in cases {
        let got = progress(&mixed(), pos, fragments);
        assert!((got - expected).abs() < 1e-12, "{case}: {got} ≠ {expected}");
    }
}

#[test]
fn the_share_counts_fragment_elements_not_steps() {
    // Steps 0, 0, 1: the first step shows two of the three elements.
    assert_eq!(FragmentsShown::at(&[0, 0, 1], Some(0)), shown(2, 3));
    assert_eq!(FragmentsShown::at(&[0, 0, 1], None), shown(0, 3));
    assert_eq!(FragmentsShown::at(&[0, 0, 1], Some(1)), shown(3, 3));
    assert_eq!(FragmentsShown::at(&[], Some(3)), NONE);
    assert_eq!(shown(2, 3).fraction(), 2.0 / 3.0);
    assert_eq!(NONE.fraction(), 0.0);
}

// --- StackMemory ---

#[test]
fn memory_resumes_a_stack_where_the_viewer_left_it() {
    let layout = mixed();
    let mut memory = StackMemory::new();
    let pos = memory.step(&layout, at(1, 2), Move::Right, &default());
    assert_eq!(pos, at(2, 0));
    assert_eq!(memory.step(&layout, pos, Move::Left, &default()), at(1, 2));
}

#[test]
fn memory_starts_every_stack_at_its_top() {
    let mut memory = StackMemory::new();
    assert_eq!(
        memory.step(&mixed(), at(0, 0), Move::Right, &default()),
        at(1, 0)
    );
}

#[test]
fn memory_is_forgotten_on_reaching_the_first_slide() {
    let layout = mixed();
    let mut memory = StackMemory::new();
    let pos = memory.step(&layout, at(1, 2), Move::Left, &default());
    assert_eq!(pos, at(0, 0));
    assert_eq!(memory.step(&layout, pos, Move::Right, &default()), at(1, 0));
}

#[test]
fn memory_does_not_override_prev_arriving_at_the_bottom() {
    let layout = mixed();
    let mut memory = StackMemory::new();
    memory.visit(at(1, 1), at(2, 0));
    assert_eq!(
        memory.step(&layout, at(2, 0), Move::Prev, &default()),
        at(1, 2)
    );
}

#[test]
fn memory_records_jumps_reported_by_visit() {
    let layout = mixed();
    let mut memory = StackMemory::new();
    memory.visit(at(3, 1), at(2, 0));
    assert_eq!(
        memory.step(&layout, at(2, 0), Move::Right, &default()),
        at(3, 1)
    );
}

#[test]
fn memory_clamps_a_remembered_index_to_the_stack() {
    let mut memory = StackMemory::new();
    memory.visit(at(1, 5), at(2, 0));
    assert_eq!(memory.resume_v(&mixed(), 1), 2);
}

#[test]
fn memory_is_not_used_by_grid_mode_moves_that_keep_the_row() {
    let layout = Layout::new(vec![3, 3]);
    let mut memory = StackMemory::new();
    memory.visit(at(1, 2), at(0, 1));
    assert_eq!(
        memory.step(&layout, at(0, 1), Move::Right, &grid()),
        at(1, 1)
    );
}

mod swipes {
    use deckview::controllers::navigation::Move;
    use deckview::controllers::touch::swipe_move;

    #[test]
    fn a_short_swipe_does_nothing() {
        assert_eq!(swipe_move(-39.0, 0.0), None);
        assert_eq!(swipe_move(0.0, 40.0), None);
    }

    #[test]
    fn swiping_left_shows_the_slide_on_the_right() {
        assert_eq!(swipe_move(-60.0, 10.0), Some(Move::Right));
        assert_eq!(swipe_move(60.0, -10.0), Some(Move::Left));
    }

    #[test]
    fn swiping_up_shows_the_slide_below() {
        assert_eq!(swipe_move(5.0, -80.0), Some(Move::Down));
        assert_eq!(swipe_move(-5.0, 80.0), Some(Move::Up));
    }

    #[test]
    fn a_diagonal_swipe_follows_its_larger_axis() {
        assert_eq!(swipe_move(-50.0, -70.0), Some(Move::Down));
        assert_eq!(swipe_move(-70.0, -50.0), Some(Move::Right));
    }
}
