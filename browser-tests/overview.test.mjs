// The slide overview (Esc / O): a grid of live thumbnails centred on the
// current slide, arrows move the selection, Enter or a click leaves it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();

const GRID = '?src=fixtures/overview-grid.md';
const hash = (page) => page.evaluate(() => location.hash);
const isOpen = (page) => page.locator('.reveal.overview').count().then((n) => n === 1);

async function openDeck(query, options) {
  const page = await h.openApp(query, options);
  await page.waitForSelector('.reveal .slides section.present', { state: 'visible', timeout: 15000 });
  return page;
}

/** Opens the overview and waits until the camera has settled. */
async function openOverview(page, key = 'Escape') {
  await page.keyboard.press(key);
  await page.waitForSelector('.reveal.overview');
  await settle(page);
}

/** Waits for the camera's move to end (transitions and two frames). */
async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((done) => {
        const slides = document.querySelector('.reveal .slides');
        const running = slides.getAnimations().map((a) => a.finished.catch(() => {}));
        Promise.all(running).then(() =>
          requestAnimationFrame(() => requestAnimationFrame(() => done())),
        );
      }),
  );
}

/** The slide sections (not stacks) whose boxes are on screen and opaque. */
function slidesOnScreen(page) {
  return page.evaluate(() => {
    const vw = innerWidth;
    const vh = innerHeight;
    return [...document.querySelectorAll('.reveal .slides section:not(.stack)')]
      .filter((s) => {
        const r = s.getBoundingClientRect();
        const shown = getComputedStyle(s);
        return (
          r.width > 0 &&
          r.right > 0 &&
          r.bottom > 0 &&
          r.left < vw &&
          r.top < vh &&
          shown.opacity === '1' &&
          shown.visibility === 'visible'
        );
      })
      .map((s) => s.querySelector('h1, h2')?.textContent.trim());
  });
}

/** The heading of the slide the overview marks as current. */
function selected(page) {
  return page.evaluate(() => {
    const column = document.querySelector('.reveal .slides > section.present');
    const leaf = column.classList.contains('stack')
      ? column.querySelector(':scope > section.present')
      : column;
    return leaf.querySelector('h1, h2').textContent.trim();
  });
}

/** Where a slide's thumbnail is, by its heading. */
function boxOf(page, heading) {
  return page.evaluate((text) => {
    const s = [...document.querySelectorAll('.reveal .slides section:not(.stack)')].find(
      (x) => x.querySelector('h1, h2')?.textContent.trim() === text,
    );
    const r = s.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, heading);
}

test('Esc opens the overview: .reveal gets the class overview', async () => {
  const page = await openDeck(GRID);
  assert.equal(await isOpen(page), false);
  await openOverview(page);
  assert.equal(await isOpen(page), true);
});

test('the overview shows several slides at once, past and future ones too', async () => {
  const page = await openDeck(`${GRID}#/2`);
  await openOverview(page);
  const shown = await slidesOnScreen(page);
  assert.ok(shown.length >= 3, `slides on screen: ${shown.join(', ')}`);
  assert.ok(shown.includes('Two') && shown.includes('Three') && shown.includes('Four'), shown.join(', '));
  await h.screenshot(page, 'overview-grid');
});

test('thumbnails are smaller than the slide and the current one is in the middle', async () => {
  const page = await openDeck(`${GRID}#/2`);
  const before = await boxOf(page, 'Three');
  await openOverview(page);
  const box = await boxOf(page, 'Three');
  assert.ok(box.width < before.width / 3, `thumbnail ${box.width}px wide, slide ${before.width}px`);
  const viewport = page.viewportSize();
  assert.ok(Math.abs(box.x + box.width / 2 - viewport.width / 2) < 2);
  assert.ok(Math.abs(box.y + box.height / 2 - viewport.height / 2) < 2);
});

test('the current slide is outlined in the overview, the others less', async () => {
  const page = await openDeck(`${GRID}#/1`);
  await openOverview(page);
  const outlines = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section:not(.stack)')].map((s) => ({
      present: s.classList.contains('present'),
      width: parseFloat(getComputedStyle(s).outlineWidth),
      style: getComputedStyle(s).outlineStyle,
    })),
  );
  const current = outlines.find((o) => o.present);
  const others = outlines.filter((o) => !o.present);
  assert.equal(current.style, 'solid');
  assert.ok(others.every((o) => o.width < current.width), JSON.stringify(outlines));
  assert.equal(await selected(page), 'Two');
});

