//! What the fuzz targets run: fuzzer bytes shaped into deck text, parsed,
//! and checked against what must hold for every deck.
//!
//! The targets in `fuzz_targets/` are one line each and call [`parse_target`]
//! or [`front_matter_target`] inside [`within_time_limit`];
//! `examples/slowest.rs` calls the same functions to time every corpus
//! file, so the timing measures exactly what was fuzzed. The checks are
//! cheap on purpose: the fuzzer's time belongs to the parser.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Once;
use std::time::Duration;

use deckview::deck::options::{HACKMD_KEYS, KNOWN_KEYS};
use deckview::deck::safe_url::is_safe_image_url;
use std::sync::OnceLock;

use deckview::deck::{
    apply_query, parse, parse_with_emoji, Deck, EmojiTable, Length, SlideOptions,
};

/// Query parameters that belong to the viewer, not to `slideOptions`:
/// `apply_query` must skip them silently.
const VIEWER_KEYS: &[&str] = &["src", "embed", "print-pdf"];

/// How many of the input's last lines become query parameters.
const QUERY_PAIRS: usize = 3;

/// The text `parse` sees after every front matter the front-matter target
/// builds: one slide whose heading is `body`.
const BODY: &str = "# body\n";

/// Longest one input may take: the limit for inputs up to 64 KB.
pub const TIME_LIMIT: Duration = Duration::from_secs(1);

/// How often the watchdog looks at the input being run.
const WATCH_INTERVAL: Duration = Duration::from_millis(50);

/// The process's CPU time, in microseconds, when the input being run
/// started, plus one; zero while no input runs.
static RUNNING_SINCE: AtomicU64 = AtomicU64::new(0);

/// Whether the watchdog thread runs.
static WATCHING: Once = Once::new();

/// Runs `run` (one fuzz input) under a watchdog thread that aborts the
/// process when an input uses more than [`TIME_LIMIT`] of CPU time.
///
/// Why not libFuzzer's own `-timeout`: it fires in a SIGALRM handler that
/// writes the input to a file, which allocates; without a sanitizer the
/// allocator is glibc's, and when the alarm lands while the parser holds
/// glibc's malloc lock the handler waits for that lock forever (seen: a
/// run hung with an empty `timeout-…` file). Our watchdog is a thread, not
/// a handler: its `abort()` raises SIGABRT on the watchdog thread, and
/// libFuzzer's crash handler there saves the input as `crash-…` while the
/// main thread, never interrupted, keeps its locks moving.
///
/// Why CPU time and not the clock: a fuzzer that shares the machine (it
/// runs at low priority beside builds) can wait seconds for a core; by
/// the clock, an input that needs 20 ms was once reported as a timeout.
/// The process's CPU time is the fuzzed input's (the watchdog itself
/// wakes twenty times a second and uses next to none).
pub fn within_time_limit(run: impl FnOnce()) {
    WATCHING.call_once(|| {
        std::thread::spawn(watch);
    });
    RUNNING_SINCE.store(cpu_micros() + 1, Ordering::SeqCst);
    run();
    RUNNING_SINCE.store(0, Ordering::SeqCst);
}

/// The watchdog thread's loop.
fn watch() {
    let limit = u64::try_from(TIME_LIMIT.as_micros()).unwrap_or(u64::MAX);
    loop {
        std::thread::sleep(WATCH_INTERVAL);
        let since = RUNNING_SINCE.load(Ordering::SeqCst);
        if since != 0 && (cpu_micros() + 1).saturating_sub(since) > limit {
            eprintln!(
                "deckview-fuzz: an input used more than {TIME_LIMIT:?} of CPU time (timeout); aborting"
            );
            std::process::abort();
        }
    }
}

/// CPU time used by this process so far, in microseconds.
fn cpu_micros() -> u64 {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable timespec; the clock id is a
    // constant every Linux has.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)");
    let secs = u64::try_from(now.tv_sec).unwrap_or(0);
    let nanos = u64::try_from(now.tv_nsec).unwrap_or(0);
    secs * 1_000_000 + nanos / 1_000
}

/// The `parse` target: any bytes, read as UTF-8 (invalid sequences become
/// U+FFFD, as a browser decodes a fetched deck), parsed as the viewer does
/// (again with the emoji table when the deck wants it), then overridden by
/// a few URL query parameters made from the same text.
pub fn parse_target(data: &[u8]) {
    static EMOJI: OnceLock<EmojiTable> = OnceLock::new();
    let text = String::from_utf8_lossy(data);
    let mut deck = parse(&text);
    assert_well_formed(&deck, &text);
    if deck.wants_emoji {
        let with_emoji = parse_with_emoji(&text, EMOJI.get_or_init(EmojiTable::bundled));
        assert_well_formed(&with_emoji, &text);
        assert!(
            !with_emoji.wants_emoji,
            "a deck parsed with the table wants it again"
        );
        // Emoji change text only: the slides stay where they were.
        let lines = |d: &Deck| {
            d.columns
                .iter()
                .map(|c| c.iter().map(|s| s.line).collect::<Vec<_>>())
                .collect::<Vec<_>>()
        };
        assert!(lines(&with_emoji) == lines(&deck), "emoji moved slides");
        deck = with_emoji;
    }
    let slides = deck.columns.clone();
    apply_query(&mut deck, &query_from(&text));
    assert_options_usable(&deck.options);
    // The query only touches options and warnings, never the slides.
    assert!(deck.columns == slides, "apply_query changed the slides");
}

