// Working without a network: after one online visit the service worker
// (dist/sw.js) serves the viewer and the decks opened by address.
//
// Each test opens the app with service workers allowed (the harness blocks
// them elsewhere), waits until the worker serves the page, then goes
// offline: the context's network is switched off, and the worker's own
// requests are refused too (Playwright's offline switch does not reach a
// service worker's fetches).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SUB_PATH, useHarness } from './harness.mjs';

const h = useHarness();
const WITH_WORKER = { contextOptions: { serviceWorkers: 'allow' } };
const SLIDE = '.reveal .slides section.present';

/**
 * Opens `query` with the worker allowed and waits until the worker serves
 * the page and, for a `?src=` deck, keeps its copy (the first visit's deck
 * came before the worker, which then fetches it once more).
 */
async function openServed(query = '', options = {}) {
  const page = await h.openDeck(query, { ...WITH_WORKER, ...options });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const src = new URLSearchParams(query.replace(/^\?/, '')).get('src');
  if (src) await waitForCopy(page, new URL(src, page.url()).href);
  return page;
}

/** Waits until the worker keeps a copy of the deck at `url`. */
async function waitForCopy(page, url) {
  const kept = (address) =>
    caches.keys().then(async (names) => {
      for (const name of names.filter((n) => n.startsWith('deckview-decks-'))) {
        if (await (await caches.open(name)).match(address)) return true;
      }
      return false;
    });
  for (const end = Date.now() + 10000; !(await page.evaluate(kept, url)); ) {
    assert.ok(Date.now() < end, `no copy of ${url} was kept`);
    await page.waitForTimeout(100);
  }
}

/** Switches the page's context offline: the page's requests and the worker's. */
async function goOffline(page) {
  const context = page.context();
  await context.route('**/*', (route) =>
    route.request().serviceWorker() ? route.abort('internetdisconnected') : route.fallback(),
  );
  await context.setOffline(true);
}

/** The title of the slide shown. */
const shownTitle = (page) => page.locator(`${SLIDE} h1, ${SLIDE} h2`).first().textContent();

test('after one online visit, a reload without a network shows the viewer and its deck', async () => {
  const page = await openServed();
  const title = await shownTitle(page);
  await goOffline(page);
  await page.reload();
  await page.waitForSelector(SLIDE, { state: 'visible' });
  assert.equal(await shownTitle(page), title);
  await h.screenshot(page, 'offline-reload');
});

test('a first visit fetches the worker only after the first slide has been up for 1.5 s', async () => {
  h.clearRequests();
  const page = await h.openDeck('', WITH_WORKER);
  const firstSlide = Date.now();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const worker = h.requestsMatching(/^\/sw\.js/);
  const offline = h.requestsMatching(/\/offline\.js$/);
  assert.ok(worker.length > 0 && offline.length > 0);
  assert.ok(offline[0].time >= firstSlide + 1500, `offline.js came ${offline[0].time - firstSlide} ms after the first slide`);
  assert.ok(worker[0].time >= offline[0].time);
});

/** The text of the note about an offline copy, or null when none is shown. */
async function offlineNote(page) {
  const note = page.locator('.dv-notice-offline');
  return (await note.count()) > 0 ? note.textContent() : null;
}

test('a deck opened by address is kept: offline, its address shows the copy with a dismissible note', async () => {
  const page = await openServed('?src=/fixtures/minimal.md');
  const title = await shownTitle(page);
  await goOffline(page);
  await page.reload();
  await page.waitForSelector(SLIDE, { state: 'visible' });
  assert.equal(await shownTitle(page), title);
  await page.waitForSelector('.dv-notice-offline');
  assert.match(await offlineNote(page), /^Offline copy from .*\d/);
  await h.screenshot(page, 'offline-copy-note');
  await page.click('.dv-notice-offline .dv-notice-dismiss');
  assert.equal(await offlineNote(page), null);
});

test('the note about an offline copy goes when a pasted deck replaces that deck', async () => {
  const page = await openServed('?src=/fixtures/minimal.md');
  await goOffline(page);
  await page.reload();
  await page.waitForSelector('.dv-notice-offline');
  await h.clickToolbar(page, '.dv-open-button');
  await page.fill('#dv-open-text', '# Pasted offline\n');
  await page.click('.dv-open-text-button');
  await page.waitForFunction(() => document.title.startsWith('Pasted offline'));
  await page.waitForSelector('.dv-notice-offline', { state: 'detached', timeout: 5000 });
});

