// The viewer as a presenter uses it: the SCS deck, keyboard, address bar,
// loading decks from URLs, failures, parallax, themes, deck CSS isolation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();

const present = '.reveal .slides section.present';
const hash = (page) => page.evaluate(() => location.hash);
const presentHeading = (page) =>
  page.evaluate(() => {
    // The current column; in a stack, its current slide. (Stacks that are
    // not current keep their own .present child, as in reveal.js.)
    const column = document.querySelector('.reveal .slides > section.present');
    const leaf = column?.classList.contains('stack')
      ? column.querySelector(':scope > section.present')
      : column;
    return leaf?.querySelector('h1, h2, h3')?.textContent.trim();
  });

async function openDeck(query, options) {
  const page = await h.openApp(query, options);
  await page.waitForSelector(present, { state: 'visible', timeout: 15000 });
  return page;
}

test('the SCS deck opens on its title slide with the deck colours on a white theme', async () => {
  const page = await openDeck('');
  const colours = await page.evaluate(() => {
    const fonts = [...document.querySelectorAll('.reveal .slides > section.present h1 font')];
    const deck = getComputedStyle(document.querySelector('.dv-deck'));
    const h1 = getComputedStyle(document.querySelector('.reveal .slides > section.present h1'));
    return {
      fonts: fonts.map((f) => [f.textContent, getComputedStyle(f).color]),
      background: deck.backgroundColor,
      h1Size: h1.fontSize,
      h1Transform: h1.textTransform,
    };
  });
  assert.deepEqual(colours.fonts, [
    ['Sovereign', 'rgb(80, 195, 165)'],
    ['Cloud Stack', 'rgb(15, 95, 225)'],
  ]);
  assert.equal(colours.background, 'rgb(255, 255, 255)', 'white theme background');
  assert.equal(colours.h1Size, '40px', "the deck's own <style> sets h1 to 40px");
  assert.equal(colours.h1Transform, 'none', 'HedgeDoc does not uppercase headings');
  assert.equal(await page.title(), 'SCS Community Call – deckview');
  const lato = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((f) => f.family === 'Lato' && f.status === 'loaded');
  });
  assert.ok(lato, "the deck's `font-family: lato` gets the bundled Lato, as in HedgeDoc");
  assert.ok(h.requestsMatching(/lato-latin-700-normal\.woff2/).length > 0, 'Lato comes from our own host');
  assert.equal(await page.locator('.reveal .slides > section').count(), 12, '12 horizontal slides');
  assert.equal(await page.locator('.reveal .slides section').count(), 32, 'every slide has a section');
  await h.screenshot(page, 'scs-first-slide');
});

test('arrow keys move between slides and keep #/h/v in the address bar', async () => {
  const page = await openDeck('');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/3');
  assert.equal(await presentHeading(page), 'Team IaaS');
  await page.keyboard.press('ArrowDown');
  assert.equal(await hash(page), '#/3/1');
  assert.equal(await presentHeading(page), 'Topics');
  assert.equal(await page.locator('.slide-number').textContent(), '4.2');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await hash(page), '#/2');
  await page.keyboard.press('End');
  assert.equal(await hash(page), '#/11');
  await page.keyboard.press('Home');
  assert.equal(await hash(page), '#/');
  await h.screenshot(page, 'scs-after-keys');
});

test('reveal.js key aliases work: space, n/p, h/j/k/l, page keys', async () => {
  const page = await openDeck('#/3');
  await page.keyboard.press('Space'); // next: down in a stack
  assert.equal(await hash(page), '#/3/1');
  await page.keyboard.press('p');
  assert.equal(await hash(page), '#/3');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  assert.equal(await hash(page), '#/3/2');
  await page.keyboard.press('k');
  assert.equal(await hash(page), '#/3/1');
  await page.keyboard.press('l');
  assert.equal(await hash(page), '#/4');
  await page.keyboard.press('h');
  assert.equal(await hash(page), '#/3');
  await page.keyboard.press('PageDown');
  assert.equal(await hash(page), '#/3/1');
  await page.keyboard.press('PageUp');
  assert.equal(await hash(page), '#/3');
});

