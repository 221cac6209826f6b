// The bundled fallback face: where neither Helvetica nor Arial is installed,
// deck text is set in Arimo (their widths), served by deckview, so a slide
// written to fit on its author's machine fits here too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();

/** The fonts Chromium drew the text of `selector`'s first match with: [{ familyName, isCustomFont, … }]. */
async function platformFonts(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

/** Whether this machine has a face of Arial's widths under the names the themes ask for first. */
async function hasLocalArial(page) {
  await page.evaluate(() => {
    const probe = Object.assign(document.createElement('span'), { id: 'dv-probe', textContent: 'Probe' });
    probe.style.fontFamily = 'Helvetica, Arial';
    document.body.append(probe);
  });
  const fonts = await platformFonts(page, '#dv-probe');
  await page.evaluate(() => document.getElementById('dv-probe').remove());
  return fonts.some((f) => /arial|helvetica|liberation sans|arimo/i.test(f.familyName));
}

/** Opens the fixture deck (a real deck's slide) with its fonts loaded. */
async function openFixture() {
  const page = await h.openDeck('?src=fixtures/fallback-font.md', { viewport: { width: 1280, height: 720 } });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

test('deck text is set in the bundled Arimo where neither Helvetica nor Arial is installed', async (t) => {
  const page = await openFixture();
  if (await hasLocalArial(page)) {
    t.skip('this machine has Helvetica or Arial (or a face of their widths): the themes use it');
    return;
  }
  for (const selector of ['.reveal .slides section.present h3', '.reveal .slides section.present td']) {
    const fonts = await platformFonts(page, selector);
    assert.deepEqual(
      fonts.map((f) => [f.familyName, f.isCustomFont]),
      [['Arimo', true]],
      `${selector} is drawn with the bundled face only`,
    );
  }
  for (const face of ['arimo-latin-400-normal.woff2', 'arimo-latin-700-normal.woff2']) {
    assert.ok(h.requestsMatching(`/${face}`).length > 0, `${face} comes from deckview's own host`);
  }
  assert.equal(h.requestsMatching('arimo-latin-400-italic').length, 0, 'a face no text uses is not fetched');
});

test('a real slide that overflowed in a wider sans-serif fits on the slide', async () => {
  const page = await openFixture();
  const { content, slide } = await page.evaluate(() => {
    const section = document.querySelector('.reveal .slides section.present');
    const style = getComputedStyle(section);
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    return { content: section.offsetHeight - padding, slide: document.querySelector('.reveal .slides').offsetHeight };
  });
  assert.ok(content <= slide, `the slide's content is ${content}px high, the slide ${slide}px`);
  await h.screenshot(page, 'fallback-font-fits');
});
