// "Download HTML": the deck on screen saved as one HTML file, opened from
// disk (file://) with every network request refused, works as the hosted
// viewer does and runs no script a hostile deck carries.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { FIXTURES_DIR, useHarness } from './harness.mjs';
import { SENTINEL_HOST, VECTORS } from './fixtures/xss/vectors.mjs';

const h = useHarness();
const SAVED = mkdtempSync(join(tmpdir(), 'deckview-export-'));

/** Clicks "Download HTML" on `page`; returns the saved file's path, its suggested name and the note shown. */
async function download(page) {
  const button = page.getByRole('button', { name: /HTML/ });
  const [saved] = await Promise.all([page.waitForEvent('download'), h.clickToolbar(page, button)]);
  const path = join(SAVED, saved.suggestedFilename());
  await saved.saveAs(path);
  const note = page.getByRole('status').filter({ hasText: 'Saved' });
  await note.waitFor();
  await h.screenshot(page, 'export-note');
  return { path, name: saved.suggestedFilename(), note: await note.textContent() };
}

/**
 * Opens a saved file from disk in a fresh context that refuses every
 * request but file:// ones (and is offline); returns the page and the
 * addresses it tried to reach.
 */
async function openSaved(path, { initScript = null, query = '' } = {}) {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.setOffline(true);
  const refused = [];
  await context.route((url) => url.protocol !== 'file:', (route) => {
    refused.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(pathToFileURL(path).href + query);
  return { page, context, refused, errors };
}

test('the bundled SCS deck saved as HTML opens from disk offline: first slide, ArrowRight, print', async () => {
  const hosted = await h.openDeck();
  await hosted.getByRole('button', { name: /HTML/ }).waitFor();
  assert.deepEqual(h.requestsMatching('/export/'), [], 'nothing of the export kit before the click');
  const { path, name, note } = await download(hosted);
  assert.ok(h.requestsMatching('/export/page.html').length > 0, 'the kit is fetched on the click');
  assert.equal(name, 'SCS-Community-Call.html');
  const { page, context, refused, errors } = await openSaved(path);
  try {
    await page.locator('.reveal .slides > section.present').first().waitFor({ timeout: 30000 });
    assert.equal(await page.locator('.reveal .slides > section').count(), await hosted.locator('.reveal .slides > section').count());
    // The deck names Lato (without a fallback): its faces are inside the file.
    const lato = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Lato' && f.status === 'loaded').length;
    });
    assert.ok(lato >= 1, 'Lato is drawn from inside the file');
    await h.screenshot(page, 'export-scs-first');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#/1');
    await page.locator('.reveal .slides > section.present').first().waitFor();
    await h.screenshot(page, 'export-scs-second');
    // No service worker, and nothing remembered as a recent deck.
    assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
    assert.equal(await page.evaluate(() => localStorage.getItem('deckview.recent')), null);
    // The deck's pictures on another host stay links, and the note named them.
    assert.deepEqual(refused.filter((url) => !note.includes(url)), [], `only the listed pictures were asked for: ${refused}`);
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally {
    await context.close();
  }
  const printed = await openSaved(path, { query: '?print-pdf' });
  try {
    await printed.page.locator('.pdf-page').first().waitFor({ timeout: 30000 });
    const pdf = await printed.page.pdf({ preferCSSPageSize: true, printBackground: true });
    assert.ok(pdf.length > 10000, `a PDF came out (${pdf.length} bytes)`);
    assert.ok((await printed.page.locator('.pdf-page').count()) > 5, 'a page per slide');
    await h.screenshot(printed.page, 'export-scs-print');
  } finally {
    await printed.context.close();
  }
  console.log(`saved SCS deck: ${statSync(path).size} bytes`);
});

test('a saved deck opens its speaker view from disk in Chromium, and the two windows keep in step', async () => {
  const hosted = await h.openDeck('?src=fixtures/speaker-notes.md');
  const { path } = await download(hosted);
  const { page, context } = await openSaved(path);
  try {
    await page.locator('.reveal .slides > section.present').first().waitFor({ timeout: 30000 });
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForSelector('.dv-speaker-current .slides section.present', { timeout: 30000 });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#/1');
    await speaker.waitForFunction(() => /2 \/ /.test(document.body.innerText), null, { timeout: 10000 });
    await h.screenshot(speaker, 'export-speaker');
  } finally {
    await context.close();
  }
});

test('a saved deck with code and math shows highlighted code and MathML offline', async () => {
  const hosted = await h.openDeck('?src=fixtures/export-code-math.md');
  const { path, name } = await download(hosted);
  assert.equal(name, 'Code-math-offline.html', 'named from the title');
  const { page, context, refused } = await openSaved(path);
  try {
    await page.locator('.reveal pre code.hljs .hljs-keyword').first().waitFor({ timeout: 30000 });
    await page.keyboard.press('ArrowRight');
    await page.locator('section.present math').first().waitFor({ timeout: 30000 });
    assert.match(await page.locator('section.present').first().textContent(), /😄/, 'the emoji table came along');
    assert.equal(await page.title(), 'Code & math <offline> – deckview');
    await h.screenshot(page, 'export-code-math');
    assert.deepEqual(refused, []);
    assert.ok(!readFileSync(path, 'utf8').includes('font-family:"Lato"'), 'a deck that names no Lato carries none');
  } finally {
    await context.close();
  }
});

test('a hostile deck, pasted and saved, runs no script when opened from disk', async () => {
  const vectors = VECTORS.filter((v) => !v.wholeDeck).slice(0, 60);
  const text = `---\ntitle: "</script><script>__xss('title')</script>"\n---\n\n`
    + vectors.map((v) => v.markdown).join('\n\n---\n\n');
  const hosted = await h.openDeck();
  await h.clickToolbar(hosted, '.dv-open-button');
  await hosted.locator('#dv-open-text').fill(text);
  await hosted.locator('.dv-open-text-button').click();
  await hosted.waitForFunction(() => document.title.includes('script'));
  const { path } = await download(hosted);
  const saved = readFileSync(path, 'utf8');
  assert.equal(saved.match(/<\/script/gi).length, saved.match(/<script/gi).length, 'the deck ends no element of the file');
  const { page, context, refused } = await openSaved(path, {
    initScript: () => {
      window.__fired = [];
      window.__xss = (id) => window.__fired.push(id);
    },
  });
  try {
    await page.locator('.reveal .slides > section.present').first().waitFor({ timeout: 30000 });
    for (let i = 0; i < vectors.length; i++) {
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.__fired), []);
    assert.deepEqual(refused.filter((u) => u.includes(SENTINEL_HOST)), []);
  } finally {
    await context.close();
  }
});

