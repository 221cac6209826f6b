// Embedding: examples/embed.html shows the three ways — an
// iframe (`?embed`), reveal.js's postMessage API, and <deck-view> elements —
// and these tests use it as a host page would.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();

/** Opens the example page and waits until both elements and the frame show a slide. */
async function openExample(viewport = { width: 1100, height: 1900 }) {
  const page = await h.openApp('', { base: '/examples/embed.html', waitForStart: false, viewport });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('deck-view')].every((d) => d.shadowRoot?.querySelector('.slides section.present')),
  );
  const frame = page.frame({ url: /index\.html\?src=/ });
  await frame.waitForSelector('.reveal .slides section.present');
  return { page, frame };
}

/** The horizontal index of the slide shown by `<deck-view id=…>`. */
function elementSlide(page, id) {
  return page.evaluate(
    (id) => document.getElementById(id).shadowRoot.querySelector('.slides > section.present')?.dataset.indexH,
    id,
  );
}

/** Collects the reveal-namespace messages the frame posts to the page. */
async function collectMessages(page) {
  await page.evaluate(() => {
    window.__messages = [];
    window.addEventListener('message', (e) => {
      if (typeof e.data === 'string') window.__messages.push(JSON.parse(e.data));
    });
  });
}

test('two decks on one page navigate independently, each with the keys typed while it has focus', async () => {
  const { page } = await openExample();
  await page.click('#restyled');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.getElementById('restyled').shadowRoot.querySelector('.slides > section[data-index-h="1"].present'));
  assert.equal(await elementSlide(page, 'inline'), '0', 'the other deck did not move');

  await page.click('#inline');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.getElementById('inline').shadowRoot.querySelector('.slides > section[data-index-h="2"].present'));
  assert.equal(await elementSlide(page, 'restyled'), '1', 'the first deck stayed where it was');
  assert.equal(new URL(page.url()).hash, '', 'the host page’s address is never touched');
});

test('keys typed on the host page move no deck', async () => {
  const { page, frame } = await openExample();
  await page.focus('#page-title').catch(() => {});
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  assert.equal(await elementSlide(page, 'restyled'), '0');
  assert.equal(await elementSlide(page, 'inline'), '0');
  assert.equal(await frame.evaluate(() => document.querySelector('.slides > section.present').dataset.indexH), '0');
});

test('a deck that restyles h1 and body changes neither on the host page, only inside itself', async () => {
  const { page } = await openExample();
  const colours = await page.evaluate(() => ({
    pageH1: getComputedStyle(document.getElementById('page-title')).color,
    pageBody: getComputedStyle(document.body).backgroundColor,
    deckH1: getComputedStyle(document.getElementById('restyled').shadowRoot.querySelector('section.present h1')).color,
    otherDeckH1: getComputedStyle(document.getElementById('inline').shadowRoot.querySelector('section.present h1')).color,
  }));
  assert.equal(colours.pageH1, 'rgb(10, 88, 202)', 'the page’s h1 keeps its colour');
  assert.notEqual(colours.pageBody, 'rgb(255, 221, 221)', 'the page’s body keeps its background');
  assert.equal(colours.deckH1, 'rgb(192, 57, 43)', 'the deck’s own h1 takes its style');
  assert.equal(colours.otherDeckH1, 'rgb(255, 255, 255)', 'the other deck is not touched either');
});

test('the host page’s CSS does not reach into a deck', async () => {
  const { page } = await openExample();
  const before = await page.evaluate(() =>
    getComputedStyle(document.getElementById('inline').shadowRoot.querySelector('section.present h1')).fontSize,
  );
  await page.addStyleTag({ content: 'h1, section, p { font-size: 3px !important; color: lime !important; } * { letter-spacing: 9px; }' });
  const after = await page.evaluate(() => {
    const h1 = document.getElementById('inline').shadowRoot.querySelector('section.present h1');
    return { size: getComputedStyle(h1).fontSize, color: getComputedStyle(h1).color, spacing: getComputedStyle(h1).letterSpacing };
  });
  assert.equal(after.size, before);
  assert.equal(after.color, 'rgb(255, 255, 255)');
  assert.equal(after.spacing, 'normal', 'inherited properties stop at the element');
});

