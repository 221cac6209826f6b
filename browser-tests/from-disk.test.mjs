// The built app opened from disk (a file:// address), where browsers refuse
// module scripts and wasm: the page says what to do instead of loading forever.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { DIST_DIR, useHarness } from './harness.mjs';

const h = useHarness();

test('index.html opened from disk says to serve the folder, instead of "Loading…"', async () => {
  const context = await h.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(DIST_DIR, 'index.html')).href);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10000 });
    const text = await alert.textContent();
    assert.match(text, /file on disk/);
    assert.match(text, /python3 -m http\.server/);
    assert.doesNotMatch(text, /Loading/);
    await h.screenshot(page, 'from-disk');
  } finally {
    await context.close();
  }
});

test('served over HTTP, the from-disk notice never shows', async () => {
  const page = await h.openDeck();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'file on disk' }).count(), 0);
});
