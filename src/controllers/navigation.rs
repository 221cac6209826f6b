//! Where the viewer is in the deck and where each move takes it.
//!
//! The rules follow reveal.js (HedgeDoc's slide mode runs on it):
//! - `Left`/`Right` step between columns. In the default mode they land on
//!   the column's resume point (the top, or with [`StackMemory`] the slide
//!   last shown there, as reveal.js does); in grid mode they keep the
//!   vertical index, clamped to the target column.
//! - `Up`/`Down` step within a column.
//! - `Next` goes down if it can, else right; `Prev` goes up if it can, else to
//!   the **last** slide of the previous column.
//! - In linear mode, and in a deck with only one axis (every column a single
//!   slide, or a single column), ←/↑ act as `Prev` and →/↓ as `Next`.
//! - `loop` wraps `Next`/`Right` at the end to the start and `Prev`/`Left` at
//!   the start to the end; `Up`/`Down` wrap within a stack.
//! - `rtl` swaps `Left` and `Right` (slides run right to left).
//!
//! Where reveal.js is inconsistent we pick the reading a user expects and say
//! so at the move: `Prev` from the first slide with `loop` goes to the last
//! slide of the deck (reveal.js wraps within the first stack when it is one),
//! `rtl` also swaps ←/→ in linear mode (reveal.js does not), and `Last` is the
//! final slide of the deck (reveal.js's End goes to the top of the last
//! column, which is what [`Move::LastH`] does).
//!
//! Fragments are stepped by another controller: a move that changes slide
//! clears [`Position::f`] so that controller can decide what is shown.

use super::fragments::FragmentsShown;
use crate::deck::{Deck, NavigationMode, SlideOptions};

/// The shape of a deck: how many vertical slides each horizontal column has.
///
/// Always at least one column, each of at least one slide, so every function
/// here has a slide to point at even for an empty deck.
///
/// It also knows which slides are uncounted (`data-visibility="uncounted"`):
/// they are moved through like any other, but left out of the slide numbers
/// and the progress, as in reveal.js (see [`past_count`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Layout {
    columns: Vec<usize>,
    /// Reading-order indices of the uncounted slides, ascending (few: a
    /// deck's appendix, a backup slide or two).
    uncounted: Vec<usize>,
}

impl Layout {
    /// A layout from per-column slide counts; a count of 0 becomes 1 and an
    /// empty list becomes a single one-slide column.
    pub fn new(columns: Vec<usize>) -> Layout {
        let mut columns: Vec<usize> = columns.into_iter().map(|n| n.max(1)).collect();
        if columns.is_empty() {
            columns.push(1);
        }
        Layout {
            columns,
            uncounted: Vec::new(),
        }
    }

    /// This layout with the slides at reading-order `indices` uncounted:
    /// ascending, each once (they are taken as given, not sorted); indices
    /// past the end are ignored.
    pub fn with_uncounted(mut self, indices: impl IntoIterator<Item = usize>) -> Layout {
        let total = total(&self);
        self.uncounted = indices.into_iter().filter(|&i| i < total).collect();
        self
    }

    /// The layout of a parsed deck, its uncounted slides included.
    pub fn of_deck(deck: &Deck) -> Layout {
        let mut layout = Layout::new(deck.columns.iter().map(Vec::len).collect());
        // Plain loops: smaller in the startup module than iterator adapters.
        let mut index = 0;
        for column in &deck.columns {
            for slide in column {
                if slide.is_uncounted() {
                    layout.uncounted.push(index);
                }
                index += 1;
            }
        }
        layout
    }

    /// Slides per column, in order (each ≥ 1, never empty).
    pub fn columns(&self) -> &[usize] {
        &self.columns
    }

    /// Number of horizontal columns (reveal.js's horizontal slide count).
    pub fn horizontal_count(&self) -> usize {
        self.columns.len()
    }

    /// Number of slides in column `h`; an `h` past the end counts as the
    /// last column.
    pub fn column_len(&self, h: usize) -> usize {
        self.columns[h.min(self.columns.len() - 1)]
    }

    /// True when some column is a vertical stack (more than one slide).
    pub fn has_vertical_slides(&self) -> bool {
        self.columns.iter().any(|&n| n > 1)
    }

    /// True when the deck only runs along one axis: a single column, or no
    /// stacks. reveal.js then lets every arrow key step through the deck.
    pub fn is_one_axis(&self) -> bool {
        self.columns.len() == 1 || !self.has_vertical_slides()
    }

