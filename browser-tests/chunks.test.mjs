// The wasm's chunks (Leptos `#[lazy]` functions, split by scripts/build.mjs):
// each feature that lives in one is fetched only when it is first used,
// and works then — in the presentation, the speaker window, the print
// layout and a <deck-view> element. A mis-split shows only at run time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lazyChunk, useHarness, wasmLoaded } from './harness.mjs';

const h = useHarness();
const present = '.reveal .slides > section.present';

const openDeck = (query) => h.openDeck(query);

/** Fails unless `page` has fetched the chunk of `lazy` (or has not, with `fetched` false). */
async function assertChunk(page, lazy, fetched = true) {
  const names = await wasmLoaded(page);
  assert.equal(names.some((n) => lazyChunk(lazy).test(n)), fetched, `${lazy} ${fetched ? 'not ' : ''}fetched: ${names}`);
}

const FIRST_USE = [
  {
    lazy: 'open_dialog',
    does: 'the open dialog opens on a click of Open…',
    use: (page) => h.clickToolbar(page, '.dv-open-button'),
    shows: (page) => page.getByRole('dialog', { name: 'Open a deck' }).waitFor(),
  },
  {
    lazy: 'help_dialog',
    does: 'the keyboard help opens on ?',
    use: (page) => page.keyboard.press('?'),
    shows: (page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor(),
  },
  {
    lazy: 'jump_prompt',
    does: 'the jump prompt opens on G and jumps',
    use: async (page) => {
      await page.keyboard.press('g');
      await page.locator('.dv-jump input').fill('3');
      await page.keyboard.press('Enter');
    },
    shows: (page) => page.waitForFunction(() => location.hash === '#/2'),
  },
  {
    lazy: 'deck_features',
    does: 'the overview opens on Esc pressed while its code is still on the way',
    use: (page) => page.keyboard.press('Escape'),
    shows: (page) => page.waitForSelector('.reveal.overview', { timeout: 5000 }),
  },
];

for (const { lazy, does, use, shows } of FIRST_USE) {
  test(`first use: ${does} (chunk ${lazy}, not fetched before)`, async () => {
    const page = await openDeck('');
    await assertChunk(page, lazy, false);
    await use(page);
    await shows(page);
    await assertChunk(page, lazy);
  });
}

test('the overview, speaker sync and APIs load by themselves two seconds after the first slide', async () => {
  const page = await openDeck('');
  await assertChunk(page, 'deck_features', false);
  await page.waitForFunction(
    () => performance.getEntriesByType('resource').some((e) => /\/split_deck_features_\d+\.wasm$/.test(e.name)),
    null,
    { timeout: 5000 },
  );
});

test('code and math are drawn by their chunks, which a deck without them never fetches', async () => {
  const plain = await openDeck('');
  await plain.waitForTimeout(300);
  await assertChunk(plain, 'highlight_code', false);
  await assertChunk(plain, 'render_math', false);
  const code = await openDeck('?src=examples/syntax.md#/6');
  await code.waitForSelector(`${present} pre > code.hljs`, { timeout: 10000 });
  await assertChunk(code, 'highlight_code');
  const math = await openDeck('?src=examples/syntax.md#/8');
  await math.waitForSelector(`${present} .math-rendered math`, { timeout: 10000 });
  await assertChunk(math, 'render_math');
});

test('the emoji table and a theme stylesheet are read by their chunks, which other decks never fetch', async () => {
  const plain = await openDeck('');
  await plain.waitForTimeout(300);
  await assertChunk(plain, 'load_table', false);
  await assertChunk(plain, 'fill_theme_sheet', false);
  const emoji = await openDeck('?src=fixtures/emoji.md');
  await emoji.waitForFunction(() => /🐑/.test(document.querySelector('.reveal .slides').textContent), null, { timeout: 10000 });
  await assertChunk(emoji, 'load_table');
  const themed = await openDeck('?src=fixtures/theme-url.md');
  await themed.waitForFunction(() => (document.querySelector('style[data-theme-url]')?.textContent ?? '').length > 0, null, { timeout: 10000 });
  await assertChunk(themed, 'fill_theme_sheet');
});

test('the speaker window draws code in its previews with the highlighter chunk', async () => {
  const page = await openDeck('?src=examples/syntax.md#/6');
  const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.waitForSelector('.dv-speaker-current .slides section.present pre > code.hljs', { timeout: 15000 });
  await assertChunk(speaker, 'mount_page_view');
  await assertChunk(speaker, 'highlight_code');
});

test('the print layout draws math with the math chunk', async () => {
  const page = await h.openApp('?src=examples/syntax.md&print-pdf');
  await page.waitForSelector('.pdf-page .math-rendered math', { timeout: 15000 });
  await assertChunk(page, 'mount_page_view');
  await assertChunk(page, 'render_math');
});

test('a <deck-view> element loads its API chunk at once and answers a method call', async () => {
  const page = await h.openApp('', { base: '/examples/embed.html', waitForStart: false, viewport: { width: 1100, height: 1900 } });
  await page.waitForFunction(() => [...document.querySelectorAll('deck-view')].some((d) => d.shadowRoot?.querySelector('section.present')), null, { timeout: 15000 });
  const state = await page.waitForFunction(() => document.querySelector('deck-view')?.getState?.() ?? null, null, { timeout: 5000 });
  assert.equal(typeof (await state.jsonValue()).indexh, 'number');
  await assertChunk(page, 'deck_features');
});

test('an API call posted before the API\'s chunk is there is answered once it is', async () => {
  const page = await openDeck('');
  await assertChunk(page, 'deck_features', false);
  const reply = await page.evaluate(
    () =>
      new Promise((done) => {
        addEventListener('message', (ev) => {
          if (typeof ev.data === 'string' && ev.data.includes('"callback"')) done(JSON.parse(ev.data));
        });
        postMessage(JSON.stringify({ method: 'getTotalSlides', args: [] }), '*');
      }),
  );
  assert.equal(reply.method, 'getTotalSlides');
  assert.ok(reply.result > 1, `the bundled deck has slides: ${reply.result}`);
  await assertChunk(page, 'deck_features');
});
