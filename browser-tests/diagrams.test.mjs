// Diagrams (```mermaid, ```graphviz, ```flow, ```sequence, ```abc): drawn by third-party renderers inside
// a sandboxed frame with an opaque origin, answered as SVG text, sanitised
// and put into the slide as content (src/view/diagrams.rs, diagrams/).
// Hostile diagrams, a huge one and a deck of 100 are written here; the
// service worker is allowed only in the test of working offline.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES_DIR, useHarness } from './harness.mjs';

const h = useHarness();

const present = '.reveal .slides > section.present';
/** Decks made by the tests (ignored by git). */
const GENERATED = join(FIXTURES_DIR, 'xss', 'generated');
/** Slides of the many-diagrams deck. */
const MANY = 100;

before(() => {
  mkdirSync(GENERATED, { recursive: true });
  const slides = Array.from({ length: MANY }, (_, i) => `## ${i}\n\n\`\`\`mermaid\ngraph LR\n  A${i}[Node ${i}] --> B${i}[Next ${i}]\n\`\`\``);
  writeFileSync(join(GENERATED, 'many-diagrams.md'), `${slides.join('\n\n---\n\n')}\n`);
  const huge = `graph TD\n${Array.from({ length: 6000 }, (_, i) => `  N${i} --> N${i + 1}`).join('\n')}\n  X["<img src=x onerror=__xss('huge')>"]`;
  const fillers = Array.from({ length: 6 }, (_, i) => `## Filler ${i}`);
  writeFileSync(
    join(GENERATED, 'offline-diagrams.md'),
    [
      '# Offline',
      '```mermaid\ngraph LR\n  A[Kept offline] --> B[Shown]\n```',
      '```graphviz\ndigraph { kept -> shown }\n```',
      ...fillers,
      '```mermaid\ngraph LR\n  A[Never drawn] --> B[Before]\n```',
    ].join('\n\n---\n\n'),
  );
  writeFileSync(join(GENERATED, 'huge-diagram.md'), `# Huge\n\n\`\`\`mermaid\n${huge}\n\`\`\`\n`);
});

after(() => {
  for (const name of ['many-diagrams.md', 'huge-diagram.md', 'offline-diagrams.md']) rmSync(join(GENERATED, name), { force: true });
});

/** Waits until the present slide shows a drawn diagram with `label` as SVG text. */
async function waitForLabel(page, label, scope = present) {
  await page.waitForFunction(
    ([text, scope]) => [...document.querySelectorAll(`${scope} div.diagram svg text`)].some((t) => t.textContent.trim() === text),
    [label, scope],
    { timeout: 20000 },
  );
}

/** The present slide's text colour. */
const slideColour = (page) => page.evaluate(() => getComputedStyle(document.querySelector('.reveal .slides > section.present')).color);

/**
 * The colours the present slide's drawing shows its letters and its lines
 * in (each distinct colour once; painted ones only).
 */
const drawnColours = (page) =>
  page.evaluate(() => {
    const svg = document.querySelector('.reveal .slides > section.present div.diagram svg');
    const painted = (values) => [...new Set(values.filter((v) => v !== 'none'))];
    return {
      text: painted([...svg.querySelectorAll('text')].map((t) => getComputedStyle(t).fill)),
      lines: painted([...svg.querySelectorAll('path')].map((p) => getComputedStyle(p).stroke)),
    };
  });

/** Requests for the diagram frame and its renderers so far. */
const diagramRequests = () => h.requestsMatching('/diagrams/');

test('a mermaid diagram is drawn in its slide, its labels SVG text, its source gone', async () => {
  const page = await h.openDeck('?src=fixtures/diagrams.md#/1');
  await waitForLabel(page, 'Drawn in a frame');
  assert.equal(await page.locator(`${present} pre.diagram-source`).count(), 0);
  assert.equal(await page.locator(`${present} div.mermaid.diagram[data-diagram="Mermaid"] > svg`).count(), 1);
  await h.screenshot(page, 'diagram-mermaid');
});

test('a Graphviz diagram is drawn with the dot layout', async () => {
  const page = await h.openDeck('?src=fixtures/diagrams.md#/2');
  await waitForLabel(page, 'Parse Markdown');
  await h.screenshot(page, 'diagram-graphviz');
});

test('a flowchart is drawn with flowchart.js, its arrows with their heads', async () => {
  const page = await h.openDeck('?src=fixtures/diagrams.md#/4');
  await waitForLabel(page, 'Draw it');
  // Raphael draws arrowheads as markers that <use> a shape; the frame copies the shape in.
  const heads = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section.present div.diagram svg marker')].filter((m) => m.querySelector('path')).length,
  );
  assert.ok(heads >= 1, `${heads} arrowheads`);
  const colour = await slideColour(page);
  assert.deepEqual(await drawnColours(page), { text: [colour], lines: [colour] });
  await h.screenshot(page, 'diagram-flow');
});