    /// The final slide: the bottom of the last column.
    pub fn last(&self) -> Position {
        let h = self.columns.len() - 1;
        Position::new(h, self.columns[h] - 1)
    }
}

impl From<&Deck> for Layout {
    fn from(deck: &Deck) -> Layout {
        Layout::of_deck(deck)
    }
}

/// A place in the deck: column `h`, slide `v` within it, fragment `f`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Position {
    /// Horizontal index (column), 0-based.
    pub h: usize,
    /// Vertical index within the column, 0-based.
    pub v: usize,
    /// Index of the last fragment shown; `None` when none is shown.
    pub f: Option<usize>,
}

impl Position {
    /// The slide at `h`/`v` with no fragment shown.
    pub const fn new(h: usize, v: usize) -> Position {
        Position { h, v, f: None }
    }

    /// True when both positions are on the same slide (fragments aside).
    pub fn same_slide(&self, other: &Position) -> bool {
        self.h == other.h && self.v == other.v
    }
}

/// A navigation request, as keys, buttons, swipes and the API express it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Move {
    /// One column left (forward in `rtl`).
    Left,
    /// One column right (backward in `rtl`).
    Right,
    /// One slide up in the column.
    Up,
    /// One slide down in the column.
    Down,
    /// The next slide in reading order: down, else the next column.
    Next,
    /// The previous slide in reading order: up, else the bottom of the
    /// previous column.
    Prev,
    /// The first column (reveal.js: Shift+←).
    FirstH,
    /// The last column (reveal.js: Shift+→).
    LastH,
    /// The top of the current column (reveal.js: Shift+↑).
    FirstV,
    /// The bottom of the current column (reveal.js: Shift+↓).
    LastV,
    /// The first slide of the deck (Home).
    First,
    /// The last slide of the deck (End): the bottom of the last column.
    Last,
}

/// The options that change what a move does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct NavOptions {
    /// `navigationMode`.
    pub mode: NavigationMode,
    /// `loop`: wrap around at the ends.
    pub loop_slides: bool,
    /// `rtl`: slides run right to left, so left and right swap.
    pub rtl: bool,
}

impl NavOptions {
    /// The navigation options of a deck.
    pub fn new(options: &SlideOptions) -> NavOptions {
        NavOptions {
            mode: options.navigation_mode,
            loop_slides: options.loop_slides,
            rtl: options.rtl,
        }
    }
}

impl From<&SlideOptions> for NavOptions {
    fn from(options: &SlideOptions) -> NavOptions {
        NavOptions::new(options)
    }
}

/// The vertical index a move asks for in its target column.
#[derive(Debug, Clone, Copy)]
enum TargetV {
    /// This exact index (clamped to the column).
    Exact(usize),
    /// Wherever the column resumes: its top, or the slide last shown there
    /// when a [`StackMemory`] is kept (reveal.js's "no vertical index given").
    Resume,
}

/// Where a move goes, before the resume point is known.
#[derive(Debug, Clone, Copy)]
struct Target {
    h: usize,
    v: TargetV,
}

/// Brings a position inside the deck (fragment index kept as is: fragments
/// are clamped by their own controller).
pub fn clamp(layout: &Layout, pos: Position) -> Position {
    let h = pos.h.min(layout.horizontal_count() - 1);
    let v = pos.v.min(layout.column_len(h) - 1);
    Position { h, v, f: pos.f }
}

/// Where `mv` takes the viewer from `pos`. A move that cannot happen returns
/// `pos` (clamped into the deck); a move to another slide clears `f`.
///
/// Moves between columns land at the top of a stack in the default mode; use
/// [`StackMemory::step`] to resume where the viewer left a stack instead.
pub fn step(layout: &Layout, pos: Position, mv: Move, options: &NavOptions) -> Position {
    let from = clamp(layout, pos);
    match target(layout, from, mv, options) {
        Some(target) => arrive(layout, from, target, 0),
        None => from,
    }
}