test('a deck opened from the recent decks offline shows its copy with the note', async () => {
  const page = await openServed('?src=/fixtures/minimal.md');
  const title = await shownTitle(page);
  await page.goto(h.url('/'));
  await page.waitForSelector(SLIDE, { state: 'visible' });
  await goOffline(page);
  await page.click('.dv-open-button');
  await page.click(`.dv-recent button[title="/fixtures/minimal.md"]`);
  await page.waitForFunction((t) => document.querySelector('.reveal .slides section.present h1, .reveal .slides section.present h2')?.textContent === t, title);
  await page.waitForSelector('.dv-notice-offline');
});

test('a deck never opened, offline, is refused with a message saying so', async () => {
  const page = await openServed('?src=/fixtures/minimal.md');
  await goOffline(page);
  // Another address (the same file, another query) has no copy of its own.
  await page.goto(h.url('/?src=/fixtures/minimal.md%3Fv%3D2'));
  await page.waitForSelector('.dv-error');
  assert.equal(await page.textContent('.dv-error h2'), 'No network, and this deck was not opened before');
  assert.match(await page.textContent('.dv-error-detail'), /fixtures\/minimal\.md\?v=2.*no offline copy/);
  await h.screenshot(page, 'offline-never-opened');
});

test('online, a deck whose server now fails is shown from its copy, and the note says the refresh failed', async () => {
  const page = await openServed('?src=/fixtures/minimal.md');
  h.override('/fixtures/minimal.md', { status: 500, body: 'down' });
  await page.reload();
  await page.waitForSelector('.dv-notice-offline');
  assert.match(await offlineNote(page), /^Offline copy from .*could not be refreshed: HTTP 500/);
  assert.equal(await page.locator('.dv-error').count(), 0);
});

test('only the app files and decks that loaded are kept, in caches named for the build and the folder', async () => {
  const page = await openServed('?src=/fixtures/minimal.md');
  await page.evaluate(async () => {
    await fetch('/status/404/deck.md').catch(() => {});
    await fetch('/fixtures/minimal.md?then=html', { headers: {} }).catch(() => {});
  });
  const caches = await page.evaluate(async () => {
    const out = {};
    for (const name of await self.caches.keys()) {
      const cache = await self.caches.open(name);
      out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search);
    }
    return out;
  });
  const names = Object.keys(caches).sort();
  assert.equal(names.length, 2, names.join(', '));
  assert.match(names[0], new RegExp(`^deckview-app-[0-9a-f]{16}@${h.origin}/$`));
  assert.equal(names[1], `deckview-decks-1@${h.origin}/`);
  const decks = caches[names[1]];
  assert.ok(decks.includes('/fixtures/minimal.md'), decks.join(', '));
  assert.ok(!decks.some((d) => d.startsWith('/status/')), decks.join(', '));
  const app = caches[names[0]];
  assert.ok(app.includes('/index.html'), 'the page');
  assert.ok(app.some((f) => /^\/app-[0-9a-f]+\/deckview_bg\.wasm$/.test(f)), 'the startup wasm');
  assert.ok(app.some((f) => /split_mount_page_view_\d+\.wasm$/.test(f)), 'the speaker window\'s chunk');
  assert.ok(!app.some((f) => f.startsWith('/examples/') || f === '/deck-view.js'), 'nothing only other sites load');
});

