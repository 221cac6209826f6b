#!/usr/bin/env node
// Navigation, transition and memory figures for one viewer page,
// measured the same way for deckview and reveal.js: both take the same key
// events and both have reveal's DOM (`.reveal .slides section.present`).
//   node scripts/nav-bench.mjs URL [STEPS=20]
// Prints one JSON object:
//   next_ms      per ArrowRight (STEPS of them, fewer if the deck has
//                fewer columns): key event dispatched → the page's handlers
//                ran and style and layout are up to date (a forced layout
//                read), one figure per step;
//   frames_ms    requestAnimationFrame intervals during one real (trusted)
//                ArrowRight and the second after it: the slide transition;
//   memory_mb    JS heap (performance.memory, precise) plus every
//                WebAssembly memory the page made, once the deck is shown;
//   wasm_memory_mb  the WebAssembly part of it;
//   overview_ms  Escape on the last slide → the overview is open and a frame
//                has been painted (deckview may first fetch the chunk that
//                holds the overview, as on a presenter's first Escape).
import { chromium } from '../node_modules/playwright-core/index.mjs';

const [url, stepsArg = '20'] = process.argv.slice(2);
const steps = Number(stepsArg);
if (!url) {
  console.error('usage: node scripts/nav-bench.mjs URL [STEPS]');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--enable-precise-memory-info',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // Every WebAssembly memory the page creates or gets from an instance, so
  // that wasm memory counts as the JS heap does (it lives outside it).
  await page.addInitScript(() => {
    const memories = new Set();
    window.__memories = memories;
    const keep = (exports) => {
      for (const value of Object.values(exports ?? {})) {
        if (value instanceof WebAssembly.Memory) memories.add(value);
      }
    };
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = async function (...args) {
        const result = await original.apply(this, args);
        keep((result.instance ?? result).exports);
        return result;
      };
    }
  });
  await page.goto(url);
  await page.waitForSelector('.reveal .slides section.present', { timeout: 60000 });
  // Let images, fonts and the first transition settle.
  await page.waitForTimeout(1500);

  const [memory_mb, wasm_memory_mb] = await page.evaluate(() => {
    const wasm = [...window.__memories].reduce((sum, m) => sum + m.buffer.byteLength, 0);
    const mb = (bytes) => +(bytes / 1e6).toFixed(1);
    return [mb(performance.memory.usedJSHeapSize + wasm), mb(wasm)];
  });

  // As many steps as asked for, within the deck's columns.
  const columns = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length);
  const count = Math.min(steps, columns - 1);
  const next_ms = await page.evaluate(async (count) => {
    const times = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39, which: 39, bubbles: true, cancelable: true }),
      );
      void document.body.offsetHeight;
      times.push(performance.now() - start);
      // One frame between steps, as between two key presses.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return times.map((t) => +t.toFixed(2));
  }, count);
  // The steps must have moved the deck: as many columns in the past.
  const moved = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section.past').length);
  if (moved !== count) throw new Error(`${count} ArrowRight events moved the deck by ${moved} slides`);

  // Back to the first slide, then a real key press with a frame recorder.
  await page.keyboard.press('Home');
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const end = last + 1200;
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(1500);
  const frames_ms = await page.evaluate(() => window.__frames.slice(1).map((t) => +t.toFixed(1)));

  await page.keyboard.press('End');
  await page.waitForTimeout(1500);
  const overview_ms = await page.evaluate(
    () =>
      new Promise((done) => {
        const start = performance.now();
        document.body.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', keyCode: 27, which: 27, bubbles: true, cancelable: true }),
        );
        const painted = () => requestAnimationFrame(() => setTimeout(() => done(+(performance.now() - start).toFixed(1))));
        const opened = () => (document.querySelector('.reveal.overview') ? painted() : requestAnimationFrame(opened));
        opened();
      }),
  );

  console.log(JSON.stringify({ next_ms, frames_ms, memory_mb, wasm_memory_mb, overview_ms }));
} finally {
  await browser.close();
}
