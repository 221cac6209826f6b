// Hostile decks: every vector of the XSS corpus
// (fixtures/xss/vectors.mjs) is rendered by the real app in headless
// Chromium — every slide visited, the overview, the toolbar's warnings and
// open dialog, and the print layout with notes — once as deployed (CSP on)
// and once with the CSP bypassed, so that the sanitiser alone must stop
// every vector. A vector "fires" when it calls `__xss('<id>')` in any frame
// or makes any request to a sentinel URL.
//
// The vectors are written as decks into fixtures/xss/generated/ (ignored by
// git) at the start: one slide per vector, a batch of them per deck; a
// whole-deck vector (own front matter, or a trick that spills over a slide
// separator) is a deck of its own.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES_DIR, SUB_PATH, useHarness } from './harness.mjs';
import { SENTINEL_HOST, SENTINEL_PATH, VECTORS } from './fixtures/xss/vectors.mjs';

const h = useHarness();

const GENERATED = join(FIXTURES_DIR, 'xss', 'generated');
/** Slides per generated deck: few page loads, yet a failing deck is easy to read. */
const BATCH_SIZE = 50;
/** Time for what a rendered slide may trigger later (image errors, frame loads, timers). */
const SETTLE_MS = 300;
/** Link schemes that are fine to leave unclicked. */
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
/** Hosts whose iframes the sanitiser keeps (sandboxed); see src/view/sanitize.rs. */
const EMBED_HOSTS = [
  'https://www.youtube-nocookie.com/',
  'https://www.youtube.com/embed/',
  'https://player.vimeo.com/',
  'https://www.slideshare.net/slideshow/embed_code/',
  'https://speakerdeck.com/player/',
];
const SCAN_OPTIONS = { safeProtocols: SAFE_PROTOCOLS, embedHosts: EMBED_HOSTS };

/** Cuts the corpus into decks: `{ file, ids, text }`, `ids[h]` the vector on slide h. */
function decksOf(vectors) {
  const shared = vectors.filter((v) => !v.wholeDeck);
  const decks = [];
  for (let i = 0; i < shared.length; i += BATCH_SIZE) {
    const batch = shared.slice(i, i + BATCH_SIZE);
    decks.push({
      file: `batch-${String(decks.length + 1).padStart(2, '0')}.md`,
      ids: batch.map((v) => v.id),
      text: `${batch.map((v) => v.markdown).join('\n\n---\n\n')}\n`,
      slides: batch.length,
    });
  }
  for (const v of vectors.filter((x) => x.wholeDeck)) {
    decks.push({ file: `${v.id}.md`, ids: [v.id], text: v.markdown, slides: null });
  }
  return decks;
}

/** The vector id a slide of `deck` shows (a whole-deck vector owns every slide). */
function vectorAt(deck, h) {
  return deck.ids.length === 1 && deck.slides === null ? deck.ids[0] : (deck.ids[h] ?? `(slide ${h})`);
}

/** The markdown with entity, base64 and char-code encodings spelled out. */
function revealed(markdown) {
  const plain = markdown
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)));
  const base64 = [...plain.matchAll(/[A-Za-z0-9+/]{16,}={0,2}/g)].map((m) =>
    Buffer.from(m[0], 'base64').toString('latin1'),
  );
  const codes = [...plain.matchAll(/fromCharCode\(([\d,]+)\)/g)].map((m) =>
    String.fromCharCode(...m[1].split(',').map(Number)),
  );
  return [plain, ...base64, ...codes].join('\n');
}

