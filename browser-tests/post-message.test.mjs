// reveal.js's postMessage API: a page on another origin frames
// the deck (`?embed`), drives it with `postMessage` and hears back —
// callbacks after every accepted call, events with `postMessageEvents`.
// The host page is browser-tests/fixtures/frame-host.html, served from the
// harness's second origin as a real embedding would be.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();

const present = '.reveal .slides section.present';

/**
 * Opens the host page (from the second origin) with an iframe of the app
 * showing fixtures/api-deck.md; `extra` is added to the frame's query.
 * Resolves once the frame shows its first slide.
 */
async function openHost(extra = '&postMessageEvents=true') {
  // openApp sets up the page (hermetic routes, error checks); the host
  // page itself lives on the other origin.
  const page = await h.openApp('', { base: '/fixtures/api-deck.md', waitForStart: false });
  const frameUrl = h.url(`/index.html?src=fixtures/api-deck.md&embed${extra}`);
  await page.goto(`${h.corsUrl('frame-host.html')}?frame=${encodeURIComponent(frameUrl)}`);
  const frame = await deckFrame(page);
  await frame.waitForSelector(present, { timeout: 15000 });
  return { page, frame };
}

/** The app's frame inside the host page, once it has navigated there. */
async function deckFrame(page) {
  for (let i = 0; i < 150; i += 1) {
    const frame = page.frames().find((f) => /\/index\.html\?src=/.test(f.url()));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('the deck frame never loaded');
}

/** `[h, v]` of the slide the frame shows, read from its sections. */
function shownSlide(frame) {
  return frame.evaluate(() => {
    const column = document.querySelector('.reveal .slides > section.present');
    const inner = column?.classList.contains('stack') ? column.querySelector(':scope > section.present') : null;
    return [Number(column?.dataset.indexH), Number(inner?.dataset.indexV ?? 0)];
  });
}

/** Posts a call from the host page and resolves with its callback (null if none came). */
function call(page, method, args = [], timeout = 2000) {
  return page.evaluate(([m, a, t]) => window.call(m, a, t), [method, args, timeout]);
}

/** The reveal events the host has received so far. */
function events(page) {
  return page.evaluate(() => window.events());
}

/** Waits until the host has received an event named `name`; resolves with it. */
async function waitForEvent(page, name) {
  const handle = await page.waitForFunction((n) => window.events().find((e) => e.eventName === n), name, {
    timeout: 5000,
  });
  return handle.jsonValue();
}

test('slide moves the framed deck and slidechanged comes back with the state', async () => {
  const { page, frame } = await openHost();
  await waitForEvent(page, 'ready');

  const reply = await call(page, 'slide', [2, 1]);
  assert.equal(reply?.method, 'slide');
  assert.equal('result' in reply, false, 'slide returns nothing, so the callback has no result');
  await frame.waitForSelector('.slides > section.stack.present > section.present[data-index-v="1"]');
  assert.deepEqual(await shownSlide(frame), [2, 1]);

  const changed = await waitForEvent(page, 'slidechanged');
  assert.deepEqual(changed, {
    namespace: 'reveal',
    eventName: 'slidechanged',
    state: { indexh: 2, indexv: 1, paused: false, overview: false },
    indexh: 2,
    indexv: 1,
  });
});

test('getState, getTotalSlides and isLastSlide answer in their callbacks', async () => {
  const { page } = await openHost();
  const state = await call(page, 'getState');
  assert.deepEqual(state.result, { indexh: 0, indexv: 0, paused: false, overview: false });
  assert.deepEqual(state.state, state.result, 'every callback also carries the state');

  assert.equal((await call(page, 'getTotalSlides')).result, 4, '3 columns, the last a stack of 2');
  assert.equal((await call(page, 'isLastSlide')).result, false);
  await call(page, 'slide', [2, 1]);
  assert.equal((await call(page, 'isLastSlide')).result, true);
});

test('setState with paused: true blacks out the framed deck and reports paused', async () => {
  const { page, frame } = await openHost();
  await waitForEvent(page, 'ready');
  const reply = await call(page, 'setState', [{ paused: true }]);
  assert.equal(reply.state.paused, true);
  await frame.waitForSelector('.reveal.paused');
  const paused = await waitForEvent(page, 'paused');
  assert.equal(paused.state.paused, true);
  assert.deepEqual(await shownSlide(frame), [0, 0], 'a state with only paused does not move');
});

test('next shows a fragment before leaving the slide and fragmentshown comes back', async () => {
  const { page, frame } = await openHost();
  await waitForEvent(page, 'ready');
  await call(page, 'slide', [1]);
  await waitForEvent(page, 'slidechanged');

  const reply = await call(page, 'next');
  assert.equal(reply.state.indexf, 0);
  assert.deepEqual(await shownSlide(frame), [1, 0], 'still on the slide with fragments');
  await frame.waitForSelector('section.present .fragment.visible');
  assert.equal(await frame.locator('section.present .fragment.visible').count(), 1);

  const shown = await waitForEvent(page, 'fragmentshown');
  assert.deepEqual(shown.state, { indexh: 1, indexv: 0, indexf: 0, paused: false, overview: false });
});

test('unknown, refused and malformed messages change nothing and get no reply', async () => {
  const { page, frame } = await openHost();
  await waitForEvent(page, 'ready');
  const warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  await page.evaluate(() => {
    window.received.length = 0;
    for (const message of [
      'next',
      '{not json}',
      '{"method":"next"',
      42,
      ['next'],
      { args: [1] },
      { method: 1 },
      JSON.stringify({ method: 'destroy' }),
      JSON.stringify({ method: 'slide', args: ['2'] }),
      JSON.stringify({ method: 'registerPlugin', args: [{ id: 'x' }] }),
      JSON.stringify({ method: 'addEventListener', args: ['slidechanged'] }),
    ]) {
      window.send(message);
    }
  });
  // Messages are handled in order: once this call is answered, the ones
  // before it have been dealt with.
  const sentinel = await call(page, 'getIndices');
  assert.deepEqual(sentinel.result, { h: 0, v: 0 }, 'the deck has not moved');
  const replies = await page.evaluate(() => window.received.map((m) => m.parsed?.method ?? m.raw));
  assert.deepEqual(replies, ['getIndices'], 'only the valid call was answered');
  assert.deepEqual(await shownSlide(frame), [0, 0]);
  assert.ok(
    warnings.some((w) => w.includes('registerPlugin')),
    `a refused method is warned about on the console, as reveal.js does (got ${JSON.stringify(warnings)})`,
  );
});

test('a plain object with method and args is a call too', async () => {
  const { page, frame } = await openHost();
  await page.evaluate(() => window.send({ method: 'slide', args: [1] }));
  await frame.waitForSelector('.slides > section[data-index-h="1"].present');
  const reply = await page.waitForFunction(() =>
    window.received.map((m) => m.parsed).find((m) => m?.eventName === 'callback' && m.method === 'slide'),
  );
  assert.equal((await reply.jsonValue()).state.indexh, 1);
});

test('without postMessageEvents no events are posted, but calls are still answered', async () => {
  const { page, frame } = await openHost('');
  const reply = await call(page, 'next');
  assert.equal(reply?.state.indexh, 1, 'the callback came');
  await frame.waitForSelector('.slides > section[data-index-h="1"].present');
  await call(page, 'togglePause');
  await frame.waitForSelector('.reveal.paused');
  await page.waitForTimeout(500);
  assert.deepEqual(await events(page), []);
});

test('with postMessage=false the deck ignores calls', async () => {
  const { page, frame } = await openHost('&postMessage=false');
  assert.equal(await call(page, 'next', [], 800), null, 'no callback');
  assert.deepEqual(await shownSlide(frame), [0, 0]);
});

test('ready arrives once, with the first slide, before any other event', async () => {
  const { page } = await openHost();
  const ready = await waitForEvent(page, 'ready');
  assert.deepEqual(ready.state, { indexh: 0, indexv: 0, paused: false, overview: false });
  await call(page, 'next');
  await call(page, 'next');
  await call(page, 'toggleOverview');
  await waitForEvent(page, 'overviewshown');
  const names = (await events(page)).map((e) => e.eventName);
  assert.equal(names.filter((n) => n === 'ready').length, 1);
  assert.equal(names[0], 'ready');
});

test('a call posted as soon as the frame has loaded, before the deck has, is answered after ready', async () => {
  // The deck's text is held back until the call has gone out, so the deck
  // cannot have loaded when the host page posts.
  const page = await h.openApp('', { base: '/fixtures/api-deck.md', waitForStart: false });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.context().route('**/fixtures/api-deck.md', async (route) => {
    await held;
    await route.continue();
  });
  const frameUrl = h.url('/index.html?src=fixtures/api-deck.md&embed&postMessageEvents=true');
  const early = JSON.stringify({ method: 'getTotalSlides', args: [] });
  await page.goto(
    `${h.corsUrl('frame-host.html')}?frame=${encodeURIComponent(frameUrl)}&onload=${encodeURIComponent(early)}`,
  );
  await page.waitForFunction(() => window.earlySent === true, null, { timeout: 15000 });
  const frame = await deckFrame(page);
  assert.equal(await frame.locator(present).count(), 0, 'no slide is shown when the call goes out');
  release();

  const reply = await page.waitForFunction(
    () => window.received.map((m) => m.parsed).find((m) => m?.eventName === 'callback'),
    null,
    { timeout: 15000 },
  );
  assert.equal((await reply.jsonValue()).result, 4, 'the early call got its answer');
  const order = (await page.evaluate(() => window.received.map((m) => m.parsed?.eventName)));
  assert.deepEqual(order.slice(0, 2), ['ready', 'callback'], 'the answer comes after ready');
});
