// Presenter tools and accessibility: fullscreen, pause, jump to
// slide, keyboard help, auto-slide, idle cursor, live region, focus,
// contrast, reduced motion.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();

const present = '.reveal .slides section.present';
const hash = (page) => page.evaluate(() => location.hash);

async function openDeck(query, options) {
  const page = await h.openApp(query, options);
  await page.waitForSelector(present, { state: 'visible', timeout: 15000 });
  return page;
}

/** WCAG contrast of an element's text colour against what is behind it:
 *  its own and its ancestors' backgrounds, composited, and under the app
 *  chrome (which floats over the deck) the deck's background. */
function contrastIn(page, selector) {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) throw new Error(`no ${selector}`);
    const rgba = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) throw new Error(`unreadable colour ${c}`);
      const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const over = (top, under) => ({
      r: top.r * top.a + under.r * (1 - top.a),
      g: top.g * top.a + under.g * (1 - top.a),
      b: top.b * top.a + under.b * (1 - top.a),
      a: 1,
    });
    const layers = [];
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      const bg = rgba(getComputedStyle(e).backgroundColor);
      if (bg.a > 0) layers.push(bg);
      if (bg.a >= 1) break;
      if (e.classList.contains('dv-chrome')) {
        layers.push(rgba(getComputedStyle(document.querySelector('.dv-deck')).backgroundColor));
        break;
      }
    }
    let bg = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of layers.reverse()) bg = over(layer, bg);
    const fg = over(rgba(getComputedStyle(el).color), bg);
    const lum = ({ r, g, b }) => {
      const lin = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    return (l1 + 0.05) / (l2 + 0.05);
  }, selector);
}

async function assertContrast(page, selectors, label) {
  for (const selector of selectors) {
    const ratio = await contrastIn(page, selector);
    assert.ok(ratio >= 4.5, `${label}: ${selector} has contrast ${ratio.toFixed(2)}, below 4.5:1`);
  }
}

// ---- fullscreen ----

test('F shows the deck element fullscreen, and F again leaves fullscreen', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 5000 });
  assert.equal(
    await page.evaluate(() => document.fullscreenElement.classList.contains('dv-deck')),
    true,
    'the deck, not the whole page, is fullscreen',
  );
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 5000 });
});

test('the toolbar has a labelled fullscreen button that shows the deck fullscreen', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  const button = page.getByRole('button', { name: 'Fullscreen' });
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  await button.click();
  await page.waitForFunction(() => document.fullscreenElement?.classList.contains('dv-deck'));
  // `fullscreenElement` is set before the `fullscreenchange` event that
  // updates the button is dispatched (next animation frame): wait for it.
  await page.waitForFunction(
    () => document.querySelector('.dv-fullscreen-button')?.getAttribute('aria-pressed') === 'true',
    null,
    { timeout: 5000 },
  );
  assert.equal(
    await page.evaluate(() => document.activeElement.classList.contains('reveal')),
    true,
    'after the click, keys go to the deck',
  );
});

// ---- pause ----

test('B blacks out the deck and holds it still until B is pressed again', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await page.keyboard.press('b');
  const overlay = page.locator('.reveal .pause-overlay');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.pause-overlay')).opacity === '1');
  assert.match(await page.locator('.reveal').getAttribute('class'), /\bpaused\b/);
  assert.equal(await overlay.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(0, 0, 0)');
  await h.screenshot(page, 'presenter-paused');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('g');
  assert.equal(await hash(page), '#/', 'navigation waits while paused');
  assert.equal(await page.locator('.dv-jump').count(), 0, 'other tools wait too');
  await page.keyboard.press('b');
  assert.doesNotMatch(await page.locator('.reveal').getAttribute('class'), /\bpaused\b/);
  await overlay.waitFor({ state: 'hidden' });
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/1');
});

test('every pause key of reveal.js toggles the black screen: V . : ; /', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  const paused = () => page.evaluate(() => document.querySelector('.reveal').classList.contains('paused'));
  for (const key of ['v', '.', ':', ';', '/']) {
    await page.keyboard.press(key);
    assert.equal(await paused(), true, `${key} pauses`);
    await page.keyboard.press(key);
    assert.equal(await paused(), false, `${key} resumes`);
  }
});

