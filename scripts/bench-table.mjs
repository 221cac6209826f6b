// Runs ../shared/bench's bench.mjs and firstslide.mjs for deckview and
// reveal.js on both reference decks and prints medians and ratios.
//   node scripts/bench-table.mjs BASE_URL BENCH_DIR RUNS
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

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
  rows.push([`render_ms, ${label}`, oursRender, theirsRender]);
  const first = node('firstslide.mjs', [
    `${base}/app/?src=../decks/${file}`,
    `${base}/bench/reveal-src.html?src=../decks/${file}`,
    'Sovereign',
    runs,
  ]);
  const figures = JSON.parse(first.split('\n')[0]);
  rows.push([`first slide after navigation, ${label}`, median(figures.a_ms), median(figures.b_ms)]);
  heap.push([label, figures.a_heap_mb, figures.b_heap_mb]);
  if (ours[0].sections !== theirs[0].sections) {
    console.log(`note: sections differ for ${file}: deckview ${ours[0].sections}, reveal.js ${theirs[0].sections}`);
  }
}
console.log(`\n| measure (median of ${runs}) | deckview ms | reveal.js ms | ratio |`);
console.log('|---|---|---|---|');
for (const [name, a, b] of rows) {
  console.log(`| ${name} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a / b).toFixed(2)} |`);
}
for (const [label, a, b] of heap) {
  console.log(`| JS heap MB after first slide, ${label} | ${a} | ${b} | ${(a / b).toFixed(2)} |`);
}