test('a slide address opens that slide, and back/forward follow the history', async () => {
  const page = await openDeck('#/4/2');
  assert.equal(await presentHeading(page), 'Team Ops');
  assert.equal(await page.locator('.slide-number').textContent(), '5.3');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/5');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/4/2');
  await page.waitForFunction(
    () => document.querySelector('.reveal .slides > section.present')?.dataset.indexH === '4',
  );
  await page.goForward();
  await page.waitForFunction(
    () => document.querySelector('.reveal .slides > section.present')?.dataset.indexH === '5',
  );
});

test('a slide id in the address opens that slide', async () => {
  const page = await openDeck('?src=fixtures/ids.md#/agenda');
  assert.equal(await presentHeading(page), 'Agenda');
  await page.keyboard.press('ArrowRight');
  assert.equal(await hash(page), '#/2');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await hash(page), '#/agenda');
});

test('?src= loads a deck from the server, with its title and theme', async () => {
  const page = await openDeck('?src=fixtures/parallax.md');
  assert.equal(await presentHeading(page), 'One');
  assert.equal(await page.title(), 'Parallax fixture – deckview');
  assert.equal(await page.locator('.dv-deck').getAttribute('data-theme'), 'white');
  assert.equal(await page.locator('.reveal .slides > section').count(), 3);
});

test('?src= from a sub-path install loads relative to the page', async () => {
  const page = await openDeck('?src=fixtures/parallax.md', { base: '/sub/path/' });
  assert.equal(await presentHeading(page), 'One');
});

test('a 404 shows a message naming the status, with the way out', async () => {
  const page = await h.openApp('?src=status/404/missing.md');
  const error = page.locator('.dv-error');
  await error.waitFor({ timeout: 15000 });
  const text = await error.textContent();
  assert.match(text, /404/);
  assert.match(text, /Show the SCS example deck/);
  await h.screenshot(page, 'error-404');
  await page.click('.dv-error-bundled');
  await page.waitForSelector(present, { state: 'visible' });
  assert.equal(await page.locator('.dv-error').count(), 0);
});

test('a server error shows its status', async () => {
  const page = await h.openApp('?src=status/500/x.md');
  await page.locator('.dv-error').waitFor({ timeout: 15000 });
  assert.match(await page.locator('.dv-error').textContent(), /HTTP 500/);
});

test('an unreachable host shows a network message and offers the local file', async () => {
  const page = await h.openApp('?src=http://127.0.0.1:9/deck.md');
  await page.locator('.dv-error').waitFor({ timeout: 25000 });
  const text = await page.locator('.dv-error').textContent();
  assert.match(text, /could not be fetched/);
  assert.match(text, /drop it here/);
  assert.equal(await page.locator('.dv-error-open-file').count(), 1);
});

test('a CORS refusal explains CORS and keeps the deck already shown', async () => {
  const page = await openDeck('');
  await h.clickToolbar(page, '.dv-open-button');
  await page.fill('#dv-open-url', h.noCorsUrl('parallax.md'));
  await page.press('#dv-open-url', 'Enter');
  await page.locator('.dv-error').waitFor({ timeout: 15000 });
  const text = await page.locator('.dv-error').textContent();
  assert.match(text, /CORS/);
  assert.match(text, /Access-Control-Allow-Origin/);
  assert.ok(await page.locator('h1 font').first().isVisible(), 'the SCS deck is still there');
  await h.screenshot(page, 'error-cors');
});

test('a javascript: source is refused with a message', async () => {
  const page = await h.openApp('?src=javascript:alert(1)');
  await page.locator('.dv-error').waitFor({ timeout: 15000 });
  assert.match(await page.locator('.dv-error').textContent(), /only http and https/);
});

test('the open dialog loads a pasted URL, and the deck is remembered as recent', async () => {
  const page = await openDeck('');
  await h.clickToolbar(page, '.dv-open-button');
  await page.fill('#dv-open-url', h.corsUrl('parallax.md'));
  await page.press('#dv-open-url', 'Enter');
  await page.waitForFunction(() => document.title.startsWith('Parallax fixture'));
  assert.match(await page.evaluate(() => location.search), /src=/);
  await h.clickToolbar(page, '.dv-open-button');
  const recent = page.locator('.dv-recent li button');
  assert.equal(await recent.count(), 1);
  assert.equal(await recent.first().textContent(), 'Parallax fixture');
  const stored = await page.evaluate(() => localStorage.getItem('deckview.recent'));
  assert.match(stored, /parallax\.md/);
});

