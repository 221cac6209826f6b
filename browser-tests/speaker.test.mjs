// Speaker view: S opens a second window with the current and next
// slide, the notes, timers and pacing, kept on the same slide as the
// presentation both ways over a BroadcastChannel.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lazyChunk, useHarness, wasmLoaded } from './harness.mjs';

const h = useHarness();

const FIXTURE = '?src=fixtures/speaker-notes.md';
const present = '.reveal .slides section.present';
// The slide shown: a present single slide, or the present slide of the present
// stack (slides in other stacks keep their own `present` class, as in reveal.js).
const PRESENT_SLIDE =
  ':is(.slides > section.present:not(.stack), .slides > section.present.stack > section.present)';

/** The heading of the slide a preview shows. */
function previewHeading(speaker, which) {
  return speaker.evaluate(([which, slide]) => {
    return document.querySelector(`.dv-speaker-${which} ${slide}`)?.querySelector('h1, h2')?.textContent;
  }, [which, PRESENT_SLIDE]);
}

/** Waits until a preview shows the slide with `heading`. */
function waitForPreview(speaker, which, heading) {
  return speaker.waitForFunction(
    ([which, heading, slide]) => {
      const el = document.querySelector(`.dv-speaker-${which} ${slide}`);
      return el?.querySelector('h1, h2')?.textContent === heading;
    },
    [which, heading, PRESENT_SLIDE],
    { timeout: 10000 },
  );
}

const openDeck = (query) => h.openDeck(query);

/** Presses S in the presentation and returns the speaker window once it shows a slide. */
async function pressS(page) {
  const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
  const errors = [];
  speaker.on('pageerror', (e) => errors.push(String(e)));
  await speaker.waitForSelector('.dv-speaker-current .slides section.present', { timeout: 15000 });
  speaker.errors = errors;
  return speaker;
}

test('pressing S opens the speaker window with the current and the next slide', async () => {
  const page = await openDeck(FIXTURE);
  const speaker = await pressS(page);
  assert.match(speaker.url(), /[?&]speaker=[A-Za-z0-9_-]+/);
  assert.equal(await previewHeading(speaker, 'current'), 'Opening slide');
  assert.equal(await previewHeading(speaker, 'next'), 'Second slide');
  assert.equal(await speaker.title(), 'Speaker view – Speaker fixture');
  assert.deepEqual(speaker.errors, []);
});

test('the speaker counter and the screen-reader announcement leave uncounted slides out, as the slide number does', async () => {
  // Five slides, the second and the last uncounted: three counted.
  const page = await openDeck('?src=fixtures/uncounted.md');
  const speaker = await pressS(page);
  const counter = speaker.locator('.dv-speaker-count .dv-speaker-value');
  const live = page.locator('.reveal [aria-live="polite"]');
  const steps = [
    ['1 / 3', 'Slide 1 of 3: One'],
    ['extra after 1 / 3', 'Extra slide after slide 1 of 3: Interlude'],
    ['2 / 3', 'Slide 2 of 3: Two'],
    ['3 / 3', 'Slide 3 of 3: Three'],
    ['extra after 3 / 3', 'Extra slide after slide 3 of 3: Backup'],
  ];
  for (const [i, [shown, heard]] of steps.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await speaker.waitForFunction(
      (want) => document.querySelector('.dv-speaker-count .dv-speaker-value')?.textContent === want,
      shown,
      { timeout: 10000 },
    );
    assert.equal(await counter.textContent(), shown);
    assert.equal(await live.textContent(), heard);
  }
});

test('the speaker view loads the emoji table for a deck with shortcodes', async () => {
  const page = await openDeck('?src=fixtures/emoji.md');
  const speaker = await pressS(page);
  await waitForPreview(speaker, 'current', 'Thanks 🐑 👍');
  await waitForPreview(speaker, 'next', 'Next 🚀');
  assert.deepEqual(speaker.errors, []);
});

test('the speaker view\'s previews show the slides\' backgrounds and their text colours', async () => {
  const page = await openDeck('?src=fixtures/backgrounds.md#/1');
  const speaker = await pressS(page);
  await waitForPreview(speaker, 'current', 'Navy');
  const seen = await speaker.evaluate(() => {
    const current = document.querySelector('.dv-speaker-current');
    const background = current.querySelector('.backgrounds > .slide-background.present');
    const heading = current.querySelector('.slides > section.present h1');
    return {
      background: background && getComputedStyle(background).backgroundColor,
      heading: getComputedStyle(heading).color,
      tone: current.querySelector('.slides > section.present').classList.contains('has-dark-background'),
    };
  });
  assert.equal(seen.background, 'rgb(0, 0, 128)', 'the navy background');
  assert.ok(seen.tone, 'the slide is marked as on a dark background');
  assert.equal(seen.heading, 'rgb(255, 255, 255)', 'white text on navy, as in the presentation');
  await h.screenshot(speaker, 'speaker-background');
  assert.deepEqual(speaker.errors, []);
});