test('ArrowRight in the overview moves the selection and keeps the overview open', async () => {
  const page = await openDeck(GRID);
  await openOverview(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/1');
  assert.equal(await isOpen(page), true);
  assert.equal(await selected(page), 'Two');
});

test('the overview centres on the new selection after a move', async () => {
  const page = await openDeck(GRID);
  await openOverview(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/2');
  await settle(page);
  const box = await boxOf(page, 'Three');
  const viewport = page.viewportSize();
  assert.ok(Math.abs(box.x + box.width / 2 - viewport.width / 2) < 2, JSON.stringify(box));
});

test('arrows in the overview go from slide to slide, not from fragment to fragment', async () => {
  const page = await openDeck(`${GRID}#/2`);
  await openOverview(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/3');
  assert.equal(await selected(page), 'Four');
});

test('fragments are all shown in thumbnails', async () => {
  const page = await openDeck(`${GRID}#/2`);
  await openOverview(page);
  const opacities = await page.$$eval('.reveal .slides section .fragment', (list) =>
    list.map((f) => getComputedStyle(f).opacity),
  );
  assert.ok(opacities.length >= 2);
  assert.deepEqual([...new Set(opacities)], ['1']);
});

test('ArrowDown in the overview moves into a vertical stack', async () => {
  const page = await openDeck(`${GRID}#/3`);
  await openOverview(page);
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => location.hash === '#/3/1');
  assert.equal(await selected(page), 'Four, below');
  await settle(page);
  const below = await boxOf(page, 'Four, below');
  const top = await boxOf(page, 'Four');
  assert.ok(below.y > top.y + top.height, 'the stack goes down below its top slide');
  assert.ok(Math.abs(below.x - top.x) < 1, 'in the same column');
});

test('Enter leaves the overview at the selected slide', async () => {
  const page = await openDeck(GRID);
  await openOverview(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/1');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.reveal:not(.overview)');
  assert.equal(await hash(page), '#/1');
  const box = await boxOf(page, 'Two');
  assert.ok(box.width > page.viewportSize().width / 2, 'the slide is full size again');
});

test('Esc closes the overview again, at the selected slide', async () => {
  const page = await openDeck(GRID);
  await openOverview(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/1');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.reveal:not(.overview)');
  assert.equal(await selected(page), 'Two');
});

test('O opens and closes the overview too', async () => {
  const page = await openDeck(GRID);
  await openOverview(page, 'o');
  assert.equal(await isOpen(page), true);
  await page.keyboard.press('o');
  await page.waitForSelector('.reveal:not(.overview)');
});

test('clicking a thumbnail opens that slide', async () => {
  const page = await openDeck(GRID);
  await openOverview(page);
  const box = await boxOf(page, 'Three');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('.reveal:not(.overview)');
  assert.equal(await hash(page), '#/2');
  assert.equal(await selected(page), 'Three');
});

test('clicking a link inside a thumbnail opens the slide, not the link', async () => {
  const page = await openDeck(GRID);
  await openOverview(page);
  const link = await page.locator('.reveal .slides a[href*="sentinel"]').boundingBox();
  await page.mouse.click(link.x + link.width / 2, link.y + link.height / 2);
  await page.waitForSelector('.reveal:not(.overview)');
  assert.equal(await hash(page), '#/1');
  assert.equal(h.requestsMatching('sentinel').length, 0);
  assert.match(page.url(), /overview-grid\.md/);
});

test('after leaving the overview only slides near the current one are laid out again', async () => {
  const page = await openDeck(GRID);
  const laidOut = () => page.locator('.reveal .slides section:not(.stack):not([hidden])').count();
  const before = await laidOut();
  await openOverview(page);
  assert.ok((await laidOut()) > before);
  await page.keyboard.press('Escape');
  await page.waitForSelector('.reveal:not(.overview)');
  assert.equal(await laidOut(), before);
});

test('the parallax background shows behind the overview', async () => {
  // parallax.md names its image relative to the deck, which the viewer does
  // not resolve yet; this fixture names it from the server's root.
  const page = await openDeck('?src=fixtures/overview-parallax.md');
  await openOverview(page);
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => e.name.endsWith('parallax-1920x1080.png')),
  );
  const png = h.requestsMatching('parallax-1920x1080.png');
  assert.ok(png.length > 0 && png.every((r) => r.status === 200), JSON.stringify(png));
  const background = await page.evaluate(() => {
    const el = document.querySelector('.reveal .backgrounds');
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // What is drawn in the gap right of the first thumbnail.
    const first = document.querySelector('.reveal .slides section:not(.stack)').getBoundingClientRect();
    const hit = document.elementFromPoint(first.right + 4, first.top + first.height / 2);
    return {
      image: style.backgroundImage,
      visible: style.visibility === 'visible' && style.display !== 'none' && style.opacity === '1',
      covers: r.width >= innerWidth && r.height >= innerHeight,
      inGap: hit?.className,
    };
  });
  assert.match(background.image, /parallax-1920x1080\.png/);
  assert.ok(background.visible && background.covers, JSON.stringify(background));
  assert.equal(background.inGap, 'backgrounds');
  await h.screenshot(page, 'overview-parallax');
});

test('a deck with overview: false ignores Esc and O', async () => {
  const page = await openDeck('?src=fixtures/overview-off.md');
  await page.keyboard.press('Escape');
  await page.keyboard.press('o');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/1');
  assert.equal(await isOpen(page), false);
});

// How fast it opens is a benchmark figure (scripts/nav-bench.mjs, overview_ms), not a timed test.
test('the bundled SCS deck opens its overview centred on the current slide', async (t) => {
  const page = await openDeck('#/5');
  const ms = await page.evaluate(
    () =>
      new Promise((done) => {
        const start = performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }));
        // The overview's code may still have to arrive (a chunk fetched on first use).
        const opened = () => document.querySelector('.reveal.overview')
          ? requestAnimationFrame(() => setTimeout(() => done(performance.now() - start)))
          : requestAnimationFrame(opened);
        opened();
      }),
  );
  assert.equal(await isOpen(page), true);
  t.diagnostic(`opened in ${ms.toFixed(0)} ms`);
  await settle(page);
  assert.ok((await slidesOnScreen(page)).length >= 6);
  await h.screenshot(page, 'overview-scs');
});
