// Live reload: a deck watched by address (`?watch`) or opened from a local
// file with a handle (File System Access) shows its edits on the slide the
// viewer is on, updating only the slides that changed; an unchanged deck
// costs a 304, a failing server keeps the deck with a note, a half-written
// version keeps the last good slides, and the speaker window follows.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { FIXTURES_DIR, lazyChunk, useHarness, wasmLoaded } from './harness.mjs';

const h = useHarness();
const DIR = join(FIXTURES_DIR, 'live-generated');
mkdirSync(DIR, { recursive: true });
after(() => rmSync(DIR, { recursive: true, force: true }));

const PRESENT_SLIDE =
  ':is(.slides > section.present:not(.stack), .slides > section.present.stack > section.present)';

const deck = (...headings) => headings.map((t) => `# ${t}\n\nText of ${t}.\n`).join('\n---\n\n');

let count = 0;
/** A new deck file served at /fixtures/live-generated/…; returns its name and a writer. */
function deckFile(text) {
  const name = `deck-${process.pid}-${count++}.md`;
  const path = join(DIR, name);
  writeFileSync(path, text);
  return { src: `fixtures/live-generated/${name}`, write: (t) => writeFileSync(path, t) };
}

/** The heading of the slide shown in `page` (or in a speaker preview's `scope`). */
const heading = (page, scope = '.dv-deck') =>
  page.evaluate(([scope, slide]) => document.querySelector(`${scope} ${slide}`)?.querySelector('h1, h2')?.textContent, [scope, PRESENT_SLIDE]);

/** Waits until the slide shown has `text` as its heading. */
const waitForHeading = (page, text, scope = '.dv-deck') =>
  page.waitForFunction(
    ([scope, slide, text]) => document.querySelector(`${scope} ${slide}`)?.querySelector('h1, h2')?.textContent === text,
    [scope, PRESENT_SLIDE, text],
    { timeout: 10000 },
  );

/** Opens a watched deck and waits until the watcher has asked for it again. */
async function openWatched(src, hash = '') {
  const page = await h.openDeck(`?src=${src}&watch${hash}`);
  await page.waitForSelector('.dv-watch[aria-pressed="true"]', { timeout: 10000 });
  await waitForPolls(src, 1);
  return page;
}

