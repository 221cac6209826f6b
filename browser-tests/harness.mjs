// Browser-test harness for deckview: local servers + headless Chromium.
//
// Run the suite with `node --test browser-tests/` after `scripts/build`
// (scripts/test does both). Tests run against the built dist/, exactly what
// gets deployed.
//
// API
// ---
//   import { useHarness } from './harness.mjs';
//   const h = useHarness();          // at the top of a test file (registers
//                                    // node:test before/after/afterEach hooks)
//   test('…', async () => {
//     const page = await h.openApp('?src=fixtures/minimal.md');
//     await page.waitForSelector('.reveal .slides section.present');
//   });
//
// useHarness(options?) -> h     options: { dist, fixtures } directories.
//   The same object is returned by `await startHarness(options)` for use
//   outside node:test hooks (then call `await h.close()` yourself).
//
// Servers (all on 127.0.0.1, random free ports, every request logged):
//   h.origin                    'http://127.0.0.1:<port>' — the app's origin
//   h.url(path)                 h.origin + path
//     /…                        dist/ (the built app)
//     /sub/path/…               dist/ again, at a sub-path (proves relative asset URLs);
//                               every route below also works under /sub/path/
//     /fixtures/<file>          browser-tests/fixtures/<file>, with Access-Control-Allow-Origin: *
//     /status/404/<anything>    always 404 (with CORS header, so the app sees the status)
//     /status/500/<anything>    always 500 (with CORS header)
//     /hang/<anything>          never answers (a slow server; the connection is held
//                               until the page goes away or the harness closes)
//     /redirect-loop/<anything> 302 to itself, forever (with CORS header)
//     /chunked/<file>           fixture <file> without Content-Length (sent chunked, as
//                               compressing servers do), with CORS header
//     anything else             404 (still logged: use it for XSS sentinel URLs)
//   Files (dist/ and fixtures) carry ETag and Last-Modified; a conditional request
//   (If-None-Match, If-Modified-Since) for an unchanged file is answered 304, as a
//   watched deck (?watch) is asked for. A test may write a fixture and change it.
//   h.override(path, answer)    answers `path` of the app origin (both bases; path as under /,
//                               e.g. '/sw.js') with answer = { status = 200, body = '', headers = {} }
//                               instead of the route above; answer null ends it. Every override
//                               ends after the test (useHarness). E.g. a new build's worker
//                               script, or a deck whose server now fails.
//   h.crossOrigin               'http://127.0.0.1:<other port>' — a second origin
//   h.noCorsUrl(file)           fixture <file> from the second origin WITHOUT CORS
//                               headers: a fetch from the app is refused by the browser
//   h.corsUrl(file)             fixture <file> from the second origin WITH CORS headers
//   h.requests                  [{ server: 'app'|'cross'|'external', method, path, status, time }]
//   h.requestsMatching(s|re)    the logged requests whose path contains s / matches re
//   h.clearRequests()
//   Hermetic: pages never reach the internet. A request to any host other than
//   127.0.0.1/localhost is aborted (as "internet disconnected", the same offline
//   or online, in CI and here) and logged with server 'external' and path = the
//   full URL, e.g. to check that an XSS payload's https://sentinel.example/ was
//   never requested.
//   Except names under .invalid (RFC 6761: never resolvable), e.g.
//   http://deckview-does-not-exist.invalid/deck.md: Chromium's own resolver is told
//   to fail them (--host-resolver-rules), a real DNS failure (net::ERR_NAME_NOT_RESOLVED)
//   without any DNS query leaving the machine. They are not logged in h.requests.
//
// Browser (never downloaded): $DV_CHROMIUM, else Debian's Chromium built for
// headless use (/usr/bin/chromium-headless-shell: a page costs it a third of
// the CPU time), else /usr/bin/chromium:
//   h.browser                   the playwright-core Browser
//   await h.openDeck(query = '', options?) -> Page: openApp, then waits for a visible slide.
//   await h.openApp(query = '', { base = '/', waitForStart = true, allowPageErrors = false,
//                               viewport = { width: 1280, height: 800 }, timeout = 30000,
//                               contextOptions = {}, initScript = null })
//       -> Page, in a fresh browser context (own localStorage). Opens h.origin + base + query
//       (query: '?src=…', '#/2', '?src=…#/1/2'; a bare 'src=…' gets a '?').
//       contextOptions go to Playwright's browser.newContext (after viewport), e.g.
//       { bypassCSP: true } to run the page without its Content-Security-Policy.
//       initScript (a function) runs in every page of the context before the page's own
//       scripts (Playwright's context.addInitScript), e.g. to record events from the start.
//       Service workers are blocked unless contextOptions say { serviceWorkers: 'allow' }
//       (browser-tests/offline.test.mjs): a worker would answer other tests' requests from
//       its cache and fetch the whole app in the background.
//       With waitForStart, resolves once boot.js fired deckview:started
//       (the wasm is instantiated and main() ran), rejects on an uncaught error first.
//   h.problems(page) -> { pageErrors, consoleErrors, cspViolations, failedRequests, badResponses,
//                         blockedExternal }
//       pageErrors: uncaught exceptions/rejections; consoleErrors: console.error and
//       browser error logs (e.g. "Failed to load resource"); cspViolations: every
//       securitypolicyviolation event and CSP console report; failedRequests: network
//       failures (incl. CORS refusals); badResponses: HTTP status >= 400;
//       blockedExternal: URLs of the page's external requests that the harness aborted
//       (their failures are NOT in consoleErrors/failedRequests).
//   h.assertClean(page, { consoleErrors = false, badResponses = false })
//       throws if the page had uncaught errors or CSP violations (and, when asked,
//       console errors / HTTP errors).
//   await h.screenshot(page, name) -> path of test-output/<name>.png ($DV_TEST_OUTPUT)
//   await h.clickToolbar(page, selector | locator): moves the mouse (the toolbar stops taking
//       the pointer while the mouse rests), then clicks the control.
//
// After each test (useHarness only): every page opened during the test is closed, and
// the test FAILS if any of them had an uncaught page error or a CSP violation, unless it
// was opened with { allowPageErrors: true }.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';
import { sendStatus, serveFile } from '../scripts/static-server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const ROOT = resolve(HERE, '..');
/** The built app that the tests load. */
// DV_DIST lets parallel work test its own build (node scripts/build.mjs --out DIR).
export const DIST_DIR = process.env.DV_DIST ?? join(ROOT, 'dist');
/** Files served at /fixtures/. */
export const FIXTURES_DIR = join(HERE, 'fixtures');
/** Where screenshots go. */
export const OUTPUT_DIR = process.env.DV_TEST_OUTPUT ?? join(ROOT, 'test-output');
/** The sub-path at which dist/ is served a second time. */
export const SUB_PATH = '/sub/path/';

