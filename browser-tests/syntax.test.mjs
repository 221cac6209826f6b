// HedgeDoc's Markdown extensions as a person sees them: the demo
// deck examples/syntax.md, shipped in dist/examples/ and offered by the open
// dialog, rendered by the real app in Chromium.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();

const DECK = '?src=examples/syntax.md';

/** Opens the syntax deck on slide `index` and waits for it. */
async function openSlide(index) {
  const page = await h.openApp(`${DECK}#/${index}`);
  await page.waitForSelector('.reveal .slides > section.present h2, .reveal .slides > section.present h1', {
    state: 'visible',
    timeout: 15000,
  });
  return page;
}

/** A computed style property of the first element matching `selector` on the present slide. */
function style(page, selector, property, pseudo = null) {
  return page.evaluate(
    ([sel, prop, pseudo]) => {
      const el = document.querySelector(`.reveal .slides > section.present ${sel}`);
      return el ? getComputedStyle(el, pseudo).getPropertyValue(prop) : null;
    },
    [selector, property, pseudo],
  );
}

test('the open dialog offers the syntax example, which opens by address', async () => {
  const page = await h.openApp('');
  await page.waitForSelector('.reveal .slides > section.present', { state: 'visible' });
  await h.clickToolbar(page, '.dv-open-button');
  const button = page.getByRole('button', { name: 'Show the syntax example' });
  await button.click();
  await page.waitForFunction(() => document.title.startsWith('HedgeDoc syntax in deckview'));
  assert.match(page.url(), /[?&]src=examples%2Fsyntax\.md|[?&]src=examples\/syntax\.md/);
});

test('marks, inserts, sub- and superscripts render as their elements', async () => {
  const page = await openSlide(1);
  const present = page.locator('.reveal .slides > section.present');
  assert.equal(await present.locator('mark').first().textContent(), 'Marked text');
  assert.equal(await present.locator('ins').first().textContent(), 'inserted text');
  assert.equal(await present.locator('sup').count(), 3);
  assert.equal(await present.locator('sub').first().textContent(), '2');
  assert.match(await present.textContent(), /“Typographer”: quotes – dashes — and ellipses… © ™ ±1/);
  assert.notEqual(await style(page, 'mark', 'background-color'), 'rgba(0, 0, 0, 0)', 'mark is highlighted');
  await h.screenshot(page, 'syntax-marks');
});

test('emoji shortcodes show as emoji', async () => {
  const page = await openSlide(2);
  const text = await page.locator('.reveal .slides > section.present').textContent();
  assert.match(text, /😄 👍 🎉 🚀/);
  assert.match(text, /:not_an_emoji:/);
});

// The emoji table is not in the wasm (12 KiB compressed that most decks never
// use): fetched once, only for decks with shortcodes, before the deck shows.
const EMOJI_DECK = '?src=fixtures/emoji.md';

/** The text of the present slide, once it has a heading. */
async function presentText(page) {
  await page.waitForSelector('.reveal .slides > section.present h1, .reveal .slides > section.present h2', {
    state: 'visible',
    timeout: 15000,
  });
  return page.locator('.reveal .slides > section.present').textContent();
}

test('a deck with shortcodes fetches the emoji table once and shows emoji from the first paint', async () => {
  h.clearRequests();
  const page = await h.openApp(EMOJI_DECK);
  assert.match(await presentText(page), /Thanks 🐑 👍/);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/1');
  assert.match(await presentText(page), /Next 🚀/);
  assert.equal(h.requestsMatching('emoji.tsv').length, 1, 'the table is fetched once');
  assert.equal(await page.locator('.dv-warnings').count(), 0, 'no warning');
  h.assertClean(page, { consoleErrors: true, badResponses: true });
});