test('postMessage slide moves the iframe deck, and slidechanged comes back with the state', async () => {
  const { page, frame } = await openExample();
  await collectMessages(page);
  await page.evaluate(() =>
    document.getElementById('framed').contentWindow.postMessage(JSON.stringify({ method: 'slide', args: [2, 0] }), '*'),
  );
  await frame.waitForSelector('.slides > section[data-index-h="2"].present');
  await page.waitForFunction(() => window.__messages.some((m) => m.eventName === 'slidechanged'));
  const changed = await page.evaluate(() => window.__messages.find((m) => m.eventName === 'slidechanged'));
  assert.equal(changed.namespace, 'reveal');
  assert.equal(changed.state.indexh, 2);
  assert.equal(changed.state.indexv, 0);
});

test('an embedded frame shows no app chrome but the deck, its controls and a fullscreen button', async () => {
  const { frame } = await openExample();
  assert.equal(await frame.locator('.dv-open-button').count(), 0);
  assert.equal(await frame.locator('.dv-warnings').count(), 0);
  assert.ok(await frame.locator('.reveal .controls .navigate-right').isVisible(), 'the deck’s own arrows');
  assert.ok(await frame.locator('.dv-fullscreen-button').isVisible(), 'the frame allows fullscreen');
});

test('navigating an embedded frame adds no entries to the host page’s history', async () => {
  const { page, frame } = await openExample();
  const before = await page.evaluate(() => history.length);
  await frame.click('.reveal');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await frame.waitForSelector('.slides > section[data-index-h="2"].present');
  assert.match(frame.url(), /#\/2$/, 'the frame’s own address follows the slide');
  assert.equal(await page.evaluate(() => history.length), before);
});

test('F in a focused frame shows the deck fullscreen', async () => {
  const { page, frame } = await openExample();
  await frame.click('.reveal');
  await page.keyboard.press('f');
  await frame.waitForFunction(() => document.fullscreenElement?.classList.contains('dv-deck'));
  await page.keyboard.press('f');
  await frame.waitForFunction(() => !document.fullscreenElement);
});

test('an element opens on its start slide and follows attribute changes', async () => {
  const { page } = await openExample();
  await page.evaluate(() => {
    const d = document.getElementById('inline');
    d.setAttribute('start', '3');
    d.setAttribute('theme', 'white');
  });
  await page.waitForFunction(() => {
    const root = document.getElementById('inline').shadowRoot;
    return root.querySelector('.dv-deck[data-theme="white"]') && root.querySelector('.slides > section[data-index-h="2"].present');
  });
});

test('an element without a deck, or with a missing one, says so inside itself', async () => {
  const { page } = await openExample();
  await page.evaluate(() => {
    const empty = document.createElement('deck-view');
    empty.id = 'empty';
    const missing = document.createElement('deck-view');
    missing.id = 'missing';
    missing.setAttribute('src', '/status/404/deck.md');
    document.body.append(empty, missing);
  });
  const empty = page.locator('#empty .dv-error');
  await empty.waitFor();
  assert.match(await empty.textContent(), /no deck.*src/s);
  const missing = page.locator('#missing .dv-error');
  await missing.waitFor();
  assert.match(await missing.textContent(), /404/);
  assert.equal(await page.locator('#missing .dv-open-button, #missing .dv-error-open-file').count(), 0, 'no open dialog offered');
});

test('a link to a slide inside an element moves that deck, not the host page', async () => {
  const { page } = await openExample();
  await page.evaluate(() => {
    const d = document.createElement('deck-view');
    d.id = 'linked';
    const md = document.createElement('script');
    md.type = 'text/markdown';
    md.textContent = '# One\n\n[to three](#/2)\n\n---\n\n# Two\n\n---\n\n# Three\n';
    d.append(md);
    document.body.append(d);
  });
  const link = page.locator('#linked a[href="#/2"]');
  await link.click();
  await page.waitForFunction(() => document.getElementById('linked').shadowRoot.querySelector('.slides > section[data-index-h="2"].present'));
  assert.equal(new URL(page.url()).hash, '');
});

test('on deckview’s own page deck CSS never reaches the open dialog or the error panel', async () => {
  /** Computed styles of the app's own UI over the deck `src`. */
  async function uiStyles(src) {
    const page = await h.openApp(`?src=${src}`);
    await page.waitForSelector('.reveal .slides section.present');
    const read = (selector) =>
      page.evaluate((selector) => {
        const s = getComputedStyle(document.querySelector(selector));
        return [s.color, s.backgroundColor, s.fontSize, s.letterSpacing, s.borderTopWidth].join(' | ');
      }, selector);
    await h.clickToolbar(page, '.dv-open-button');
    await page.waitForSelector('.dv-open-box');
    const ui = { dialog: await read('.dv-open-box'), heading: await read('.dv-open-box h2'), button: await read('.dv-open-box button') };
    await page.fill('#dv-open-url', h.url('/status/404/missing.md'));
    await page.press('#dv-open-url', 'Enter');
    await page.waitForSelector('.dv-error');
    ui.error = await read('.dv-error');
    ui.errorText = await read('.dv-error p');
    ui.toolbarButton = await read('.dv-toolbar button');
    return ui;
  }
  const plain = await uiStyles('fixtures/minimal.md');
  const hostile = await uiStyles('fixtures/restyles-everything.md');
  assert.deepEqual(hostile, plain);
});

test('an element on a page whose CSP forbids WebAssembly says why instead of staying blank', async () => {
  const page = await h.openApp('', { base: '/fixtures/element-strict-csp.html', waitForStart: false, allowPageErrors: true });
  const failed = page.locator('#blocked .dv-element-failed');
  await failed.waitFor();
  assert.match(await failed.textContent(), /could not start.*wasm-unsafe-eval/s);
});

test('F on a focused element shows that deck fullscreen, and its keys still work there', async () => {
  const { page } = await openExample({ width: 1280, height: 800 });
  await page.click('#restyled');
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement?.id === 'restyled');
  assert.equal(
    await page.evaluate(() => document.getElementById('restyled').shadowRoot.fullscreenElement?.classList.contains('dv-deck')),
    true,
  );
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.getElementById('restyled').shadowRoot.querySelector('.slides > section[data-index-h="1"].present'));
  await page.keyboard.press('f');
  await page.waitForFunction(() => !document.fullscreenElement);
});

