#!/usr/bin/env node
// Runs a command (normally `cargo test --target wasm32-unknown-unknown …`)
// whose wasm-bindgen-test browser tests need ES-module snippets named *.mjs.
//
// Why: wasm-bindgen-test-runner's built-in web server sends `.mjs` files as
// application/octet-stream, and browsers refuse module scripts of that type.
// Our sanitiser imports DOMPurify's `purify.es.mjs`, so its browser tests could
// never load. The runner's server cannot be configured, so Chromium is pointed
// at a small local HTTP proxy that corrects that one Content-Type and changes
// nothing else.
//
// Usage: node scripts/wasm-browser-test.mjs WEBDRIVER_JSON -- COMMAND [ARGS…]
// The command runs with WASM_BINDGEN_TEST_WEBDRIVER_JSON pointing at a copy of
// WEBDRIVER_JSON whose Chromium arguments also route loopback traffic through
// the proxy. Exits with the command's exit status.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [capsFile, dashes, command, ...args] = process.argv.slice(2);
if (!capsFile || dashes !== '--' || !command) {
  console.error('usage: node scripts/wasm-browser-test.mjs WEBDRIVER_JSON -- COMMAND [ARGS…]');
  process.exit(2);
}

/** Forwards one proxied request; fixes the Content-Type of .mjs answers. */
function forward(req, res) {
  let target;
  try {
    target = new URL(req.url);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (target.protocol !== 'http:') {
    res.writeHead(502).end();
    return;
  }
  const upstream = request(
    target,
    { method: req.method, headers: { ...req.headers, host: target.host } },
    (answer) => {
      const headers = { ...answer.headers };
      if (target.pathname.endsWith('.mjs') && /octet-stream/.test(headers['content-type'] ?? '')) {
        headers['content-type'] = 'text/javascript; charset=utf-8';
      }
      res.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}

const proxy = createServer(forward);
// Nothing here is reached over TLS: refuse tunnels instead of hanging.
proxy.on('connect', (_req, socket) => socket.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n'));
await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
const { port } = proxy.address();

const caps = JSON.parse(readFileSync(capsFile, 'utf8'));
const chrome = (caps['goog:chromeOptions'] ??= {});
chrome.args = [
  ...(chrome.args ?? []),
  `--proxy-server=http://127.0.0.1:${port}`,
  // Chromium never proxies loopback unless told to.
  '--proxy-bypass-list=<-loopback>',
];
const dir = mkdtempSync(join(tmpdir(), 'dv-webdriver-'));
const merged = join(dir, 'webdriver.json');
writeFileSync(merged, JSON.stringify(caps, null, 2));

const child = spawn(command, args, {
  stdio: 'inherit',
  env: { ...process.env, WASM_BINDGEN_TEST_WEBDRIVER_JSON: merged },
});
const code = await new Promise((resolve) => {
  child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  child.on('error', (err) => {
    console.error(`could not start ${command}: ${err.message}`);
    resolve(127);
  });
});
proxy.close();
rmSync(dir, { recursive: true, force: true });
process.exit(code);
