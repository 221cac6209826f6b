// Print / PDF export (?print-pdf): one slide per page at the deck's size
// plus 4 % (998×728 CSS px for 960×700), reveal.js's way; fragments all shown
// (or a page per step with fragments=separate); notes with showNotes; no
// controls or app chrome on paper.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CHROMIUM_ARGS, ROOT, lazyChunk, useHarness, wasmLoaded } from './harness.mjs';

const h = useHarness();

const STACK = 'src=fixtures/print-stack.md';
const NOTES = 'src=fixtures/print-notes.md';
const PX_TO_PT = 0.75;

/** Opens the print layout and waits until every page is built. */
async function openPrint(query, options) {
  const page = await h.openApp(`?print-pdf${query ? `&${query}` : ''}`, options);
  await page.waitForSelector('.reveal[data-print-pages]', { timeout: 60000 });
  return page;
}

/** The PDF Chromium prints for the page, as the Print dialog would. */
async function printPdf(page) {
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return bytes.toString('latin1');
}

/** Page objects in a PDF (`/Type /Page`, not the `/Pages` tree). */
function pdfPageCount(pdf) {
  return (pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Every page's [width, height] in PDF points. */
function pdfPageSizes(pdf) {
  return [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

/** The number of slides the presentation view shows for a deck (sections that are not stacks). */
async function slideCount(query) {
  const page = await h.openApp(query);
  await page.waitForSelector('.reveal .slides section.present', { timeout: 30000 });
  const n = await page.locator('.reveal .slides section:not(.stack)').count();
  await page.close();
  return n;
}

/** [h, v, step] of every page in order. */
function pageIndices(page) {
  return page.$$eval('.pdf-page', (pages) =>
    pages.map((p) => [p.dataset.indexH, p.dataset.indexV, p.dataset.fragment ?? null]),
  );
}

test('the SCS deck prints exactly one PDF page per slide', async () => {
  const slides = await slideCount('');
  const page = await openPrint('');
  const pdf = await printPdf(page);
  assert.ok(slides > 20, `the bundled deck has its slides (${slides})`);
  assert.equal(pdfPageCount(pdf), slides);
  await h.screenshot(page, 'print-scs');
});

test('every PDF page is 998×728 CSS pixels for a 960×700 deck', async () => {
  const page = await openPrint('');
  const boxes = await page.$$eval('.pdf-page', (pages) =>
    pages.map((p) => [p.getBoundingClientRect().width, p.getBoundingClientRect().height]),
  );
  assert.ok(boxes.length > 0);
  for (const box of boxes) assert.deepEqual(box, [998, 728]);
  const sizes = pdfPageSizes(await printPdf(page));
  assert.equal(sizes.length, boxes.length);
  // Chromium stores page sizes on its own grid: 998 px (748.5 pt) comes out
  // as 749.04 pt, so allow one point.
  for (const [w, hgt] of sizes) {
    assert.ok(Math.abs(w - 998 * PX_TO_PT) <= 1, `width ${w} pt`);
    assert.ok(Math.abs(hgt - 728 * PX_TO_PT) <= 1, `height ${hgt} pt`);
  }
});

test('the @page rule sizes the paper to the deck with no margin', async () => {
  const page = await openPrint(STACK);
  const rule = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((s) => [...s.cssRules])
      .filter((r) => r instanceof CSSPageRule)
      .map((r) => [r.style.getPropertyValue('size'), r.style.getPropertyValue('margin')]),
  );
  assert.deepEqual(rule, [['998px 728px', '0px']]);
});

test('vertical slides each get their own page after their column head, in order', async () => {
  const page = await openPrint(STACK);
  assert.deepEqual(await pageIndices(page), [
    ['0', '0', null],
    ['1', '0', null],
    ['1', '1', null],
    ['1', '2', null],
    ['2', '0', null],
  ]);
  assert.equal(pdfPageCount(await printPdf(page)), 5);
});

test('slides keep the reveal.js DOM so deck CSS like `.slides h1` applies on paper', async () => {
  const page = await openPrint(STACK);
  await page.emulateMedia({ media: 'print' });
  const h1 = page.locator('.dv-deck .reveal .slides .pdf-page > section h1').first();
  assert.equal(await h1.evaluate((el) => getComputedStyle(el).color), 'rgb(200, 30, 30)');
});

test('each page carries the theme background and asks for exact colours in print', async () => {
  const white = await openPrint(STACK);
  await white.emulateMedia({ media: 'print' });
  const style = (p) =>
    p.$eval('.pdf-page', (el) => {
      const s = getComputedStyle(el);
      return [s.backgroundColor, s.printColorAdjust];
    });
  assert.deepEqual(await style(white), ['rgb(255, 255, 255)', 'exact']);
  const black = await openPrint(NOTES);
  await black.emulateMedia({ media: 'print' });
  assert.deepEqual(await style(black), ['rgb(25, 25, 25)', 'exact']);
});

test('a slide is centred across its page and, with center on, down it', async () => {
  const page = await openPrint(STACK);
  const gaps = await page.$$eval('.pdf-page', (pages) =>
    pages.map((p) => {
      const outer = p.getBoundingClientRect();
      const inner = p.querySelector(':scope > section').getBoundingClientRect();
      return [inner.left - outer.left, outer.right - inner.right, inner.top - outer.top, outer.bottom - inner.bottom];
    }),
  );
  for (const [left, right, top, bottom] of gaps) {
    assert.equal(left, 19);
    assert.equal(right, 19);
    assert.ok(Math.abs(top - bottom) <= 1, `top ${top} vs bottom ${bottom}`);
  }
});

test('without center a slide starts at the top of the canvas area (14px down)', async () => {
  const page = await openPrint(NOTES);
  const tops = await page.$$eval('.pdf-page', (pages) =>
    pages.map(
      (p) =>
        p.querySelector(':scope > section').getBoundingClientRect().top - p.getBoundingClientRect().top,
    ),
  );
  assert.deepEqual(tops, [14, 14, 14]);
});

test('every fragment is visible on the single page of its slide by default', async () => {
  const page = await openPrint(STACK);
  await page.emulateMedia({ media: 'print' });
  const opacities = await page.$$eval('.pdf-page .fragment', (els) => els.map((el) => getComputedStyle(el).opacity));
  assert.deepEqual(opacities, ['1', '1', '1']);
});

test('fragments=separate prints a page per fragment step, the first with none shown', async () => {
  const page = await openPrint(`fragments=separate&${STACK}`);
  assert.deepEqual(await pageIndices(page), [
    ['0', '0', null],
    ['1', '0', null],
    ['1', '0', '0'],
    ['1', '0', '1'],
    ['1', '0', '2'],
    ['1', '1', null],
    ['1', '2', null],
    ['2', '0', null],
  ]);
  const shown = await page.$$eval('.pdf-page[data-index-h="1"][data-index-v="0"]', (pages) =>
    pages.map((p) => p.querySelectorAll('.fragment.visible').length),
  );
  assert.deepEqual(shown, [0, 1, 2, 3]);
  assert.equal(pdfPageCount(await printPdf(page)), 8);
});

test('showNotes prints each slide\u2019s notes in a box on its page', async () => {
  const page = await openPrint(NOTES);
  await page.emulateMedia({ media: 'print' });
  const notes = await page.$$eval('.pdf-page', (pages) =>
    pages.map((p) => {
      const box = p.querySelector('.speaker-notes-pdf');
      if (!box) return null;
      const outer = p.getBoundingClientRect();
      const r = box.getBoundingClientRect();
      const inside = r.top >= outer.top && r.bottom <= outer.bottom && r.left >= outer.left && r.right <= outer.right;
      return { text: box.textContent.trim(), visible: getComputedStyle(box).display !== 'none', inside };
    }),
  );
  assert.equal(notes.length, 3);
  assert.match(notes[0].text, /^NOTE-ONE greet the audience/);
  assert.deepEqual([notes[0].visible, notes[0].inside], [true, true]);
  assert.equal(notes[1], null);
  assert.match(notes[2].text, /^NOTE-THREE/);
  assert.equal(await page.locator('.speaker-notes-pdf strong').first().textContent(), 'audience');
  assert.equal(pdfPageCount(await printPdf(page)), 3);
});

test('notes are left off the pages unless showNotes is on', async () => {
  const off = await openPrint(STACK);
  assert.equal(await off.locator('.speaker-notes-pdf').count(), 0);
  const on = await openPrint(`showNotes=true&${STACK}`);
  assert.equal(await on.locator('.speaker-notes-pdf').count(), 2);
});

test('the print layout has no controls, progress bar, slide number or toolbar', async () => {
  const page = await openPrint('');
  for (const selector of ['.controls', '.progress', '.slide-number', '.dv-toolbar', '.dv-open-button']) {
    assert.equal(await page.locator(selector).count(), 0, selector);
  }
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.dv-print-hint').isVisible(), false);
});

test('on screen a hint explains Save as PDF and its button opens the print dialog', async () => {
  const page = await openPrint(STACK);
  const hint = page.locator('.dv-print-hint');
  assert.equal(await hint.isVisible(), true);
  assert.match(await hint.textContent(), /5 pages of 998 × 728 px.*Save as PDF/);
  await page.evaluate(() => {
    window.__printCalls = 0;
    window.print = () => {
      window.__printCalls += 1;
    };
  });
  await hint.getByRole('button', { name: 'Print…' }).click();
  assert.equal(await page.evaluate(() => window.__printCalls), 1);
  await h.screenshot(page, 'print-screen');
});

test('on screen the pages are stacked with a gap between them', async () => {
  const page = await openPrint(STACK);
  const tops = await page.$$eval('.pdf-page', (pages) => pages.map((p) => p.getBoundingClientRect()));
  for (let i = 1; i < tops.length; i++) {
    assert.ok(tops[i].top - tops[i - 1].bottom >= 16, `gap after page ${i}`);
    assert.equal(tops[i].left, tops[0].left);
  }
});

test('chromium --print-to-pdf on the command line prints one page per slide', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dv-print-'));
  const out = join(dir, 'deck.pdf');
  try {
    await new Promise((resolveRun, reject) =>
      execFile(
        process.env.DV_CHROMIUM ?? '/usr/bin/chromium',
        [
          '--headless',
          ...CHROMIUM_ARGS,
          `--user-data-dir=${join(dir, 'profile')}`,
          `--print-to-pdf=${out}`,
          '--no-pdf-header-footer',
          // Virtual time runs fast once the page is idle; the budget lets
          // the wasm start and build the pages before printing.
          '--virtual-time-budget=10000',
          h.url(`/?print-pdf&${STACK}`),
        ],
        { timeout: 90000 },
        (err) => (err ? reject(err) : resolveRun()),
      ),
    );
    const pdf = (await readFile(out)).toString('latin1');
    assert.equal(pdfPageCount(pdf), 5);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the 1801-section deck lays out every slide on its own page', async () => {
  // Served from here: the big deck lives with the native test fixtures.
  const text = await readFile(join(ROOT, 'tests/fixtures/scs-x60.md'));
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/markdown; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
    res.end(text);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  try {
    const src = `src=${encodeURIComponent(`http://127.0.0.1:${server.address().port}/scs-x60.md`)}`;
    const slides = await slideCount(`?${src}`);
    const page = await openPrint(src);
    assert.ok(slides > 1000, `the big deck has its slides (${slides})`);
    assert.equal(await page.getAttribute('.reveal', 'data-print-pages'), String(slides));
    assert.equal(await page.locator('.pdf-page > section').count(), slides);
    // Every page has its content, not just an empty section.
    assert.equal(await page.locator('.pdf-page > section:empty').count(), 0);
  } finally {
    server.close();
  }
});

test('?print-pdf loads the whole-page views\' chunk', async () => {
  const page = await h.openApp(`?${STACK}&print-pdf`);
  await page.waitForSelector('.pdf-page', { timeout: 30000 });
  const wasm = await wasmLoaded(page);
  assert.ok(wasm.some((n) => lazyChunk('mount_page_view').test(n)), `fetched: ${wasm}`);
});
