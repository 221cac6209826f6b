//! Times a fuzz target on every file of some corpus directories and prints
//! the slowest inputs: libFuzzer only reports units slower than a whole
//! second, and its `-timeout=1` only says none reached one.
//!
//! `cargo run --release --example slowest -- parse fuzz/corpus/parse fuzz/seeds/parse`
//! (scripts/fuzz runs it after fuzzing). Built without the fuzzer's
//! coverage instrumentation, so times are what the viewer would see
//! natively; each input runs three times and the fastest run counts, so a
//! busy machine does not invent slow inputs.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How many of the slowest inputs to print.
const SHOWN: usize = 5;
/// Runs per input; the minimum is kept.
const RUNS: usize = 3;

fn main() {
    let mut args = std::env::args().skip(1);
    let target: fn(&[u8]) = match args.next().as_deref() {
        Some("parse") => deckview_fuzz::parse_target,
        Some("front_matter") => deckview_fuzz::front_matter_target,
        _ => {
            eprintln!("usage: slowest parse|front_matter DIR...");
            std::process::exit(2);
        }
    };
    let files: Vec<PathBuf> = args.flat_map(|dir| files_in(Path::new(&dir))).collect();
    let mut timed: Vec<(Duration, usize, PathBuf)> = files
        .into_iter()
        .filter_map(|path| {
            let data = std::fs::read(&path).ok()?;
            Some((fastest_run(target, &data), data.len(), path))
        })
        .collect();
    timed.sort_by_key(|t| std::cmp::Reverse(t.0));
    let total: Duration = timed.iter().map(|t| t.0).sum();
    let (count, seconds) = (timed.len(), total.as_secs_f64());
    println!("{count} inputs, {seconds:.3} s in all");
    for (time, len, path) in timed.iter().take(SHOWN) {
        println!(
            "{:>10.3} ms  {len:>6} bytes  {}",
            time.as_secs_f64() * 1e3,
            path.display()
        );
    }
}

/// The files directly inside `dir` (a corpus is flat).
fn files_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default()
}

/// The fastest of [`RUNS`] runs of `target` on `data`.
fn fastest_run(target: fn(&[u8]), data: &[u8]) -> Duration {
    (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            target(data);
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}
