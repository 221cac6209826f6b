//! Fuzz target: any bytes as the YAML of a front-matter block
//! (see `deckview_fuzz::front_matter_target`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    deckview_fuzz::within_time_limit(|| deckview_fuzz::front_matter_target(data));
});