/// The front-matter target: the bytes are the YAML of a front-matter
/// block, read twice: as the whole block, and indented under
/// `slideOptions:` so that every line reaches the options reader.
pub fn front_matter_target(data: &[u8]) {
    let yaml = String::from_utf8_lossy(data);
    let plain = deck_with_front_matter(&yaml);
    check_front_matter_deck(&plain, !closes_front_matter(&yaml));
    // Indented lines never close the block, so the body always follows it.
    check_front_matter_deck(&deck_with_slide_options(&yaml), true);
}

/// Parses a deck built around a front matter and checks it; when the
/// block ends where it was meant to, the body after it must render
/// whatever the YAML said (broken YAML never hides the deck).
fn check_front_matter_deck(text: &str, body_follows: bool) {
    let deck = parse(text);
    assert_well_formed(&deck, text);
    if body_follows {
        let slides: Vec<_> = deck.columns.iter().flatten().collect();
        assert_eq!(slides.len(), 1, "the body is one slide");
        assert_eq!(slides[0].title.as_deref(), Some("body"));
    }
}

/// `yaml` as a deck's front matter: `---`, the YAML, `---`, one slide.
pub fn deck_with_front_matter(yaml: &str) -> String {
    format!("---\n{yaml}\n---\n{BODY}")
}

/// `yaml` indented by two spaces under `slideOptions:`, then one slide.
pub fn deck_with_slide_options(yaml: &str) -> String {
    let mut text = String::with_capacity(yaml.len() * 2 + 32);
    text.push_str("---\nslideOptions:\n");
    for line in yaml.split('\n') {
        text.push_str("  ");
        text.push_str(line);
        text.push('\n');
    }
    text.push_str("---\n");
    text.push_str(BODY);
    text
}

/// Whether a line of `yaml` would end the front-matter block before the
/// `---` written after it: a `---` or `...` line (trailing blanks allowed).
pub fn closes_front_matter(yaml: &str) -> bool {
    yaml.lines()
        .any(|line| matches!(line.trim_end_matches([' ', '\t']), "---" | "..."))
}

/// Up to [`QUERY_PAIRS`] query parameters from the last lines of `text`:
/// the line is the value, and its length picks the key among the option
/// names and the viewer's own parameters, so the fuzzer steers both.
pub fn query_from(text: &str) -> Vec<(String, String)> {
    let keys = KNOWN_KEYS.len() + HACKMD_KEYS.len() + VIEWER_KEYS.len();
    text.lines()
        .rev()
        .take(QUERY_PAIRS)
        .map(|line| {
            let key = KNOWN_KEYS
                .iter()
                .chain(HACKMD_KEYS)
                .chain(VIEWER_KEYS)
                .nth(line.len() % keys)
                .copied()
                .unwrap_or("src");
            (key.to_owned(), line.to_owned())
        })
        .collect()
}

/// Panics unless `deck`, parsed from `text`, is well formed: at least one
/// slide, no empty column, every line number inside the text, options
/// usable.
pub fn assert_well_formed(deck: &Deck, text: &str) {
    assert!(!deck.columns.is_empty(), "a deck has at least one slide");
    assert!(
        deck.columns.iter().all(|column| !column.is_empty()),
        "no column is empty"
    );
    // One past the last line: where the empty slide of an empty body starts.
    let last_line = text.lines().count() + 1;
    for slide in deck.columns.iter().flatten() {
        assert!(
            (1..=last_line).contains(&slide.line),
            "slide line {} of {last_line}",
            slide.line
        );
    }
    for warning in &deck.warnings {
        assert!(
            warning.line.is_none_or(|l| (1..=last_line).contains(&l)),
            "warning outside the text: {warning}"
        );
    }
    assert_options_usable(&deck.options);
}

/// Panics unless every option holds a value the viewer can use: what the
/// readers refuse must never get through (a NaN scale, a negative margin,
/// a `javascript:` parallax image).
pub fn assert_options_usable(options: &SlideOptions) {
    assert!(
        options.margin.is_finite() && options.margin >= 0.0,
        "margin {}",
        options.margin
    );
    for scale in [options.min_scale, options.max_scale] {
        assert!(scale.is_finite() && scale > 0.0, "scale {scale}");
    }
    for length in [options.width, options.height] {
        let (Length::Px(n) | Length::Percent(n)) = length;
        assert!(n.is_finite() && n > 0.0, "canvas size {length:?}");
    }
    for offset in [
        options.parallax_background_horizontal,
        options.parallax_background_vertical,
    ]
    .into_iter()
    .flatten()
    {
        assert!(offset.is_finite(), "parallax offset {offset}");
    }
    if let Some(url) = &options.parallax_background_image {
        assert!(is_safe_image_url(url), "unsafe parallax image {url}");
    }
}
