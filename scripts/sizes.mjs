#!/usr/bin/env node
// Prints the raw and brotli -q 11 sizes of a build's files (default dist/),
// grouped by when a browser fetches them, with a total per group.
// Usage: node scripts/sizes.mjs [DIR]
import { GROUPS, groupedFiles, sizes } from './brotli-files.mjs';

const dir = process.argv[2] ?? 'dist';
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
const rows = [...groupedFiles(dir)].map((f) => ({ ...f, ...sizes(f.full) }));
const width = Math.max(24, ...rows.map((r) => r.path.length + 2));

for (const [title] of [...GROUPS].reverse()) {
  const sel = rows.filter((r) => r.group === title);
  if (sel.length === 0) continue;
  console.log(`\nfetched ${title}:`);
  console.log(`${'file'.padEnd(width)}${'raw'.padStart(11)}${'brotli'.padStart(11)}`);
  for (const r of sel) console.log(`${r.path.padEnd(width)}${kib(r.raw)}${kib(r.br)}`);
  const raw = sel.reduce((a, r) => a + r.raw, 0);
  const br = sel.reduce((a, r) => a + r.br, 0);
  console.log(`${'total'.padEnd(width)}${kib(raw)}${kib(br)}`);
}
