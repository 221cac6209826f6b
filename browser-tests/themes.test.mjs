// The 14 reveal.js themes: each one's colours (background, text, headings,
// links) as reveal.js defines them, HedgeDoc's never-uppercase headings, the
// theme from the front matter and its override by ?theme=, the radial
// background gradients of league, beige and sky, and (at the end) each theme
// compared with reveal.js's own stylesheet for it, differences HedgeDoc
// intends apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();

const present = '.reveal .slides section.present';

/** reveal.js's theme colours: background / text / heading / link. */
const THEMES = {
  white: ['#fff', '#222', '#222', '#2a76dd'],
  black: ['#191919', '#fff', '#fff', '#42affa'],
  league: ['#1c1e20', '#eee', '#eee', '#13daec'],
  beige: ['#f7f3de', '#333', '#333', '#8b743d'],
  sky: ['#f7fbfc', '#333', '#333', '#2a76dd'],
  night: ['#111', '#fff', '#fff', '#e7ad52'],
  serif: ['#f0f1eb', '#000', '#383d3d', '#51483d'],
  simple: ['#fff', '#000', '#000', '#00008b'],
  solarized: ['#fdf6e3', '#657b83', '#586e75', '#268bd2'],
  blood: ['#222', '#eee', '#eee', '#aa2233'],
  moon: ['#002b36', '#93a1a1', '#eee8d5', '#268bd2'],
  dracula: ['#191919', '#f8f8f2', '#bd93f9', '#ff79c6'],
  'white-contrast': ['#fff', '#000', '#000', '#2a76dd'],
  'black-contrast': ['#000', '#fff', '#fff', '#42affa'],
};

