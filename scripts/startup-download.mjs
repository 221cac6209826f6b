// What a browser downloads to show a page's first slide, measured as it
// fetches it: every response from the page's own origin to a request made
// until a slide (`section.present`, shadow roots included) is visible and
// `settleMs` after, each compressed with brotli -q 11 (what a static host with brotli
// sends). Fonts and deck text are counted apart: fonts load only for decks
// that use them, and the deck is the author's, not the viewer's.
// Shared by the startup-size browser test and the benchmark table.
import { brotliSizes } from './brotli-files.mjs';

/** Sums `br` over `files`. */
export const brotliTotal = (files) => files.reduce((sum, f) => sum + f.br, 0);

/**
 * Opens `url` in a fresh context of `browser` (nothing cached) and returns
 * `{ files: [{ path, raw, br, kind }], viewer, fonts, deck }`, kind being
 * 'viewer', 'font' or 'deck' and the last three brotli totals in bytes.
 */
export async function startupDownload(browser, url, { settleMs = 1500, timeout = 30000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const bodies = [];
  page.on('response', (response) => {
    const address = new URL(response.url());
    if (address.origin !== origin || response.status() >= 300) return;
    const started = response.request().timing().startTime;
    bodies.push(response.body().then(
      (bytes) => ({ path: address.pathname + address.search, bytes, started }),
      () => null,
    ));
  });
  await page.goto(url);
  // The moment the slide shows, on the page's own clock: a loaded machine
  // may hand it to this process late, and the window must not grow by that.
  const shownAt = await (await page.waitForFunction(() => {
    const visible = (root) =>
      [...root.querySelectorAll('section.present')].some((s) => s.getBoundingClientRect().width > 0)
      || [...root.querySelectorAll('*')].some((e) => e.shadowRoot && visible(e.shadowRoot));
    return visible(document) && Date.now();
  }, null, { timeout, polling: 'raf' })).jsonValue();
  await page.waitForTimeout(settleMs);
  const inWindow = (body) => body && body.started <= shownAt + settleMs;
  const files = (await Promise.all(bodies)).filter(inWindow).map(({ path, bytes }) => ({
    path,
    kind: /\.woff2?$/.test(path.split('?')[0]) ? 'font' : /\.md$/.test(path.split('?')[0]) ? 'deck' : 'viewer',
    ...brotliSizes(bytes),
  }));
  await context.close();
  const of = (kind) => brotliTotal(files.filter((f) => f.kind === kind));
  return { files, viewer: of('viewer'), fonts: of('font'), deck: of('deck') };
}

/** The files as a table, one row each, brotli sizes in KiB. */
export function downloadTable({ files }) {
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(10);
  const width = Math.max(...files.map((f) => f.path.length)) + 2;
  return files
    .map((f) => `${f.path.padEnd(width)}${kib(f.raw)}${kib(f.br)}  ${f.kind}`)
    .join('\n');
}
