// Runs the Playwright suite (browser-tests/*.test.mjs, or the files named)
// with node's test runner, a few files at a time, the longest files first.
//
//   node scripts/browser-tests.mjs [--concurrency N] [FILE...]
//
// Why not `node --test browser-tests/`: it starts files in alphabetical
// order, so a long file late in the alphabet runs alone at the end while the
// other slots are idle. Starting the longest first (as a scheduler packs the
// biggest jobs first) keeps every slot busy until the end.
// Needs dist/ (scripts/build); DV_CHROMIUM and DV_TEST_OUTPUT as the harness
// reads them. Exits 1 when a test failed.
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const DIR = join(ROOT, 'browser-tests');

/**
 * The files that take longest, longest first (measured on two cores: each
 * takes 35–75 s of the suite's ~220 s). The rest follow in alphabetical order.
 */
const LONGEST_FIRST = [
  'offline.test.mjs',
  'xss.test.mjs',
  'live-reload.test.mjs',
  'diagrams.test.mjs',
  'speaker.test.mjs',
  'syntax.test.mjs',
];

/** `files` in the order they start: the known long ones first. */
export function startOrder(files) {
  const rank = (f) => {
    const i = LONGEST_FIRST.indexOf(f.split('/').pop());
    return i === -1 ? LONGEST_FIRST.length : i;
  };
  return [...files].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function parseArgs(argv) {
  // One file more than there are cores: much of a browser test is waiting
  // for pages, transitions and timers, but drawing pages (diagrams, a saved
  // deck's inflating) keeps a core busy, and twice the cores made every test
  // slower and timed waits fail.
  let concurrency = availableParallelism() + 1;
  const files = [];
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--concurrency') concurrency = Number(argv[(i += 1)]);
    else files.push(resolve(argv[i]));
  }
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    console.error('usage: node scripts/browser-tests.mjs [--concurrency N] [FILE...]');
    process.exit(2);
  }
  if (files.length === 0) {
    for (const f of readdirSync(DIR)) if (f.endsWith('.test.mjs')) files.push(join(DIR, f));
  }
  return { concurrency, files: startOrder(files) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { concurrency, files } = parseArgs(process.argv.slice(2));
  const stream = run({ files, concurrency });
  stream.on('test:fail', () => {
    process.exitCode = 1;
  });
  stream.compose(spec).pipe(process.stdout);
}
