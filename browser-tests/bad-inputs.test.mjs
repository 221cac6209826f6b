// Bad inputs: each one is loaded the way a user would (`?src=`,
// or the Open dialog's address, pasted text or picked file) and must end in
// an on-screen message — never a panic panel, an uncaught error or a blank
// page — and a failure must keep the deck already shown. Decks that are
// valid but odd must show a slide and keep answering keys.
//
// The checklist (every item of the issue, and the test that covers it):
//   malformed YAML          this file: 'malformed YAML in the front matter shows the slides and a warning with its line'
//   front matter only       this file: 'a deck with only front matter is refused and the deck shown stays'
//   empty file              this file: 'an empty file is refused and the deck shown stays'
//   binary file             viewer.test.mjs: 'a picked .md file is shown as a deck; a binary file is refused'
//                           this file: 'an image given as the deck address is refused naming its content type'
//   20 MB file              this file: 'a 20 MB deck at an address is refused as too large and the deck shown stays'
//                                      'a 20 MB deck sent without Content-Length is refused as too large'
//                                      'a picked 20 MB file is refused as too large'
//   invalid UTF-8           this file: 'a deck that is not UTF-8 is refused naming the first bad byte'
//   10 000 nested levels    this file: 'ten thousand nested block quotes render and the deck still answers keys'
//                                      'ten thousand nested lists render and the deck still answers keys'
//                                      'ten thousand nested HTML elements are parsed, sanitised and shown'
//   deep front matter       this file: 'front matter nested 200 levels deep…', '…YAML sequences…', '…aliases…'
//                           (all on the stack the app ships with, .cargo/config.toml)
//                           (natively: tests/it/deck_robustness.rs, src/deck/nesting.rs)
//   100 000 slides          this file: 'a deck of 100 000 slides shows its first slide and answers keys'
//   URL 404 / 500           viewer.test.mjs: 'a 404 shows a message naming the status, with the way out',
//                                            'a server error shows its status'
//                           this file: 'an HTTP error for an address opened from the dialog keeps the deck shown'
//   DNS failure             this file: 'a host name that does not resolve shows a network message and the deck shown stays'
//   unreachable host        viewer.test.mjs: 'an unreachable host shows a network message and offers the local file'
//   CORS refusal            viewer.test.mjs: 'a CORS refusal explains CORS and keeps the deck already shown'
//   slow server             this file: 'a server that never answers times out with a message after 20 s'
//   redirect loop           this file: 'a redirect loop shows a network message and the deck shown stays'
//   ?src=javascript:…       viewer.test.mjs: 'a javascript: source is refused with a message'
//
// Big inputs are written into fixtures/bad/generated/ (ignored by git) before
// the tests run.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { FIXTURES_DIR, useHarness } from './harness.mjs';

const h = useHarness();

const GENERATED = join(FIXTURES_DIR, 'bad', 'generated');
/** The current horizontal slide (stacks keep a .present child of their own). */
const present = '.reveal .slides > section.present';
/** The load-error panel (the panic panel shares `.dv-error`, hence the `:not`). */
const errorPanel = '.dv-error:not(.dv-panic)';
/** Nesting depth of the nested-quote and nested-list decks. */
const LEVELS = 10_000;
/** Slides in the big deck. */
const SLIDES = 100_000;
/** Size of the too-large deck: over the viewer's 16 MiB limit. */
const TOO_LARGE_BYTES = 20_000_000;

/** A valid deck of exactly `bytes` bytes: slides padded with text lines. */
function deckOfSize(bytes) {
  const slide = `# A slide\n\n${'Padding text for a deck that is far too large. '.repeat(20)}\n\n---\n\n`;
  const text = slide.repeat(Math.ceil(bytes / slide.length));
  return text.slice(0, bytes);
}

