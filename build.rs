//! Writes GitHub's emoji table (from the `gh-emoji` crate) as two plain
//! lists for `src/deck/emoji.rs`: the names, sorted, one per line, and the
//! emoji in the same order. As a hash table of string pairs the table is
//! ~23 KiB of brotli-compressed wasm; as text it is a third of that.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let mut all: Vec<(&str, &str)> = gh_emoji::all().collect();
    all.sort_unstable();
    let mut names = String::new();
    let mut emoji = String::new();
    for (name, e) in all {
        assert!(!name.contains('\n') && !e.contains('\n'));
        let _ = writeln!(names, "{name}");
        let _ = writeln!(emoji, "{e}");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR is set by cargo"));
    std::fs::write(out.join("emoji_names.txt"), names).expect("write emoji_names.txt");
    std::fs::write(out.join("emoji_chars.txt"), emoji).expect("write emoji_chars.txt");
    println!("cargo:rerun-if-changed=build.rs");
}
