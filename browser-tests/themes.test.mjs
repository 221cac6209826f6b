// The 14 reveal.js themes: each one's colours (background, text, headings,
// links) as reveal.js defines them, HedgeDoc's never-uppercase headings, the
// theme from the front matter and its override by ?theme=, and the radial
// background gradients of league, beige and sky.
import assert from 'node:assert/strict';
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

async function openDeck(query) {
  const page = await h.openApp(query);
  await page.waitForSelector(present, { state: 'visible', timeout: 15000 });
  return page;
}

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
  await page.click('.dv-warnings-toggle');
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
  await page.click('.dv-warnings-toggle');
  assert.match(
    await page.locator('.dv-warnings-list').textContent(),
    /theme stylesheet .*hang\/theme\.css.*no answer within 20 s/,
  );
});
