#!/usr/bin/env node
// Prints raw and brotli-compressed sizes of the wasm, js and css files in a
// directory (default dist/), plus totals: a quick size budget check after builds.
// Usage: node scripts/sizes.mjs [DIR]
import { brotliCompressSync, constants } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.argv[2] ?? 'dist';

function* files(path) {
  for (const name of readdirSync(path)) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(wasm|m?js|css)$/.test(name)) yield full;
  }
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
const rows = [...files(dir)].sort().map((file) => {
  const bytes = readFileSync(file);
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  return { file: relative(dir, file), raw: bytes.length, br };
});

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
