// deckview's side of the diagram frame (frame.html, frame.js): an ES module
// the viewer imports the first time a deck shows a diagram. It opens one
// sandboxed frame per page, sends it one diagram at a time and resolves each
// request to { svg } (text the viewer still sanitises) or { error }.
//
// Drawings are kept (Cache API, a cache per build) under a hash of their
// kind and source, and answered from there the next time: the service
// worker cannot serve the frame (a frame with an opaque origin is no client
// of it, and its page and scripts bypass the worker), so without a network
// a diagram shows only if this browser drew it before.

const FRAME = new URL('frame.html', import.meta.url).href;
/** The kinds drawn (fence languages; frame.js has their renderers). */
const KINDS = ['mermaid', 'graphviz', 'flow', 'sequence', 'abc'];
/** How long one diagram may take; then the frame is thrown away (a renderer caught in a loop) and a new one serves the rest. */
const TIMEOUT_MS = 20000;

/** The viewer's folder (the scope of its service worker) and this build's folder name. */
const SCOPE = new URL('../../', import.meta.url).href;
const BUILD = new URL('..', import.meta.url).pathname.split('/').at(-2);
/** The cache of drawings: one per build and folder; the folder's older ones are deleted. */
const KEPT = `deckview-diagrams-${BUILD}@${SCOPE}`;

let frame = null;
let nextId = 1;
let queue = Promise.resolve();

/** A new frame: laid out (the renderers measure text) but out of sight, out of the tab order and of the accessibility tree. */
function openFrame() {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('aria-hidden', 'true');
  iframe.tabIndex = -1;
  iframe.title = 'diagram renderer';
  iframe.style.cssText = 'position:fixed;left:-12000px;top:0;width:1600px;height:1200px;border:0;visibility:hidden;pointer-events:none';
  const opened = { iframe, answers: new Map(), started: false };
  opened.ready = new Promise((resolve) => { opened.isReady = resolve; });
  opened.listener = (event) => {
    if (event.source !== iframe.contentWindow || event.data === null || typeof event.data !== 'object') return;
    if (event.data.deckviewDiagrams === 'ready') {
      opened.started = true;
      opened.isReady();
    }
    opened.answers.get(event.data.id)?.(event.data);
  };
  addEventListener('message', opened.listener);
  // A page that loaded without its script saying "ready" (no network: the frame's page and
  // scripts cannot come from the service worker) fails what waits for it.
  iframe.addEventListener('load', () => setTimeout(() => {
    if (opened.started) return;
    const offline = navigator.onLine === false;
    for (const answer of [...opened.answers.values()]) {
      answer({ error: offline ? 'the diagram renderers cannot load without a network' : 'the diagram renderer did not start' });
    }
    if (frame === opened) closeFrame();
  }, 3000));
  iframe.src = FRAME;
  document.body.append(iframe);
  return opened;
}

function closeFrame() {
  if (!frame) return;
  removeEventListener('message', frame.listener);
  frame.iframe.remove();
  frame = null;
}

/** Sends one diagram to the frame (`name`: the prefix of its ids); resolves to its answer, or an error after TIMEOUT_MS. */
function send(kind, source, name) {
  frame ??= openFrame();
  const current = frame;
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      current.answers.delete(id);
      if (frame === current) closeFrame();
      resolve({ error: 'the renderer took too long' });
    }, TIMEOUT_MS);
    current.answers.set(id, (data) => {
      clearTimeout(timer);
      current.answers.delete(id);
      resolve(typeof data.svg === 'string' ? { svg: data.svg } : { error: String(data.error ?? 'no drawing') });
    });
    current.ready.then(() => current.iframe.contentWindow?.postMessage({ id, kind, source, name }, '*'));
  });
}

let kept = null;
/**
 * The drawings' cache; null where there is none, or on another site's page
 * (a <deck-view> element), whose storage is not the viewer's to fill.
 */
function drawings() {
  if (new URL(import.meta.url).origin !== location.origin || !globalThis.caches || !globalThis.crypto?.subtle) {
    return Promise.resolve(null);
  }
  kept ??= (async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('deckview-diagrams-') && name.endsWith(`@${SCOPE}`) && name !== KEPT) await caches.delete(name);
    }
    return caches.open(KEPT);
  })().catch(() => null);
  return kept;
}

/** The hex SHA-256 of a diagram's kind and source: its name in the cache and in the drawing's ids. */
async function hashOf(kind, source) {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${kind}\n${source}`));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Draws one diagram of `kind` ('mermaid', 'graphviz', …) from its `source` ({} for a kind not drawn):
 * a drawing kept earlier at once, others by the frame, one at a time, in
 * the order asked. The drawing's ids come from the hash: two drawings of a
 * page never share an id unless they are the same drawing, wherever each
 * was drawn.
 */
export async function draw(kind, source) {
  if (!KINDS.includes(kind)) return {};
  const hash = await hashOf(kind, source).catch(() => null);
  const cache = hash ? await drawings() : null;
  const key = cache ? new URL(`drawn/${kind}/${hash}.svg`, import.meta.url).href : null;
  const hit = key ? await cache.match(key).catch(() => null) : null;
  if (hit) return { svg: await hit.text() };
  const answer = queue.then(() => send(kind, source, hash ? `dv-${hash.slice(0, 16)}` : null));
  queue = answer;
  const drawn = await answer;
  if (key && drawn.svg) await cache.put(key, new Response(drawn.svg)).catch(() => {});
  return drawn;
}
