//! Fuzz target: any bytes as a deck, then URL query overrides
//! (see `deckview_fuzz::parse_target`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    deckview_fuzz::within_time_limit(|| deckview_fuzz::parse_target(data));
});