/**
 * The file name of the wasm module that holds the `#[lazy]` function `name`
 * (scripts/build.mjs splits the wasm: one module per lazy function).
 */
export const lazyChunk = (name) => new RegExp(`^split_${name}_[0-9]+\\.wasm$`);

/** The file names of the wasm modules a page fetched. */
export function wasmLoaded(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop())
      .filter((name) => name.endsWith('.wasm')),
  );
}

/** The browser the tests run in when DV_CHROMIUM names none. */
const DEFAULT_CHROMIUM = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

/** Chromium flags for headless runs on CI machines and containers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // A real DNS failure for test hosts, asked of no DNS server (see isLocal).
  '--host-resolver-rules=MAP *.invalid ~NOTFOUND',
];

const CORS = { 'Access-Control-Allow-Origin': '*' };

/**
 * Whether a URL stays on this machine (anything not http(s)/ws(s) does too;
 * so do .invalid names, which the browser's resolver fails by itself).
 */
function isLocal(url) {
  if (!/^(https?|wss?):$/.test(url.protocol)) return true;
  if (url.hostname.endsWith('.invalid')) return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** Starts an HTTP server on a free port of 127.0.0.1; resolves to { server, origin }. */
function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

/** Wraps a route handler so that every request is logged with its final status. */
function logged(name, log, route) {
  return async (req, res) => {
    const entry = { server: name, method: req.method, path: req.url, status: 0, time: Date.now() };
    log.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    try {
      await route(req, res, new URL(req.url, 'http://x').pathname);
    } catch (err) {
      if (!res.headersSent) sendStatus(res, 500);
      else res.destroy(err);
    }
  };
}

/** The app origin's routes (see the API comment at the top); `overrides`: path -> answer. */
function appRoutes(dist, fixtures, overrides) {
  return async (req, res, fullPath) => {
    const path = fullPath.startsWith(SUB_PATH) ? fullPath.slice(SUB_PATH.length - 1) : fullPath;
    const override = overrides.get(path);
    if (override) {
      res.writeHead(override.status ?? 200, { ...CORS, 'Cache-Control': 'no-store', ...override.headers });
      res.end(override.body ?? '');
    } else if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS, 'Access-Control-Allow-Headers': '*' });
      res.end();
    } else if (path.startsWith('/status/404/') || path === '/status/404') {
      sendStatus(res, 404, CORS);
    } else if (path.startsWith('/status/500/') || path === '/status/500') {
      sendStatus(res, 500, CORS);
    } else if (path.startsWith('/hang/')) {
      // Headers never sent: only the page closing (or close()) ends it.
      await new Promise((done) => res.on('close', done));
    } else if (path.startsWith('/redirect-loop/')) {
      res.writeHead(302, { ...CORS, Location: req.url, 'Cache-Control': 'no-store' });
      res.end();
    } else if (path.startsWith('/chunked/')) {
      await serveChunked(res, fixtures, path.slice('/chunked'.length));
    } else if (path.startsWith('/fixtures/')) {
      if (!(await serveFile(req, res, fixtures, path.slice('/fixtures'.length), CORS))) sendStatus(res, 404, CORS);
    } else if (!(await serveFile(req, res, dist, path))) {
      sendStatus(res, 404);
    }
  };
}