/** '#abc' or '#aabbcc' -> 'rgb(170, 187, 204)', as getComputedStyle writes it. */
function rgb(hex) {
  let digits = hex.replace(/^#/, '');
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const openDeck = (query) => h.openDeck(query);

/** The computed theme colours and heading transforms of the present slide. */
function themeStyles(page) {
  return page.evaluate(() => {
    const deck = document.querySelector('.dv-deck');
    const slide = document.querySelector('.reveal .slides > section.present');
    const style = (selector) => getComputedStyle(slide.querySelector(selector));
    return {
      theme: deck.getAttribute('data-theme'),
      background: getComputedStyle(deck).backgroundColor,
      backgroundImage: getComputedStyle(deck).backgroundImage,
      text: style('p').color,
      heading: style('h1').color,
      link: style('p a').color,
      h1Transform: style('h1').textTransform,
      h2Transform: style('h2').textTransform,
    };
  });
}

for (const [name, [background, text, heading, link]] of Object.entries(THEMES)) {
  test(`the ${name} theme gives the background, text, headings and links reveal.js's ${name} colours`, async () => {
    const page = await openDeck(`?src=fixtures/themes.md&theme=${name}`);
    const s = await themeStyles(page);
    await h.screenshot(page, `theme-${name}`);
    assert.equal(s.theme, name, 'data-theme on .dv-deck names the theme');
    assert.deepEqual(
      { background: s.background, text: s.text, heading: s.heading, link: s.link },
      { background: rgb(background), text: rgb(text), heading: rgb(heading), link: rgb(link) },
      `${name}: computed colours (background / p / h1 / a) differ from reveal.js's`,
    );
    assert.equal(s.h1Transform, 'none', 'h1 is not uppercased (HedgeDoc)');
    assert.equal(s.h2Transform, 'none', 'h2 is not uppercased (HedgeDoc)');
  });
}

test('the theme named in the front matter is applied, and ?theme= in the address overrides it', async () => {
  const fromDeck = await themeStyles(await openDeck('?src=fixtures/themes-sky.md'));
  assert.equal(fromDeck.theme, 'sky');
  assert.equal(fromDeck.background, rgb(THEMES.sky[0]));
  assert.equal(fromDeck.heading, rgb(THEMES.sky[2]));

  const overridden = await themeStyles(await openDeck('?src=fixtures/themes-sky.md&theme=night'));
  assert.equal(overridden.theme, 'night');
  assert.equal(overridden.background, rgb(THEMES.night[0]));
  assert.equal(overridden.heading, rgb(THEMES.night[2]));
  assert.doesNotMatch(overridden.backgroundImage, /radial-gradient/, "night has no gradient: sky's is gone");
});

for (const name of ['league', 'beige', 'sky']) {
  test(`the ${name} theme has its radial background gradient`, async () => {
    const page = await openDeck(`?src=fixtures/themes.md&theme=${name}`);
    const { backgroundImage } = await themeStyles(page);
    assert.match(backgroundImage, /radial-gradient/);
  });
}

test('a theme given as a stylesheet address restyles the deck only, without its remote imports', async () => {
  const page = await h.openApp('?src=fixtures/theme-url.md');
  await page.waitForFunction(() => {
    const h1 = document.querySelector('.reveal .slides section.present h1');
    return h1 && getComputedStyle(h1).color === 'rgb(255, 0, 0)';
  });
  const seen = await page.evaluate(() => {
    const present = document.querySelector('.reveal .slides section.present');
    return {
      background: getComputedStyle(document.querySelector('.dv-deck')).backgroundColor,
      text: getComputedStyle(present.querySelector('p')).color,
      spacing: getComputedStyle(present.querySelector('h1')).letterSpacing,
      theme: document.querySelector('.dv-deck').dataset.theme,
      chrome: getComputedStyle(document.querySelector('.dv-toolbar button, .dv-chrome button')).color,
    };
  });
  assert.equal(seen.background, 'rgb(171, 205, 239)');
  assert.equal(seen.text, 'rgb(16, 32, 48)');
  assert.equal(seen.spacing, '3px');
  assert.equal(seen.theme, 'black', 'the named theme underneath is black');
  assert.notEqual(seen.chrome, 'rgb(0, 255, 0)', "the theme's `button` rule stays inside the deck");
  assert.equal(h.requestsMatching('fonts.example.com').length, 0, '@import is never followed');
  assert.equal(await page.locator('.dv-warnings').count(), 0, 'no warning');
  await h.screenshot(page, 'theme-url');
});

test('a theme stylesheet that cannot be loaded leaves the black theme and says why', async () => {
  const page = await h.openApp('?src=fixtures/theme-url-missing.md');
  await page.waitForSelector('.dv-warnings-toggle');
  await h.clickToolbar(page, '.dv-warnings-toggle');
  assert.match(await page.locator('.dv-warnings-list').textContent(), /theme stylesheet .*no-such-theme\.css.*HTTP 404/);
  const background = await page.evaluate(() => getComputedStyle(document.querySelector('.dv-deck')).backgroundColor);
  assert.equal(background, 'rgb(25, 25, 25)');
});

test('a theme stylesheet whose server never answers gives up after 20 s with a warning', async () => {
  const page = await h.openApp('');
  await page.clock.install();
  await page.goto(h.url('/?src=fixtures/theme-url-hanging.md'));
  await page.waitForSelector('.reveal .slides > section.present h1', { state: 'visible', timeout: 15000 });
  while (h.requestsMatching('/hang/theme.css').length === 0) {
    await new Promise((resolve) => setTimeout(resolve, 20)); // until the request is under way
  }
  assert.equal(await page.locator('.dv-warnings-toggle').count(), 0, 'no warning while it may still come');
  await page.clock.fastForward('00:21');
  // Back to real time: the toolbar, hidden after seconds without a pointer move, comes back on one.
  await page.clock.resume();
  await page.mouse.move(10, 10);
  await h.clickToolbar(page, '.dv-warnings-toggle');
  assert.match(
    await page.locator('.dv-warnings-list').textContent(),
    /theme stylesheet .*hang\/theme\.css.*no answer within 20 s/,
  );
});

// ---- every theme against reveal.js's own stylesheet ----
// reveal.js (an npm devDependency, never shipped) gives each theme's CSS; it
// is loaded into a page of reveal.js's own markup in the same browser, and
// the computed styles are compared with deckview's for the same theme.

/** A system sans-serif stack, as HedgeDoc's slide stylesheet sets for every theme. */
const SYSTEM_SANS = /^-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto/;

/**
 * Where deckview's themes differ from reveal.js 6's own on purpose, each with
 * its reason. Every other property that `measure` reads must be equal.
 */
const INTENDED = {
  // HedgeDoc's slide stylesheet, over every theme: headings are never
  // uppercased, and text and headings use a system sans-serif stack.
  all: { headingTransform: 'none', textFont: SYSTEM_SANS, headingFont: SYSTEM_SANS },
  // HedgeDoc ships reveal.js 3.9.2; decks made there were written against its
  // settings for these themes, which reveal.js 6 has since changed.
  beige: { size: 40, h1: 3.77, h2: 2.11, h3: 1.55, weight: '400' },
  serif: { size: 40, weight: '400' },
  simple: { h1: 3.77, h2: 2.11, h3: 1.55, weight: '400' },
  sky: { letterSpacing: -0.08 },
};

/** What is compared, read from a document with `.reveal` in it; `page` is the page background's element. */
function measure(pageSelector) {
  const reveal = document.querySelector('.reveal');
  const section = reveal.querySelector('.slides section');
  const get = (selector) => getComputedStyle(section.querySelector(selector));
  const size = parseFloat(getComputedStyle(reveal).fontSize);
  const h1 = get('h1');
  const ratio = (selector) => Math.round((parseFloat(get(selector).fontSize) / size) * 100) / 100;
  const spacing = h1.letterSpacing === 'normal' ? 0 : parseFloat(h1.letterSpacing) / parseFloat(h1.fontSize);
  return {
    page: getComputedStyle(document.querySelector(pageSelector)).backgroundColor,
    size,
    text: get('p').color,
    textFont: get('p').fontFamily,
    heading: h1.color,
    headingFont: h1.fontFamily,
    h1: ratio('h1'),
    h2: ratio('h2'),
    h3: ratio('h3'),
    weight: h1.fontWeight,
    headingTransform: h1.textTransform,
    letterSpacing: Math.round(spacing * 1000) / 1000,
    link: get('p a').color,
    strong: get('p strong').color,
    em: get('p em').color,
    code: get('p code').color,
  };
}

/** reveal.js's markup for the fixture's first slide, styled by reveal.js's `name` theme (its font imports left out). */
function revealPage(name) {
  const css = readFileSync(new URL(`../node_modules/reveal.js/dist/theme/${name}.css`, import.meta.url), 'utf8')
    .replace(/@import[^;]*;/g, '');
  return `<!doctype html><html><head><style>${css}</style></head>
    <body class="reveal-viewport"><div class="reveal"><div class="slides"><section>
    <h1>Heading one</h1><h2>Heading two</h2><h3>Heading three</h3>
    <p>A paragraph with a <a href="#">link</a>, <strong>bold</strong>, <em>italic</em> and <code>inline code</code>.</p>
    </section></div></div></body></html>`;
}

/** `value` matches `expected`: equal, or matched when `expected` is a pattern. */
const matches = (value, expected) => (expected instanceof RegExp ? expected.test(value) : value === expected);

for (const name of Object.keys(THEMES)) {
  test(`the ${name} theme computes as reveal.js's own ${name} stylesheet does, but for HedgeDoc's intended differences`, async () => {
    const page = await openDeck(`?src=fixtures/themes.md&theme=${name}`);
    const ours = await page.evaluate(measure, '.dv-deck');
    await page.goto('about:blank');
    await page.setContent(revealPage(name));
    const theirs = await page.evaluate(measure, 'body');
    const intended = { ...INTENDED.all, ...INTENDED[name] };
    const problems = Object.keys(ours).flatMap((key) => {
      if (key in intended) {
        return matches(ours[key], intended[key]) ? [] : [`${key}: ours ${ours[key]}, intended ${intended[key]}`];
      }
      return ours[key] === theirs[key] ? [] : [`${key}: ours ${ours[key]}, reveal.js ${theirs[key]}`];
    });
    assert.deepEqual(problems, [], `${name}: ${JSON.stringify({ ours, theirs })}`);
  });
}
