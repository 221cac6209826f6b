// deckview's service worker: the viewer and the decks opened by address work
// without a network. scripts/build.mjs writes it to dist/sw.js with this
// build's file list (the marker below); its scope is the app's folder.
//
// - The app's own files: the page, its scripts, styles, fonts and every wasm
//   module are fetched when the worker installs; the parts loaded on demand
//   (highlighter, math module, emoji table) when the page first asks for
//   them. Each is checked against the SHA-256 digest the build listed, so a
//   file of another build is never kept, and the page is always the one of
//   the files cached with it. They are answered from the cache first.
// - Decks (the page's fetch() calls for anything that is not an app file):
//   from the network first; a 200 answer that is not an HTML page is kept
//   under its exact address (the last MAX_DECKS, at most MAX_DECK_BYTES in
//   all). When the network fails or answers with an error, the kept copy is
//   answered, and the page is told (it shows "offline copy from <date>").
// - A new build installs beside the running one and waits: the page offers
//   a reload, and the new worker takes over only when asked to.

/** This build's files: `{ version, page, files: { path: digest }, precache: [path] }`. */
const BUILD = /* BUILD */ null;

/** The app's folder, as an absolute URL ending in '/'. */
const SCOPE = self.registration.scope;
const APP_CACHE = `deckview-app-${BUILD.version}@${SCOPE}`;
/** The decks' cache; its number changes when what is stored in it does. */
const DECK_CACHE = `deckview-decks-1@${SCOPE}`;
/** The most decks kept, and their bytes in all (the newest are kept). */
const MAX_DECKS = 20;
const MAX_DECK_BYTES = 32 * 1024 * 1024;
/** A deck's header on the copies: when it was stored (ISO 8601). */
const STORED = 'x-deckview-stored';
const BYTES = 'x-deckview-bytes';

/** The last deck answer each page was told of, for a page that asks late. */
const told = new Map();

