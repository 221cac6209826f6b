// The sanitiser alone, in the built app: each test shows one deck whose
// slide holds hostile or legitimate HTML, with the page's Content-Security-
// Policy bypassed, so that what keeps script from running is the sanitiser
// and nothing else (xss.test.mjs runs the whole corpus with and without the
// CSP). Hostile HTML calls `__xss()`, a sentinel the page defines before any
// of its own scripts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();

/** Time for anything asynchronous (image errors, frame loads) to fire. */
const SETTLE_MS = 150;

/**
 * Shows a one-slide deck holding `html` and returns its page, with
 * `slide(selector)` reading the shown slide and `fired()` whether the
 * sentinel was called.
 */
async function render(html) {
  h.override('/case/deck.md', { body: `${html}\n`, headers: { 'Content-Type': 'text/markdown' } });
  const page = await h.openDeck('?src=case/deck.md', {
    contextOptions: { bypassCSP: true },
    initScript: () => {
      window.__xssHit = false;
      window.__xss = () => {
        window.__xssHit = true;
      };
    },
  });
  await page.waitForTimeout(SETTLE_MS);
  const slide = page.locator('.reveal .slides section.present');
  return {
    page,
    slide,
    html: async () => (await slide.innerHTML()).toLowerCase(),
    fired: () => page.evaluate(() => window.__xssHit),
  };
}

/** The slide shows `html` without running it and without any of `gone`. */
async function assertHarmless(html, gone) {
  const shown = await render(html);
  assert.equal(await shown.fired(), false, `the sentinel fired for ${html}`);
  const out = await shown.html();
  for (const needle of gone) assert.ok(!out.includes(needle), `${needle} survived in ${out}`);
}

// ---- what never survives ----

const HOSTILE = [
  ['script elements are removed', '<p>a</p><script>__xss()</script>', ['<script']],
  [
    'event handler attributes are removed',
    '<img src="x" onerror="__xss()"><p onclick="__xss()" onmouseover="__xss()">t</p>',
    ['onerror', 'onclick', 'onmouseover'],
  ],
  [
    'javascript:, vbscript: and data:text/html links are emptied',
    '<p><a href="javascript:__xss()">a</a> <a href="JaVaScRiPt&colon;__xss()">b</a> ' +
      '<a href="vbscript:msgbox(1)">c</a> <a href="data:text/html,<script>__xss()</script>">d</a> ' +
      '<a href="&#106;avascript:__xss()">e</a></p>',
    ['javascript', 'vbscript', 'data:text/html'],
  ],
  [
    'iframes with srcdoc and iframes from other hosts are removed',
    '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>\n<iframe src="https://evil.example/"></iframe>',
    ['srcdoc', 'evil.example', '<iframe'],
  ],
  [
    'scripts inside SVG are removed',
    '<svg><script>__xss()</script></svg><svg onload="__xss()"></svg>\n' +
      '<svg><a xlink:href="javascript:__xss()"><text>x</text></a></svg>',
    ['<script', 'onload', 'javascript'],
  ],
  [
    'MathML namespace confusion runs nothing',
    '<math><mtext><table><mglyph><style><img src=x onerror="__xss()"></style></mglyph></table></mtext></math>\n' +
      '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=__xss() src>">',
    ['onerror', '<math'],
  ],
  [
    'base, meta, form, object and embed are removed',
    '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">\n' +
      '<form action="https://evil.example"><button formaction="javascript:__xss()">x</button></form>\n' +
      '<object data="javascript:__xss()"></object><embed src="javascript:__xss()">',
    ['<base', '<meta', '<form', '<object', '<embed', 'formaction', 'evil.example'],
  ],
  [
    'style elements never reach a slide',
    '<style>@import url(https://evil.example/x.css); h1 { color: red }</style>\n\n<p>x</p>',
    ['<style', '@import'],
  ],
];

for (const [name, html, gone] of HOSTILE) {
  test(name, () => assertHarmless(html, gone));
}

test('style attributes lose script URLs and keep picture URLs', async () => {
  const shown = await render(
    `<p style="color: red; background-image: url('javascript:__xss()')">a</p>` +
      `<p style="background-image: url('https://example.org/bg.png')">b</p>`,
  );
  assert.equal(await shown.fired(), false);
  const [first, second] = await shown.slide.locator('p').evaluateAll((ps) => ps.map((p) => p.getAttribute('style') ?? ''));
  assert.ok(!first.includes('javascript'), first);
  assert.ok(first.includes('red'), first);
  assert.ok(second.includes('https://example.org/bg.png'), second);
});

// ---- what decks legitimately use ----

test('font colour elements survive', async () => {
  const { slide } = await render(
    '<h1><font color="#50c3a5">Sovereign</font> <font color="#0f5fe1" size="12px">Cloud Stack</font></h1>',
  );
  const fonts = slide.locator('font');
  assert.equal(await fonts.count(), 2);
  assert.equal(await fonts.first().getAttribute('color'), '#50c3a5');
  assert.equal(await fonts.first().textContent(), 'Sovereign');
});

test('pictures, tables, data- attributes, classes and styles survive', async () => {
  const { slide } = await render(
    '<img src="https://input.scs.community/a.png" alt="logo" title="t" width="100">\n' +
      '<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table>\n' +
      '<p class="fragment" data-note="2" style="color: red">x</p>\n' +
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">',
  );
  const logo = slide.locator('img[alt=logo]');
  assert.equal(await logo.getAttribute('src'), 'https://input.scs.community/a.png');
  assert.equal(await logo.getAttribute('title'), 't');
  assert.equal(await slide.locator('table thead th').count(), 1);
  const p = slide.locator('p.fragment');
  assert.equal(await p.getAttribute('data-note'), '2');
  assert.equal(await p.getAttribute('style'), 'color: red');
  assert.match(await slide.locator('img[alt=inline]').getAttribute('src'), /^data:image\/png/);
});

test('YouTube embeds stay, sandboxed', async () => {
  const { slide } = await render('<iframe src="https://www.youtube-nocookie.com/embed/abc" allowfullscreen></iframe>');
  assert.notEqual(await slide.locator('iframe').getAttribute('sandbox'), null);
});

test('YouTube embeds move to the no-cookie host and send only the origin', async () => {
  const { slide } = await render('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>');
  const iframe = slide.locator('iframe');
  assert.equal(await iframe.getAttribute('src'), 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
  assert.equal(await iframe.getAttribute('referrerpolicy'), 'strict-origin-when-cross-origin');
});

test('task list checkboxes stay, disabled, and other inputs go', async () => {
  const { slide } = await render('<ul><li><input type="checkbox" checked> done</li></ul>\n<input type="text" value="x">');
  const inputs = slide.locator('input');
  assert.equal(await inputs.count(), 1);
  assert.notEqual(await inputs.first().getAttribute('disabled'), null);
});

test('links that open a new window get noopener', async () => {
  const { slide } = await render('<a href="https://scs.community" target="_blank">x</a>');
  assert.equal(await slide.locator('a').getAttribute('rel'), 'noopener noreferrer');
});