before(() => {
  mkdirSync(GENERATED, { recursive: true });
  const deep = (marker) => `# Deep\n\n${marker.repeat(LEVELS)}the bottom\n\n---\n\n# After\n`;
  writeFileSync(join(GENERATED, 'nested-quotes.md'), deep('> '));
  writeFileSync(join(GENERATED, 'nested-lists.md'), deep('- '));
  const slides = Array.from({ length: SLIDES }, (_, i) => `# Slide ${i + 1}\n`);
  writeFileSync(join(GENERATED, 'slides-100000.md'), slides.join('\n---\n\n'));
  writeFileSync(join(GENERATED, 'too-large.md'), deckOfSize(TOO_LARGE_BYTES));
  // Deeper than the YAML reader's limit (128): it recurses as far as it ever
  // does, on the app's stack (.cargo/config.toml), then refuses.
  const yaml = Array.from({ length: 200 }, (_, level) => `${' '.repeat(level)}k:`).join('\n');
  writeFileSync(join(GENERATED, 'deep-front-matter.md'), `---\n${yaml}\n---\n# Body\n\n---\n\n# After\n`);
  // The other recursions of the deck's path, each as deep as it goes, on the
  // same stack: YAML sequences, the alias counter walking a deep tree once
  // per alias, and nested HTML through the parser and the sanitiser.
  writeFileSync(join(GENERATED, 'deep-sequences.md'), `---\nk: ${'- '.repeat(200)}x\n---\n# Body\n\n---\n\n# After\n`);
  const aliased = Array.from({ length: 119 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n');
  writeFileSync(join(GENERATED, 'deep-aliases.md'), `---\na: &a\n${aliased}\nb: [*a, *a, *a]\n---\n# Body\n\n---\n\n# After\n`);
  writeFileSync(join(GENERATED, 'nested-html.md'), `# Deep\n\n${'<div><span>'.repeat(5_000)}the bottom${'</span></div>'.repeat(5_000)}\n\n---\n\n# After\n`);
});

/** The page has no panic panel and no uncaught error. */
async function assertNoCrash(page) {
  assert.equal(await page.locator('.dv-panic').count(), 0, 'no panic panel');
  assert.deepEqual(h.problems(page).pageErrors, [], 'no uncaught error');
}

/** What identifies the deck on screen: the page title and the current slide's text. */
function deckOnScreen(page) {
  return page.evaluate(() => ({
    title: document.title,
    slide: document.querySelector('.reveal .slides > section.present')?.textContent.trim().slice(0, 80),
    hash: location.hash,
  }));
}

/** Opens the app on the bundled SCS deck; resolves to the page and what it shows. */
async function withDeckShown() {
  const page = await h.openApp('');
  await page.waitForSelector(present, { state: 'visible', timeout: 15000 });
  return { page, shown: await deckOnScreen(page) };
}

/** Types `url` into the Open dialog's address field and submits it. */
async function openFromDialog(page, url) {
  await h.clickToolbar(page, '.dv-open-button');
  await page.fill('#dv-open-url', url);
  await page.press('#dv-open-url', 'Enter');
}

/** Picks a file in the Open dialog. */
async function pickFile(page, name, buffer, mimeType = 'text/markdown') {
  await h.clickToolbar(page, '.dv-open-button');
  await page.setInputFiles('#dv-open-file', { name, mimeType, buffer });
}

/** Waits for the load-error panel, checks that nothing covers it; resolves to its text. */
async function errorMessage(page, timeout = 15000) {
  const panel = page.locator(errorPanel);
  await panel.waitFor({ timeout });
  const onTop = await panel.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  });
  assert.ok(onTop, 'the message is on top, not covered by the open dialog');
  return panel.textContent();
}

/**
 * The deck shown before the failure is still on screen, unchanged, and once
 * the message is dismissed it still moves on a key.
 */
async function assertDeckStays(page, shown) {
  assert.deepEqual(await deckOnScreen(page), shown, 'the deck shown before is still shown');
  assert.ok(await page.locator(present).isVisible(), 'its slide is visible');
  await page.click('.dv-error-dismiss');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => location.hash), '#/1', 'it still answers keys');
}

test('malformed YAML in the front matter shows the slides and a warning with its line', async () => {
  const page = await h.openApp('?src=fixtures/bad/broken-yaml.md');
  await page.waitForSelector(present, { state: 'visible', timeout: 15000 });
  assert.equal(await page.locator(`${present} h1`).textContent(), 'The slides still show');
  const badge = page.locator('.dv-warnings-toggle');
  assert.match(await badge.textContent(), /1 warning/);
  await badge.click();
  assert.match(await page.locator('.dv-warnings-list').textContent(), /^line \d+, column \d+: /);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator(`${present} h1`).textContent(), 'Second slide');
  await assertNoCrash(page);
});

test('front matter nested 200 levels deep shows the slides and a warning', async () => {
  const page = await h.openApp('?src=fixtures/bad/generated/deep-front-matter.md');
  await page.waitForSelector(present, { state: 'visible', timeout: 15000 });
  assert.equal(await page.locator(`${present} h1`).textContent(), 'Body');
  assert.match(await page.locator('.dv-warnings-toggle').textContent(), /1 warning/);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator(`${present} h1`).textContent(), 'After');
  await assertNoCrash(page);
});