test('an element answers reveal.js API methods and dispatches its events on itself', async () => {
  const { page } = await openExample();
  // Methods answer once the element is ready (its API comes with the deck's
  // features, a moment after the first slide), as reveal.js's after `ready`.
  await page.waitForFunction(() => document.getElementById('inline').isReady() === true);
  const result = await page.evaluate(async () => {
    const deck = document.getElementById('inline');
    const events = [];
    deck.addEventListener('slidechanged', (e) => events.push(['slidechanged', e.detail]));
    deck.addEventListener('paused', (e) => events.push(['paused', e.detail]));
    const total = deck.getTotalSlides();
    deck.slide(2);
    deck.togglePause(true);
    await new Promise((r) => setTimeout(r, 200));
    return { total, state: deck.getState(), last: deck.isLastSlide(), viaCall: deck.call('getIndices'), events };
  });
  assert.equal(result.total, 3);
  assert.deepEqual(result.state, { indexh: 2, indexv: 0, paused: true, overview: false });
  assert.equal(result.last, true);
  assert.deepEqual(result.viaCall, { h: 2, v: 0 });
  assert.deepEqual(result.events.map(([name]) => name), ['slidechanged', 'paused']);
  assert.equal(result.events[0][1].indexh, 2);
  assert.equal(await elementSlide(page, 'restyled'), '0', 'the other element did not move');
});

test('an element\'s methods answer undefined before it is ready, not a wrong value', async () => {
  const page = await h.openApp('', { base: '/examples/embed.html', waitForStart: false });
  const early = await page.evaluate(() => {
    const d = document.createElement('deck-view');
    d.innerHTML = '<script type="text/markdown"># One\n\n---\n\n# Two</' + 'script>';
    document.body.append(d);
    return [d.getTotalSlides() === undefined, d.isReady() === undefined];
  });
  assert.deepEqual(early, [true, true]);
  await page.waitForFunction(() => document.querySelector('body > deck-view:last-child').isReady() === true);
  assert.equal(await page.evaluate(() => document.querySelector('body > deck-view:last-child').getTotalSlides()), 2);
});

test('getSlideNotes answers with the slide’s sanitised notes', async () => {
  const { page } = await openExample();
  const notes = await page.evaluate(() => {
    const d = document.createElement('deck-view');
    const md = document.createElement('script');
    md.type = 'text/markdown';
    // (No on* attribute: Chromium reports those to the CSP even while
    // DOMPurify parses them inertly.)
    md.textContent = '# One\n\nNote:\nSay <b>hello</b> <script>__xss()</script>\n';
    d.append(md);
    document.body.append(d);
    return new Promise((resolve) => d.addEventListener('ready', () => resolve(d.getSlideNotes()), { once: true }));
  });
  assert.match(notes, /Say <b>hello<\/b>/);
  assert.doesNotMatch(notes, /script/);
});