test('the last 20 decks are kept: opening a 21st drops the oldest copy', async () => {
  const page = await openServed('?src=/fixtures/minimal.md');
  const kept = await page.evaluate(async () => {
    for (let n = 1; n <= 20; n += 1) await (await fetch(`/fixtures/minimal.md?n=${n}`)).text();
    const cache = await caches.open((await caches.keys()).find((name) => name.startsWith('deckview-decks-')));
    const searches = async () => (await cache.keys()).map((r) => new URL(r.url).search);
    // The copies are stored after each answer: wait for the last one.
    for (let tries = 0; tries < 50; tries += 1) {
      const now = await searches();
      if (now.includes('?n=20') && now.length <= 20) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return searches();
  });
  assert.equal(kept.length, 20);
  assert.ok(!kept.includes(''), 'the first deck, the oldest, was dropped');
  assert.ok(kept.includes('?n=1') && kept.includes('?n=20'));
});

test('the speaker window opens without a network', async () => {
  const page = await openServed('?src=/fixtures/speaker-notes.md');
  await goOffline(page);
  await page.reload();
  await page.waitForSelector(SLIDE, { state: 'visible' });
  const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.waitForSelector('.dv-speaker-notes', { timeout: 15000 });
  await h.screenshot(speaker, 'offline-speaker');
});

test('served from a sub-path, the worker\'s scope is that folder and pages outside it are left alone', async () => {
  const page = await openServed('?src=/fixtures/minimal.md', { base: SUB_PATH });
  const scopes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope));
  assert.deepEqual(scopes, [h.url(SUB_PATH)]);
  const outside = await page.context().newPage();
  await outside.goto(h.url('/fixtures/minimal.md'));
  assert.equal(await outside.evaluate(() => navigator.serviceWorker.controller), null);
  await goOffline(page);
  await page.reload();
  await page.waitForSelector('.dv-notice-offline');
  await page.waitForSelector(SLIDE, { state: 'visible' });
});

test('a new build installs in the background and is offered, never reloading the page by itself', async () => {
  const page = await openServed();
  const worker = await (await fetch(h.url('/sw.js'))).text();
  h.override('/sw.js', { body: `${worker}\n// the next build\n`, headers: { 'Content-Type': 'text/javascript' } });
  await page.evaluate(() => {
    window.__stillThisPage = true;
    return navigator.serviceWorker.getRegistration().then((r) => r.update());
  });
  await page.waitForSelector('.dv-notice-update', { timeout: 20000 });
  assert.match(await page.textContent('.dv-notice-update'), /new version/i);
  await h.screenshot(page, 'offline-update-offer');
  await page.waitForTimeout(2000);
  assert.equal(await page.evaluate(() => window.__stillThisPage), true, 'the page reloaded by itself');
  await Promise.all([page.waitForEvent('load'), page.click('.dv-notice-update-action')]);
  await page.waitForSelector(SLIDE, { state: 'visible' });
  assert.equal(await page.evaluate(() => window.__stillThisPage), undefined);
  const script = await page.evaluate(async () => (await (await fetch('sw.js')).text()).endsWith('// the next build\n'));
  assert.ok(script);
  assert.equal(await page.locator('.dv-notice-update').count(), 0);
});

test('?embed frames and <deck-view> elements register no service worker', async () => {
  for (const [query, base] of [['?embed&src=/fixtures/minimal.md', '/'], ['', '/examples/embed.html']]) {
    h.clearRequests();
    const page = await h.openApp(query, { ...WITH_WORKER, base, waitForStart: base === '/' });
    await page.waitForSelector(base === '/' ? SLIDE : 'deck-view', { state: 'visible' });
    await page.waitForTimeout(4000);
    const scopes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    assert.equal(scopes, 0, `${base}${query} registered a worker`);
    assert.deepEqual(h.requestsMatching('sw.js'), [], `${base}${query} fetched the worker`);
  }
});

test('the app can be installed: its manifest names it, its icons and its start, which opens the last deck', async () => {
  const page = await openServed('?src=/fixtures/minimal.md');
  const title = await shownTitle(page);
  const href = await page.getAttribute('link[rel=manifest]', 'href');
  const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href);
  assert.equal(manifest.name, 'deckview');
  assert.equal(manifest.display, 'standalone');
  assert.deepEqual(manifest.icons.map((i) => i.type).sort(), ['image/png', 'image/png', 'image/svg+xml']);
  for (const icon of manifest.icons) {
    assert.equal((await page.evaluate(async (u) => (await fetch(u)).status, new URL(icon.src, href).href)), 200);
  }
  // Chromium's own checks: the manifest reads without errors, and nothing stops installing but
  // the test's private (incognito-like) browser context.
  const cdp = await page.context().newCDPSession(page);
  assert.deepEqual((await cdp.send('Page.getAppManifest')).errors, []);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
  await goOffline(page);
  await page.goto(new URL(manifest.start_url, href).href);
  await page.waitForSelector(SLIDE, { state: 'visible' });
  assert.equal(await shownTitle(page), title);
  assert.match(page.url(), /\/\?src=%2Ffixtures%2Fminimal\.md(#|$)/);
});
