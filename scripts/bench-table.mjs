// Runs ../shared/bench's bench.mjs and firstslide.mjs for deckview and
// reveal.js on both reference decks, the static-HTML floor beside them, the
// startup download of all three and a 100 000-slide deck, and prints
// medians and ratios.
//   node scripts/bench-table.mjs BASE_URL BENCH_DIR RUNS
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startupDownload } from './startup-download.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const [base, benchDir, runs = '5'] = process.argv.slice(2);
const decks = [
  ['scs-community-call.md (32 sections)', 'scs-community-call.md'],
  ['scs-x60.md (1801 sections)', 'scs-x60.md'],
];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const node = (script, args) =>
  execFileSync('node', [join(benchDir, script), ...args], { encoding: 'utf8', timeout: 600000 });

const rows = [];
const heap = [];
for (const [label, file] of decks) {
  const ours = JSON.parse(node('bench.mjs', [`${base}/app/?bench&src=../decks/${file}`, runs]));
  const theirs = JSON.parse(node('bench.mjs', [`${base}/bench/reveal.html?deck=../decks/${file}`, runs]));
  const r = (k) => [median(ours.map((x) => x[k])), median(theirs.map((x) => x[k]))];
  const [oursRender, theirsRender] = r('render_ms');
  rows.push([`render_ms, ${label} (ms)`, oursRender, theirsRender]);
  const first = node('firstslide.mjs', [
    `${base}/app/?src=../decks/${file}`,
    `${base}/bench/reveal-src.html?src=../decks/${file}`,
    'Sovereign',
    runs,
  ]);
  const figures = JSON.parse(first.split('\n')[0]);
  const floor = file === 'scs-community-call.md'
    ? JSON.parse(node('firstslide.mjs', [`${base}/bench/floor.html`, `${base}/bench/reveal-src.html?src=../decks/${file}`, 'Sovereign', runs]).split('\n')[0])
    : null;
  rows.push([`first slide after navigation, ${label} (ms)`, median(figures.a_ms), median(figures.b_ms), floor && median(floor.a_ms)]);
  heap.push([label, figures.a_heap_mb, figures.b_heap_mb]);
  if (ours[0].sections !== theirs[0].sections) {
    console.log(`note: sections differ for ${file}: deckview ${ours[0].sections}, reveal.js ${theirs[0].sections}`);
  }
}
// Navigation, transitions and memory (scripts/nav-bench.mjs), one browser
// per page; the medians of `runs` such runs.
const navigation = (page) =>
  Array.from({ length: Number(runs) }, () =>
    JSON.parse(execFileSync('node', [join(here, 'nav-bench.mjs'), page, '20'], { encoding: 'utf8', timeout: 600000 })),
  );
const max = (xs) => Math.max(...xs);
const nav = [];
for (const [label, file] of decks) {
  const ours = navigation(`${base}/app/?src=../decks/${file}`);
  const theirs = navigation(`${base}/bench/reveal-src.html?src=../decks/${file}`);
  const m = (runsOf, f) => median(runsOf.map(f));
  nav.push([`next slide: key → style and layout done (median of up to 20 steps), ${label}`, m(ours, (r) => median(r.next_ms)), m(theirs, (r) => median(r.next_ms)), 'ms']);
  nav.push([`next slide: slowest of those steps, ${label}`, m(ours, (r) => max(r.next_ms)), m(theirs, (r) => max(r.next_ms)), 'ms']);
  nav.push([`slide transition: longest frame, ${label}`, m(ours, (r) => max(r.frames_ms)), m(theirs, (r) => max(r.frames_ms)), 'ms']);
  nav.push([`slide transition: frames > 50 ms, ${label}`, m(ours, (r) => r.frames_ms.filter((f) => f > 50).length), m(theirs, (r) => r.frames_ms.filter((f) => f > 50).length), 'count']);
  nav.push([`overview: Escape on the last slide → open and painted, ${label}`, m(ours, (r) => r.overview_ms), m(theirs, (r) => r.overview_ms), 'ms']);
  nav.push([`memory: JS heap + wasm memory after the first slide, ${label}`, m(ours, (r) => r.memory_mb), m(theirs, (r) => r.memory_mb), 'MB']);
}

// What each page downloads to show the SCS deck's first slide (brotli 11,
// fonts and deck text apart), and the first slide of a 100 000-slide deck
// after its text is in hand (deckview only: reveal.js takes minutes).
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const downloads = {
  deckview: await startupDownload(browser, `${base}/app/?src=../decks/scs-community-call.md`),
  reveal: await startupDownload(browser, `${base}/bench/reveal-src.html?src=../decks/scs-community-call.md`),
  floor: await startupDownload(browser, `${base}/bench/floor.html`),
};
await browser.close();
const huge = JSON.parse(node('bench.mjs', [`${base}/app/?bench&src=../decks/x100000.md`, runs]));

console.log(`\n| measure (median of ${runs}) | deckview | reveal.js | ratio | static HTML (the floor) |`);
console.log('|---|---|---|---|---|');
for (const [name, a, b, floor] of rows) {
  console.log(`| ${name} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a / b).toFixed(2)} | ${floor == null ? '—' : floor.toFixed(1)} |`);
}
const kb = (n) => (n / 1000).toFixed(1);
const files = (d) => d.files.filter((f) => f.kind === 'viewer').length;
const { deckview: dv, reveal: rv, floor: fl } = downloads;
console.log(`| startup download, SCS deck, brotli 11, fonts and deck apart (KB) | ${kb(dv.viewer)} (${files(dv)} files) | ${kb(rv.viewer)} (${files(rv)} files) | ${(dv.viewer / rv.viewer).toFixed(2)} | ${kb(fl.viewer)} |`);
console.log(`| … fonts / deck text (KB) | ${kb(dv.fonts)} / ${kb(dv.deck)} | ${kb(rv.fonts)} / ${kb(rv.deck)} | | |`);
console.log(`| render_ms, x100000.md (100 000 sections; text in hand → first slide, ms) | ${median(huge.map((x) => x.render_ms)).toFixed(1)} | — | | |`);
for (const [label, a, b] of heap) {
  console.log(`| JS heap MB after first slide, ${label} | ${a} | ${b} | ${(a / b).toFixed(2)} |`);
}
const ratio = (a, b) => (b === 0 ? (a === 0 ? '1.00' : '—') : (a / b).toFixed(2));
for (const [name, a, b, unit] of nav) {
  console.log(`| ${name} (${unit}) | ${a.toFixed(1)} | ${b.toFixed(1)} | ${ratio(a, b)} |`);
}
