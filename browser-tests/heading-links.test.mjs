// Links inside a deck to its own headings (`[…](#依賴)`): headings get
// HedgeDoc's ids, and such a link shows the slide holding the heading, on
// the page, in an ?embed frame and in a <deck-view> element; the address
// then says where the deck is, reveal.js's way (`#/h/v`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();

const present = '.reveal .slides section.present';
const hash = (page) => page.evaluate(() => location.hash);

const openDeck = (query) => h.openDeck(query);

test('clicking a link to a CJK heading shows the slide holding it, and the address says #/h/v', async () => {
  const page = await openDeck('?src=fixtures/heading-links.md');
  await page.getByRole('link', { name: '依賴章節裡的示意' }).click();
  await page.waitForFunction(() => location.hash === '#/3/1');
  const heading = page.locator('.reveal .slides section.present h3');
  assert.equal(await heading.getAttribute('id'), '依賴', 'the heading has HedgeDoc’s id');
  assert.ok(await heading.isVisible());
  await h.screenshot(page, 'heading-link-cjk');
});

test('a link in reveal.js’s form (#/id) to a heading on a slide not yet filled moves there', async () => {
  const page = await openDeck('?src=fixtures/heading-links.md');
  assert.equal(await page.locator('[id="Far-away"]').count(), 0, 'that slide is not in the page yet');
  await page.getByRole('link', { name: 'reveal.js’s form' }).click();
  await page.waitForFunction(() => location.hash === '#/5');
  assert.equal(await page.locator(`${present} h2`).textContent(), 'Far away');
});

test('a heading whose id the sanitiser drops (location) is still reached by its link', async () => {
  const page = await openDeck('?src=fixtures/heading-links.md');
  await page.getByRole('link', { name: 'a clobbering name' }).click();
  await page.waitForFunction(() => location.hash === '#/6');
  assert.equal(await page.locator(`${present} h2`).textContent(), 'location');
  assert.equal(await page.locator(`${present} h2`).getAttribute('id'), null, 'DOMPurify dropped the id');
  assert.equal(await page.evaluate(() => typeof document.location), 'object', 'nothing clobbered');
});

test('an address naming a heading (#依賴) opens the deck on its slide, written back as #/h/v', async () => {
  const page = await openDeck(`?src=fixtures/heading-links.md#${encodeURIComponent('依賴')}`);
  await page.waitForFunction(() => location.hash === '#/3/1');
  assert.equal(await page.locator(`${present} h3`).textContent(), '依賴');
});

test('in a <deck-view> element a link to a heading moves that deck, not the host page', async () => {
  const page = await h.openApp('', { base: '/examples/embed.html', waitForStart: false, viewport: { width: 1100, height: 1900 } });
  await page.evaluate(() => {
    const d = document.createElement('deck-view');
    d.id = 'headings';
    d.setAttribute('src', '../fixtures/heading-links.md');
    document.body.append(d);
  });
  const link = page.locator('#headings a', { hasText: '依賴章節裡的示意' });
  await link.click();
  await page.waitForFunction(() =>
    document.getElementById('headings').shadowRoot.querySelector('.slides > section.present > section.present h3')?.id === '依賴');
  assert.equal(new URL(page.url()).hash, '', 'the host page’s address is untouched');
});

test('in an ?embed frame a link to a heading moves the frame’s deck and its own address', async () => {
  const page = await openDeck('?src=fixtures/heading-links.md&embed');
  await page.getByRole('link', { name: '依賴章節裡的示意' }).click();
  await page.waitForFunction(() => location.hash === '#/3/1');
  assert.equal(await page.locator(`${present} h3`).textContent(), '依賴');
});