/// Whether `mv` is possible from `pos`.
///
/// For `Left`/`Right`/`Up`/`Down` this is reveal.js's `availableRoutes`, i.e.
/// whether the on-screen arrow is enabled: geometric neighbours, all four
/// open with `loop` (left/right need two columns, up/down a stack), in linear
/// mode right also open when down is and left when up is, swapped for `rtl`.
/// So in a deck without stacks `Down` is reported closed even though the ↓
/// key steps forward there. For every other move: whether [`step`] would
/// change slide.
pub fn can_move(layout: &Layout, pos: Position, mv: Move, options: &NavOptions) -> bool {
    let pos = clamp(layout, pos);
    let columns = layout.horizontal_count();
    let len = layout.column_len(pos.h);
    let mut back = pos.h > 0;
    let mut forward = pos.h + 1 < columns;
    let mut up = pos.v > 0;
    let mut down = pos.v + 1 < len;
    if options.loop_slides {
        if columns > 1 {
            back = true;
            forward = true;
        }
        if len > 1 {
            up = true;
            down = true;
        }
    }
    if options.mode == NavigationMode::Linear && columns > 1 {
        forward |= down;
        back |= up;
    }
    let (left, right) = if options.rtl {
        (forward, back)
    } else {
        (back, forward)
    };
    match mv {
        Move::Left => left,
        Move::Right => right,
        Move::Up => up,
        Move::Down => down,
        _ => !step(layout, pos, mv, options).same_slide(&pos),
    }
}

/// How many slides come before `pos` in reading order (vertical slides
/// counted one by one): 0 for the first slide.
pub fn flat_index(layout: &Layout, pos: Position) -> usize {
    let pos = clamp(layout, pos);
    layout.columns[..pos.h].iter().sum::<usize>() + pos.v
}

/// The slide at reading-order index `index` (the inverse of [`flat_index`]);
/// an index past the end gives the last slide.
pub fn from_flat_index(layout: &Layout, index: usize) -> Position {
    let mut rest = index;
    for (h, &len) in layout.columns.iter().enumerate() {
        if rest < len {
            return Position::new(h, rest);
        }
        rest -= len;
    }
    layout.last()
}

/// Number of slides in the deck, vertical slides counted one by one.
pub fn total(layout: &Layout) -> usize {
    layout.columns.iter().sum()
}

/// Whether the slide at `pos` counts in slide numbers and progress (it is
/// not `data-visibility="uncounted"`).
pub fn is_counted(layout: &Layout, pos: Position) -> bool {
    counted_place(layout, pos).1
}

/// How many counted slides come before `pos` in reading order: reveal.js's
/// `getSlidePastCount()`, which skips uncounted slides.
pub fn past_count(layout: &Layout, pos: Position) -> usize {
    counted_place(layout, pos).0
}

/// [`past_count`] and [`is_counted`] in one walk over the uncounted slides.
pub fn counted_place(layout: &Layout, pos: Position) -> (usize, bool) {
    let index = flat_index(layout, pos);
    let mut past = index;
    let mut counted = true;
    for &u in &layout.uncounted {
        if u < index {
            past -= 1;
        } else if u == index {
            counted = false;
        }
    }
    (past, counted)
}

/// Number of counted slides: reveal.js's `getTotalSlides()`, which leaves
/// uncounted slides out.
pub fn counted_total(layout: &Layout) -> usize {
    total(layout) - layout.uncounted.len()
}

/// The share of a slide's progress its fragments make up: reveal.js moves
/// the bar this far through a slide as its fragments appear, and the last
/// tenth with the move to the next slide.
pub const FRAGMENT_WEIGHT: f64 = 0.9;

/// How far through the deck `pos` is, 0 to 1, as reveal.js's progress bar
/// and `getProgress()`: (counted slides past + the share of the current
/// slide's fragments shown × [`FRAGMENT_WEIGHT`]) / (counted total − 1), at
/// most 1. Uncounted slides are left out of both counts, so appendix slides
/// after the last counted one show a full bar. A deck with fewer than two
/// counted slides is at 0.
pub fn progress(layout: &Layout, pos: Position, fragments: FragmentsShown) -> f64 {
    let total = counted_total(layout);
    if total <= 1 {
        return 0.0;
    }
    let past = past_count(layout, pos) as f64 + fragments.fraction() * FRAGMENT_WEIGHT;
    (past / (total - 1) as f64).min(1.0)
}

/// reveal.js's memory of the slide last shown in each stack.
///
/// reveal.js resumes a stack where the viewer left it when a move into it
/// names no vertical index (←/→ in the default mode, Shift+←/→, Home/End of
/// columns), and forgets everything when the first slide is reached. Keep one
/// of these per open deck and move through [`StackMemory::step`]; report
/// other jumps (hash, overview, links) with [`StackMemory::visit`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StackMemory {
    last_v: Vec<usize>,
}

impl StackMemory {
    /// A memory with every stack at its top.
    pub fn new() -> StackMemory {
        StackMemory::default()
    }

    /// The vertical index column `h` resumes at (clamped to the column).
    pub fn resume_v(&self, layout: &Layout, h: usize) -> usize {
        let remembered = self.last_v.get(h).copied().unwrap_or(0);
        remembered.min(layout.column_len(h) - 1)
    }