test('the speaker view shows the current slide\'s notes, as formatted Markdown', async () => {
  const page = await openDeck(FIXTURE);
  const speaker = await pressS(page);
  const notes = speaker.locator('.dv-speaker-notes-body');
  await notes.waitFor();
  assert.match(await notes.textContent(), /Greet the audience/);
  assert.equal(await notes.locator('strong').textContent(), 'mention the survey');
});

test('a slide without notes says so in the speaker view', async () => {
  const page = await openDeck(`${FIXTURE}#/2`);
  const speaker = await pressS(page);
  await waitForPreview(speaker, 'current', 'Third slide');
  assert.match(await speaker.locator('.dv-speaker-no-notes').textContent(), /No notes for this slide/);
});

test('moving in the presentation moves the speaker view', async () => {
  const page = await openDeck(FIXTURE);
  const speaker = await pressS(page);
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await waitForPreview(speaker, 'current', 'Second slide');
  await waitForPreview(speaker, 'next', 'Third slide');
  assert.match(await speaker.locator('.dv-speaker-notes-body').textContent(), /one by one/);
});

test('moving in the speaker view moves the presentation, fragments included', async () => {
  const page = await openDeck(FIXTURE);
  const speaker = await pressS(page);
  await speaker.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/1', null, { timeout: 10000 });
  await speaker.keyboard.press('ArrowRight');
  await page.waitForFunction(
    () => document.querySelectorAll('.reveal .slides section.present .fragment.visible').length === 1,
    null,
    { timeout: 10000 },
  );
  assert.match(await speaker.locator('.dv-speaker-next .dv-speaker-heading').textContent(), /1 more fragment/);
});

test('the speaker view\'s Next button moves the presentation', async () => {
  const page = await openDeck(`${FIXTURE}#/2`);
  const speaker = await pressS(page);
  await waitForPreview(speaker, 'current', 'Third slide');
  await speaker.click('.dv-speaker-next-button');
  await page.waitForFunction(() => location.hash === '#/2/1', null, { timeout: 10000 });
  await waitForPreview(speaker, 'current', 'Third slide, below');
});

test('a deck opened from pasted text is shown in the speaker view', async () => {
  const page = await openDeck('');
  await h.clickToolbar(page, '.dv-open-button');
  await page.fill('#dv-open-text', '# Pasted one\n\nNote:\nPasted notes\n\n---\n\n# Pasted two\n');
  await page.click('.dv-open-text-button');
  await page.waitForFunction(() => document.title.startsWith('Pasted one'));
  const speaker = await pressS(page);
  await waitForPreview(speaker, 'current', 'Pasted one');
  await waitForPreview(speaker, 'next', 'Pasted two');
  assert.match(await speaker.locator('.dv-speaker-notes-body').textContent(), /Pasted notes/);
});

test('the speaker view follows when the presentation opens another deck', async () => {
  const page = await openDeck(FIXTURE);
  const speaker = await pressS(page);
  await page.bringToFront();
  await h.clickToolbar(page, '.dv-open-button');
  await page.fill('#dv-open-text', '# Another deck\n\n---\n\n# Its second slide\n');
  await page.click('.dv-open-text-button');
  await waitForPreview(speaker, 'current', 'Another deck');
  await speaker.waitForFunction(() => document.title === 'Speaker view – Another deck');
});

test('pacing from totalTime says how far ahead of the plan the speaker is', async () => {
  const page = await openDeck(FIXTURE);
  const speaker = await pressS(page);
  // 180 s over 5 slides: 36 s each; on the first slide, on track.
  assert.match(await speaker.locator('.dv-speaker-pacing').textContent(), /On track/);
  // The last slide is planned to start at 144 s: reaching it at once is ahead.
  await speaker.keyboard.press('End');
  await waitForPreview(speaker, 'current', 'Last slide');
  assert.match(await speaker.locator('.dv-speaker-pacing').textContent(), /Ahead by 2:[012]\d/);
  assert.equal(await speaker.locator('.dv-speaker-end').textContent(), 'End of the deck');
});

test('without totalTime or defaultTiming the speaker view shows no pacing', async () => {
  const page = await openDeck('?src=fixtures/minimal.md');
  const speaker = await pressS(page);
  await speaker.locator('.dv-speaker-elapsed').waitFor();
  assert.equal(await speaker.locator('.dv-speaker-pacing').count(), 0);
});

test('the elapsed time counts from the opening and resets to zero', async () => {
  const page = await openDeck(FIXTURE);
  const speaker = await pressS(page);
  const elapsed = speaker.locator('.dv-speaker-elapsed .dv-speaker-value');
  await speaker.waitForFunction(
    () => document.querySelector('.dv-speaker-elapsed .dv-speaker-value')?.textContent === '0:02',
    null,
    { timeout: 10000 },
  );
  await speaker.click('.dv-speaker-reset');
  assert.equal(await elapsed.textContent(), '0:00');
  assert.match(await speaker.locator('.dv-speaker-clock .dv-speaker-value').textContent(), /^\d\d:\d\d:\d\d$/);
});