test('pasted Markdown is shown as a deck', async () => {
  const page = await openDeck('');
  await h.clickToolbar(page, '.dv-open-button');
  await page.fill('#dv-open-text', '# Pasted one\n\n---\n\n# Pasted two\n');
  await page.click('.dv-open-text-button');
  await page.waitForFunction(() => document.title.startsWith('Pasted one'));
  assert.equal(await presentHeading(page), 'Pasted one');
  await page.keyboard.press('ArrowRight');
  assert.equal(await presentHeading(page), 'Pasted two');
});

test('a picked .md file is shown as a deck; a binary file is refused', async () => {
  const page = await openDeck('');
  await h.clickToolbar(page, '.dv-open-button');
  await page.setInputFiles('#dv-open-file', {
    name: 'talk.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# From a file\n'),
  });
  await page.waitForFunction(() => document.title.startsWith('From a file'));
  await h.clickToolbar(page, '.dv-open-button');
  await page.setInputFiles('#dv-open-file', {
    name: 'photo.md',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
  });
  await page.locator('.dv-error').waitFor();
  assert.match(await page.locator('.dv-error').textContent(), /not a Markdown deck/);
  assert.equal(await presentHeading(page), 'From a file', 'the deck shown stays');
});

test('the parallax background moves by reveal.js’s formula', async () => {
  const page = await openDeck('?src=fixtures/parallax.md', { viewport: { width: 1280, height: 720 } });
  // The style the viewer sets (the computed value is mid-animation).
  const position = () =>
    page.evaluate(() => document.querySelector('.reveal .backgrounds').style.backgroundPosition);
  const size = await page.evaluate(() => {
    const r = document.querySelector('.reveal .backgrounds').getBoundingClientRect();
    return [r.width, r.height];
  });
  const [vw, vh] = size;
  const stepX = (1920 - vw) / (3 - 1);
  assert.equal(await position(), '0px 0px');
  await page.keyboard.press('ArrowRight');
  assert.equal(await position(), `${-stepX}px 0px`);
  await page.keyboard.press('ArrowDown');
  const stepY = (1080 - vh) / (3 - 1);
  assert.equal(await position(), `${-stepX}px ${-stepY}px`);
  await page.keyboard.press('ArrowRight');
  assert.equal(await position(), `${-2 * stepX}px 0px`, 'a single slide: V = 1 gives 0, not NaN');
  const image = await page.evaluate(() => getComputedStyle(document.querySelector('.reveal .backgrounds')).backgroundImage);
  assert.match(image, /\/fixtures\/parallax-1920x1080\.png/, 'resolved against the deck address');
  await page.waitForTimeout(300);
  assert.ok(
    h.requests.some((r) => r.path.endsWith('/fixtures/parallax-1920x1080.png') && r.status === 200),
    'the parallax image was loaded from beside the deck',
  );
  await h.screenshot(page, 'parallax-third');
});

test('deck CSS styles the deck but never the app’s own UI or page', async () => {
  const page = await openDeck('?src=fixtures/styled.md');
  const styles = await page.evaluate(() => ({
    h1: getComputedStyle(document.querySelector('.reveal .slides section.present h1')).color,
    body: getComputedStyle(document.body).backgroundColor,
    toolbar: getComputedStyle(document.querySelector('.dv-toolbar')).display,
  }));
  assert.equal(styles.h1, 'rgb(255, 0, 0)', 'the deck restyles its own h1');
  assert.notEqual(styles.body, 'rgb(0, 255, 0)', 'the page body is untouched');
  assert.notEqual(styles.toolbar, 'none', 'the toolbar cannot be hidden by a deck');
  await h.clickToolbar(page, '.dv-open-button');
  // The dialog's code arrives on first use (a chunk of the wasm).
  await page.locator('.dv-open-dialog').waitFor({ state: 'attached' });
  assert.ok(await page.locator('.dv-open-dialog').isVisible(), 'the open dialog cannot be hidden');
  assert.equal(h.requestsMatching('evil.css').length, 0, '@import is dropped');
});

