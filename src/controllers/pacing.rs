//! Pacing for the speaker view: how long each slide is planned to take, and
//! whether the talk is ahead of or behind that plan.
//!
//! reveal.js's rules (its speaker view), in seconds:
//! - a slide's own `data-timing` attribute is its planned time;
//! - otherwise `defaultTiming` (seconds per slide);
//! - with `totalTime`, the slides without their own timing share what is
//!   left of it equally, never less than `minimumTimePerSlide` each.
//!
//! Without `totalTime` and `defaultTiming` there is no plan and the speaker
//! view shows only the elapsed time. Slides count in reading order (every
//! vertical slide is one slide), as [`super::navigation::flat_index`] does.

use crate::deck::{loose, Deck, SlideOptions};

/// The deck options that make a plan, read as loosely as authors write them
/// (`120`, `"120"`). Negative or non-numeric values count as unset.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PacingOptions {
    /// `totalTime`: the whole talk, in seconds.
    pub total_time: Option<f64>,
    /// `defaultTiming`: seconds per slide.
    pub default_timing: Option<f64>,
    /// `minimumTimePerSlide`: floor for a slide's share of `totalTime`.
    pub minimum_time_per_slide: f64,
}

impl PacingOptions {
    /// Reads `totalTime`, `defaultTiming` and `minimumTimePerSlide` from
    /// [`SlideOptions::other`].
    pub fn from_options(options: &SlideOptions) -> PacingOptions {
        let seconds = |key: &str| {
            options
                .other
                .get(key)
                .and_then(loose::as_f64)
                .filter(|n| *n >= 0.0)
        };
        PacingOptions {
            total_time: seconds("totalTime").filter(|n| *n > 0.0),
            default_timing: seconds("defaultTiming").filter(|n| *n > 0.0),
            minimum_time_per_slide: seconds("minimumTimePerSlide").unwrap_or(0.0),
        }
    }

    /// True when the options ask for pacing at all.
    pub fn is_set(&self) -> bool {
        self.total_time.is_some() || self.default_timing.is_some()
    }
}

/// Each slide's own `data-timing` in seconds, in reading order (`None` for
/// slides without one, or with one that is not a non-negative number).
pub fn slide_timings(deck: &Deck) -> Vec<Option<f64>> {
    deck.columns
        .iter()
        .flatten()
        .map(|slide| {
            slide
                .attribute("data-timing")
                .and_then(|t| t.trim().parse::<f64>().ok())
                .filter(|t| t.is_finite() && *t >= 0.0)
        })
        .collect()
}

/// The planned seconds of each slide in reading order, or `None` when the
/// options set no plan. `own` holds each slide's `data-timing` (see
/// [`slide_timings`]).
pub fn plan(options: &PacingOptions, own: &[Option<f64>]) -> Option<Vec<f64>> {
    let share = if let Some(total) = options.total_time {
        let fixed: f64 = own.iter().flatten().sum();
        let open = own.iter().filter(|t| t.is_none()).count();
        let each = if open == 0 {
            0.0
        } else {
            (total - fixed).max(0.0) / open as f64
        };
        each.max(options.minimum_time_per_slide)
    } else {
        options.default_timing?
    };
    Some(own.iter().map(|t| t.unwrap_or(share)).collect())
}

/// Where the talk stands against the plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pacing {
    /// The current slide was reached this many seconds before its planned start.
    Ahead {
        /// Seconds ahead of the plan.
        by: f64,
    },
    /// Within the current slide's planned time.
    OnTrack {
        /// Seconds left of the current slide's planned time.
        left_on_slide: f64,
    },
    /// Still on the current slide this many seconds after its planned end.
    Behind {
        /// Seconds behind the plan.
        by: f64,
    },
}

/// How the talk stands `elapsed` seconds in, on the slide at reading-order
/// `index` of `plan`. An index past the end counts as the last slide.
pub fn pacing(plan: &[f64], index: usize, elapsed: f64) -> Pacing {
    let index = index.min(plan.len().saturating_sub(1));
    let start: f64 = plan.iter().take(index).sum();
    let end = start + plan.get(index).copied().unwrap_or(0.0);
    if elapsed < start {
        Pacing::Ahead {
            by: start - elapsed,
        }
    } else if elapsed > end {
        Pacing::Behind { by: elapsed - end }
    } else {
        Pacing::OnTrack {
            left_on_slide: end - elapsed,
        }
    }
}

/// A duration as the speaker view shows it: `m:ss` under an hour,
/// `h:mm:ss` from an hour on; whole seconds, rounded down; negative or
/// non-finite input counts as 0.
pub fn format_duration(seconds: f64) -> String {
    let total = if seconds.is_finite() && seconds > 0.0 {
        seconds.floor() as u64
    } else {
        0
    };
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A time of day as a 24-hour clock, `HH:MM:SS`.
pub fn format_clock(hours: u32, minutes: u32, seconds: u32) -> String {
    format!("{hours:02}:{minutes:02}:{seconds:02}")
}
