// Smoke tests of the built app (dist/): it loads from the host root and from a
// sub-path, under its strict CSP, and shows the bundled deck's slides.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST_DIR, SUB_PATH, useHarness } from './harness.mjs';

const h = useHarness();

test('the built index.html runs no inline script and loads the loader from boot.js', () => {
  const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length > 0, 'index.html has a script element');
  for (const [whole, attrs, body] of scripts) {
    assert.match(attrs, /\ssrc=/, `script without src: ${whole.slice(0, 80)}`);
    assert.equal(body.trim(), '', `script with inline code: ${whole.slice(0, 80)}`);
  }
  assert.match(html, /<script type="module" src="\.\/boot\.js\?v=[0-9a-f]+"/);
});

test('the built index.html refers to its assets relatively', () => {
  const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  const absolute = refs.filter((r) => r.startsWith('/') || /^https?:/.test(r));
  assert.deepEqual(absolute, [], 'no asset URL is absolute');
  assert.ok(refs.some((r) => r.endsWith('.css')), 'the stylesheets are linked');
});

for (const base of ['/', SUB_PATH]) {
  test(`the app starts at ${base} with every asset loaded from ${base} and no CSP violation`, async () => {
    h.clearRequests();
    const page = await h.openApp('', { base });
    const outside = h.requests.filter((r) => r.server === 'app' && !r.path.startsWith(base));
    assert.deepEqual(outside, [], 'no request leaves the base path');
    const { badResponses, failedRequests, cspViolations } = h.problems(page);
    assert.deepEqual(badResponses, [], 'no asset answered with an HTTP error');
    assert.deepEqual(failedRequests, [], 'no request failed');
    assert.deepEqual(cspViolations, [], 'nothing was blocked by the CSP');
    await h.screenshot(page, `smoke-start${base.replaceAll('/', '_')}`);
  });

  test(`the bundled deck's slides are rendered at ${base}`, async () => {
    const page = await h.openApp('', { base });
    await page.waitForSelector('.reveal .slides section', { state: 'attached', timeout: 15000 });
    const sections = await page.locator('.reveal .slides section').count();
    assert.ok(sections > 1, `the default deck has several slides (found ${sections})`);
    await page.waitForSelector('.reveal .slides section.present', { state: 'visible', timeout: 15000 });
    await h.screenshot(page, `smoke-deck${base.replaceAll('/', '_')}`);
    h.assertClean(page, { consoleErrors: true, badResponses: true });
  });
}

test('a ?src= deck is requested once: the app takes the request started before it mounted', async () => {
  h.clearRequests();
  const page = await h.openApp('?src=fixtures/minimal.md');
  await page.waitForSelector('.reveal .slides > section.present', { state: 'visible' });
  const deck = h.requests.filter((r) => r.server === 'app' && r.path.split('?')[0].endsWith('/fixtures/minimal.md'));
  assert.equal(deck.length, 1, `requests for the deck: ${JSON.stringify(deck)}`);
  assert.deepEqual(h.problems(page).pageErrors, [], 'no uncaught error');
});

test('presenting a deck downloads neither the speaker nor the print stylesheet; those views link them', async () => {
  h.clearRequests();
  const page = await h.openApp('');
  await page.waitForSelector('.reveal .slides > section.present', { state: 'visible', timeout: 15000 });
  const sheet = /\/(speaker|print)-[0-9a-f]+\.css$/;
  assert.deepEqual(h.requestsMatching(sheet), [], 'the presentation asks for neither');
  const print = await h.openApp('?print-pdf');
  await print.waitForSelector('.pdf-page', { timeout: 15000 });
  assert.equal(h.requestsMatching(sheet).length, 2, 'the print layout links both');
  // style/print.css gives the printed pages their gap: the layout is styled.
  assert.equal(await print.evaluate(() => getComputedStyle(document.querySelector('.dv-print-deck .reveal .slides')).display), 'flex');
  h.assertClean(print, { consoleErrors: true, badResponses: true });
});
