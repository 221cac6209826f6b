// The page's side of working offline, in the app folder, loaded by boot.js once the viewer has
// started (after the first slide on a first visit, so that none of it is
// part of the startup download). On deckview's own page it registers the
// service worker (dist/sw.js, scope: the app's folder) and links the web
// app manifest; it shows the note "offline copy from <date>" when the worker
// answered a deck from its copy, and offers a reload when a new build has
// installed. It never reloads by itself. An `?embed` frame registers
// nothing (the framing site did not ask for a worker); the speaker window
// and the print layout register, but show no note and no offer.

const query = new URLSearchParams(location.search);
/** A switch in the address is on unless its value is a word for "no" (as src/view/page_query.rs reads it). */
const on = (key) => query.has(key) && !/^\s*(0|false|no|off)\s*$/i.test(query.get(key));
/** The viewer's folder (this file is in its app-<hash>/ folder). */
const here = new URL('../', import.meta.url);
const container = navigator.serviceWorker;

if (container && !on('embed')) {
  const manifest = Object.assign(document.createElement('link'), { rel: 'manifest', href: new URL('manifest.webmanifest', here).href });
  document.head.append(manifest);
  const page = !query.has('speaker') && !on('print-pdf');
  if (page) {
    container.onmessage = (event) => {
      if (event.data?.deckview === 'deck') showNote(event.data);
    };
    // A deck the worker did not answer (a file, pasted text, the bundled
    // deck) replaces the one the note was about: the note goes with it.
    addEventListener('deckview:shown', (event) => event.detail !== 'url' && showNote({}));
    container.controller?.postMessage('deckview:told?');
  }
  if (!container.controller) container.addEventListener('controllerchange', keepWhatWasFetched, { once: true });
  // The worker fetches the whole app when it installs: not while the first slide is still on its way.
  afterFirstSlide().then(() =>
    container
      .register(new URL('sw.js', here), { scope: here.href, updateViaCache: 'none' })
      .then((registration) => page && watchUpdates(registration))
      .catch(() => {
        // No worker (private mode, a host without https…): the viewer works as before, online only.
      }),
  );
}

/** Resolves once a slide is shown (or after 10 s: a deck that failed to load) and the page is idle. */
function afterFirstSlide() {
  const started = Date.now();
  return new Promise((done) => {
    const check = () => {
      if (document.querySelector('.reveal .slides section.present') || Date.now() - started > 10000) {
        (self.requestIdleCallback ?? setTimeout)(done, { timeout: 2000 });
      } else setTimeout(check, 250);
    };
    check();
  });
}

/**
 * On the first visit the deck and the parts loaded on demand came before
 * the worker: once it serves this page, it is told what they were, to keep
 * them (the deck is fetched once more, by the worker).
 */
function keepWhatWasFetched() {
  const entries = performance.getEntriesByType('resource');
  container.controller?.postMessage({
    deckview: 'keep',
    files: entries.map((e) => e.name).filter((name) => name.startsWith(here.href)),
    fetched: entries.filter((e) => e.initiatorType === 'fetch').map((e) => e.name),
  });
}

/** Offers a reload once a new build's worker has installed beside the running one. */
function watchUpdates(registration) {
  const offerWhenInstalled = (worker) => {
    if (!worker || !container.controller) return; // the first install: nothing to update
    if (worker.state === 'installed') offerReload(worker);
    else worker.addEventListener('statechange', () => worker.state === 'installed' && offerReload(worker));
  };
  offerWhenInstalled(registration.waiting ?? registration.installing);
  registration.addEventListener('updatefound', () => offerWhenInstalled(registration.installing));
  // A talk may stay open for hours: look for a new build now and then, and when the network is back.
  const check = () => registration.update().catch(() => {});
  setInterval(check, 60 * 60 * 1000);
  addEventListener('online', check);
}

/** A small box at the bottom left: a message, an action, and ×. Only one of each kind is shown. */
function notice(kind, text, action) {
  document.querySelector(`.dv-notice-${kind}`)?.remove();
  if (!text) return null;
  const box = document.createElement('div');
  box.className = `dv-notice dv-notice-${kind}`;
  box.setAttribute('role', 'status');
  box.style.cssText = 'position:fixed;left:12px;bottom:12px;z-index:95;display:flex;gap:10px;align-items:center;'
    + 'max-width:calc(100vw - 24px);padding:6px 8px 6px 12px;border-radius:8px;font:14px/1.3 system-ui,sans-serif;'
    + 'background:rgba(20,20,20,.85);color:#fff;box-shadow:0 4px 16px rgba(0,0,0,.3)';
  if (kind === 'update') box.style.bottom = '56px';
  const label = document.createElement('span');
  label.textContent = text;
  box.append(label);
  const button = (name, title, onClick) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = name;
    if (title) b.title = b.ariaLabel = title;
    b.style.cssText = 'font:inherit;color:inherit;background:rgba(255,255,255,.15);border:0;border-radius:5px;padding:3px 9px;cursor:pointer';
    b.addEventListener('click', onClick);
    box.append(b);
    return b;
  };
  if (action) button(action.name, null, action.run).classList.add(`dv-notice-${kind}-action`);
  button('×', 'Dismiss', () => box.remove()).classList.add('dv-notice-dismiss');
  document.body.append(box);
  return box;
}

/** Shows or hides the note about a deck answered from the worker's copy. */
function showNote({ stored, failed }) {
  if (!stored) {
    notice('offline');
    return;
  }
  const date = new Date(stored).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const why = navigator.onLine ? ` (the deck could not be refreshed: ${failed})` : '';
  notice('offline', `Offline copy from ${date}${why}`);
}

/** "New version — reload": the new worker takes over, then this page reloads; only when asked. */
function offerReload(worker) {
  notice('update', 'A new version of deckview is ready.', {
    name: 'Reload',
    run: () => {
      container.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage('deckview:update');
    },
  });
}
