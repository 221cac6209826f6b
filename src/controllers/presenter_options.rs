//! Presenter options HedgeDoc whitelists but [`SlideOptions`] keeps untyped
//! (in [`SlideOptions::other`]), read as loosely as authors write them
//! (`false`, `"false"`, `300`, `"300"`), with reveal.js's defaults.

use crate::deck::{loose, SlideOptions};

/// reveal.js's `hideCursorTime` default, in ms.
pub const DEFAULT_HIDE_CURSOR_TIME: u32 = 5000;

/// `autoSlideStoppable` (default true): user navigation pauses auto-sliding,
/// and A and the playback control can pause and resume it.
pub fn auto_slide_stoppable(options: &SlideOptions) -> bool {
    flag(options, "autoSlideStoppable").unwrap_or(true)
}

/// `hideInactiveCursor` (default true): hide the mouse cursor over the deck
/// when it has not moved for [`hide_cursor_time`].
pub fn hide_inactive_cursor(options: &SlideOptions) -> bool {
    flag(options, "hideInactiveCursor").unwrap_or(true)
}

/// `hideCursorTime` in ms (default 5000): how long the mouse must rest before
/// the cursor (and the app's toolbar) fade.
pub fn hide_cursor_time(options: &SlideOptions) -> u32 {
    number(options, "hideCursorTime").unwrap_or(DEFAULT_HIDE_CURSOR_TIME)
}

/// `help` (default true): `?` and F1 show the keyboard help.
pub fn help(options: &SlideOptions) -> bool {
    flag(options, "help").unwrap_or(true)
}

fn flag(options: &SlideOptions, key: &str) -> Option<bool> {
    loose::as_bool(options.other.get(key)?)
}

/// Milliseconds: a non-negative number (rounded), or text holding one.
fn number(options: &SlideOptions, key: &str) -> Option<u32> {
    let n = loose::as_f64(options.other.get(key)?)?;
    (n >= 0.0 && n <= f64::from(u32::MAX)).then_some(n.round() as u32)
}