test('ABC music is drawn with abcjs, in the slide\'s text colour', async () => {
  const page = await h.openDeck('?src=fixtures/diagrams.md#/5');
  await waitForLabel(page, 'A test tune');
  const colours = await page.evaluate(() => {
    const slide = document.querySelector('.reveal .slides > section.present');
    const title = slide.querySelector('div.diagram svg text');
    return { text: getComputedStyle(slide).color, title: getComputedStyle(title).fill };
  });
  assert.equal(colours.title, colours.text);
  await h.screenshot(page, 'diagram-abc');
});

test('a sequence diagram is drawn with js-sequence-diagrams: title, actors, messages and notes as SVG text', async () => {
  const page = await h.openDeck('?src=fixtures/diagrams.md#/7');
  await waitForLabel(page, 'Drawing a deck');
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section.present div.diagram[data-diagram="Sequence"] svg text')].map((t) => t.textContent.trim()),
  );
  for (const label of ['Viewer', 'Frame', 'source', 'draws it', 'SVG text', 'sanitise']) assert.ok(texts.includes(label), `${label} in ${texts}`);
  const colour = await slideColour(page);
  assert.deepEqual(await drawnColours(page), { text: [colour], lines: [colour] });
  await h.screenshot(page, 'diagram-sequence');
});

test('a sequence diagram its parser refuses keeps its source, with the parser\'s message under it', async () => {
  const page = await h.openDeck('?src=fixtures/diagrams.md#/8');
  const message = page.locator(`${present} p.diagram-error`);
  await message.waitFor({ timeout: 20000 });
  assert.match(await message.textContent(), /^Sequence diagram not drawn: .*line 1/s);
  assert.match(await page.locator(`${present} pre.diagram-failed code`).textContent(), /Viewer=>Frame/);
});

test('a drawn diagram carries no script, no style element, no foreignObject and no style attribute', async () => {
  const page = await h.openDeck('?src=fixtures/diagrams.md#/6');
  await waitForLabel(page, 'Viewer');
  const found = await page.evaluate(() => {
    const svg = document.querySelector('.reveal .slides > section.present div.diagram svg');
    return {
      forbidden: svg.querySelectorAll('script, style, foreignObject, [style]').length,
      handlers: [...svg.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on'))).length,
    };
  });
  assert.deepEqual(found, { forbidden: 0, handlers: 0 });
});

test('a diagram its renderer refuses keeps its source, with the renderer\'s message under it', async () => {
  const page = await h.openDeck('?src=fixtures/diagrams.md#/3');
  const message = page.locator(`${present} p.diagram-error`);
  await message.waitFor({ timeout: 20000 });
  assert.match(await message.textContent(), /^Mermaid diagram not drawn: .*Parse error/s);
  assert.match(await page.locator(`${present} pre.diagram-failed code`).textContent(), /A -->/);
  await h.screenshot(page, 'diagram-error');
});

test('the renderers run in a sandboxed frame of an opaque origin, and the page keeps its strict script policy', async () => {
  const page = await h.openDeck('?src=fixtures/diagrams.md#/1');
  await waitForLabel(page, 'Drawn in a frame');
  const frame = await page.evaluate(() => {
    const iframe = document.querySelector('iframe[src*="/diagrams/frame.html"]');
    let reachable = true;
    try {
      void iframe.contentWindow.document;
    } catch {
      reachable = false;
    }
    return { sandbox: iframe.getAttribute('sandbox'), reachable };
  });
  assert.deepEqual(frame, { sandbox: 'allow-scripts', reachable: false });
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.match(csp, /frame-src 'self' /);
  assert.equal(await page.evaluate(() => typeof window.mermaid + typeof window.Viz), 'undefinedundefined');
});

test('hostile diagrams run no script in the viewer, and keep only web links', async () => {
  const page = await h.openApp('?src=fixtures/diagrams-hostile.md', { allowPageErrors: true });
  const calls = [];
  await page.context().exposeBinding('__xss', ({ frame }, id) => calls.push(`${id} (in ${frame.url()})`));
  // Where the CSP blocked something: the page, or the frame (mermaid's own sanitiser parsing a
  // label's on* attribute makes the frame's policy report it, as DOMPurify does in the page).
  const blocked = [];
  await page.context().exposeBinding('__dvBlocked', (_, where) => blocked.push(where));
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__dvBlocked?.(`${location.pathname} (${e.sourceFile})`));
  });
  await page.reload();
  await page.waitForSelector(present);
  const slides = await page.locator('.reveal .slides > section').count();
  for (let i = 1; i < slides; i += 1) {
    await page.evaluate((n) => { location.hash = `#/${n}`; }, i);
    await page.waitForFunction(
      () => document.querySelector('.reveal .slides > section.present :is(div.diagram, p.diagram-error)') !== null,
      null,
      { timeout: 20000 },
    );
  }
  // Every link and every element of every drawing is clicked and hovered.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('.reveal .slides div.diagram svg *')) {
      for (const type of ['click', 'mouseover', 'mouseenter']) el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
    }
  });
  await page.waitForTimeout(500);
  assert.deepEqual(calls, []);
  const links = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides div.diagram svg a')].map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href')),
  );
  assert.ok(links.every((href) => href === null || /^https?:/.test(href)), `links: ${links}`);
  assert.ok(links.includes('https://example.org/ok'), `the web link stays: ${links}`);
  // Labels may show the hostile text; no element or attribute may carry it.
  const risky = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides div.diagram *')].flatMap((el) => [
      ...(['script', 'style', 'foreignObject', 'iframe'].includes(el.localName) ? [`<${el.localName}>`] : []),
      ...[...el.attributes]
        .filter((a) => /^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value))
        .map((a) => `${el.localName} ${a.name}="${a.value.slice(0, 60)}"`),
    ]),
  );
  assert.deepEqual(risky, []);
  assert.deepEqual(blocked.filter((where) => !/\/diagrams\/frame\.html /.test(where)), [], 'CSP reports in the viewer\'s page');
  await h.screenshot(page, 'diagram-hostile');
});