/** Waits until the deck at `src` has been asked for and answered `n` more times. */
async function waitForPolls(src, n) {
  // A request is logged when it arrives, with status 0 until it is answered.
  const answered = () => h.requestsMatching(src).filter((r) => r.status !== 0).length;
  const before = answered();
  const deadline = Date.now() + 10000;
  while (answered() < before + n) {
    if (Date.now() > deadline) throw new Error(`${src} was not asked for again`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Marks every section with a JS property that a rebuilt section would not have. */
const markSections = (page) =>
  page.evaluate(() => document.querySelectorAll('.dv-deck .slides section').forEach((s, i) => (s.dvMark = i)));

/** The marks of the slides' sections, in order (null for a new section). */
const marks = (page) =>
  page.evaluate(() => [...document.querySelectorAll('.dv-deck .slides section')].map((s) => s.dvMark ?? null));

test('an edit shows on the slide the viewer is on, and only the edited slide is rebuilt', async () => {
  const file = deckFile(deck('One', 'Two', 'Three'));
  const page = await openWatched(file.src, '#/1');
  assert.equal(await heading(page), 'Two');
  await markSections(page);
  file.write(deck('One', 'Two, edited', 'Three'));
  await waitForHeading(page, 'Two, edited');
  assert.equal(await page.evaluate(() => location.hash), '#/1');
  assert.deepEqual(await marks(page), [0, null, 2]);
  await h.screenshot(page, 'live-reload-edited');
});

test('an unchanged deck is answered 304 and nothing on screen is touched', async () => {
  const file = deckFile(deck('One', 'Two'));
  const page = await openWatched(file.src);
  await markSections(page);
  await waitForPolls(file.src, 2);
  const answers = h.requestsMatching(file.src).map((r) => r.status).filter((status) => status !== 0);
  assert.equal(answers.at(-1), 304, `answers: ${answers}`);
  assert.deepEqual(await marks(page), [0, 1]);
});

test('a failing server keeps the deck on screen and says since when it is not updated', async () => {
  const file = deckFile(deck('One', 'Two'));
  const page = await openWatched(file.src);
  await page.route(`**/${file.src}`, (route) => route.fulfill({ status: 500, body: 'down' }));
  const note = page.locator('.dv-live-note');
  await note.waitFor({ timeout: 10000 });
  assert.match(await note.textContent(), /^Not updated since \d\d:\d\d:\d\d$/);
  assert.equal(await heading(page), 'One');
  await h.screenshot(page, 'live-reload-server-down');
  await page.unroute(`**/${file.src}`);
  await note.waitFor({ state: 'detached', timeout: 15000 });
});

test('a deck that got shorter lands on its last slide', async () => {
  const file = deckFile(deck('One', 'Two', 'Three', 'Four'));
  const page = await openWatched(file.src, '#/3');
  assert.equal(await heading(page), 'Four');
  file.write(deck('One', 'Two'));
  await waitForHeading(page, 'Two');
  assert.equal(await page.evaluate(() => location.hash), '#/1');
});

test('an edit to the front matter applies its theme and transition on the same slide', async () => {
  const file = deckFile(deck('One', 'Two', 'Three'));
  const page = await openWatched(file.src, '#/2');
  file.write(`---\nslideOptions:\n  theme: sky\n  transition: zoom\n---\n${deck('One', 'Two', 'Three')}`);
  await page.waitForSelector('.dv-deck.theme-sky .reveal.zoom', { timeout: 10000 });
  await waitForHeading(page, 'Three');
  assert.equal(await page.evaluate(() => location.hash), '#/2');
});

test('a half-written front matter keeps the last good slides and says why in the badge', async () => {
  const file = deckFile(deck('One', 'Two'));
  const page = await openWatched(file.src);
  await markSections(page);
  file.write(`---\ntitle: [unclosed\n---\n${deck('Half', 'Written')}`);
  const badge = page.locator('.dv-warnings-toggle');
  await badge.waitFor({ timeout: 10000 });
  await h.clickToolbar(page, badge);
  assert.match(await page.locator('.dv-warnings-list').textContent(), /last good version/);
  assert.equal(await heading(page), 'One');
  assert.deepEqual(await marks(page), [0, 1]);
  file.write(deck('One', 'Two', 'Whole again'));
  await page.locator('.dv-warnings-toggle').waitFor({ state: 'detached', timeout: 10000 });
});

test('the speaker window follows an edit', async () => {
  const file = deckFile(deck('One', 'Two'));
  const page = await openWatched(file.src);
  const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
  await waitForHeading(speaker, 'One', '.dv-speaker-current');
  file.write(deck('One, edited', 'Two'));
  await waitForHeading(page, 'One, edited');
  await waitForHeading(speaker, 'One, edited', '.dv-speaker-current');
});

test('the Watch button starts watching a deck opened by address, and the watcher is a chunk fetched then', async () => {
  const file = deckFile(deck('One', 'Two'));
  const page = await h.openDeck(`?src=${file.src}`);
  const watch = page.locator('.dv-watch[aria-pressed="false"]');
  await watch.waitFor({ timeout: 10000 });
  assert.equal((await wasmLoaded(page)).some((n) => lazyChunk('live_watch').test(n)), false);
  await h.clickToolbar(page, watch);
  assert.match(await page.evaluate(() => location.search), /[?&]watch(=|&|$)/);
  file.write(deck('One, edited', 'Two'));
  await waitForHeading(page, 'One, edited');
  assert.equal((await wasmLoaded(page)).some((n) => lazyChunk('live_watch').test(n)), true);
});

// The browser's file picker cannot be driven by a test: it is replaced by
// one that hands out a file of the origin-private file system, a real
// FileSystemFileHandle whose writes change its modification time as an
// editor's save does.
function fakePicker() {
  window.showOpenFilePicker = async () => {
    const root = await navigator.storage.getDirectory();
    return [await root.getFileHandle('talk.md')];
  };
  window.writeDeck = async (text) => {
    const root = await navigator.storage.getDirectory();
    const handle = await root.getFileHandle('talk.md', { create: true });
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
    return performance.now();
  };
}

test('a local file picked with a handle is watched: a save is on screen within a second', async (t) => {
  const page = await h.openDeck('', { initScript: fakePicker });
  await page.evaluate((text) => window.writeDeck(text), deck('Local one', 'Local two'));
  await h.clickToolbar(page, '.dv-open-button');
  // The input is hidden behind its label: a click on it is what the label passes on.
  await page.locator('#dv-open-file').dispatchEvent('click');
  await waitForHeading(page, 'Local one');
  await page.waitForSelector('.dv-watch[aria-pressed="true"]', { timeout: 10000 });
  await page.keyboard.press('ArrowRight');
  await waitForHeading(page, 'Local two');
  const latencies = [];
  for (let i = 1; i <= 3; i++) {
    const text = `Local two, save ${i}`;
    const shown = page.evaluate(
      ([slide, text]) =>
        new Promise((done) => {
          const check = () => document.querySelector(`.dv-deck ${slide}`)?.querySelector('h1')?.textContent === text;
          new MutationObserver(() => check() && done(performance.now())).observe(document.querySelector('.dv-deck .slides'), {
            subtree: true,
            childList: true,
            characterData: true,
          });
        }),
      [PRESENT_SLIDE, text],
    );
    const saved = await page.evaluate((text) => window.writeDeck(text), deck('Local one', text));
    latencies.push((await shown) - saved);
  }
  t.diagnostic(`save → on screen, ms: ${latencies.map((l) => l.toFixed(0)).join(', ')}`);
  assert.equal(await page.evaluate(() => location.hash), '#/1');
});

test('a local file without a handle gets a "Reload file" button that reads it again without a dialog', async () => {
  const file = deckFile(deck('Picked one', 'Picked two'));
  const page = await h.openDeck('', { initScript: () => delete window.showOpenFilePicker });
  await h.clickToolbar(page, '.dv-open-button');
  await page.setInputFiles('#dv-open-file', join(DIR, file.src.split('/').pop()));
  await waitForHeading(page, 'Picked one');
  const reload = page.locator('.dv-reload-file');
  await reload.waitFor({ timeout: 10000 });
  await h.clickToolbar(page, reload);
  await page.waitForTimeout(300);
  assert.equal(await heading(page), 'Picked one');
  assert.equal(await page.getByRole('dialog').count(), 0);
});