for (const [file, what] of [
  ['deep-sequences.md', 'YAML sequences nested 200 levels deep'],
  ['deep-aliases.md', 'aliases of front matter nested 120 levels deep'],
]) {
  test(`front matter with ${what} shows the slides on the app's stack`, async () => {
    const page = await h.openApp(`?src=fixtures/bad/generated/${file}`);
    await page.waitForSelector(present, { state: 'visible', timeout: 15000 });
    assert.equal(await page.locator(`${present} h1`).textContent(), 'Body');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator(`${present} h1`).textContent(), 'After');
    await assertNoCrash(page);
  });
}

test('ten thousand nested HTML elements are parsed, sanitised and shown', async () => {
  const page = await h.openApp('?src=fixtures/bad/generated/nested-html.md');
  await page.waitForSelector(present, { state: 'visible', timeout: 15000 });
  assert.match(await page.locator(present).textContent(), /the bottom/);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator(`${present} h1`).textContent(), 'After');
  await assertNoCrash(page);
});

test('a deck with only front matter is refused and the deck shown stays', async () => {
  const { page, shown } = await withDeckShown();
  await openFromDialog(page, h.url('/fixtures/bad/front-matter-only.md'));
  const text = await errorMessage(page);
  assert.match(text, /The deck has no slides/);
  assert.match(text, /front matter/);
  await assertNoCrash(page);
  await assertDeckStays(page, shown);
});

test('pasted text with only front matter is refused and the deck shown stays', async () => {
  const { page, shown } = await withDeckShown();
  await h.clickToolbar(page, '.dv-open-button');
  await page.fill('#dv-open-text', '---\ntitle: Only a title\nslideOptions:\n  theme: white\n---\n\n');
  await page.click('.dv-open-text-button');
  const text = await errorMessage(page);
  assert.match(text, /The deck has no slides/);
  await assertNoCrash(page);
  await assertDeckStays(page, shown);
});

test('an empty file is refused and the deck shown stays', async () => {
  const { page, shown } = await withDeckShown();
  await pickFile(page, 'new-talk.md', Buffer.alloc(0));
  assert.match(await errorMessage(page), /The deck is empty/);
  await assertNoCrash(page);
  await assertDeckStays(page, shown);
});

test('an image given as the deck address is refused naming its content type', async () => {
  const { page, shown } = await withDeckShown();
  await openFromDialog(page, h.url('/fixtures/parallax-1920x1080.png'));
  const text = await errorMessage(page);
  assert.match(text, /not a Markdown deck/);
  assert.match(text, /image\/png/);
  await assertNoCrash(page);
  await assertDeckStays(page, shown);
});

test('a 20 MB deck at an address is refused as too large and the deck shown stays', async () => {
  const { page, shown } = await withDeckShown();
  await openFromDialog(page, h.url('/fixtures/bad/generated/too-large.md'));
  const text = await errorMessage(page);
  assert.match(text, /The deck is too large/);
  assert.match(text, /It has 20\.0 MB; decks up to 16 MB are shown/);
  await assertNoCrash(page);
  await assertDeckStays(page, shown);
});

test('a 20 MB deck sent without Content-Length is refused as too large', async () => {
  // Compressing servers send no size in advance: the limit must hold after
  // the download too.
  const { page, shown } = await withDeckShown();
  await openFromDialog(page, h.url('/chunked/bad/generated/too-large.md'));
  assert.match(await errorMessage(page, 30000), /It has 20\.0 MB; decks up to 16 MB are shown/);
  assert.equal(h.requestsMatching('/chunked/bad/generated/too-large.md')[0]?.status, 200);
  await assertNoCrash(page);
  await assertDeckStays(page, shown);
});

test('a picked 20 MB file is refused as too large', async () => {
  const { page, shown } = await withDeckShown();
  await pickFile(page, 'huge.md', Buffer.from(deckOfSize(TOO_LARGE_BYTES)));
  assert.match(await errorMessage(page), /It has 20\.0 MB; decks up to 16 MB are shown/);
  await assertNoCrash(page);
  await assertDeckStays(page, shown);
});

test('a deck that is not UTF-8 is refused naming the first bad byte', async () => {
  const { page, shown } = await withDeckShown();
  await openFromDialog(page, h.url('/fixtures/bad/latin1.md'));
  const text = await errorMessage(page);
  assert.match(text, /The deck is not UTF-8 text/);
  // "# Caf" is 5 bytes; the Latin-1 "é" is byte 5.
  assert.match(text, /Byte 5 is not valid UTF-8/);
  await assertNoCrash(page);
  await assertDeckStays(page, shown);
});

