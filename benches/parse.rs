//! Parsing speed: the SCS deck sixty times over, and a synthetic 10 MB deck
//! using every construct the parser handles. Native target only.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// One slide of each kind the parser treats specially.
const SLIDE: &str = r##"## A slide with everything {#s}
<!-- .slide: data-background="#123456" data-auto-animate -->

Text with **bold**, `code`, a bare link https://example.org/page?x=1
and a second line; ~~old~~ and an image ![logo](logo.png =200x).

- first
- second
<!-- .element: class="fragment" -->

| a | b |
|---|---|
| 1 | 2 |

```python [1|2-3]
print("---")

---
```

<div class="cols">
<span><!-- .element: class="fragment" -->inline</span>
</div>

Note: remember to breathe, see www.example.org

---

# Next one
<style>.slides h1 { color: red; }</style>

----

Vertical slide, `$PATH` costs $5.
"##;

fn synthetic_deck(bytes: usize) -> String {
    let mut deck = String::from("---\ntitle: Synthetic\nslideOptions:\n  theme: white\n---\n\n");
    while deck.len() < bytes {
        deck.push_str(SLIDE);
        deck.push_str("\n---\n\n");
    }
    deck
}

fn parse_benchmarks(c: &mut Criterion) {
    let x60 = include_str!("../tests/fixtures/scs-x60.md");
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(x60.len() as u64));
    group.bench_function("scs-x60", |b| {
        b.iter(|| deckview::deck::parse(black_box(x60)))
    });

    let big = synthetic_deck(10 * 1024 * 1024);
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.sample_size(10);
    group.bench_function("synthetic-10MB", |b| {
        b.iter(|| deckview::deck::parse(black_box(&big)))
    });
    group.finish();
}

criterion_group!(benches, parse_benchmarks);
criterion_main!(benches);
