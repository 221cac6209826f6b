// The files of a build (dist/) by when a browser fetches them, with their
// raw and brotli -q 11 sizes (what a static host with brotli sends). Used
// by sizes.mjs; what a page really fetches at startup is measured in the
// browser (browser-tests/startup-size.test.mjs).
import { brotliCompressSync, constants } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * When each file is fetched, by its path below dist/ (first match wins).
 * The wasm's chunks are named by scripts/build.mjs's splitter:
 * `split_<lazy function>_<n>.wasm` per `#[lazy]` function, `chunk_<n>.wasm`
 * for code several of them share.
 */
export const GROUPS = [
  ['only by "Download HTML" (the export kit)', /^app-[0-9a-f]+\/export\/.*\.html$/],
  ['only on a page embedding <deck-view>', /^(deck-view\.js|purify\.es-[0-9a-f]+\.js)$/],
  ['only by the speaker window and the print layout', /^(speaker|print)-[0-9a-f]+\.css$/],
  ['only for decks that need it (math, code, emoji shortcodes)', /^app-[0-9a-f]+\/(deckview-math(\.js|_bg\.wasm)|highlight-[^/]+\/.*|emoji\.tsv)$/],
  ['only for decks with diagrams (the frame, and each renderer only for its kind)', /^app-[0-9a-f]+\/diagrams\/[^/]+$/],
  ['on first use of a feature (wasm chunks)', /^app-[0-9a-f]+\/(split|chunk)_[^/]*\.wasm$/],
  ['at startup', /\.(wasm|m?js|css)$/],
];

/** Every file below `dir` with its group's title (files of no group, such as fonts and examples, are left out). */
export function* groupedFiles(dir) {
  const walk = function* (d) {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'examples') yield* walk(full);
        continue;
      }
      const path = relative(dir, full);
      const group = GROUPS.find(([, re]) => re.test(path));
      if (group) yield { path, full, group: group[0] };
    }
  };
  yield* walk(dir);
}

/** Raw and brotli -q 11 size of some bytes. */
export function brotliSizes(bytes) {
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  return { raw: bytes.length, br };
}

/** Raw and brotli -q 11 size of a file. */
export const sizes = (file) => brotliSizes(readFileSync(file));