/** The vector id a sentinel request names, or null for any other request. */
function sentinelIdOf(request) {
  if (request.server === 'external') {
    const url = new URL(request.path);
    return url.hostname === SENTINEL_HOST ? url.pathname.split('/')[1] || '(no id)' : null;
  }
  const path = request.path.startsWith(SUB_PATH) ? request.path.slice(SUB_PATH.length - 1) : request.path;
  return path.startsWith(SENTINEL_PATH) ? path.slice(SENTINEL_PATH.length).split(/[/?#.]/)[0] || '(no id)' : null;
}

/**
 * In the page: everything in the rendered app that could run script or load
 * a document — as `{ h, what, html }`, h the slide index (or null). Deck
 * content (slides, notes, backgrounds) may hold only plain HTML; the app's
 * own UI around it (buttons, icons, the open dialog's form) is ours, but
 * must not carry anything a deck could have put there either.
 */
function scanForExecutableMarkup({ safeProtocols, embedHosts }) {
  const found = [];
  const slideOf = (el) => {
    const s = el.closest('[data-index-h]');
    return s ? Number(s.dataset.indexH) : null;
  };
  const note = (el, what) => found.push({ h: slideOf(el), what, html: el.outerHTML.slice(0, 200) });
  const URL_ATTRS = new Set([
    'href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background', 'cite',
    'dynsrc', 'lowsrc', 'codebase', 'code', 'archive', 'ping', 'srcset', 'to', 'values', 'from', 'by',
  ]);
  const NOWHERE = new Set(['script', 'base', 'meta', 'object', 'embed', 'link', 'frame', 'frameset', 'applet', 'portal']);
  const NOT_IN_DECK = new Set([
    ...NOWHERE, 'form', 'svg', 'math', 'template', 'noscript', 'isindex', 'button', 'xml', 'style',
  ]);
  const XHTML = 'http://www.w3.org/1999/xhtml';
  const SVG = 'http://www.w3.org/2000/svg';
  // A drawn diagram (src/view/diagrams.rs) is SVG, sanitised with DOMPurify's SVG profile: SVG
  // elements only, and none that carries HTML or CSS.
  const NOT_IN_DRAWING = new Set([...NOWHERE, 'style', 'foreignObject', 'iframe', 'form']);
  const elements = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      elements.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  for (const root of document.querySelectorAll('.dv-app')) walk(root);
  for (const el of elements) {
    const tag = el.localName;
    const inDeck = el.closest('.slides, .backgrounds') !== null;
    const inDrawing = inDeck && el.closest('div.diagram > svg') !== null;
    if ((inDrawing ? NOT_IN_DRAWING : inDeck ? NOT_IN_DECK : NOWHERE).has(tag)) note(el, `<${tag}> element`);
    if (inDrawing ? el.namespaceURI !== SVG : inDeck && el.namespaceURI !== XHTML && !NOT_IN_DECK.has(tag)) {
      note(el, `foreign (${el.namespaceURI}) <${tag}>`);
    }
    if (inDeck && el.shadowRoot) note(el, 'a shadow root in a slide');
    for (const { name, value } of el.attributes) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) note(el, `${name} handler attribute`);
      if (lower === 'srcdoc' || lower === 'formaction') note(el, `${name} attribute`);
      if (URL_ATTRS.has(lower)) {
        // What a URL parser sees: no whitespace or controls anywhere, any case.
        const url = value.replace(/[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g, '').toLowerCase();
        if (/^(javascript|vbscript|livescript|mocha):/.test(url) || url.startsWith('data:text/html')) {
          note(el, `${name}="${value.slice(0, 60)}"`);
        }
      }
    }
    if (tag === 'iframe') {
      const src = el.getAttribute('src') ?? '';
      const sandbox = el.getAttribute('sandbox');
      if (!embedHosts.some((host) => src.startsWith(host))) note(el, 'iframe outside the embed hosts');
      if (sandbox === null || /allow-top-navigation|allow-modals|allow-forms/.test(sandbox)) {
        note(el, `iframe sandbox ${sandbox === null ? 'missing' : `"${sandbox}"`}`);
      }
    }
    if ((tag === 'a' || tag === 'area') && el.hasAttribute('href') && !safeProtocols.includes(el.protocol)) {
      note(el, `link to a ${el.protocol} URL`);
    }
  }
  // The document outside the app: only the page's own head may hold these.
  for (const el of document.querySelectorAll('base')) note(el, '<base> in the document');
  for (const el of document.querySelectorAll('meta[http-equiv]')) {
    if (el.httpEquiv.toLowerCase() !== 'content-security-policy' || el.parentElement !== document.head) {
      note(el, `<meta http-equiv="${el.httpEquiv}">`);
    }
  }
  for (const el of document.scripts) {
    if (!el.src || new URL(el.src).origin !== location.origin) note(el, 'a script not from the app');
  }
  return found;
}

/** In the page: clicks every link whose scheme is not a plain web/mail/phone one (there should be none). */
function clickUnsafeLinks(safeProtocols) {
  const links = [...document.querySelectorAll('.dv-app a[href], .dv-app area[href]')].filter(
    (a) => !safeProtocols.includes(a.protocol),
  );
  for (const a of links) a.click();
  return links.length;
}

/** Loads `query` in the page and waits until the app's main() ran. */
async function gotoApp(page, query) {
  await page.goto(h.url(`/${query}`), { waitUntil: 'load', timeout: 30000 });
  await page.waitForFunction(() => window.__dvStarted === true, null, { timeout: 30000 });
}

const pause = (page, ms) => page.waitForTimeout(ms);

/**
 * One page per mode, with the sentinel bound in every frame of its context.
 * Returns { page, state } where state collects sentinel calls and requests.
 */
async function openProbedPage({ bypassCSP }) {
  const page = await h.openApp('?src=fixtures/minimal.md', {
    allowPageErrors: true,
    contextOptions: { bypassCSP },
  });
  const state = { where: 'start', calls: [], dialogs: [], popups: [], resources: [], csp: [] };
  const context = page.context();
  await context.exposeBinding('__xss', ({ frame }, id) => {
    state.calls.push({ id: String(id), where: state.where, frame: frame?.url() ?? '?' });
  });
  // CSP reports with the script that was running: the harness only sees their console text.
  await context.exposeBinding('__dvCspReport', (_, report) => {
    state.csp.push({ ...report, where: state.where });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const slide = e.target instanceof Element ? e.target.closest('[data-index-h]') : null;
      window.__dvCspReport?.({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        source: e.sourceFile,
        h: slide ? Number(slide.dataset.indexH) : null,
      });
    });
  });
  page.on('dialog', (dialog) => {
    state.dialogs.push({ where: state.where, message: dialog.message() });
    dialog.dismiss().catch(() => {});
  });
  context.on('page', (popup) => {
    if (popup === page) return;
    state.popups.push({ where: state.where, url: popup.url() });
    popup.close().catch(() => {});
  });
  context.on('request', (req) => {
    const main = req.frame() === page.mainFrame();
    state.resources.push({ where: state.where, url: req.url(), type: req.resourceType(), main });
  });
  return { page, state };
}

