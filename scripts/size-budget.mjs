#!/usr/bin/env node
// Fails (exit 1) when what a browser downloads to show a deck — every .wasm,
// .js, .mjs and .css file in DIR (default dist/), brotli -q 11 as a static
// host sends them — exceeds the transfer budget of issue #7. Fonts are not
// counted: they load only when a deck asks for Lato.
// Usage: node scripts/size-budget.mjs [DIR]
import { countedFiles, sizes } from './brotli-files.mjs';

/** The budget, in bytes (250 KB). */
const BUDGET = 250_000;

const dir = process.argv[2] ?? 'dist';

const total = [...countedFiles(dir)].reduce((sum, file) => sum + sizes(file).br, 0);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
if (total > BUDGET) {
  console.error(`size budget: ${kb(total)} brotli in ${dir} is over the ${kb(BUDGET)} budget by ${kb(total - BUDGET)}`);
  process.exit(1);
}
console.log(`size budget: ${kb(total)} brotli in ${dir}, within ${kb(BUDGET)} (${kb(BUDGET - total)} to spare)`);
