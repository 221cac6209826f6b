// Fragments step in one by one, in reveal.js's order, as presenters expect.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();

async function open(query) {
  const page = await h.openApp(query);
  await page.waitForSelector('.reveal .slides > section.present', { state: 'visible' });
  return page;
}
const visibleTexts = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section.present .fragment.visible')].map((e) =>
      e.textContent.trim(),
    ),
  );
const hash = (page) => page.evaluate(() => location.hash);

test('fragments start hidden and appear one per forward press before the slide changes', async () => {
  const page = await open('?src=fixtures/fragments.md');
  assert.deepEqual(await visibleTexts(page), []);
  const opacity = await page.evaluate(
    () => getComputedStyle(document.querySelector('.reveal .slides section.present .fragment')).opacity,
  );
  assert.equal(opacity, '0', 'a hidden fragment is not seen');
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await visibleTexts(page), ['one']);
  assert.equal(await hash(page), '#/', 'showing a fragment does not change the slide');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await visibleTexts(page), ['one', 'two', 'three']);
  assert.equal(
    (await page.locator('.reveal .slides > section.present .fragment.current-fragment').textContent()).trim(),
    'three',
  );
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/1');
});

test('going back hides the last fragment shown, and returning to a slide shows all of its fragments', async () => {
  const page = await open('?src=fixtures/fragments.md#/1');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await hash(page), '#/');
  assert.deepEqual(await visibleTexts(page), ['one', 'two', 'three']);
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await visibleTexts(page), ['one', 'two']);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('p');
  assert.deepEqual(await visibleTexts(page), []);
});

test('indexed fragments come first in index order, then the others', async () => {
  const page = await open('?src=fixtures/fragments.md#/1');
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await visibleTexts(page), ['early']);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual((await visibleTexts(page)).sort(), ['early', 'late']);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual((await visibleTexts(page)).sort(), ['early', 'last', 'late']);
  const indices = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section.present .fragment')].map((e) => e.dataset.fragmentIndex),
  );
  assert.deepEqual(indices, ['1', '2', '0'], 'indices renumbered without gaps, as reveal.js does');
});

test('Alt+arrow skips the fragments', async () => {
  const page = await open('?src=fixtures/fragments.md');
  await page.keyboard.press('Alt+ArrowRight');
  assert.equal(await hash(page), '#/1');
  await page.keyboard.press('Alt+ArrowLeft');
  assert.equal(await hash(page), '#/');
});

test('with fragmentInURL the fragment step is in the address, and opening it restores the step', async () => {
  const page = await open('?src=fixtures/fragments-url.md');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/0/0/0');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/0/0/1');
  const again = await open('?src=fixtures/fragments-url.md#/0/0/0');
  assert.deepEqual(await visibleTexts(again), ['a']);
});

test('each fragment shown moves the progress bar by its share of nine tenths of a slide', async () => {
  const page = await open('?src=fixtures/fragments.md');
  // The bar's drawn width over the track's, once its transition has ended.
  const barAt = (expected) =>
    page.waitForFunction(
      (want) => {
        const track = document.querySelector('.reveal .progress');
        const bar = track.querySelector('span');
        const ratio = bar.getBoundingClientRect().width / track.getBoundingClientRect().width;
        return Math.abs(ratio - want) < 0.002;
      },
      expected,
      { timeout: 5000 },
    );
  await barAt(0);
  await page.keyboard.press('ArrowRight');
  // Three slides, one of three fragments shown: (0 + ⅓ × 0.9) / (3 − 1).
  await barAt(0.15);
  await page.keyboard.press('ArrowRight');
  await barAt(0.3);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/1');
  await barAt(0.5);
});