test('the resume button on the black screen brings the deck back', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await page.keyboard.press('b');
  await page.getByRole('button', { name: 'Resume presentation' }).click();
  assert.doesNotMatch(await page.locator('.reveal').getAttribute('class'), /\bpaused\b/);
});

// ---- jump to slide ----

async function jump(page, text) {
  await page.keyboard.press('g');
  const input = page.getByLabel('Go to slide');
  await input.waitFor();
  assert.equal(await input.evaluate((e) => e === document.activeElement), true, 'the prompt has focus');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('G, a slide number and Enter go to that slide, counted through the whole deck from 1', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  // Columns of 1, 3, 1, 2 slides: the 5th slide is the third column's only one.
  await jump(page, '5');
  assert.equal(await hash(page), '#/2');
  assert.equal(await page.locator('.dv-jump').count(), 0, 'the prompt closes');
  await jump(page, '4');
  assert.equal(await hash(page), '#/1/2');
});

test('G, h/v and Enter go to that column and row, counted from 1', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await jump(page, '4/2');
  assert.equal(await hash(page), '#/3/1');
  await jump(page, '2.3');
  assert.equal(await hash(page), '#/1/2');
});

test('the SCS deck: G 5 Enter goes to its fifth slide, G 4/2 to #/3/1', async () => {
  const page = await openDeck('');
  await jump(page, '5');
  assert.equal(await hash(page), '#/3/1');
  await jump(page, '1');
  assert.equal(await hash(page), '#/');
  await jump(page, '4/2');
  assert.equal(await hash(page), '#/3/1');
});

test('Esc in the jump prompt cancels without moving, and the G is not typed into it', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await page.keyboard.press('g');
  const input = page.getByLabel('Go to slide');
  await input.waitFor();
  assert.equal(await input.inputValue(), '');
  await page.keyboard.type('3');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.dv-jump').count(), 0);
  assert.equal(await hash(page), '#/');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/1', 'keys reach the deck again');
});

test('a jump to no slide keeps the prompt open and marks the text invalid', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await jump(page, 'nowhere');
  const input = page.getByLabel('Go to slide');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('.dv-jump-hint').textContent(), /No such slide/);
  assert.equal(await hash(page), '#/');
});

// ---- help ----

test('? shows the keyboard help listing every key; Esc closes it without opening anything else', async () => {
  const page = await openDeck('');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  const text = await dialog.textContent();
  for (const expected of ['ArrowRight', 'Alt+ArrowLeft', 'Shift+Space', 'PageDown', 'Home', 'Overview',
    'Speaker view', 'Pause', 'Fullscreen', 'Jump to slide', 'auto-slide', 'F1']) {
    assert.ok(text.includes(expected), `the help lists ${expected}`);
  }
  await h.screenshot(page, 'presenter-help');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/', 'the deck stays put behind the help');
  await page.keyboard.press('Escape');
  assert.equal(await dialog.count(), 0);
  assert.equal(await page.locator('.reveal.overview').count(), 0, 'Esc only closed the help');
});

test('a help reopened at once stays open (the first closing\'s late close event does not close it)', async () => {
  const page = await openDeck('');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.keyboard.press('?');
  await dialog.waitFor();
  // ? closes; F1 comes after the closing is under way but before the
  // browser's close event, which a task later follows it (as on a busy machine).
  await page.evaluate(async () => {
    const key = (k) => new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
    window.dispatchEvent(key('?'));
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
    window.dispatchEvent(key('F1'));
  });
  await page.waitForTimeout(300);
  assert.equal(await dialog.count(), 1, 'the help is open');
  assert.equal(await page.evaluate(() => document.querySelector('dialog.dv-help')?.open), true);
});

test('? again, F1, and the close button also close the help', async () => {
  const page = await openDeck('');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.keyboard.press('?');
  await dialog.waitFor();
  await page.keyboard.press('?');
  assert.equal(await dialog.count(), 0);
  await page.keyboard.press('F1');
  await dialog.waitFor();
  assert.equal(
    await page.evaluate(() => document.activeElement.getAttribute('aria-label')),
    'Close help',
    'focus moves into the dialog',
  );
  await page.getByRole('button', { name: 'Close help' }).click();
  assert.equal(await dialog.count(), 0);
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/1');
});

