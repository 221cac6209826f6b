// What a browser downloads to show a deck, as a static host with brotli
// sends it: the .wasm, .js, .mjs and .css files of a directory (fonts are
// not counted: they load only when a deck uses them). Shared by sizes.mjs
// (the table) and size-budget.mjs (the check).
import { brotliCompressSync, constants } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files only a page embedding <deck-view> loads (instead of index.html's
 * boot.js and purify.min.js), and the example pages: not part of the app. */
const NOT_THE_APP = /^(deck-view\.js|purify\.es-[0-9a-f]+\.js)$/;

/** The whole-page views' own module and stylesheets (the speaker window a
 * presenter opens with S, the `?print-pdf` layout): never loaded to present
 * a deck (boot.js links the stylesheets only for those views). Listed apart. */
export const PAGE_VIEWS_ONLY = /^(deckview-pages-[0-9a-f]+(\.js|_bg\.wasm)|(speaker|print)-[0-9a-f]+\.css)$/;

/** Folders of parts loaded only when a deck needs them (the code
 * highlighter, for decks with code): listed apart. */
export const ON_DEMAND_DIR = /^highlight-[0-9.]+$/;

/** Files loaded only when a deck needs them (the math module, for decks
 * with math): listed apart. */
export const ON_DEMAND_FILE = /^deckview-math(\.js|_bg\.wasm)$/;

/** Every counted file below `dir`, recursively. */
export function* countedFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'examples' && !ON_DEMAND_DIR.test(name)) yield* countedFiles(full);
    } else if (/\.(wasm|m?js|css)$/.test(name) && !NOT_THE_APP.test(name) && !PAGE_VIEWS_ONLY.test(name) && !ON_DEMAND_FILE.test(name)) yield full;
  }
}

/** Raw and brotli -q 11 size of a file. */
export function sizes(file) {
  const bytes = readFileSync(file);
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  return { raw: bytes.length, br };
}
