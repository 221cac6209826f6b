#!/usr/bin/env node
// A tiny static file server (no dependencies), used by scripts/serve and by
// the browser-test harness (browser-tests/harness.mjs).
//
// As a program:  node scripts/static-server.mjs [DIR=dist] [HOST=127.0.0.1] [PORT=8080]
// As a module:   import { contentType, serveFile } from './static-server.mjs'
//
// Only GET/HEAD; paths are confined to DIR; a directory serves its index.html;
// .wasm is served as application/wasm (instantiateStreaming needs it). Files
// carry an ETag and Last-Modified, and a conditional request for a file that
// has not changed is answered 304 Not Modified (what a watched deck, `?watch`,
// is asked for with).

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp4': 'video/mp4',
};

/** The Content-Type for a file name (application/octet-stream if unknown). */
export function contentType(name) {
  return TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves `relPath` (URL-encoded, relative to `rootDir`) to `res`.
 * Resolves to true when a file was sent, false when there is none (the caller
 * decides how to answer then). `headers` are added to a successful answer.
 */
export async function serveFile(req, res, rootDir, relPath, headers = {}) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let decoded;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return false;
  }
  const root = resolve(rootDir);
  let file = resolve(join(root, decoded));
  if (file !== root && !file.startsWith(root + sep)) return false;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return false;
    const validators = { ETag: etagOf(info), 'Last-Modified': info.mtime.toUTCString() };
    if (notModified(req, info, validators.ETag)) {
      res.writeHead(304, { 'Cache-Control': 'no-cache', ...validators, ...headers });
      res.end();
      return true;
    }
    res.writeHead(200, {
      'Content-Type': contentType(file),
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
      ...validators,
      ...headers,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  } catch {
    return false;
  }
}

/** A file's ETag: its size and modification time, to the sub-millisecond. */
function etagOf(info) {
  return `"${info.size.toString(16)}-${Math.round(info.mtimeMs * 1000).toString(16)}"`;
}

/**
 * Whether a conditional request's copy is still current (RFC 9110 13.2.2):
 * If-None-Match when sent (If-Modified-Since is then ignored: it counts
 * whole seconds, and a file saved twice within one would look unchanged),
 * else If-Modified-Since.
 */
function notModified(req, info, etag) {
  const tags = req.headers['if-none-match'];
  if (tags !== undefined) {
    return tags.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(info.mtimeMs / 1000) * 1000 <= since;
}

/** Answers with a plain-text status page. */
export function sendStatus(res, status, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${status}\n`);
}

async function main() {
  const [dir = 'dist', host = '127.0.0.1', port = '8080'] = process.argv.slice(2);
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    // frame-ancestors cannot be set by the page's meta CSP; a server can.
    const headers = { 'Content-Security-Policy': "frame-ancestors 'none'" };
    if (!(await serveFile(req, res, dir, path, headers))) sendStatus(res, 404);
  });
  server.listen(Number(port), host, () => {
    console.log(`Serving ${resolve(dir)} at http://${host}:${port}/  (Ctrl-C to stop)`);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
