// The start of a deck saved as one HTML file ("Download HTML"). The file
// carries the viewer's wasm and the deck in data blocks (never run as
// script); this classic script, inline and allowed by its hash in the
// file's CSP, starts the viewer from them. Nothing is fetched: module
// scripts, fetch() and the service worker are all refused or pointless on a
// file:// page, so the parts the viewer loads on demand elsewhere (the
// highlighter, the math module, the emoji table) are taken from the file.
(function () {
  'use strict';
  const block = (id) => document.getElementById(id);

  /** The gzip'd bytes a data block holds as base64, inflated. */
  async function inflate(id) {
    const text = block(id).textContent.trim();
    const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer();
  }

  const absent = (what) => Promise.reject(new Error(what + ' is not in this file'));

  // What src/view/loaders.rs asks for, answered from the file (the build
  // points the glue's import of the loaders at this object, and puts this
  // script before the glue, which reads it when it runs).
  self.deckviewParts = {
    load_highlighter: () => (self.hljs ? Promise.resolve({ default: self.hljs }) : absent('the code highlighter')),
    // Registered by its own script with the highlighter.
    load_dockerfile: () => Promise.resolve({}),
    // `deckviewMath` is the math glue's global (a `let` of its script, so not on `self`).
    load_math: async () => {
      if (typeof deckviewMath === 'undefined' || !block('dv-math-wasm')) return absent('the math module');
      await deckviewMath({ module_or_path: await inflate('dv-math-wasm') });
      return deckviewMath;
    },
    // The diagram renderers run in a frame of the app's folder, which a
    // file from disk does not have: diagrams keep their source there.
    load_diagrams: () => absent('the diagram renderers'),
    load_emoji_table: async () => {
      const table = block('dv-emoji');
      return table ? JSON.parse(table.textContent) : absent('the emoji table');
    },
  };

  // The speaker window and the print layout have stylesheets of their own,
  // kept inactive in the file until one of them is the page's view.
  const query = new URLSearchParams(location.search);
  const view = query.has('speaker') ? 'speaker' : query.has('print-pdf') ? 'print' : null;
  if (view) block('dv-css-' + view).media = 'all';

  inflate('dv-wasm')
    // `wasm_bindgen`: the glue's global; the glue, after this script, has
    // run by the time the bytes are inflated.
    .then((bytes) => wasm_bindgen({ module_or_path: bytes }))
    .then((wasm) => dispatchEvent(new CustomEvent('deckview:started', { detail: { wasm } })))
    .catch((error) => {
      const box = block('dv-boot');
      if (box) box.textContent = 'This browser could not start the deck viewer: ' + error;
    });
})();