for (const [kind, selector, file] of [
  ['block quotes', 'blockquote', 'nested-quotes.md'],
  ['lists', 'ul', 'nested-lists.md'],
]) {
  test(`ten thousand nested ${kind} render and the deck still answers keys`, async (t) => {
    const started = Date.now();
    const page = await h.openApp(`?src=fixtures/bad/generated/${file}`);
    await page.waitForSelector(present, { state: 'visible', timeout: 30000 });
    t.diagnostic(`${LEVELS} nested ${kind}: first slide after ${Date.now() - started} ms`);
    const shown = await page.evaluate((sel) => {
      const slide = document.querySelector('.reveal .slides > section.present');
      return { nested: slide.querySelectorAll(sel).length, text: slide.textContent };
    }, selector);
    assert.ok(shown.nested > 1, `nested ${selector} elements are shown (${shown.nested})`);
    assert.match(shown.text, /the bottom/, 'the innermost text is shown');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator(`${present} h1`).textContent(), 'After');
    await assertNoCrash(page);
  });
}

test('a deck of 100 000 slides shows its first slide and answers keys', async (t) => {
  const started = Date.now();
  const page = await h.openApp('?bench&src=fixtures/bad/generated/slides-100000.md', { timeout: 60000 });
  await page.waitForSelector(present, { state: 'visible', timeout: 60000 });
  const firstSlideMs = Date.now() - started;
  const bench = await page.waitForFunction(() => window.__bench, null, { timeout: 60000 }).then((v) => v.jsonValue());
  assert.equal(bench.sections, SLIDES, 'every slide has a section');
  assert.equal(await page.locator(`${present} h1`).textContent(), 'Slide 1');
  const keyStarted = Date.now();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/1');
  const nextMs = Date.now() - keyStarted;
  await page.keyboard.press('End');
  await page.waitForFunction((last) => location.hash === `#/${last}`, SLIDES - 1);
  assert.equal(await page.locator(`${present} h1`).textContent(), `Slide ${SLIDES}`);
  t.diagnostic(
    `${SLIDES} slides: page open to first slide ${firstSlideMs} ms; fetch ${Math.round(bench.fetch_ms)} ms, ` +
      `parse + first slide ${Math.round(bench.render_ms)} ms; → ${nextMs} ms; End ${Date.now() - keyStarted - nextMs} ms`,
  );
  await assertNoCrash(page);
});

test('an HTTP error for an address opened from the dialog keeps the deck shown', async () => {
  const { page, shown } = await withDeckShown();
  await openFromDialog(page, h.url('/status/404/talk.md'));
  assert.match(await errorMessage(page), /Deck not found \(HTTP 404\)/);
  await assertNoCrash(page);
  await assertDeckStays(page, shown);
});

test('a host name that does not resolve shows a network message and the deck shown stays', async () => {
  const { page, shown } = await withDeckShown();
  const url = 'http://deckview-does-not-exist.invalid/deck.md';
  await openFromDialog(page, url);
  const text = await errorMessage(page);
  assert.match(text, /could not be fetched/);
  assert.match(text, /its name does not resolve/);
  assert.ok(
    h.problems(page).failedRequests.some((f) => f.startsWith(url) && /ERR_NAME_NOT_RESOLVED/.test(f)),
    `the browser failed to resolve the name: ${h.problems(page).failedRequests.join(', ')}`,
  );
  await assertNoCrash(page);
  await assertDeckStays(page, shown);
});

test('a server that never answers times out with a message after 20 s', async () => {
  const { page, shown } = await withDeckShown();
  // The app's own 20 s timer, fast-forwarded instead of waited for.
  await page.clock.install();
  await openFromDialog(page, h.url('/hang/slow-deck.md'));
  await page.locator('.dv-loading').waitFor();
  while (h.requestsMatching('/hang/slow-deck.md').length === 0) {
    await new Promise((resolve) => setTimeout(resolve, 20)); // until the request is under way
  }
  assert.equal(await page.locator(errorPanel).count(), 0, 'no message before the time is up');
  await page.clock.fastForward('00:19');
  assert.equal(await page.locator(errorPanel).count(), 0, 'still waiting after 19 s');
  await page.clock.fastForward('00:02');
  const text = await errorMessage(page);
  assert.match(text, /The server did not answer in time/);
  assert.match(text, /within 20 s/);
  assert.equal(await page.locator('.dv-loading').count(), 0, 'the loading note is gone');
  await assertNoCrash(page);
  await assertDeckStays(page, shown);
});

test('a redirect loop shows a network message and the deck shown stays', async () => {
  const { page, shown } = await withDeckShown();
  await openFromDialog(page, h.url('/redirect-loop/deck.md'));
  const text = await errorMessage(page);
  assert.match(text, /could not be fetched/);
  assert.match(text, /redirects in a loop/);
  assert.ok(h.requestsMatching('/redirect-loop/deck.md').length > 1, 'the browser followed the redirects');
  await assertNoCrash(page);
  await assertDeckStays(page, shown);
});
