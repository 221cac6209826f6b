// The startup download: what the browser fetches to show the bundled SCS
// deck's first slide, brotli -q 11, fonts apart (scripts/startup-download.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { downloadTable, startupDownload } from '../scripts/startup-download.mjs';
import { lazyChunk, useHarness } from './harness.mjs';

const h = useHarness();

/** The budget the viewer must reach (bytes, brotli): docs/performance.md. */
const TARGET = 250_000;
/**
 * What the viewer may not grow past while it is over the target: the
 * figure measured when the wasm was last made smaller, rounded up.
 * Lower it with every change that shrinks the download. Raised only for a
 * feature whose code must run before the first slide, each listed here:
 * heading ids (+2.5 KB) and HedgeDoc's \\(…\\) math (+1.9 KB), after the
 * same week's work had taken 2.6 KB off. The bundled deck is a file of its
 * own now (deck text, counted apart): -1.5 KB with the from-disk notice.
 * The fragment order's sort gone, uncounted slides and Arimo come: -1.3 KB.
 * The page's comments left dist/: -0.7 KB; working offline added the
 * message for a deck never opened and boot.js's late load of the offline
 * support (+0.4 KB). Live reload's own code is a chunk, but its browser
 * calls sit in the JS glue all modules share, and the split loader names one
 * chunk more (+0.6 KB). Download HTML's code is part of the deck features'
 * chunk, but its strings stay in the startup module (the splitter keeps all
 * data there), its browser calls sit in the glue, and the start looks for
 * a saved page's deck (+0.5 KB). Diagrams (the fence kinds and the frame's
 * loader are a chunk; their strings are not), the announcement of uncounted
 * slides and the event that tells the offline note which deck is shown:
 * +0.7 KB together. Download HTML saving a deck's pictures and Lato inside
 * the file, and its note's close button: the code is the deck features'
 * chunk, but its strings and the base64 alphabet stay in the startup module
 * and the button's style is in the stylesheet (+0.3 KB, measured 344.4 →
 * 344.7 KB between two builds). Brotli's figure for the same code moves by
 * about 0.2 KB with unrelated edits: the ceiling keeps that much over the
 * figure.
 */
const CEILING = 344_900;

test('the startup download stays under its ceiling and reports the budget', async (t) => {
  const download = await startupDownload(h.browser, h.url('/'));
  t.diagnostic(`\n${downloadTable(download)}`);
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  t.diagnostic(`viewer ${kb(download.viewer)} (target ${kb(TARGET)}, ceiling ${kb(CEILING)}); fonts ${kb(download.fonts)} apart`);
  assert.ok(download.viewer <= CEILING, `the startup download grew: ${kb(download.viewer)} > ${kb(CEILING)}`);
});

test('the first slide fetches none of the features that come after it', async () => {
  const download = await startupDownload(h.browser, h.url('/'), { settleMs: 0 });
  const names = download.files.map((f) => f.path.split('/').pop());
  for (const chunk of ['mount_page_view']) {
    assert.ok(!names.some((n) => lazyChunk(chunk).test(n)), `${chunk} was fetched before the first slide: ${names}`);
  }
});