test('messages on the channel that are not valid positions are ignored', async () => {
  const page = await openDeck(FIXTURE);
  const speaker = await pressS(page);
  const id = new URL(speaker.url()).searchParams.get('speaker');
  await page.evaluate((id) => {
    const channel = new BroadcastChannel(`deckview-speaker-${id}`);
    for (const garbage of [
      'hello',
      null,
      { type: 'position', h: 99, v: 0 },
      { type: 'position', h: -1, v: 0 },
      { type: 'position', h: '2', v: 0 },
      { type: 'position', h: 1.5, v: 0 },
      { type: 'deck', text: 42, h: 0, v: 0 },
    ]) {
      channel.postMessage(garbage);
    }
    channel.postMessage({ type: 'position', h: 3, v: 0, f: null });
    channel.close();
  }, id);
  // Only the valid message (last) moved both windows.
  await waitForPreview(speaker, 'current', 'Last slide');
  await page.waitForFunction(() => location.hash === '#/3', null, { timeout: 10000 });
  assert.deepEqual(speaker.errors, []);
});

test('a speaker view opened by address in the same browser catches up with a reloaded presentation', async () => {
  const page = await openDeck(FIXTURE);
  await page.evaluate(() => sessionStorage.setItem('deckview.speaker', 'fixedchannel1'));
  const speaker = await page.context().newPage();
  await speaker.goto(h.url(`/${FIXTURE}&speaker=fixedchannel1`));
  await speaker.locator('.dv-speaker-waiting').waitFor();
  // The reloaded presentation joins the channel it finds in session storage.
  await page.reload();
  await waitForPreview(speaker, 'current', 'Opening slide');
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await waitForPreview(speaker, 'current', 'Second slide');
});

test('screenshot: the speaker view', async () => {
  const page = await openDeck(`${FIXTURE}#/1`);
  const speaker = await pressS(page);
  await speaker.setViewportSize({ width: 1280, height: 800 });
  await speaker.keyboard.press('ArrowRight');
  await speaker.waitForFunction(() => document.querySelectorAll('.dv-speaker-current .fragment.visible').length === 1);
  await h.screenshot(speaker, 'speaker-view');
  await speaker.setViewportSize({ width: 600, height: 900 });
  await h.screenshot(speaker, 'speaker-view-narrow');
});

test('a blocked speaker window is reported on screen, with how to allow pop-ups, and can be dismissed', async () => {
  const page = await h.openApp('');
  // What a pop-up blocker makes window.open return, from the page's start.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.reload();
  await page.waitForSelector('.reveal .slides > section.present', { state: 'visible' });
  let alerted = false;
  page.on('dialog', (dialog) => {
    alerted = true;
    dialog.dismiss();
  });
  await page.keyboard.press('s');
  // The speaker sync's code may still have to arrive: a chunk fetched on first use.
  const notice = page.getByRole('alert');
  await notice.waitFor({ state: 'visible', timeout: 10000 });
  const text = await notice.textContent();
  assert.match(text, /The browser blocked the speaker view window\./);
  assert.match(text, /Allow pop-ups for this site, then press S again\./);
  assert.match(text, /Chrome, Edge:.*address bar/);
  assert.match(text, /Firefox:/);
  assert.match(text, /Safari:/);
  assert.equal(alerted, false, 'no browser alert blocks the page');
  await h.screenshot(page, 'speaker-popup-blocked');

  // It stays out of the way of the deck's keys, and goes with its button.
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.reveal .slides > section[data-index-h="1"].present');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await notice.waitFor({ state: 'detached', timeout: 5000 });
});

// ---- the whole-page views' own module ----

const PAGE_VIEW_CHUNK = lazyChunk('mount_page_view');

test('a presentation does not download the whole-page views\' chunk; the speaker window loads it', async () => {
  const page = await openDeck(FIXTURE);
  const loaded = await wasmLoaded(page);
  assert.equal(loaded.filter((n) => PAGE_VIEW_CHUNK.test(n)).length, 0, `fetched: ${loaded}`);
  const speaker = await pressS(page);
  assert.equal(
    await speaker.evaluate(() => document.querySelector('.reveal .slides section.present') !== null),
    true,
  );
  assert.ok((await wasmLoaded(speaker)).some((n) => PAGE_VIEW_CHUNK.test(n)));
});

test('a speaker address with a broken channel id says so and links back to the presentation', async () => {
  const page = await h.openApp(`${FIXTURE}&speaker=not%20valid#/1`);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 15000 });
  assert.match(await alert.textContent(), /speaker view address is not complete/);
  await alert.getByRole('link', { name: 'Open the presentation' }).click();
  await page.waitForSelector(present, { state: 'visible', timeout: 15000 });
  const url = new URL(page.url());
  assert.equal(url.searchParams.has('speaker'), false);
  assert.equal(url.searchParams.get('src'), 'fixtures/speaker-notes.md');
  assert.equal(url.hash, '#/1');
});
