#!/usr/bin/env node
// Trunk post_build hook: writes deck-view.js, the <deck-view> custom element.
//
// embed/deck-view.js is our element; it needs this build's file names
// (Trunk hashes them): the wasm-bindgen glue, the wasm, the stylesheets
// (loaded inside each element's shadow root) and the fonts (loaded into
// the page, as @font-face does not work in shadow roots). It also needs
// DOMPurify as an ES module of its own, so that a host page's global
// DOMPurify (another version, other hooks) is never used: the module is
// copied from node_modules with a content hash and a .js name (hosts that
// do not know .mjs would serve it with a MIME type browsers refuse).
//
// Usage (as a Trunk hook): node scripts/write-element-script.mjs
//   reads $TRUNK_STAGING_DIR/index.html, writes $TRUNK_STAGING_DIR/deck-view.js

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TEMPLATE = 'embed/deck-view.js';
const PURIFY_MODULE = 'node_modules/dompurify/dist/purify.es.mjs';

function fail(message) {
  console.error(`write-element-script: FAILED: ${message}`);
  process.exit(1);
}

/** The href of every <link> whose rel is `rel`, in document order. */
function linkHrefs(html, rel) {
  const hrefs = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const relOf = /\brel\s*=\s*["']?([^"'\s>]+)/i.exec(tag);
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag);
    if (relOf && href && relOf[1].toLowerCase() === rel) hrefs.push(href[1].replace(/^\.\//, ''));
  }
  return hrefs;
}

function main() {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) fail('TRUNK_STAGING_DIR is not set: run me as a Trunk post_build hook');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');

  const glue = linkHrefs(html, 'modulepreload').find((h) => /^deckview-.*\.js$/.test(h));
  const wasm = linkHrefs(html, 'preload').find((h) => /^deckview-.*_bg\.wasm$/.test(h));
  const sheets = linkHrefs(html, 'stylesheet').filter((h) => h.endsWith('.css'));
  const fonts = sheets.find((h) => h.startsWith('fonts-'));
  // Print and speaker views are whole-page views an element never shows.
  const styles = sheets.filter((h) => !/^(fonts|print|speaker)-/.test(h));
  if (!glue || !wasm) fail(`no deckview glue/wasm preload links in ${dir}/index.html`);
  if (!styles.some((h) => h.startsWith('embed-'))) fail('style/embed.css is not among the stylesheets');

  const purify = readFileSync(PURIFY_MODULE);
  const purifyName = `purify.es-${createHash('sha256').update(purify).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, purifyName), purify);

  const files = { glue, wasm, purify: purifyName, fonts, styles };
  const template = readFileSync(TEMPLATE, 'utf8');
  const marker = '/* FILES */ null';
  if (!template.includes(marker)) fail(`${TEMPLATE} has no ${marker} marker`);
  const code = template.replace(marker, () => JSON.stringify(files, null, 2));
  writeFileSync(join(dir, 'deck-view.js'), code);
  console.log(`write-element-script: wrote deck-view.js (${styles.length} stylesheets, ${purifyName})`);
}

main();