test('a diagram longer than the renderers take is refused with a message, without script', async () => {
  const page = await h.openApp('?src=fixtures/xss/generated/huge-diagram.md', { allowPageErrors: true });
  const calls = [];
  await page.context().exposeBinding('__xss', (_, id) => calls.push(id));
  await page.reload();
  const message = page.locator(`${present} p.diagram-error`);
  await message.waitFor({ timeout: 30000 });
  assert.match(await message.textContent(), /longer than 50000 characters/);
  assert.deepEqual(calls, []);
});

test('diagrams are drawn in the overview and in the print layout', async () => {
  const page = await h.openDeck('?src=fixtures/diagrams.md#/1');
  await waitForLabel(page, 'Drawn in a frame');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.reveal.overview');
  await waitForLabel(page, 'Parse Markdown', '.reveal.overview .slides section');
  await h.screenshot(page, 'diagram-overview');
  const print = await h.openApp('?src=fixtures/diagrams.md&print-pdf');
  await print.waitForSelector('.pdf-page');
  await waitForLabel(print, 'Drawn in a frame', '.pdf-page');
  await waitForLabel(print, 'Parse Markdown', '.pdf-page');
  await print.locator('.pdf-page').nth(1).scrollIntoViewIfNeeded();
  await h.screenshot(print, 'diagram-print');
});

test('a deck of 100 diagrams draws only those near the slide shown', async () => {
  const page = await h.openDeck('?src=fixtures/xss/generated/many-diagrams.md');
  await waitForLabel(page, 'Node 0');
  await page.waitForTimeout(1500);
  const drawn = await page.locator('.reveal .slides div.diagram').count();
  assert.ok(drawn >= 1 && drawn <= 10, `${drawn} diagrams drawn at load`);
  await page.evaluate(() => { location.hash = '#/50'; });
  await waitForLabel(page, 'Node 50');
});

test('a deck without diagrams fetches no diagram code', async () => {
  h.clearRequests();
  const page = await h.openDeck('?src=examples/syntax.md#/6');
  await page.waitForSelector(`${present} pre > code.hljs`, { timeout: 10000 });
  await page.waitForTimeout(2500);
  assert.deepEqual(diagramRequests(), []);
  assert.equal(await page.locator('iframe[src*="/diagrams/"]').count(), 0);
});

test('without a network, diagrams drawn before are shown from the drawings kept, others keep their source with a message', async () => {
  const deck = '?src=fixtures/xss/generated/offline-diagrams.md';
  const page = await h.openDeck(`${deck}#/1`, { contextOptions: { serviceWorkers: 'allow' } });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  await page.reload();
  await waitForLabel(page, 'Kept offline');
  await waitForLabel(page, 'shown', '.reveal .slides');
  // Offline: the page's requests and the worker's fail (as in offline.test.mjs).
  const context = page.context();
  await context.route('**/*', (route) => (route.request().serviceWorker() ? route.abort('internetdisconnected') : route.fallback()));
  await context.setOffline(true);
  await page.reload();
  await waitForLabel(page, 'Kept offline');
  await waitForLabel(page, 'shown', '.reveal .slides');
  await page.evaluate(() => { location.hash = '#/9'; });
  const message = page.locator(`${present} p.diagram-error`);
  await message.waitFor({ timeout: 20000 });
  assert.match(await message.textContent(), /cannot load without a network/);
  assert.match(await page.locator(`${present} pre.diagram-failed code`).textContent(), /Never drawn/);
  await h.screenshot(page, 'diagram-offline');
});