/** Sends the fixture at `relPath` (URL-encoded) without Content-Length: Node then sends it chunked. */
async function serveChunked(res, fixtures, relPath) {
  const root = resolve(fixtures);
  const file = resolve(join(root, decodeURIComponent(relPath)));
  const body = file.startsWith(root + sep) ? await readFile(file).catch(() => null) : null;
  if (!body) {
    sendStatus(res, 404, CORS);
    return;
  }
  res.writeHead(200, { ...CORS, 'Content-Type': 'text/markdown; charset=utf-8', 'Cache-Control': 'no-cache' });
  res.write(body);
  res.end();
}

/** The second origin's routes: the same fixtures, with and without CORS headers. */
function crossRoutes(fixtures) {
  return async (req, res, path) => {
    if (path.startsWith('/no-cors/')) {
      if (!(await serveFile(req, res, fixtures, path.slice('/no-cors'.length)))) sendStatus(res, 404);
    } else if (path.startsWith('/cors/')) {
      if (!(await serveFile(req, res, fixtures, path.slice('/cors'.length), CORS))) sendStatus(res, 404, CORS);
    } else {
      sendStatus(res, 404);
    }
  };
}

/** Page-side probes, installed before any page script runs (CDP bypasses the CSP). */
function probeScript() {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
  });
  addEventListener('deckview:started', () => {
    window.__dvStarted = true;
  });
}

const CSP_TEXT = /Content Security Policy|CSP violation/i;