test('deck CSS outranks the theme’s and the highlighter’s code colours, as in HedgeDoc', async () => {
  const page = await openDeck('?src=fixtures/code-colour.md');
  // Highlighting arrives after the first paint, from its own module.
  await page.waitForSelector('.reveal .slides section.present pre code .hljs-string');
  const colours = await page.evaluate(() => {
    const slide = document.querySelector('.reveal .slides section.present');
    const colour = (selector) => getComputedStyle(slide.querySelector(selector)).color;
    return {
      inline: colour('p code'),
      fenced: colour('pre code'),
      string: colour('pre code .hljs-string'),
      background: getComputedStyle(slide.querySelector('pre code')).backgroundColor,
    };
  });
  assert.equal(colours.inline, 'rgb(1, 2, 3)', 'inline code');
  assert.equal(colours.fenced, 'rgb(1, 2, 3)', 'fenced code');
  assert.equal(colours.string, 'rgb(4, 5, 6)', 'a highlighter class the deck styles');
  assert.equal(colours.background, 'rgb(63, 63, 63)', 'the block keeps its dark background');
});

test('deck warnings show as a dismissible badge, and an unknown theme falls back to black', async () => {
  const page = await openDeck('?src=fixtures/warnings.md');
  const badge = page.locator('.dv-warnings-toggle');
  await badge.waitFor();
  assert.match(await badge.textContent(), /2 warnings/);
  await badge.click();
  const list = await page.locator('.dv-warnings-list').textContent();
  assert.match(list, /neon/);
  assert.match(list, /transitio/);
  assert.equal(await page.locator('.dv-deck').getAttribute('data-theme'), 'black');
  await h.clickToolbar(page, '.dv-warnings-dismiss');
  assert.equal(await page.locator('.dv-warnings').count(), 0);
});

test('the slide transition moves slides with transforms and honours reduced motion', async () => {
  const page = await openDeck('');
  const reveal = page.locator('.reveal');
  assert.match(await reveal.getAttribute('class'), /\bslide\b/);
  await page.keyboard.press('ArrowRight');
  // Until the 0.8 s transition has ended (later than that on a loaded machine).
  await page.waitForFunction(
    () => getComputedStyle(document.querySelector('.reveal .slides > section.past')).transform === 'matrix(1, 0, 0, 1, -1440, 0)',
    null,
    { timeout: 10000 },
  ).catch(() => {});
  const past = await page.evaluate(() => {
    const s = document.querySelector('.reveal .slides > section.past');
    const cs = getComputedStyle(s);
    return { transform: cs.transform, duration: cs.transitionDuration };
  });
  // translate(-150%, 0) of a 960px canvas = -1440px.
  assert.match(past.transform, /matrix\(1, 0, 0, 1, -1440, 0\)/);
  assert.match(past.duration, /0\.8s/);
  const reduced = await h.openApp('', { waitForStart: true });
  await reduced.emulateMedia({ reducedMotion: 'reduce' });
  await reduced.waitForSelector(present, { state: 'visible' });
  const duration = await reduced.evaluate(
    () => getComputedStyle(document.querySelector('.reveal .slides > section.present')).transitionDuration,
  );
  assert.match(duration, /^0s/);
});

test('swiping left on a touch screen goes to the next slide', async () => {
  const page = await openDeck('', { hasTouch: true });
  await page.evaluate(() => {
    const target = document.querySelector('.reveal');
    const touch = (x) => new Touch({ identifier: 1, target, clientX: x, clientY: 300 });
    target.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(600)], bubbles: true, cancelable: true }));
    target.dispatchEvent(new TouchEvent('touchmove', { touches: [touch(500)], bubbles: true, cancelable: true }));
    target.dispatchEvent(new TouchEvent('touchend', { touches: [], bubbles: true, cancelable: true }));
  });
  assert.equal(await hash(page), '#/1');
});

