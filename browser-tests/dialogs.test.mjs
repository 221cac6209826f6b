// The dialogs own the keyboard: the open dialog (Open…), the keyboard help
// (?) and the jump prompt (G) are modal dialogs. Each test does what a
// person does: one click (or key) to open, then only the keyboard. The
// same dialogs inside a <deck-view> element and an ?embed frame are tested
// in embed.test.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();

const present = '.reveal .slides section.present';
const hash = (page) => page.evaluate(() => location.hash);

const openDeck = (query) => h.openDeck(query);

/** What has focus: an element's id, class or label, or 'BODY' when focus is
 *  in the browser's own UI (a modal dialog lets Tab go there, never to the
 *  page behind it). */
const focused = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'BODY';
    return e.id ? `#${e.id}` : e.getAttribute('aria-label') || e.textContent.trim() || e.className;
  });

const focusIsIn = (page, selector) =>
  page.evaluate((selector) => !!document.activeElement?.closest(selector), selector);

/** The dialog matching `selector` is shown as a modal (top layer, page behind inert). */
const isModal = (page, selector) => page.evaluate((selector) => document.querySelector(selector).matches(':modal'), selector);

/** Clicks the deck, as a presenter does before using its keys. */
async function clickDeck(page) {
  await page.mouse.click(300, 400);
  assert.equal(await focusIsIn(page, '.reveal'), true, 'a click on the deck gives it focus');
}

test('the deck is focusable from its first slide on, and a click then gives it focus', async () => {
  const page = await h.openApp('?src=fixtures/presenter-stacks.md', {
    // Whether `.reveal` could take focus when the first slide came, recorded in that same task.
    initScript: () => {
      new MutationObserver((_, observer) => {
        const reveal = document.querySelector('.reveal');
        if (!reveal?.querySelector('.slides section.present')) return;
        window.__dvFocusableAtFirstSlide = reveal.getAttribute('tabindex') === '-1';
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    },
  });
  await page.locator('.reveal .slides > section.present').first().waitFor();
  assert.equal(await page.evaluate(() => window.__dvFocusableAtFirstSlide), true);
  await clickDeck(page);
});

// ---- the open dialog ----

test('Open… then Escape closes the open dialog and puts focus back on the Open… button', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await h.clickToolbar(page, '.dv-open-button');
  const dialog = page.getByRole('dialog', { name: 'Open a deck' });
  await dialog.waitFor();
  assert.equal(await isModal(page, '.dv-open-dialog'), true, 'a modal dialog');
  assert.equal(await focused(page), '#dv-open-url', 'focus moves into the address field');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await focusIsIn(page, '.dv-open-button'), true, 'focus is back on Open…');
  assert.equal(await page.locator('.reveal.overview').count(), 0, 'Escape did not also open the overview');
  assert.equal(await hash(page), '#/');
});

test('Tab cycles inside the open dialog and never reaches the toolbar or the deck behind it', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await h.clickToolbar(page, '.dv-open-button');
  await page.getByRole('dialog', { name: 'Open a deck' }).waitFor();
  const seen = [];
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press('Tab');
    const where = await focused(page);
    seen.push(where);
    if (where !== 'BODY') {
      assert.equal(await focusIsIn(page, '.dv-open-dialog'), true, `Tab ${i + 1} stays in the dialog: ${where}`);
    }
  }
  for (const control of ['#dv-open-url', '#dv-open-text', '#dv-open-file', 'Close']) {
    assert.ok(seen.includes(control), `Tab reaches ${control}: ${seen}`);
  }
  assert.ok(seen.lastIndexOf('#dv-open-url') > seen.indexOf('Close'), `Tab comes round to the first field again: ${seen}`);
});

test('ArrowRight typed in the open dialog’s address field does not move the slide', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await h.clickToolbar(page, '.dv-open-button');
  await page.getByRole('dialog', { name: 'Open a deck' }).waitFor();
  await page.keyboard.type('https://example.org/deck.md');
  for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'End']) {
    await page.keyboard.press(key);
  }
  assert.equal(await hash(page), '#/', 'the deck stays put behind the dialog');
  assert.equal(await page.locator('.reveal.overview').count(), 0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/1', 'once the dialog is closed the keys reach the deck again');
});

test('Enter in the open dialog’s address field opens the deck, which then has the keys', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await h.clickToolbar(page, '.dv-open-button');
  const dialog = page.getByRole('dialog', { name: 'Open a deck' });
  await dialog.waitFor();
  await page.keyboard.type(h.url('/fixtures/ids.md'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.reveal .slides section.present h1')?.textContent === 'First');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await focusIsIn(page, '.reveal'), true, 'focus is on the new deck, not on Open…');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.hash === '#/agenda');
});

// ---- the keyboard help ----

test('? opens the keyboard help as a modal dialog; Escape closes it and focus returns to the deck', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await clickDeck(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  assert.equal(await isModal(page, '.dv-help'), true, 'a modal dialog');
  assert.equal(await focused(page), 'Close help', 'focus moves into the help');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const where = await focused(page);
    // The help itself scrolls, so Tab may stop on it too (arrows then scroll it).
    assert.ok(where === 'BODY' || (await focusIsIn(page, '.dv-help')), `Tab ${i + 1} stays in the help: ${where}`);
  }
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/', 'the deck stays put behind the help');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await focusIsIn(page, '.reveal'), true, 'focus is back on the deck');
  assert.equal(await page.locator('.reveal.overview').count(), 0, 'Escape only closed the help');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/1', 'the keys reach the deck again');
});

// ---- the jump prompt ----

test('G opens the jump prompt as a modal dialog; a number and Enter jump there and focus returns to the deck', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await clickDeck(page);
  await page.keyboard.press('g');
  const input = page.getByLabel('Go to slide');
  await input.waitFor();
  assert.equal(await isModal(page, '.dv-jump'), true, 'a modal dialog');
  assert.equal(await focused(page), '#dv-jump-input');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  assert.equal(await hash(page), '#/1/2');
  assert.equal(await page.locator('.dv-jump').count(), 0, 'the prompt closes');
  assert.equal(await focusIsIn(page, '.reveal'), true, 'focus is back on the deck');
  await page.keyboard.press('ArrowDown');
  assert.equal(await hash(page), '#/1/2', 'the deck has the keys again (the last slide of its column)');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/2');
});

test('Escape cancels the jump prompt without moving, and focus returns to the deck', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await clickDeck(page);
  await page.keyboard.press('g');
  await page.getByLabel('Go to slide').waitFor();
  await page.keyboard.type('3');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.dv-jump').count(), 0, 'the prompt closes');
  assert.equal(await hash(page), '#/');
  assert.equal(await page.locator('.reveal.overview').count(), 0, 'Escape only closed the prompt');
  assert.equal(await focusIsIn(page, '.reveal'), true, 'focus is back on the deck');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/1');
});

test('the jump prompt also returns focus to the deck when nothing had focus before it opened', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  assert.equal(await focused(page), 'BODY');
  await page.keyboard.press('g');
  await page.getByLabel('Go to slide').waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.dv-jump').count(), 0);
  assert.equal(await focusIsIn(page, '.reveal'), true, 'focus is on the deck, not lost in the closed prompt');
});