// ---- auto-slide ----

test('with autoSlide the deck steps on by itself', async () => {
  const page = await openDeck('?src=fixtures/presenter-autoslide.md');
  await page.waitForFunction(() => location.hash === '#/1', null, { timeout: 3000 });
  await page.waitForFunction(() => location.hash === '#/2', null, { timeout: 3000 });
  assert.ok(await page.locator('.dv-autoslide').isVisible(), 'the playback control shows');
});

test('A pauses auto-sliding and A again resumes it', async () => {
  // A slow page may step on once before the key press lands: what counts is
  // that nothing moves after it, and that something moves after the second.
  const page = await openDeck('?src=fixtures/presenter-autoslide.md#/1');
  await page.keyboard.press('a');
  assert.equal(await page.locator('.dv-autoslide').getAttribute('aria-pressed'), 'false');
  const at = await hash(page);
  await page.waitForTimeout(1200);
  assert.equal(await hash(page), at, 'paused: no step after more than twice the wait');
  await page.keyboard.press('a');
  await page.waitForFunction((from) => location.hash !== from, at, { timeout: 3000 });
});

test('the playback control pauses auto-sliding', async () => {
  const page = await openDeck('?src=fixtures/presenter-autoslide.md');
  const control = page.getByRole('button', { name: 'Auto-slide (A)' });
  await control.click();
  assert.equal(await control.getAttribute('aria-pressed'), 'false');
  const at = await hash(page);
  await page.waitForTimeout(1200);
  assert.equal(await hash(page), at);
});

test('navigating by hand pauses auto-sliding (autoSlideStoppable)', async () => {
  // From the last slide, where auto-sliding has nowhere to go: a slow page
  // cannot have stepped on by itself before the key press.
  const page = await openDeck('?src=fixtures/presenter-autoslide.md#/4');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => location.hash === '#/3', null, { timeout: 5000 });
  await page.waitForTimeout(1200);
  assert.equal(await hash(page), '#/3', 'no step after more than twice the interval');
});

test('auto-sliding stops at the last slide', async () => {
  const page = await openDeck('?src=fixtures/presenter-autoslide.md#/4');
  await page.waitForTimeout(1200);
  assert.equal(await hash(page), '#/4', 'no wrap to the start without loop');
});

// ---- live region ----

test('a polite live region announces each slide with its number and title', async () => {
  const page = await openDeck('');
  const live = page.locator('.reveal [aria-live="polite"]');
  // Every slide counts, vertical ones too; a stack's wrapper <section> is not
  // a slide (32 sections, 26 slides: columns of 1,1,1,6,3,5,2,2,2,1,1,1).
  const slides = await page.evaluate(() => document.querySelectorAll('.reveal .slides section:not(.stack)').length);
  assert.equal(slides, 26);
  assert.equal(await live.textContent(), `Slide 1 of ${slides}: Sovereign Cloud Stack`);
  await page.keyboard.press('ArrowRight');
  assert.equal(await live.textContent(), `Slide 2 of ${slides}: SCS Community Call`);
  const box = await live.boundingBox();
  assert.ok(!box || box.width <= 1, 'visually hidden');
});

// ---- idle cursor ----

test('the cursor hides over the deck and the toolbar fades after hideCursorTime without mouse movement', async () => {
  const page = await openDeck('?src=fixtures/presenter-cursor.md');
  const cursor = () => page.evaluate(() => getComputedStyle(document.querySelector('.reveal')).cursor);
  await page.mouse.move(400, 300);
  assert.notEqual(await cursor(), 'none');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.reveal')).cursor === 'none', null, {
    timeout: 2000,
  });
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.dv-toolbar')).opacity === '0');
  await page.mouse.move(420, 320);
  assert.notEqual(await cursor(), 'none', 'moving the mouse brings it back');
});

test('hideInactiveCursor: false keeps the cursor', async () => {
  const page = await openDeck('?src=fixtures/presenter-cursor.md&hideInactiveCursor=false');
  await page.mouse.move(400, 300);
  await page.waitForFunction(() => document.querySelector('.dv-app').classList.contains('dv-idle'));
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.querySelector('.reveal')).cursor), 'none');
});

