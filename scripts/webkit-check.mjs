// Opens a deck saved by "Download HTML" from disk in WebKit (Debian's
// WebKitGTK MiniBrowser, Safari's engine), as a person double-clicking it
// would, and reports what shows: the first slide's heading, the heading
// after →, and the address. Screenshots go to test-output/webkit-*.png.
// Not part of scripts/test (the suite runs in Chromium): a check to run by
// hand, through WebKit's own WebDriver (WebKitWebDriver) on a virtual
// display. Safari itself runs only on Apple's systems; this is its engine.
//
//   apt-get install -y webkit2gtk-driver xvfb xauth      (once)
//   xvfb-run -a node scripts/webkit-check.mjs SAVED.html
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: xvfb-run -a node scripts/webkit-check.mjs SAVED.html');
  process.exit(2);
}
const OUT = resolve(process.env.DV_TEST_OUTPUT ?? 'test-output');
mkdirSync(OUT, { recursive: true });
const MINIBROWSER = process.env.DV_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const PORT = 4444 + Math.floor(Math.random() * 500);
const driver = spawn('WebKitWebDriver', [`--port=${PORT}`], { stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}`;
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** One WebDriver command; resolves to its value, throws its error. */
async function call(method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (value && value.error) throw new Error(`${path}: ${value.error}: ${value.message}`);
  return value;
}

let session = null;
try {
  for (let i = 0; i < 50 && session === null; i += 1) {
    try {
      session = (await call('POST', '/session', {
        capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
      })).sessionId;
    } catch {
      await pause(200);
    }
  }
  if (!session) throw new Error('WebKitWebDriver did not start a session');
  const at = (path) => `/session/${session}${path}`;
  const evaluate = (script) => call('POST', at('/execute/sync'), { script: `return (${script});`, args: [] });
  const until = async (script) => {
    for (let i = 0; i < 300; i += 1) {
      if (await evaluate(script)) return true;
      await pause(100);
    }
    return false;
  };
  const shot = async (name) => writeFileSync(join(OUT, `webkit-${name}.png`), Buffer.from(await call('GET', at('/screenshot')), 'base64'));
  const heading = "document.querySelector('.reveal .slides section.present :is(h1, h2)')?.textContent ?? ''";
  await call('POST', at('/window/rect'), { width: 1280, height: 800 }).catch(() => {});
  await call('POST', at('/url'), { url: pathToFileURL(resolve(file)).href });
  const started = await until(`(${heading}) !== ''`);
  await pause(1500);
  await shot('first');
  const first = await evaluate(heading);
  const body = await call('POST', at('/element'), { using: 'css selector', value: 'body' });
  await call('POST', at(`/element/${Object.values(body)[0]}/value`), { text: '\uE014' });
  await until("location.hash === '#/1'");
  await pause(1500);
  await shot('second');
  const report = { engine: await evaluate('navigator.userAgent'), started, first, afterArrowRight: await evaluate(heading), hash: await evaluate('location.hash') };
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = started && report.hash === '#/1' ? 0 : 1;
} finally {
  if (session) await call('DELETE', `/session/${session}`).catch(() => {});
  driver.kill();
}
