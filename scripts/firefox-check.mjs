// Opens a deck saved by "Download HTML" from disk in Firefox (Debian's
// firefox-esr, headless), as a person double-clicking it would, and reports
// what shows: the first slide's heading, the heading after →, and whether
// the page logged an error. Screenshots go to test-output/firefox-*.png.
// Not part of scripts/test (the suite runs in Chromium; playwright-core
// drives only its own Firefox build): a check to run by hand, through
// Firefox's own WebDriver BiDi remote agent.
//
//   apt-get install -y firefox-esr      (once)
//   node --experimental-websocket scripts/firefox-check.mjs SAVED.html
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [file] = process.argv.slice(2);
if (!file || typeof WebSocket === 'undefined') {
  console.error('usage: node --experimental-websocket scripts/firefox-check.mjs SAVED.html');
  process.exit(2);
}
const OUT = resolve(process.env.DV_TEST_OUTPUT ?? 'test-output');
mkdirSync(OUT, { recursive: true });
const PORT = 9222 + Math.floor(Math.random() * 500);
const profile = mkdtempSync(join(tmpdir(), 'deckview-firefox-'));
const firefox = spawn(process.env.DV_FIREFOX ?? 'firefox-esr', [
  '--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${PORT}`, '--width=1280', '--height=800',
], { stdio: ['ignore', 'ignore', 'pipe'] });
await new Promise((ready, failed) => {
  firefox.stderr.on('data', (chunk) => String(chunk).includes('WebDriver BiDi listening') && ready());
  firefox.on('exit', () => failed(new Error('firefox ended before its remote agent listened')));
});

const socket = new WebSocket(`ws://127.0.0.1:${PORT}/session`);
await new Promise((open) => socket.addEventListener('open', open));
let nextId = 1;
const pending = new Map();
const logged = [];
socket.addEventListener('message', ({ data }) => {
  const message = JSON.parse(data);
  if (message.id && pending.has(message.id)) {
    pending.get(message.id)(message);
    pending.delete(message.id);
  } else if (message.method === 'log.entryAdded' && message.params.level === 'error') {
    logged.push(message.params.text);
  }
});
/** One BiDi command; resolves to its result, rejects on its error. */
function call(method, params = {}) {
  const id = nextId++;
  socket.send(JSON.stringify({ id, method, params }));
  return new Promise((done, failed) => pending.set(id, (m) => (m.error ? failed(new Error(`${method}: ${m.message}`)) : done(m.result))));
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));
try {
  await call('session.new', { capabilities: {} });
  await call('session.subscribe', { events: ['log.entryAdded'] });
  const { contexts } = await call('browsingContext.getTree');
  const context = contexts[0].context;
  const evaluate = async (expression) =>
    (await call('script.evaluate', { expression, target: { context }, awaitPromise: true })).result.value;
  /** Waits (up to 30 s) until `expression` is truthy in the page. */
  const until = async (expression) => {
    for (let i = 0; i < 300; i += 1) {
      if (await evaluate(expression)) return true;
      await pause(100);
    }
    return false;
  };
  const shot = async (name) => {
    const { data } = await call('browsingContext.captureScreenshot', { context });
    writeFileSync(join(OUT, `firefox-${name}.png`), Buffer.from(data, 'base64'));
  };
  const heading = "document.querySelector('.reveal .slides section.present :is(h1, h2)')?.textContent ?? ''";
  await call('browsingContext.navigate', { context, url: pathToFileURL(resolve(file)).href, wait: 'complete' });
  const started = await until(`(${heading}) !== ''`);
  await pause(1500);
  await shot('first');
  const first = await evaluate(heading);
  await call('input.performActions', {
    context,
    actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: '\uE014' }, { type: 'keyUp', value: '\uE014' }] }],
  });
  await until("location.hash === '#/1'");
  await pause(1500);
  await shot('second');
  const report = { firefox: (await call('session.status')).message ?? '', started, first, afterArrowRight: await evaluate(heading), hash: await evaluate('location.hash'), errors: logged };
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = started && report.hash === '#/1' && logged.length === 0 ? 0 : 1;
} finally {
  socket.close();
  firefox.kill();
}