// ---- focus ----

test('after a click on an on-screen arrow, focus is in the deck and Space steps once', async () => {
  const page = await openDeck('?src=fixtures/presenter-stacks.md');
  await page.click('.reveal .controls .navigate-right');
  assert.equal(await hash(page), '#/1');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('reveal')), true);
  await page.keyboard.press('Space');
  assert.equal(await hash(page), '#/1/1');
});

test('every control reached with Tab shows a visible focus ring', async () => {
  const page = await openDeck('?src=fixtures/presenter-autoslide.md&autoSlide=0&controls=true');
  const seen = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const cs = getComputedStyle(e);
      const name = e.getAttribute('aria-label') || e.textContent.trim() || e.className;
      return { name, visible: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2, matches: e.matches(':focus-visible') };
    });
    if (!ring) continue;
    seen.push(ring.name);
    assert.ok(ring.matches && ring.visible, `${ring.name} has a visible focus ring`);
  }
  assert.ok(seen.includes('Fullscreen'), `the toolbar was reached: ${seen}`);
  assert.ok(seen.some((n) => /Next slide/.test(n)), `the deck controls were reached: ${seen}`);
});

// ---- contrast ----

for (const theme of ['white', 'black']) {
  for (const scheme of ['light', 'dark']) {
    test(`app chrome text has at least 4.5:1 contrast on the ${theme} theme (${scheme} colour scheme)`, async () => {
      const page = await openDeck(`?src=fixtures/warnings.md&theme=${theme}`);
      await page.emulateMedia({ colorScheme: scheme });
      await assertContrast(
        page,
        ['.dv-open-button', '.dv-fullscreen-button', '.dv-warnings-toggle', '.dv-warnings-dismiss'],
        `toolbar, ${theme}/${scheme}`,
      );
      await page.keyboard.press('?');
      await page.locator('.dv-help').waitFor();
      await assertContrast(
        page,
        ['.dv-help h2', '.dv-help h3', '.dv-help td', '.dv-help kbd', '.dv-help-close', '.dv-help-foot'],
        `help, ${theme}/${scheme}`,
      );
      await page.keyboard.press('Escape');
      await page.keyboard.press('g');
      await page.locator('.dv-jump').waitFor();
      await assertContrast(page, ['.dv-jump label', '.dv-jump input', '.dv-jump-hint'], `jump, ${theme}/${scheme}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('b');
      await assertContrast(page, ['.resume-button'], `pause, ${theme}/${scheme}`);
      await page.keyboard.press('b');
      await h.clickToolbar(page, '.dv-open-button');
      await page.fill('#dv-open-url', h.url('/status/404/missing.md'));
      await page.press('#dv-open-url', 'Enter');
      await page.locator('.dv-error').waitFor({ timeout: 15000 });
      await assertContrast(
        page,
        ['.dv-error h2', '.dv-error p', '.dv-error-actions > button:first-child', '.dv-error-actions > button:last-child'],
        `error panel, ${theme}/${scheme}`,
      );
    });
  }
}

test('the auto-slide control reads on light and dark slides', async () => {
  for (const theme of ['white', 'black']) {
    const page = await openDeck(`?src=fixtures/presenter-autoslide.md&theme=${theme}`);
    await assertContrast(page, ['.dv-autoslide'], `auto-slide control, ${theme}`);
  }
});

// ---- reduced motion ----

test('with prefers-reduced-motion, slides, overlays and the toolbar change without animation', async () => {
  const page = await h.openApp('?src=fixtures/presenter-autoslide.md');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.waitForSelector(present, { state: 'visible' });
  const durations = await page.evaluate(() => {
    const all = (sel) => [...document.querySelectorAll(sel)].map((e) => {
      const cs = getComputedStyle(e);
      return `${sel}: ${cs.transitionDuration} / ${cs.animationName}`;
    });
    return [
      ...all('.reveal .slides > section'),
      ...all('.reveal .pause-overlay'),
      ...all('.reveal .dv-autoslide-ring'),
      ...all('.reveal .progress span'),
      ...all('.dv-toolbar'),
    ];
  });
  assert.ok(durations.length > 5);
  for (const d of durations) assert.match(d, /: 0s(, 0s)* \/ none$/, d);
});
