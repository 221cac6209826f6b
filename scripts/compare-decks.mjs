#!/usr/bin/env node
// Side-by-side screenshots: each deck in reveal.js 6 (driven as HedgeDoc
// drives it: ../shared/bench/reveal-src.html) and in deckview (dist/), slide
// by slide, in one headless Chromium at the same viewport. A tool for looking
// at differences, not a test: nothing here passes or fails.
//
// Usage: node scripts/compare-decks.mjs [DECK.md …]
//          [--dist DIR] [--bench DIR] [--out DIR] [--size 1280x720]
//   DECKs default to ../shared/decks/real/*.md and ../shared/decks/scs-community-call.md.
//   --dist  the built viewer (default dist/; run scripts/build first)
//   --bench the folder holding reveal-src.html (default ../shared/bench); its
//           reveal.js comes from this repository's node_modules (a devDependency)
//   --out   where the pictures go (default test-output/compare)
//
// Writes OUT/<deck>/<h>-<v>.png (left reveal.js, right deckview) and
// OUT/index.html, every pair with a difference score, worst first: the share
// of pixels that differ once both pictures are shrunk to 160×90, which ranks
// layout differences (text wrapping, a slide running off the bottom) above
// anti-aliasing. Each slide is shown with all its fragments, transitions off.
// The reveal.js side gets HedgeDoc's font overrides (see hedgedocFonts), so
// that text is set in the same faces on both sides.
// Pictures are composed in the browser (a canvas): no image library needed.

import { readdirSync, mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { sendStatus, serveFile } from './static-server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');

/** Command-line options and deck paths. */
function readArgs(argv) {
  const options = {
    dist: join(ROOT, 'dist'),
    bench: join(SHARED, 'bench'),
    out: join(ROOT, 'test-output', 'compare'),
    size: '1280x720',
    decks: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i].match(/^--(dist|bench|out|size)$/);
    if (flag) options[flag[1]] = argv[++i];
    else options.decks.push(resolve(argv[i]));
  }
  if (options.decks.length === 0) {
    const real = join(SHARED, 'decks', 'real');
    options.decks = [
      ...readdirSync(real).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md').sort().map((f) => join(real, f)),
      join(SHARED, 'decks', 'scs-community-call.md'),
    ];
  }
  const [width, height] = options.size.split('x').map(Number);
  return { ...options, viewport: { width, height } };
}

/**
 * Serves the viewer at /app/, the bench pages at /bench/ (with this
 * repository's node_modules at /bench/node_modules/, where reveal-src.html
 * looks for reveal.js) and deck n's folder at /decks/n/, so that pictures
 * beside a deck load in both.
 */
function serve({ dist, bench }, deckDirs) {
  const routes = [
    ['/app/', dist],
    ['/bench/node_modules/', join(ROOT, 'node_modules')],
    ['/bench/', bench],
    ...deckDirs.map((dir, n) => [`/decks/${n}/`, dir]),
  ];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const route = routes.find(([prefix]) => path.startsWith(prefix));
    if (!route || !(await serveFile(req, res, route[1], path.slice(route[0].length)))) sendStatus(res, 404);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** A page of its own context; requests leaving this machine are aborted (decks' remote pictures). */
async function newPage(browser, viewport) {
  const context = await browser.newContext({ viewport });
  await context.route((url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && /^https?:$/.test(url.protocol), (r) => r.abort());
  return context.newPage();
}

/**
 * Gives the reveal.js page what HedgeDoc's slide stylesheet gives every
 * theme: text and headings in one system font stack, headings not
 * uppercased. The stack and its bundled faces are read from deckview's page,
 * so both sides set text in the same fonts. Put at the end of the head: the
 * theme's rules come before it, the deck's own `<style>` after it.
 */
async function hedgedocFonts(reveal, viewer) {
  const { stack, fonts } = await viewer.evaluate(() => ({
    // Without "Source Sans Pro": reveal.js's black and white themes bring a
    // web font of that name, which deckview does not have.
    stack: getComputedStyle(document.querySelector('.dv-deck')).getPropertyValue('--r-main-font').replace(/"Source Sans Pro",\s*/, ''),
    fonts: document.querySelector('link[rel=stylesheet][href*="fonts-"]')?.href,
  }));
  await reveal.evaluate(({ stack, fonts }) => {
    if (fonts) document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: fonts }));
    const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => `.reveal ${h}`).join(',');
    const style = document.createElement('style');
    style.textContent = `.reveal{font-family:${stack}}${headings}{font-family:${stack};text-transform:none}`;
    document.head.append(style);
  }, { stack, fonts });
}