/** The part of `list` added since `from` (the harness's arrays only grow). */
const since = (list, from) => list.slice(from);

/** Uncaught errors the harness recorded for `page` while `fn` ran. */
async function watched(page, fn) {
  const before = Object.fromEntries(Object.entries(h.problems(page)).map(([k, v]) => [k, v.length]));
  const result = await fn();
  const now = h.problems(page);
  return { result, pageErrors: since(now.pageErrors, before.pageErrors) };
}

/** Whether the app is still alive: a slide (or print page) is there, no panic panel, still our page. */
async function appHealth(page, selector) {
  return page.evaluate(
    ({ selector, origin }) => ({
      shown: document.querySelector(selector) !== null,
      panic: document.querySelector('.dv-panic')?.textContent ?? null,
      sameOrigin: location.origin === origin,
    }),
    { selector, origin: h.origin },
  );
}

/** Renders `deck` in the presentation: every slide, the overview, the toolbar. */
async function presentDeck(page, state, deck) {
  state.where = `${deck.file} (slides)`;
  await gotoApp(page, `?src=fixtures/xss/generated/${deck.file}`);
  await page.waitForSelector('.reveal .slides > section.present', { timeout: 30000 });
  const columns = await page.locator('.reveal .slides > section').count();
  for (let i = 0; i < columns; i += 1) {
    await page.evaluate((n) => {
      location.hash = `#/${n}`;
    }, i);
    await page.waitForSelector(`.reveal .slides > section[data-index-h="${i}"].present`, { timeout: 10000 });
  }
  await page.keyboard.press('Escape');
  await page.waitForSelector('.reveal.overview', { timeout: 10000 });
  await page.keyboard.press('Escape');
  await page.waitForSelector('.reveal.overview', { state: 'detached', timeout: 10000 });
  if ((await page.locator('.dv-warnings-toggle').count()) > 0) await h.clickToolbar(page, '.dv-warnings-toggle');
  await h.clickToolbar(page, '.dv-open-button');
  await page.waitForSelector('.dv-open-dialog', { timeout: 10000 });
  await page.click('.dv-open-close');
  const clicked = await page.evaluate(clickUnsafeLinks, SAFE_PROTOCOLS);
  await pause(page, SETTLE_MS);
  const findings = await page.evaluate(scanForExecutableMarkup, SCAN_OPTIONS);
  const health = await appHealth(page, '.reveal .slides section.present');
  return { columns, clicked, findings, health };
}