/** The app file `url` stands for (a path relative to the scope), or null. */
function appFile(url) {
  if (!url.href.startsWith(SCOPE)) return null;
  const path = url.origin + url.pathname === SCOPE ? BUILD.page : url.href.slice(SCOPE.length).split(/[?#]/)[0];
  return Object.hasOwn(BUILD.files, path) ? path : null;
}

/** Hex SHA-256 of a response's body. */
async function digest(response) {
  const hash = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Fetches app file `path` from the network; resolves to a response to keep,
 * or null when the answer is not this build's file. The page is asked for
 * as the folder (hosts may redirect index.html to it).
 */
async function fetchAppFile(path) {
  const url = path === BUILD.page ? SCOPE : SCOPE + path;
  const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  if (response.status !== 200 || (await digest(response)) !== BUILD.files[path]) return null;
  // A copy without the "redirected" mark, which a page load would refuse.
  return new Response(await response.blob(), { status: 200, headers: response.headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(APP_CACHE);
      await Promise.all(
        BUILD.precache.map(async (path) => {
          if (await cache.match(SCOPE + path)) return;
          const response = await fetchAppFile(path);
          if (!response) throw new Error(`deckview: ${path} is not this build's file`);
          await cache.put(SCOPE + path, response);
        }),
      );
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('deckview-app-') && name.endsWith(`@${SCOPE}`) && name !== APP_CACHE) await caches.delete(name);
      }
      // The page that installed the first worker is served by it at once.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'deckview:update') self.skipWaiting();
  else if (event.data?.deckview === 'keep') event.waitUntil(keepFetched(event.data));
  else if (event.data === 'deckview:told?' && event.source) {
    const last = told.get(event.source.id);
    if (last) event.source.postMessage(last);
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const path = appFile(url);
  if (path) {
    event.respondWith(answerAppFile(path, request));
  } else if (request.mode === 'navigate' || url.href.startsWith(`${SCOPE}app-`)) {
    // Pages in the folder that are not the app's (examples, decks), and the files of another build
    // (a page that still runs the previous one), are left to the network.
  } else if (request.destination === '' && /^https?:$/.test(url.protocol) && request.mode !== 'no-cors') {
    event.respondWith(answerDeck(event));
  }
});

/**
 * What a page fetched before this worker served it (the first visit: the
 * worker installs after the first slide): `files`, the app files among
 * them, and `fetched`, the addresses it fetch()ed, are kept as if they had
 * come through the worker, so that the deck of the first visit works
 * offline too.
 */
async function keepFetched({ files = [], fetched = [] }) {
  for (const href of files) {
    const path = appFile(new URL(href));
    if (path) await answerAppFile(path).catch(() => {});
  }
  const cache = await caches.open(DECK_CACHE);
  for (const href of fetched) {
    const url = new URL(href);
    if (appFile(url) || !/^https?:$/.test(url.protocol)) continue;
    const response = await fetch(url, { credentials: 'same-origin' }).catch(() => null);
    if (response && keepable(response)) await keep(cache, url.href, response);
  }
}

/** An app file from the cache; else from the network, kept if it is this build's. */
async function answerAppFile(path, request = SCOPE + path) {
  const cache = await caches.open(APP_CACHE);
  const kept = await cache.match(SCOPE + path);
  if (kept) return kept;
  const response = await fetchAppFile(path).catch(() => null);
  if (!response) return fetch(request);
  await cache.put(SCOPE + path, response.clone());
  return response;
}

/** A deck: the network's answer (kept), or the kept copy when that fails. */
async function answerDeck(event) {
  const request = event.request;
  const cache = await caches.open(DECK_CACHE);
  let response = null;
  try {
    response = await fetch(request);
  } catch (error) {
    // Offline, unreachable, refused: the copy, if there is one.
    const copy = await cache.match(request.url);
    if (!copy) throw error;
    tell(event, copy, { url: request.url, stored: copy.headers.get(STORED), failed: 'no answer' });
    return copy;
  }
  if (keepable(response)) {
    event.waitUntil(keep(cache, request.url, response.clone()));
    tell(event, response, { url: request.url, stored: null });
    return response;
  }
  const copy = response.ok ? null : await cache.match(request.url);
  if (!copy) return response;
  tell(event, copy, { url: request.url, stored: copy.headers.get(STORED), failed: `HTTP ${response.status}` });
  return copy;
}

/** A deck's answer worth keeping: 200, readable (not opaque), not an HTML page. */
function keepable(response) {
  const type = response.headers.get('content-type') ?? '';
  return response.status === 200 && (response.type === 'basic' || response.type === 'cors') && !/^text\/html/i.test(type);
}

/** Stores a deck's copy under `url`, then drops the oldest copies beyond the limits. */
async function keep(cache, url, response) {
  const body = await response.blob();
  if (body.size > MAX_DECK_BYTES) return;
  const headers = { [STORED]: new Date().toISOString(), [BYTES]: String(body.size) };
  const type = response.headers.get('content-type');
  if (type) headers['content-type'] = type;
  // Deleted first, so that the copy moves to the end of the cache's order.
  await cache.delete(url);
  await cache.put(url, new Response(body, { status: 200, headers }));
  const keys = await cache.keys();
  const sizes = await Promise.all(keys.map(async (k) => Number((await cache.match(k))?.headers.get(BYTES)) || 0));
  let total = sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; i < keys.length && (keys.length - i > MAX_DECKS || total > MAX_DECK_BYTES); i += 1) {
    await cache.delete(keys[i]);
    total -= sizes[i];
  }
}

/**
 * Tells the page that fetched a deck where `response` came from (a
 * stylesheet, a theme the deck names, is not told of), and remembers it for
 * a page whose script asks later.
 */
function tell(event, response, message) {
  const id = event.clientId;
  if (!id || /^text\/css/i.test(response.headers.get('content-type') ?? '')) return;
  const note = { deckview: 'deck', ...message };
  told.set(id, note);
  if (told.size > 100) told.delete(told.keys().next().value);
  event.waitUntil(self.clients.get(id).then((client) => client?.postMessage(note)));
}