/** Every slide of the reveal.js page as [h, v, fragment steps]. */
function revealSlides(page) {
  return page.evaluate(() =>
    Reveal.getHorizontalSlides().flatMap((column, h) => {
      const slides = column.classList.contains('stack') ? [...column.querySelectorAll(':scope > section')] : [column];
      return slides.map((slide, v) => {
        const steps = new Set([...slide.querySelectorAll('.fragment')].map((f) => f.dataset.fragmentIndex));
        return [h, v, steps.size];
      });
    }),
  );
}

/** Every slide of the deckview page as [h, v]. */
function deckviewSlides(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section')].flatMap((column, h) => {
      const inner = column.querySelectorAll(':scope > section');
      return inner.length ? [...inner].map((_, v) => [h, v]) : [[h, 0]];
    }),
  );
}

/** Waits until the page's fonts and the shown slide's pictures are in (at most 3 s), then a moment for late work. */
async function settle(page) {
  await page.evaluate(async () => {
    const pictures = [...document.querySelectorAll('section.present img')].filter((img) => !img.complete);
    const loaded = Promise.all(pictures.map((img) => new Promise((done) => { img.onload = img.onerror = done; })));
    await Promise.race([Promise.all([document.fonts.ready, loaded]), new Promise((done) => setTimeout(done, 3000))]);
  });
  await page.waitForTimeout(400);
}

/** Goes to `hash` in a page and waits for it to be shown. */
async function show(page, hash, ready) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction(ready, hash, { timeout: 10000 }).catch(() => {});
  await settle(page);
}

/**
 * One picture of both screenshots side by side under a caption, and the
 * difference score, made in `composer` (a blank page) with canvases.
 */
function compose(composer, left, right, caption) {
  return composer.evaluate(async ({ left, right, caption }) => {
    const load = (b64) => new Promise((done) => {
      const img = new Image();
      img.onload = () => done(img);
      img.onerror = () => done(null);
      img.src = b64 ? `data:image/png;base64,${b64}` : '';
    });
    const [a, b] = await Promise.all([load(left), load(right)]);
    const w = (a ?? b).width;
    const h = (a ?? b).height;
    const gap = 8;
    const top = 28;
    const canvas = Object.assign(document.createElement('canvas'), { width: w * 2 + gap, height: h + top });
    const g = canvas.getContext('2d');
    g.fillStyle = '#888';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = '#fff';
    g.font = '16px sans-serif';
    g.fillText(`reveal.js 6 — ${caption}`, 8, 19);
    g.fillText(`deckview — ${caption}`, w + gap + 8, 19);
    if (a) g.drawImage(a, 0, top);
    if (b) g.drawImage(b, w + gap, top);
    // The score: the share of differing pixels at 160×90 (a missing side counts as all different).
    const small = (img) => {
      const c = Object.assign(document.createElement('canvas'), { width: 160, height: 90 });
      const cg = c.getContext('2d');
      cg.drawImage(img, 0, 0, 160, 90);
      return cg.getImageData(0, 0, 160, 90).data;
    };
    let score = 1;
    if (a && b) {
      const [p, q] = [small(a), small(b)];
      let differing = 0;
      for (let i = 0; i < p.length; i += 4) {
        const d = Math.max(Math.abs(p[i] - q[i]), Math.abs(p[i + 1] - q[i + 1]), Math.abs(p[i + 2] - q[i + 2]));
        if (d > 40) differing++;
      }
      score = differing / (p.length / 4);
    }
    return { png: canvas.toDataURL('image/png').split(',')[1], score };
  }, { left, right, caption });
}