test('a deck without shortcodes never fetches the emoji table', async () => {
  h.clearRequests();
  const page = await h.openApp('');
  await presentText(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/1');
  assert.deepEqual(h.requestsMatching('emoji.tsv'), []);
});

test('while the emoji table is on its way the loading note shows, and goes with the deck', async () => {
  const page = await h.openApp('');
  await presentText(page);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.context().route('**/emoji.tsv*', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(h.url(`/${EMOJI_DECK}`));
  await page.locator('.dv-loading').waitFor({ state: 'visible', timeout: 15000 });
  release();
  assert.match(await presentText(page), /Thanks 🐑 👍/);
  await page.locator('.dv-loading').waitFor({ state: 'detached', timeout: 5000 });
});

test('without the emoji table the deck still shows, its shortcodes as text, and a warning says why', async () => {
  const page = await h.openApp('');
  await presentText(page);
  await page.context().route('**/emoji.tsv*', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(h.url(`/${EMOJI_DECK}`));
  await page.waitForFunction(() => document.title.startsWith('Thanks'), null, { timeout: 15000 });
  assert.match(await presentText(page), /Thanks :sheep: :\+1:/);
  await h.clickToolbar(page, '.dv-warnings-toggle');
  assert.match(
    await page.locator('.dv-warnings-list').textContent(),
    /emoji table could not be loaded \(HTTP 404\)/,
  );
});

test('alert boxes have HedgeDoc\'s colours', async () => {
  const page = await openSlide(3);
  const colours = {
    success: 'rgb(223, 240, 216)',
    info: 'rgb(217, 237, 247)',
    warning: 'rgb(252, 248, 227)',
    danger: 'rgb(242, 222, 222)',
  };
  for (const [kind, background] of Object.entries(colours)) {
    assert.equal(await style(page, `.alert-${kind}`, 'background-color'), background, kind);
  }
  assert.equal(await style(page, '.alert-info', 'color'), 'rgb(49, 112, 143)');
  await h.screenshot(page, 'syntax-alerts');
});

test('details open on click, task boxes are disabled, definitions are a list', async () => {
  const page = await openSlide(4);
  const present = page.locator('.reveal .slides > section.present');
  assert.equal(await present.locator('input[type=checkbox][disabled]').count(), 2);
  assert.equal(await present.locator('dl dt').textContent(), 'Term');
  const details = present.locator('details');
  assert.equal(await details.evaluate((d) => d.open), false);
  await present.locator('summary').click();
  assert.equal(await details.evaluate((d) => d.open), true);
});

test('tags show icons, a coloured quote border and a coloured tag', async () => {
  const page = await openSlide(5);
  assert.equal(await style(page, 'blockquote', 'border-left-color'), 'rgb(217, 83, 79)');
  assert.notEqual(await style(page, 'blockquote', 'border-left-width'), '0px');
  assert.match(await style(page, 'i.fa-user', 'mask-image'), /^url\("data:image\/svg\+xml/);
  assert.notEqual(await style(page, 'i.fa-user', 'width'), '0px');
  assert.equal(await style(page, 'li .fa-tag', 'background-color'), 'rgb(0, 128, 0)');
  await h.screenshot(page, 'syntax-tags');
});

test('a diagram whose renderer cannot load shows its source under a note naming its kind, not highlighted as code', async () => {
  const page = await h.openApp(`${DECK}#/17`);
  await page.context().route('**/diagrams/**', (route) => route.abort('internetdisconnected'));
  await page.reload();
  await page.waitForSelector('.reveal .slides > section.present pre.diagram-source', { timeout: 15000 });
  const note = await style(page, 'pre.diagram-source', 'content', '::before');
  assert.match(note, /Sequence diagram · source/);
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.reveal .slides > section.present pre.diagram-source code.hljs').count(), 0);
  assert.equal(await page.locator('.reveal .slides > section.present div.diagram').count(), 0);
});

test('mermaid, Graphviz, flowchart, sequence and ABC fences are drawn as SVG in their slides', async () => {
  for (const [index, label] of [[13, 'deckview'], [14, 'slides'], [15, 'Present'], [16, 'Speed the Plough'], [17, 'A question']]) {
    const page = await openSlide(index);
    await page.waitForFunction(
      (text) => [...document.querySelectorAll('.reveal .slides > section.present div.diagram svg text')].some((t) => t.textContent.trim() === text),
      label,
      { timeout: 20000 },
    );
    await h.screenshot(page, `syntax-diagram-${index}`);
  }
});

test('a YouTube shortcode is a sandboxed no-cookie player; other embeds are links', async () => {
  const page = await openSlide(9);
  const present = page.locator('.reveal .slides > section.present');
  const iframe = present.locator('iframe.youtube');
  assert.equal(await iframe.getAttribute('src'), 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
  assert.ok(await iframe.getAttribute('sandbox'));
  assert.equal(await present.locator('a.embed-link').count(), 3);
  assert.equal(await present.locator('a.gist').getAttribute('target'), '_blank');
  await h.screenshot(page, 'syntax-embeds');
});

test('code is highlighted in zenburn colours once the highlighter has loaded, Dockerfile too', async () => {
  const page = await openSlide(6);
  await page.waitForFunction(
    () => document.querySelectorAll('.reveal .slides > section.present pre > code.hljs').length === 2,
    null,
    { timeout: 10000 },
  );
  assert.equal(await style(page, 'code.language-rust .hljs-keyword', 'color'), 'rgb(227, 206, 171)');
  assert.equal(await style(page, 'code.language-rust .hljs-string', 'color'), 'rgb(204, 147, 147)');
  assert.equal(await style(page, 'code.language-dockerfile .hljs-keyword', 'color'), 'rgb(227, 206, 171)');
  await h.screenshot(page, 'syntax-code');
});

test('a deck without code never loads the highlighter', async () => {
  h.clearRequests();
  const page = await h.openApp('?src=fixtures/minimal.md');
  await page.waitForSelector('.reveal .slides > section.present', { state: 'visible' });
  await page.waitForTimeout(300);
  assert.deepEqual(h.requestsMatching('highlight-').map((r) => r.path), []);
});

test('numbered code shows its numbers beside its lines, highlighted or not', async () => {
  const page = await openSlide(6);
  await page.waitForSelector('.reveal .slides > section.present pre.has-line-numbers code.hljs');
  const box = await page.evaluate(() => {
    const pre = document.querySelector('.reveal .slides > section.present pre.has-line-numbers');
    const numbers = pre.querySelector('.line-numbers').getBoundingClientRect();
    const code = pre.querySelector('code').getBoundingClientRect();
    return { numbers: pre.querySelector('.line-numbers').textContent, left: numbers.right <= code.left + 1, top: Math.abs(numbers.top - code.top) < 1 };
  });
  assert.deepEqual(box, { numbers: '1\n2\n3', left: true, top: true });
  assert.equal(await style(page, '.line-numbers', 'border-right-color'), 'rgb(108, 226, 108)');
});

test('line highlight steps are fragments: → shows the next lines on a band', async () => {
  const page = await openSlide(7);
  const copies = page.locator('.reveal .slides > section.present code.line-step');
  assert.equal(await copies.count(), 2);
  const opacity = (i) => copies.nth(i).evaluate((e) => getComputedStyle(e).opacity);
  assert.equal(await opacity(0), '0', 'only the first step shows at first');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => getComputedStyle(document.querySelectorAll('.reveal .slides > section.present code.line-step')[0]).opacity === '1');
  assert.equal(await opacity(1), '0');
  await page.waitForSelector('.reveal .slides > section.present code.line-step.hljs');
  await h.screenshot(page, 'syntax-line-steps');
});

test('math is native MathML; LaTeX that cannot be read keeps its source with an error mark', async () => {
  h.clearRequests();
  const page = await openSlide(8);
  const present = page.locator('.reveal .slides > section.present');
  await page.waitForFunction(
    () => document.querySelectorAll('.reveal .slides > section.present .math-rendered math').length === 3,
    null,
    { timeout: 10000 },
  );
  assert.equal(await present.locator('.math.display math[display=block] mfrac').count(), 1);
  assert.equal(await present.locator('.math-rendered math msqrt').count(), 1);
  const error = present.locator('.math-error');
  assert.equal(await error.count(), 1);
  assert.equal(await error.textContent(), '$\\frac{1}$');
  assert.match(await error.getAttribute('title'), /^LaTeX error: /);
  assert.match(await present.textContent(), /prices stay text: \$5 and \$10/);
  assert.equal(h.requestsMatching('deckview-math_bg.wasm').length, 1);
  await h.screenshot(page, 'syntax-math');
});

test('\\\\(…\\\\) and \\\\[…\\\\] are math as in HedgeDoc, in text, lists and tables, not in code', async () => {
  const page = await openSlide(12);
  const present = page.locator('.reveal .slides > section.present');
  await page.waitForFunction(
    () => document.querySelectorAll('.reveal .slides > section.present .math-rendered math').length === 4,
    null,
    { timeout: 15000 },
  );
  assert.equal(await present.locator('p > .math.math-rendered:not(.display) math').count(), 1, 'inline');
  assert.equal(await present.locator('p > .math:not(.display) math msup').count(), 3, 'a², b², c²');
  assert.equal(await present.locator('.math.display math[display=block] mfrac').count(), 1, 'display');
  assert.equal(await present.locator('li .math-rendered math').count(), 1, 'in a list');
  assert.equal(await present.locator('th .math-rendered math msqrt').count(), 1, 'in a table');
  assert.equal(await present.locator('td code').textContent(), '\\\\(x\\\\)', 'code keeps its text');
  assert.equal(await present.locator('.math-error').count(), 0);
  await h.screenshot(page, 'syntax-math-brackets');
});

test('a deck without math never loads the math module', async () => {
  h.clearRequests();
  const page = await h.openApp('?src=fixtures/minimal.md');
  await page.waitForSelector('.reveal .slides > section.present', { state: 'visible' });
  await page.waitForTimeout(300);
  assert.deepEqual(h.requestsMatching('deckview-math').map((r) => r.path), []);
});

test('markup hidden in LaTeX text never reaches the page', async () => {
  const deck = '# Math\n\n$\\text{<img src=x onerror="window.__xss()">}$ and $a<b$\n';
  const page = await h.openApp('');
  await page.waitForSelector('.reveal .slides > section.present', { state: 'visible' });
  await page.evaluate(() => { window.__xssCalls = 0; window.__xss = () => { window.__xssCalls += 1; }; });
  await h.clickToolbar(page, '.dv-open-button');
  await page.fill('#dv-open-text', deck);
  await page.click('.dv-open-text-button');
  await page.waitForFunction(() => document.querySelectorAll('.reveal .slides > section.present .math:is(.math-rendered,.math-error)').length === 2, null, { timeout: 10000 });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xssCalls), 0);
  assert.equal(await page.locator('.reveal .slides img').count(), 0);
});

test('code and math on slides reached by navigation are highlighted and drawn too', async () => {
  // Opened on the first slide: slides 6 (code) and 8 (math) are beyond
  // viewDistance, so they get their content only when the deck moves there.
  const page = await openSlide(0);
  await page.evaluate(() => { location.hash = '#/6'; });
  await page.waitForSelector('.reveal .slides > section.present pre > code.language-rust.hljs', { timeout: 10000 });
  await page.evaluate(() => { location.hash = '#/8'; });
  await page.waitForSelector('.reveal .slides > section.present .math-rendered math', { timeout: 10000 });
});