/** Renders `deck` in the print layout (every slide at once, notes shown). */
async function printDeck(page, state, deck) {
  state.where = `${deck.file} (print)`;
  await gotoApp(page, `?print-pdf&showNotes=true&src=fixtures/xss/generated/${deck.file}`);
  await page.waitForSelector('.reveal[data-print-pages]', { timeout: 30000 });
  const pages = await page.locator('.pdf-page').count();
  const clicked = await page.evaluate(clickUnsafeLinks, SAFE_PROTOCOLS);
  await pause(page, SETTLE_MS);
  const findings = await page.evaluate(scanForExecutableMarkup, SCAN_OPTIONS);
  const health = await appHealth(page, '.pdf-page section');
  return { pages, clicked, findings, health };
}

let DECKS = [];
const runs = new Map();

/**
 * Renders the whole corpus in one mode (once; later callers share the result).
 * Both modes are rendered side by side, each in its own browser context, and
 * the first caller waits for both (the harness closes a test's pages after
 * it): most of a run is waiting for pages, so two take little longer than one.
 */
async function corpusRun(mode) {
  if (runs.size === 0) {
    for (const m of ['CSP on', 'CSP bypassed']) runs.set(m, renderCorpus(m));
    await Promise.allSettled(runs.values());
  }
  return runs.get(mode);
}

async function renderCorpus(mode) {
  const started = Date.now();
  const firstRequest = h.requests.length;
  const { page, state } = await openProbedPage({ bypassCSP: mode === 'CSP bypassed' });
  const decks = [];
  for (const deck of DECKS) {
    try {
      const slides = await watched(page, () => presentDeck(page, state, deck));
      const print = await watched(page, () => printDeck(page, state, deck));
      decks.push({ deck, slides, print });
    } catch (err) {
      // A vector that breaks the app's rendering must be named, not just time out.
      throw new Error(`${mode}, ${state.where} [${deck.ids.join(' ')}]: ${err.message}`, { cause: err });
    }
  }
  state.where = 'done';
  return {
    mode,
    seconds: (Date.now() - started) / 1000,
    decks,
    calls: state.calls,
    dialogs: state.dialogs,
    popups: state.popups,
    resources: state.resources,
    csp: state.csp,
    // The servers' log: with both modes running side by side it holds the
    // other mode's requests too, so a sentinel request fails both modes.
    requests: h.requests.slice(firstRequest),
  };
}

before(() => {
  mkdirSync(GENERATED, { recursive: true });
  for (const name of readdirSync(GENERATED)) {
    if (name.endsWith('.md')) rmSync(join(GENERATED, name));
  }
  DECKS = decksOf(VECTORS);
  for (const deck of DECKS) writeFileSync(join(GENERATED, deck.file), deck.text);
});

/** What fired in a run, as readable lines naming the vectors. */
function firedIn(run) {
  return [
    ...run.calls.map((c) => `${c.id}: called __xss in ${c.where} (frame ${c.frame})`),
    ...run.dialogs.map((d) => `a dialog opened in ${d.where}: ${d.message}`),
    ...run.popups.map((p) => `a window opened in ${p.where}: ${p.url}`),
  ];
}

