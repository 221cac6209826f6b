#!/usr/bin/env node
// Prints raw and brotli-compressed sizes of the wasm, js and css files in a
// directory (default dist/), plus totals: a quick size budget check after builds.
// Usage: node scripts/sizes.mjs [DIR]
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { countedFiles, ON_DEMAND_DIR, ON_DEMAND_FILE, sizes, PAGE_VIEWS_ONLY } from './brotli-files.mjs';

const dir = process.argv[2] ?? 'dist';

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
const rows = [...countedFiles(dir)].sort().map((file) => ({ file: relative(dir, file), ...sizes(file) }));

const width = Math.max(24, ...rows.map((r) => r.file.length + 2));
console.log(`${'file'.padEnd(width)}${'raw'.padStart(11)}${'brotli'.padStart(11)}`);
for (const r of rows) console.log(`${r.file.padEnd(width)}${kib(r.raw)}${kib(r.br)}`);
for (const ext of ['wasm', 'js', 'mjs', 'css']) {
  const sel = rows.filter((r) => r.file.endsWith(`.${ext}`));
  const raw = sel.reduce((a, r) => a + r.raw, 0);
  const br = sel.reduce((a, r) => a + r.br, 0);
  console.log(`${`total .${ext}`.padEnd(width)}${kib(raw)}${kib(br)}`);
}
const raw = rows.reduce((a, r) => a + r.raw, 0);
const br = rows.reduce((a, r) => a + r.br, 0);
console.log(`${'total'.padEnd(width)}${kib(raw)}${kib(br)}`);

/** Prints files (paths below `dir`) that are not counted above, under `title`. */
function listApart(title, files) {
  if (files.length === 0) return;
  console.log(`\n${title}, not counted above:`);
  for (const f of files) {
    const s = sizes(join(dir, f));
    console.log(`${f.padEnd(width)}${kib(s.raw)}${kib(s.br)}`);
  }
}

const top = readdirSync(dir).sort();
listApart('loaded only by the speaker window (S) and the print layout (?print-pdf)', top.filter((f) => PAGE_VIEWS_ONLY.test(f)));
for (const folder of top.filter((f) => ON_DEMAND_DIR.test(f))) {
  listApart(`loaded only for decks that need it (${folder}/)`, readdirSync(join(dir, folder)).sort().map((f) => `${folder}/${f}`));
}
listApart('loaded only for decks with math', top.filter((f) => ON_DEMAND_FILE.test(f)));
listApart('loaded only for decks with emoji shortcodes', top.filter((f) => f === 'emoji.tsv'));