    /// Like [`step`], but moves that name no vertical index resume where the
    /// viewer last was in the target stack; the move is remembered.
    pub fn step(
        &mut self,
        layout: &Layout,
        pos: Position,
        mv: Move,
        options: &NavOptions,
    ) -> Position {
        let from = clamp(layout, pos);
        let Some(target) = target(layout, from, mv, options) else {
            return from;
        };
        let resume = self.resume_v(layout, target.h);
        let to = arrive(layout, from, target, resume);
        self.visit(from, to);
        to
    }

    /// Records a move from `from` to `to` made some other way (a hash, the
    /// overview, a link): `from`'s column remembers its vertical index, and
    /// arriving at the first slide forgets everything, as reveal.js does.
    pub fn visit(&mut self, from: Position, to: Position) {
        if self.last_v.len() <= from.h {
            self.last_v.resize(from.h + 1, 0);
        }
        self.last_v[from.h] = from.v;
        if to.h == 0 && to.v == 0 {
            self.last_v.clear();
        }
    }
}

/// The position a target resolves to, with `resume` standing for a
/// [`TargetV::Resume`] vertical index; `f` survives only on the same slide.
fn arrive(layout: &Layout, from: Position, target: Target, resume: usize) -> Position {
    let v = match target.v {
        TargetV::Exact(v) => v,
        TargetV::Resume => resume,
    };
    let to = clamp(layout, Position::new(target.h, v));
    if to.same_slide(&from) {
        from
    } else {
        to
    }
}

/// The move after the `rtl` swap and the linear mapping.
fn effective_move(layout: &Layout, mv: Move, options: &NavOptions) -> Move {
    let mv = match (options.rtl, mv) {
        (true, Move::Left) => Move::Right,
        (true, Move::Right) => Move::Left,
        (_, other) => other,
    };
    let linear = options.mode == NavigationMode::Linear || layout.is_one_axis();
    match (linear, mv) {
        (true, Move::Left | Move::Up) => Move::Prev,
        (true, Move::Right | Move::Down) => Move::Next,
        (_, other) => other,
    }
}

/// Where `mv` goes from the (clamped) `pos`; `None` when it goes nowhere.
fn target(layout: &Layout, pos: Position, mv: Move, options: &NavOptions) -> Option<Target> {
    let columns = layout.horizontal_count();
    let len = layout.column_len(pos.h);
    let last_h = columns - 1;
    let exact = |h: usize, v: usize| {
        Some(Target {
            h,
            v: TargetV::Exact(v),
        })
    };
    let resume = |h: usize| {
        Some(Target {
            h,
            v: TargetV::Resume,
        })
    };
    // Grid mode keeps the row when changing column; the default resumes.
    let to_column = |h: usize| match options.mode {
        NavigationMode::Grid => exact(h, pos.v),
        _ => resume(h),
    };
    let wraps_columns = options.loop_slides && columns > 1;
    let wraps_stack = options.loop_slides && len > 1;

    match effective_move(layout, mv, options) {
        Move::Left if pos.h > 0 => to_column(pos.h - 1),
        Move::Left if wraps_columns => to_column(last_h),
        Move::Right if pos.h < last_h => to_column(pos.h + 1),
        Move::Right if wraps_columns => to_column(0),
        Move::Up if pos.v > 0 => exact(pos.h, pos.v - 1),
        Move::Up if wraps_stack => exact(pos.h, len - 1),
        Move::Down if pos.v + 1 < len => exact(pos.h, pos.v + 1),
        Move::Down if wraps_stack => exact(pos.h, 0),
        Move::Next if pos.v + 1 < len => exact(pos.h, pos.v + 1),
        Move::Next if pos.h < last_h => to_column(pos.h + 1),
        Move::Next if options.loop_slides => exact(0, 0),
        Move::Prev if pos.v > 0 => exact(pos.h, pos.v - 1),
        // Arriving backwards on a stack starts at its bottom.
        Move::Prev if pos.h > 0 => exact(pos.h - 1, layout.column_len(pos.h - 1) - 1),
        Move::Prev if options.loop_slides => {
            let last = layout.last();
            exact(last.h, last.v)
        }
        Move::FirstH => resume(0),
        Move::LastH => resume(last_h),
        Move::FirstV => exact(pos.h, 0),
        Move::LastV => exact(pos.h, len - 1),
        Move::First => exact(0, 0),
        Move::Last => {
            let last = layout.last();
            exact(last.h, last.v)
        }
        _ => None,
    }
}