test('an element whose inline Markdown is blank says the deck is empty', async () => {
  const { page } = await openExample();
  await page.evaluate(() => {
    const d = document.createElement('deck-view');
    d.id = 'blank';
    const md = document.createElement('script');
    md.type = 'text/markdown';
    md.textContent = '\n    \n';
    d.append(md);
    document.body.append(d);
  });
  const error = page.locator('#blank .dv-error');
  await error.waitFor();
  assert.match(await error.textContent(), /empty/);
});

// ---- dialogs in embedded decks: modal, Escape closes, focus comes back ----

/** In `<deck-view id=…>`: whether `selector` matches a modal dialog, and
 *  whether focus is inside the element's deck. */
function inElement(page, id) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const active = root.activeElement;
    return {
      help: !!root.querySelector('.dv-help')?.matches(':modal'),
      jump: !!root.querySelector('.dv-jump')?.matches(':modal'),
      focusInDeck: document.activeElement === document.getElementById(id) && !!active?.closest('.reveal'),
      focusInDialog: !!active?.closest('dialog'),
    };
  }, id);
}

test('<deck-view>: ? opens the help as a modal; Escape closes it, focus returns into the element and its keys work', async () => {
  const { page } = await openExample();
  await page.click('#inline');
  await page.keyboard.press('?');
  await page.waitForFunction(() => document.getElementById('inline').shadowRoot.querySelector('.dv-help')?.matches(':modal'));
  const open = await inElement(page, 'inline');
  assert.equal(open.focusInDialog, true, 'focus moves into the help');
  await page.keyboard.press('ArrowRight');
  assert.equal(await elementSlide(page, 'inline'), '0', 'the deck stays put behind the help');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.getElementById('inline').shadowRoot.querySelector('.dv-help').matches(':modal'));
  const closed = await inElement(page, 'inline');
  assert.equal(closed.focusInDeck, true, 'focus is back in the element’s deck');
  assert.equal(await page.evaluate(() => document.getElementById('inline').shadowRoot.querySelector('.reveal.overview')), null,
    'Escape only closed the help');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.getElementById('inline').shadowRoot.querySelector('.slides > section[data-index-h="1"].present'));
});

test('<deck-view>: G opens the jump prompt as a modal; a number and Enter jump, Escape cancels, focus returns each time', async () => {
  const { page } = await openExample();
  await page.click('#inline');
  await page.keyboard.press('g');
  await page.waitForFunction(() => document.getElementById('inline').shadowRoot.querySelector('.dv-jump')?.matches(':modal'));
  assert.equal((await inElement(page, 'inline')).focusInDialog, true, 'focus moves into the prompt');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('inline').shadowRoot.querySelector('.slides > section[data-index-h="2"].present'));
  assert.equal((await inElement(page, 'inline')).focusInDeck, true, 'focus is back in the element’s deck');
  assert.equal(await elementSlide(page, 'restyled'), '0', 'the other deck did not move');

  await page.keyboard.press('g');
  await page.waitForFunction(() => document.getElementById('inline').shadowRoot.querySelector('.dv-jump')?.matches(':modal'));
  await page.keyboard.type('1');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.getElementById('inline').shadowRoot.querySelector('.dv-jump'));
  assert.equal(await elementSlide(page, 'inline'), '2', 'Escape cancelled the jump');
  assert.equal((await inElement(page, 'inline')).focusInDeck, true, 'focus is back in the element’s deck');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.getElementById('inline').shadowRoot.querySelector('.slides > section[data-index-h="1"].present'));
});

test('?embed frame: ? opens the help as a modal of the frame; Escape closes it and the frame’s keys work again', async () => {
  const { page, frame } = await openExample();
  await frame.click('.reveal');
  await page.keyboard.press('?');
  await frame.waitForFunction(() => document.querySelector('.dv-help')?.matches(':modal'));
  await page.keyboard.press('ArrowRight');
  assert.equal(await frame.evaluate(() => document.querySelector('.slides > section.present').dataset.indexH), '0',
    'the deck stays put behind the help');
  await page.keyboard.press('Escape');
  await frame.waitForFunction(() => !document.querySelector('.dv-help').matches(':modal'));
  assert.equal(await frame.evaluate(() => !!document.activeElement.closest('.reveal')), true, 'focus is back on the deck');
  await page.keyboard.press('ArrowRight');
  await frame.waitForSelector('.slides > section[data-index-h="1"].present');
});