test('uncounted slides are left out of the slide number and the progress bar, as in reveal.js', async () => {
  // Five slides, the second and the last uncounted: three counted, so the
  // bar moves in halves, and an uncounted slide reads as the one before it.
  const steps = [
    ['#/', '1/3', 0],
    ['#/1', '1/3', 0.5],
    ['#/2', '2/3', 0.5],
    ['#/3', '3/3', 1],
    ['#/4', '3/3', 1],
  ];
  const page = await openDeck('?src=fixtures/uncounted.md');
  for (const [i, [address, number, bar]] of steps.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    assert.equal(await hash(page), address);
    // The bar's drawn width over the track's, once its transition has ended.
    await page.waitForFunction(
      (want) => {
        const track = document.querySelector('.reveal .progress');
        const ratio = track.querySelector('span').getBoundingClientRect().width / track.getBoundingClientRect().width;
        return Math.abs(ratio - want) < 0.002;
      },
      bar,
      { timeout: 5000 },
    );
    assert.equal(await page.locator('.slide-number').textContent(), number, `slide number at ${address}`);
  }
});

test('the on-screen arrows navigate and are enabled only where a move exists', async () => {
  const page = await openDeck('');
  assert.equal(await page.locator('.controls .navigate-left.enabled').count(), 0);
  await page.click('.controls .navigate-right');
  assert.equal(await hash(page), '#/1');
  assert.equal(await page.locator('.controls .navigate-left.enabled').count(), 1);
  const progress = await page.evaluate(
    () => document.querySelector('.progress span').style.transform,
  );
  assert.match(progress, /scaleX\(0\.0\d+\)/);
});

test('the canvas is scaled to the window by reveal.js’s formula', async () => {
  const page = await openDeck('', { viewport: { width: 1000, height: 600 } });
  const transform = await page.evaluate(() => document.querySelector('.reveal .slides').style.transform);
  // available 600 × 0.96 = 576; 576 / 700 = 0.82 (width: 960/960 = 1) → 0.82
  assert.match(transform, /scale\(0\.82\)/);
});

test('per-slide data-transition overrides the deck transition, with -in/-out halves', async () => {
  const page = await openDeck('?src=fixtures/transitions.md#/2');
  const state = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].map((s) => {
        const cs = getComputedStyle(s);
        return { t: s.dataset.transition ?? '', transform: cs.transform, duration: cs.transitionDuration };
      }),
    );
  assert.match(await page.locator('.reveal').getAttribute('class'), /\bslide\b/);
  assert.equal(await page.locator('.reveal').getAttribute('data-transition-speed'), 'fast');
  const s = await state();
  assert.equal(s[1].t, 'zoom');
  assert.match(s[1].transform, /matrix\(16, 0, 0, 16/, 'a past zoom slide is scaled up 16×');
  assert.match(s[1].duration, /0\.4s/, 'fast speed is 400 ms');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(600);
  const after = await state();
  assert.match(after[2].transform, /matrix3d|rotateY/i, 'leaving a convex-out slide rotates it in 3D');
});

test('query parameters override slideOptions', async () => {
  const page = await openDeck('?src=fixtures/transitions.md&transition=fade&controls=false&theme=white');
  assert.match(await page.locator('.reveal').getAttribute('class'), /\bfade\b/);
  assert.equal(await page.locator('.controls').count(), 0);
  assert.equal(await page.locator('.dv-deck').getAttribute('data-theme'), 'white');
});

test('Space on a focused control arrow presses it once, not twice', async () => {
  const page = await openDeck('');
  await page.focus('.controls .navigate-right');
  await page.keyboard.press('Space');
  assert.equal(await hash(page), '#/1');
});

test('the slide number is readable on a white slide (contrast ≥ 4.5:1)', async () => {
  const page = await openDeck('');
  const ratio = await page.evaluate(() => {
    const el = document.querySelector('.slide-number');
    const rgba = (s) => s.match(/[\d.]+/g).map(Number);
    const [r, g, b, a = 1] = rgba(getComputedStyle(el).backgroundColor);
    const over = [r, g, b].map((c) => c * a + 255 * (1 - a)); // over the white slide
    const lum = (cs) => {
      const [R, G, B] = cs.map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const fg = lum(rgba(getComputedStyle(el).color).slice(0, 3));
    const bg = lum(over);
    return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  });
  assert.ok(ratio >= 4.5, `contrast ${ratio.toFixed(2)}`);
});