test('the corpus has at least 150 vectors, each with a category and a unique id it signals with', () => {
  assert.ok(VECTORS.length >= 150, `${VECTORS.length} vectors`);
  const ids = VECTORS.map((v) => v.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  for (const v of VECTORS) {
    assert.match(v.id, /^[a-z0-9-]+$/, `${v.id}: an id that is safe in JS strings and URLs`);
    assert.ok(v.category, `${v.id} has a category`);
    const text = revealed(v.markdown);
    const signals =
      text.includes(`__xss('${v.id}')`) ||
      text.includes(`__xss("${v.id}")`) ||
      text.includes(`${SENTINEL_HOST}/${v.id}`) ||
      text.includes(`${SENTINEL_PATH}${v.id}`) ||
      text.includes(`%5F%5Fxss(%27${v.id}%27)`) ||
      text.includes(`\\u005f\\u005fxss('${v.id}')`);
    assert.ok(signals, `${v.id} calls the sentinel with its own id or loads its sentinel URL`);
  }
});

test('the detectors notice vectors that do run (raw HTML in a slide, no sanitiser, CSP bypassed)', async () => {
  // The same page set-up, navigation, scan and link clicks as the corpus
  // runs, with unsanitised markup: every channel must report it.
  const { page, state } = await openProbedPage({ bypassCSP: true });
  await gotoApp(page, '?src=fixtures/minimal.md');
  await page.waitForSelector('.reveal .slides section.present');
  const firstRequest = h.requests.length;
  state.where = 'control';
  const byId = Object.fromEntries(VECTORS.map((v) => [v.id, v.markdown]));
  const raw = ['img-onerror', 'iframe-srcdoc', 'a-href-javascript', 'link-stylesheet-remote', 'css-import-url'];
  await page.evaluate((html) => {
    document.querySelector('.reveal .slides section.present').insertAdjacentHTML('beforeend', html);
  }, raw.map((id) => byId[id]).join('\n'));
  const findings = await page.evaluate(scanForExecutableMarkup, SCAN_OPTIONS);
  const clicked = await page.evaluate(clickUnsafeLinks, SAFE_PROTOCOLS);
  await pause(page, 1000);

  const called = new Set(state.calls.map((c) => c.id));
  assert.deepEqual([...called].sort(), ['a-href-javascript', 'iframe-srcdoc', 'img-onerror']);
  const requested = new Set(since(h.requests, firstRequest).map(sentinelIdOf).filter(Boolean));
  assert.deepEqual([...requested].sort(), ['css-import-url', 'link-stylesheet-remote']);
  assert.equal(clicked, 1, 'the javascript: link was clicked');
  const kinds = new Set(findings.map((f) => f.what.replace(/=.*/, '')));
  const expected = [
    'onerror handler attribute',
    'srcdoc attribute',
    'iframe outside the embed hosts',
    'href',
    '<link> element',
    '<style> element',
  ];
  for (const kind of expected) {
    assert.ok(kinds.has(kind), `the scan reports ${kind} (it reported ${[...kinds].join('; ')})`);
  }
});

test('no vector in the corpus runs script with the page\'s CSP', async () => {
  const run = await corpusRun('CSP on');
  assert.deepEqual(firedIn(run), [], 'vectors that ran script');
});

test('no vector runs script even with the CSP bypassed (the sanitiser alone)', async () => {
  const run = await corpusRun('CSP bypassed');
  assert.deepEqual(firedIn(run), [], 'vectors that ran script');
});

test('under the CSP nothing a deck brought is blocked but what the sanitiser parses', async () => {
  // One kind of report is not a deck getting through: Chromium checks on*
  // attributes and <base href> against the CSP as soon as they are parsed,
  // even in DOMPurify's inert document where they never run or apply; those
  // reports come from purify.min.js. (Deck CSS with url(javascript:…) — in
  // style attributes, <style> blocks or parallaxBackgroundImage — is dropped
  // before it reaches the page: deck/safe_url.rs.)
  // Anything else the CSP had to stop got past the sanitiser.
  const run = await corpusRun('CSP on');
  // The same holds for the sanitiser mermaid brings, parsing a label in the diagram frame (whose
  // own CSP reports it there, never in the viewer's page).
  const sanitiserParse = (v) => /\/purify[^/]*\.js$/.test(v.source) || /\/diagrams\/mermaid\.min\.js$/.test(v.source);
  const blocked = run.csp
    .filter((v) => !sanitiserParse(v))
    .map((v) => {
      const deck = DECKS.find((d) => v.where.startsWith(`${d.file} `));
      const id = deck && v.h !== null ? vectorAt(deck, v.h) : v.where;
      return `${id}: ${v.directive} blocked ${v.blocked || 'inline code'} (from ${v.source || 'the page'})`;
    });
  assert.deepEqual(blocked, []);
  assert.ok(run.csp.some(sanitiserParse), 'CSP reports reach the test (the sanitiser parsing on* attributes makes some)');
});

test('no vector loads a remote stylesheet or a sentinel URL', async () => {
  for (const mode of ['CSP on', 'CSP bypassed']) {
    const run = await corpusRun(mode);
    const sentinels = run.requests
      .map((r) => [sentinelIdOf(r), r])
      .filter(([id]) => id)
      .map(([id, r]) => `${id}: ${r.server} request ${r.path}`);
    assert.deepEqual(sentinels, [], `${mode}: requests to a sentinel URL`);
    // Scripts, stylesheets and fonts come only from the app itself; frames
    // only from the embed hosts; no document may replace the page.
    const foreign = run.resources
      .filter((r) => {
        const url = new URL(r.url, h.origin);
        const fromApp =
          url.origin === h.origin &&
          !url.pathname.includes('/fixtures/') &&
          !sentinelIdOf({ server: 'app', path: url.pathname });
        if (['script', 'stylesheet', 'font'].includes(r.type)) return !fromApp;
        if (r.type === 'document' && r.main) return !fromApp;
        // The diagram renderers' frame (the app's own page, sandboxed).
        const diagramFrame = url.origin === h.origin && /\/app-[0-9a-f]+\/diagrams\/frame\.html$/.test(url.pathname);
        if (r.type === 'document') return !diagramFrame && !EMBED_HOSTS.some((host) => r.url.startsWith(host));
        return ['object', 'embed', 'manifest'].includes(r.type);
      })
      .map((r) => `${r.where}: ${r.type} ${r.url.slice(0, 160)}`);
    assert.deepEqual(foreign, [], `${mode}: resources a deck must not load`);
  }
});

test('the rendered slides contain no executable markup', async () => {
  for (const mode of ['CSP on', 'CSP bypassed']) {
    const run = await corpusRun(mode);
    const found = run.decks.flatMap(({ deck, slides, print }) =>
      [
        ...slides.result.findings.map((f) => ({ ...f, view: 'slides' })),
        ...print.result.findings.map((f) => ({ ...f, view: 'print' })),
      ].map((f) => `${f.h === null ? deck.file : vectorAt(deck, f.h)} (${f.view}): ${f.what} — ${f.html}`),
    );
    assert.deepEqual(found, [], `${mode}: executable markup left in the rendered app`);
    const clicked = run.decks.reduce((n, d) => n + d.slides.result.clicked + d.print.result.clicked, 0);
    assert.equal(clicked, 0, `${mode}: links with a script scheme were there to click`);
  }
});

test('the app still shows every vector\'s slide after each batch, with no panic and no uncaught error', async () => {
  for (const mode of ['CSP on', 'CSP bypassed']) {
    const run = await corpusRun(mode);
    for (const { deck, slides, print } of run.decks) {
      const label = `${mode}, ${deck.file} [${deck.ids.join(' ')}]`;
      if (deck.slides !== null) {
        assert.equal(slides.result.columns, deck.slides, `${label}: one slide per vector`);
        assert.ok(print.result.pages >= deck.slides, `${label}: a print page per vector`);
      }
      for (const view of [slides, print]) {
        assert.deepEqual(view.result.health, { shown: true, panic: null, sameOrigin: true }, `${label}: the app is alive`);
        assert.deepEqual(view.pageErrors, [], `${label}: uncaught errors`);
      }
    }
  }
});

after(async () => {
  const done = [...runs.values()];
  if (done.length === 0) return;
  for (const run of await Promise.allSettled(done)) {
    if (run.status !== 'fulfilled') continue;
    const r = run.value;
    const slides = r.decks.reduce((n, d) => n + d.slides.result.columns, 0);
    const pages = r.decks.reduce((n, d) => n + d.print.result.pages, 0);
    const fired = new Set([...r.calls.map((c) => c.id), ...r.requests.map(sentinelIdOf).filter(Boolean)]);
    console.log(
      `XSS corpus (${r.mode}): ${VECTORS.length} vectors tried in ${r.decks.length} decks, ` +
        `${slides} slides rendered and visited, ${pages} print pages rendered, ` +
        `${fired.size} executed, in ${r.seconds.toFixed(1)} s`,
    );
  }
  const categories = {};
  for (const v of VECTORS) categories[v.category] = (categories[v.category] ?? 0) + 1;
  console.log(`XSS corpus categories: ${Object.entries(categories).map(([c, n]) => `${c} ${n}`).join(', ')}`);
});