/** Starts the servers and Chromium; see the API comment at the top. */
export async function startHarness({ dist = DIST_DIR, fixtures = FIXTURES_DIR } = {}) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run scripts/build first`);
  }
  const requests = [];
  const overrides = new Map();
  const app = await listen(logged('app', requests, appRoutes(dist, fixtures, overrides)));
  const cross = await listen(logged('cross', requests, crossRoutes(fixtures)));
  const browser = await chromium.launch({
    executablePath: process.env.DV_CHROMIUM ?? DEFAULT_CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_ARGS,
  });

  const records = new Map(); // Page -> { pageErrors, consoleErrors, …, allowPageErrors, context }
  let opened = [];

  const h = {
    origin: app.origin,
    crossOrigin: cross.origin,
    browser,
    requests,
    url: (path) => app.origin + path,
    noCorsUrl: (file) => `${cross.origin}/no-cors/${file}`,
    corsUrl: (file) => `${cross.origin}/cors/${file}`,
    requestsMatching(pattern) {
      return requests.filter((r) => (typeof pattern === 'string' ? r.path.includes(pattern) : pattern.test(r.path)));
    },
    clearRequests() {
      requests.length = 0;
    },
    override(path, answer) {
      if (answer) overrides.set(path, answer);
      else overrides.delete(path);
    },

    /** `openApp(query)`, then waits until a slide is shown (visible `section.present`). */
    async openDeck(query = '', options = {}) {
      const page = await this.openApp(query, options);
      await page.waitForSelector('.reveal .slides section.present', { state: 'visible', timeout: 15000 });
      return page;
    },

    async openApp(
      query = '',
      {
        base = '/',
        waitForStart = true,
        allowPageErrors = false,
        viewport = { width: 1280, height: 800 },
        timeout = 30000,
        contextOptions = {},
        initScript = null,
      } = {},
    ) {
      const context = await browser.newContext({ viewport, serviceWorkers: 'block', ...contextOptions });
      if (initScript) await context.addInitScript(initScript);
      const page = await context.newPage();
      const blocked = new Set();
      await context.route(
        (url) => !isLocal(url),
        (route) => {
          const req = route.request();
          requests.push({ server: 'external', method: req.method(), path: req.url(), status: 0, time: Date.now() });
          blocked.add(req.url());
          return route.abort('internetdisconnected');
        },
      );
      const rec = {
        context,
        allowPageErrors,
        pageErrors: [],
        consoleErrors: [],
        cspViolations: [],
        failedRequests: [],
        badResponses: [],
        blockedExternal: [],
      };
      records.set(page, rec);
      opened.push(page);
      let onPageError;
      const firstPageError = new Promise((_, reject) => {
        onPageError = reject;
      });
      firstPageError.catch(() => {});
      page.on('pageerror', (err) => {
        rec.pageErrors.push(String(err?.stack ?? err));
        onPageError(new Error(`uncaught error in the page: ${err?.stack ?? err}`));
      });
      page.on('console', (msg) => {
        if (msg.type() !== 'error' && !CSP_TEXT.test(msg.text())) return;
        if (blocked.has(msg.location()?.url)) return; // an external request the harness aborted
        if (CSP_TEXT.test(msg.text())) rec.cspViolations.push(msg.text());
        else rec.consoleErrors.push(msg.text());
      });
      page.on('requestfailed', (req) => {
        if (blocked.has(req.url())) {
          rec.blockedExternal.push(req.url());
          return;
        }
        rec.failedRequests.push(`${req.url()}: ${req.failure()?.errorText ?? 'failed'}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400) rec.badResponses.push(`${res.status()} ${res.url()}`);
      });
      await page.addInitScript(probeScript);

      const suffix = query === '' || /^[?#]/.test(query) ? query : `?${query}`;
      await page.goto(app.origin + base + suffix, { waitUntil: 'load', timeout });
      if (waitForStart) {
        await Promise.race([
          page.waitForFunction(() => window.__dvStarted === true, null, { timeout }),
          allowPageErrors ? new Promise(() => {}) : firstPageError,
        ]);
      }
      return page;
    },

    problems(page) {
      const rec = records.get(page);
      assert.ok(rec, 'problems(page): this page was not opened with h.openApp');
      const { pageErrors, consoleErrors, cspViolations, failedRequests, badResponses, blockedExternal } = rec;
      return { pageErrors, consoleErrors, cspViolations, failedRequests, badResponses, blockedExternal };
    },

    assertClean(page, { consoleErrors = false, badResponses = false } = {}) {
      const p = h.problems(page);
      const found = [
        ...p.pageErrors.map((e) => `uncaught: ${e}`),
        ...p.cspViolations.map((e) => `CSP: ${e}`),
        ...(consoleErrors ? p.consoleErrors.map((e) => `console.error: ${e}`) : []),
        ...(badResponses ? p.badResponses.map((e) => `HTTP ${e}`) : []),
      ];
      assert.deepEqual(found, [], `the page at ${page.url()} had problems:\n  ${found.join('\n  ')}`);
    },

    async screenshot(page, name) {
      mkdirSync(OUTPUT_DIR, { recursive: true });
      const path = join(OUTPUT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
      await page.screenshot({ path });
      return path;
    },

    /**
     * Clicks a toolbar control (a selector or a Locator), waking the toolbar
     * first: it stops taking the pointer once the mouse has rested
     * (`hideCursorTime`), which a slow machine reaches within one test.
     */
    async clickToolbar(page, target) {
      await page.mouse.move(640, 400);
      await page.mouse.move(641, 401);
      await (typeof target === 'string' ? page.locator(target) : target).click();
    },

    /** Closes the pages opened since the last call; returns their problems. @internal */
    async closeOpenedPages() {
      overrides.clear();
      const pages = opened;
      opened = [];
      const found = [];
      for (const page of pages) {
        const rec = records.get(page);
        if (!rec.allowPageErrors) {
          found.push(...rec.pageErrors.map((e) => `uncaught error at ${page.url()}: ${e}`));
          found.push(...rec.cspViolations.map((e) => `CSP violation at ${page.url()}: ${e}`));
        }
        await rec.context.close().catch(() => {});
        records.delete(page);
      }
      return found;
    },

    async close() {
      await h.closeOpenedPages();
      await browser.close().catch(() => {});
      // closeAllConnections: a /hang/ request would keep close() waiting.
      await Promise.all(
        [app.server, cross.server].map(
          (s) =>
            new Promise((r) => {
              s.close(r);
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
  return h;
}

/**
 * Registers node:test hooks that start the harness before the file's tests,
 * check and close each test's pages after it, and stop everything at the end.
 * Returns a stand-in for the harness that is usable inside tests.
 */
export function useHarness(options) {
  let harness = null;
  before(async () => {
    harness = await startHarness(options);
  });
  afterEach(async () => {
    if (!harness) return;
    const found = await harness.closeOpenedPages();
    assert.deepEqual(found, [], `pages of this test had uncaught errors or CSP violations:\n  ${found.join('\n  ')}`);
  });
  after(async () => {
    await harness?.close();
  });
  return new Proxy(
    {},
    {
      get(_, key) {
        if (!harness) throw new Error(`harness.${String(key)} used before the before() hook started it`);
        const value = harness[key];
        return typeof value === 'function' ? value.bind(harness) : value;
      },
    },
  );
}
