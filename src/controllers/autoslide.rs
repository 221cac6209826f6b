//! Auto-sliding (`autoSlide`): how long the viewer waits on a slide before
//! stepping on by itself.
//!
//! As in reveal.js, the deck's `autoSlide` (ms, 0 = off) applies to every
//! slide, a slide's `data-autoslide` replaces it for that slide (`0` stops
//! there), and nothing is scheduled once there is nothing further to show
//! (the last slide, unless `loop`).

/// The wait on a slide: its `data-autoslide` if that is a whole number of
/// milliseconds, else the deck's `autoSlide`; `None` when that is 0 (off).
///
/// An unreadable `data-autoslide` (`"fast"`, `"-5"`) is ignored rather than
/// stopping the deck, which is what reveal.js does with it.
pub fn delay(deck_ms: u32, data_autoslide: Option<&str>) -> Option<u32> {
    let ms = data_autoslide
        .and_then(|a| a.trim().parse::<u32>().ok())
        .unwrap_or(deck_ms);
    (ms > 0).then_some(ms)
}

/// When to step on next: `delay` ms from now, provided auto-sliding runs and
/// a forward step would show something (a fragment, or another slide).
pub fn next_cue(running: bool, more_to_show: bool, delay: Option<u32>) -> Option<u32> {
    if running && more_to_show {
        delay
    } else {
        None
    }
}