test('a deck opened from a file is saved too, and the button is reached with the keyboard', async () => {
  const page = await h.openDeck();
  await h.clickToolbar(page, '.dv-open-button');
  await page.locator('#dv-open-file').setInputFiles({
    name: 'talk.md', mimeType: 'text/markdown', buffer: Buffer.from('# From a file\n\n---\n\n# Two\n'),
  });
  await page.waitForFunction(() => document.title.startsWith('From a file'));
  const button = page.getByRole('button', { name: /HTML/ });
  await button.waitFor();
  await page.mouse.move(640, 20);
  for (let i = 0; i < 10 && !(await button.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await button.evaluate((b) => b === document.activeElement), true, 'Tab reaches Download HTML');
  const [saved] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(saved.suggestedFilename(), 'From-a-file.html');
  const path = join(SAVED, 'from-file.html');
  await saved.saveAs(path);
  const opened = await openSaved(path);
  try {
    await opened.page.getByRole('heading', { name: 'From a file' }).waitFor({ timeout: 30000 });
    assert.equal(await opened.page.getByRole('button', { name: /HTML/ }).count(), 0, 'a saved file offers no second save');
  } finally {
    await opened.context.close();
  }
});

test('pictures their host shares are saved inside the file, the others stay links and are named', async () => {
  const png = readFileSync(join(FIXTURES_DIR, 'parallax-1920x1080.png'));
  h.override('/pics/pic.png', { body: png, headers: { 'Content-Type': 'image/png' } });
  h.override('/pics/bg.png', { body: png, headers: { 'Content-Type': 'image/png' } });
  const shared = h.corsUrl('parallax-1920x1080.png');
  const refusedByHost = h.noCorsUrl('parallax-1920x1080.png');
  h.override('/pics/deck.md', {
    body: [
      '# Pictures',
      '![relative](pic.png)',
      `<img alt="shared" src="${shared}">`,
      `![not shared](${refusedByHost})`,
      '---',
      '<!-- .slide: data-background-image="bg.png" -->',
      '# On a background',
    ].join('\n\n'),
  });
  const hosted = await h.openDeck('?src=pics/deck.md');
  const { path, note } = await download(hosted);
  assert.match(note, /3 pictures inside/);
  assert.match(note, new RegExp(`Linked, not inside: ${refusedByHost.replace(/[.?]/g, '\\$&')}$`));
  const { page, context, refused } = await openSaved(path);
  try {
    const slide = page.locator('.reveal .slides > section.present');
    await slide.getByRole('heading', { name: 'Pictures' }).waitFor({ timeout: 30000 });
    await page.waitForFunction(() => [...document.querySelectorAll('.reveal .slides > section.present img')].every((i) => i.complete));
    const shown = await slide.locator('img').evaluateAll((imgs) =>
      imgs.map((i) => ({ alt: i.alt, data: i.src.startsWith('data:image/png;base64,'), width: i.naturalWidth })),
    );
    assert.deepEqual(shown, [
      { alt: 'relative', data: true, width: 1920 },
      { alt: 'shared', data: true, width: 1920 },
      { alt: 'not shared', data: false, width: 0 },
    ]);
    assert.deepEqual(refused, [refusedByHost], 'only the picture left as a link is asked for');
    await page.keyboard.press('ArrowRight');
    const background = page.locator('.backgrounds .slide-background.present .slide-background-content');
    await background.waitFor();
    assert.match(await background.evaluate((b) => getComputedStyle(b).backgroundImage), /^url\("data:image\/png;base64,/);
  } finally {
    await context.close();
  }
  await hosted.getByRole('button', { name: 'Close note' }).click();
  assert.equal(await hosted.getByRole('status').filter({ hasText: 'Saved' }).count(), 0, 'the note is closed');
});

test('the help lists Download HTML among the toolbar buttons', async () => {
  const page = await h.openDeck();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  await dialog.getByRole('cell', { name: 'Download HTML' }).waitFor();
});