/** The index page: every pair, worst first. */
function indexHtml(rows) {
  const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = rows
    .sort((x, y) => y.score - x.score)
    .map((r) => `<tr><td>${(r.score * 100).toFixed(1)} %</td><td>${escape(r.deck)}</td><td>#/${r.h}/${r.v}</td>`
      + `<td><a href="${escape(r.file)}"><img src="${escape(r.file)}" loading="lazy" width="512"></a></td></tr>`)
    .join('\n');
  return `<!doctype html><meta charset="utf-8"><title>reveal.js 6 and deckview, side by side</title>
<style>body{font:14px sans-serif;margin:1em}td{padding:4px 8px;vertical-align:top}img{border:1px solid #ccc}</style>
<h1>reveal.js 6 (left) and deckview (right), worst first</h1>
<p>Score: the share of pixels that differ once both screenshots are shrunk to 160×90. Every fragment shown, transitions off;
reveal.js with HedgeDoc's font overrides (deckview's font stack, headings not uppercased).</p>
<table><tr><th>score</th><th>deck</th><th>slide</th><th>pair</th></tr>
${body}
</table>
`;
}

async function main() {
  const options = readArgs(process.argv.slice(2));
  if (!existsSync(join(options.dist, 'index.html'))) throw new Error(`${options.dist}/index.html is missing: run scripts/build first`);
  if (!existsSync(join(options.bench, 'reveal-src.html'))) throw new Error(`${options.bench}/reveal-src.html is missing`);
  const server = await serve(options, options.decks.map(dirname));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.DV_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    chromiumSandbox: false,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  const composer = await newPage(browser, options.viewport);
  rmSync(options.out, { recursive: true, force: true });
  const rows = [];
  try {
    for (const [n, deckPath] of options.decks.entries()) {
      const deck = basename(deckPath, '.md');
      const src = `${origin}/decks/${n}/${encodeURIComponent(basename(deckPath))}`;
      const reveal = await newPage(browser, options.viewport);
      await reveal.goto(`${origin}/bench/reveal-src.html?src=${encodeURIComponent(src)}`);
      await reveal.waitForFunction(() => window.Reveal?.isReady?.(), null, { timeout: 30000 });
      await reveal.evaluate(() => Reveal.configure({ transition: 'none', backgroundTransition: 'none' }));
      const viewer = await newPage(browser, options.viewport);
      await viewer.goto(`${origin}/app/?src=${encodeURIComponent(src)}&transition=none&backgroundTransition=none&fragmentInURL=true`);
      await viewer.waitForSelector('.reveal .slides section.present', { state: 'visible', timeout: 30000 });
      await hedgedocFonts(reveal, viewer);
      const theirs = await revealSlides(reveal);
      const ours = await deckviewSlides(viewer);
      const key = ([h, v]) => `${h}/${v}`;
      const steps = new Map(theirs.map((s) => [key(s), s[2]]));
      const all = [...new Map([...theirs, ...ours].map((s) => [key(s), s])).values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      mkdirSync(join(options.out, deck), { recursive: true });
      for (const [h, v] of all) {
        // Every fragment shown: the last step's index in the address, as both read it.
        const last = (steps.get(`${h}/${v}`) ?? 0) - 1;
        const hash = last >= 0 ? `#/${h}/${v}/${last}` : `#/${h}/${v}`;
        const has = (list) => list.some((s) => s[0] === h && s[1] === v);
        let left = null;
        let right = null;
        if (has(theirs)) {
          await show(reveal, hash, () => true);
          left = (await reveal.screenshot()).toString('base64');
        }
        if (has(ours)) {
          await show(viewer, hash, (want) => {
            const [column, row] = want.slice(2).split('/').map(Number);
            const shown = document.querySelectorAll('.reveal .slides > section')[column];
            const inner = shown?.querySelectorAll(':scope > section');
            return Boolean(shown?.classList.contains('present') && (!inner?.length || inner[row]?.classList.contains('present')));
          });
          right = (await viewer.screenshot()).toString('base64');
        }
        const { png, score } = await compose(composer, left, right, `${deck} #/${h}/${v}`);
        const file = `${deck}/${h}-${v}.png`;
        writeFileSync(join(options.out, file), Buffer.from(png, 'base64'));
        rows.push({ deck, h, v, score, file });
        console.log(`${(score * 100).toFixed(1).padStart(5)} %  ${deck} #/${h}/${v}`);
      }
      await reveal.context().close();
      await viewer.context().close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  writeFileSync(join(options.out, 'index.html'), indexHtml(rows));
  console.log(`${rows.length} pairs: ${join(options.out, 'index.html')}`);
}

await main();
