// <deck-view>: a deckview slide deck as a custom element.
//
//   <script type="module" src="https://host/deckview/deck-view.js"></script>
//   <deck-view src="deck.md" theme="black" start="3"></deck-view>
//   <deck-view><script type="text/markdown">
//     # Inline deck
//   </script></deck-view>
//
// Written by us for deckview; scripts/build.mjs copies it
// into dist/ at build time, filling in FILES with the build's hashed file
// names. Each element gets a shadow root holding deckview's stylesheets and
// the deck, so a deck's <style> cannot touch the page and the page's CSS
// cannot break the deck. One wasm module serves every element on the page.

const FILES = /* FILES */ null;

const here = new URL('.', import.meta.url);
const at = (name) => new URL(name, here).href;

let engine = null;

/** Loads the wasm and DOMPurify once per page; every element waits for it. */
function loadEngine() {
  engine ??= (async () => {
    addFonts();
    const [glue, purify] = await Promise.all([import(at(FILES.glue)), import(at(FILES.purify))]);
    await glue.default({ module_or_path: at(FILES.wasm) });
    return { glue, purify: purify.default };
  })();
  return engine;
}

/** @font-face does not work inside shadow roots: fonts go to the page, once. */
function addFonts() {
  if (!FILES.fonts || document.querySelector('link[data-deckview-fonts]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = at(FILES.fonts);
  link.dataset.deckviewFonts = '';
  document.head.append(link);
}

/** A stylesheet link inside a shadow root, resolved when it has loaded (or failed). */
function styleLink(name) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = at(name);
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  return { link, loaded };
}

/** Attributes that are the element's own business, not the deck's. */
const NOT_DECK = new Set(['tabindex', 'role', 'aria-label', 'class', 'style', 'id', 'hidden', 'title']);

/** True when a change means the deck must be opened again. */
function changesDeck(mutation) {
  if (mutation.type === 'attributes') return !NOT_DECK.has(mutation.attributeName);
  // Inline Markdown edited, added or removed.
  const node = mutation.target.nodeType === Node.ELEMENT_NODE ? mutation.target : mutation.target.parentElement;
  return Boolean(node && node.closest('script[type="text/markdown"]')) ||
    [...mutation.addedNodes, ...mutation.removedNodes].some(
      (n) => n.nodeType === Node.ELEMENT_NODE && n.matches('script[type="text/markdown"]'),
    );
}

class DeckViewElement extends HTMLElement {
  #view = null;
  #observer = new MutationObserver((mutations) => {
    if (this.#view && mutations.some(changesDeck)) this.#mount();
  });
  #container;
  #styled;
  #generation = 0;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const links = FILES.styles.map(styleLink);
    this.#styled = Promise.all(links.map((l) => l.loaded));
    this.#container = document.createElement('div');
    this.#container.className = 'dv-element-root';
    root.append(...links.map((l) => l.link), this.#container);
  }

  connectedCallback() {
    // Focusable, so that its keys are its own (and Tab reaches it).
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', 'Slide deck');
    this.#observer.observe(this, { attributes: true, childList: true, subtree: true, characterData: true });
    this.#mount();
  }

  disconnectedCallback() {
    this.#observer.disconnect();
    this.#generation += 1;
    this.#unmount();
  }

  /** Calls a method of the deck's API (reveal.js names: next, slide, getState…). */
  call(method, ...args) {
    if (!this.#view) return undefined;
    const result = this.#view.call(String(method), JSON.stringify(args));
    return result === undefined ? undefined : JSON.parse(result);
  }

  async #mount() {
    const generation = ++this.#generation;
    let parts;
    try {
      [parts] = await Promise.all([loadEngine(), this.#styled]);
    } catch (error) {
      this.#fail(error);
      return;
    }
    // Removed, or re-mounted meanwhile: the newer call does the work.
    if (generation !== this.#generation || !this.isConnected) return;
    this.#unmount();
    this.#view = parts.glue.mountDeckView(this, this.#container, parts.purify);
  }

  #unmount() {
    if (this.#view) {
      this.#view.free();
      this.#view = null;
    }
    this.#container.replaceChildren();
  }

  /** The engine could not load (blocked by the page's CSP, offline…): say so. */
  #fail(error) {
    const box = document.createElement('div');
    box.className = 'dv-error dv-element-failed';
    box.setAttribute('role', 'alert');
    const title = document.createElement('h2');
    title.textContent = 'The slide deck could not start';
    const detail = document.createElement('p');
    detail.textContent =
      `${error && error.message ? error.message : error}. ` +
      "If this page has a Content-Security-Policy, its script-src must allow deckview's address and 'wasm-unsafe-eval'.";
    box.append(title, detail);
    this.#container.replaceChildren(box);
  }
}

/** reveal.js API names as methods of the element: `deck.next()`, `deck.getState()`.
 * The same names as the API's method table (src/controllers/api/methods.rs);
 * a native test (tests/it/controllers_api.rs) fails if the two differ. */
const METHODS = [
  'slide', 'left', 'right', 'up', 'down', 'prev', 'next', 'navigateLeft', 'navigateRight',
  'navigateUp', 'navigateDown', 'navigatePrev', 'navigateNext', 'nextFragment', 'prevFragment',
  'navigateFragment', 'getState', 'setState', 'getIndices', 'getTotalSlides', 'getSlidePastCount',
  'getProgress', 'isFirstSlide', 'isLastSlide', 'isLastVerticalSlide', 'isVerticalSlide',
  'hasHorizontalSlides', 'hasVerticalSlides', 'availableRoutes', 'availableFragments', 'isPaused',
  'togglePause', 'isOverview', 'toggleOverview', 'isAutoSliding', 'toggleAutoSlide', 'getScale',
  'getSlideNotes', 'isReady',
];
for (const method of METHODS) {
  if (!(method in DeckViewElement.prototype)) {
    DeckViewElement.prototype[method] = function (...args) {
      return this.call(method, ...args);
    };
  }
}

if (!customElements.get('deck-view')) customElements.define('deck-view', DeckViewElement);
