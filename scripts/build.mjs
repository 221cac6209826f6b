#!/usr/bin/env node
// Builds dist/, the static site: index.html, boot.js, one stylesheet bundle,
// DOMPurify, fonts, the <deck-view> element, and one folder `app-<hash>/`
// holding the wasm (split into a startup module and chunks), its JavaScript
// glue and everything loaded on demand (math module, highlighter, emoji
// table, the diagram frame and its renderers). The folder's name is the hash of its whole content, so a browser
// never pairs a cached file of one build with another: the chunks and the
// glue import each other by fixed names, which a folder per build keeps
// valid without rewriting them.
//
// The steps, each a pinned tool (scripts/setup installs them):
//   1. cargo build --release (wasm32) with relocations kept (--emit-relocs),
//      which the splitter needs, the app's own code compiled through
//      clippy-driver (its lints cost seconds here, where a separate
//      `cargo clippy` for wasm32 checks every dependency again: minutes);
//      the math module, a crate of its own.
//   2. wasm-split-cli: the startup module, one module per `#[lazy]`
//      function and the chunks they share, and `__wasm_split.js`.
//   3. wasm-bindgen --target web --keep-lld-exports (the chunks reach the
//      startup module's function table through those exports).
//   4. wasm-opt -Oz on every module (the startup module: then flatten/rereloop and -Oz again);
//      among them the export's single module: the same wasm joined, not split
//      (scripts/unsplit.mjs), bound with --target no-modules.
//   5. dist/: hashed names, SRI digests, the CSP checked (no inline script);
//      the export kit (app folder's export/) for "Download HTML".
//
// Usage: node scripts/build.mjs [--out DIR]   (scripts/build runs setup first)

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { inlineCodeProblems } from './html-checks.mjs';
import { unsplit } from './unsplit.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const OUT = join(ROOT, args[0] === '--out' && args[1] ? args[1] : 'dist');
const WORK = join(ROOT, 'target', 'dist-work');
const WASM_TARGET = 'wasm32-unknown-unknown';
/** The app's own target folder: its RUSTFLAGS differ from the tests' builds. */
const APP_TARGET_DIR = join(ROOT, 'target', 'app');

/**
 * wasm-opt (binaryen 132) accepts the wasm features rustc's wasm32 target
 * emits by default (LLVM's "generic" CPU) only when told so; every current
 * browser runs all of them.
 */
/**
 * Size first; then the control flow flattened and rebuilt by binaryen's
 * relooper and shrunk again, which finds smaller shapes for the parser's
 * large state machines (measured: 2 KiB less brotli on the startup module).
 */
const WASM_OPT_PASSES = ['-Oz', '--flatten', '--rereloop', '-Oz'];

const WASM_OPT_FEATURES = [
  '--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-multivalue',
  '--enable-reference-types', '--enable-call-indirect-overlong',
];

/** What ships beside the wasm in the app folder, loaded on demand. */
const HIGHLIGHT_VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies['@highlightjs/cdn-assets'];
const ON_DEMAND_COPIES = [
  ['node_modules/@highlightjs/cdn-assets/es/highlight.min.js', `highlight-${HIGHLIGHT_VERSION}/highlight.min.js`],
  ['node_modules/@highlightjs/cdn-assets/es/languages/dockerfile.min.js', `highlight-${HIGHLIGHT_VERSION}/dockerfile.min.js`],
  ['assets/emoji.tsv', 'emoji.tsv'],
  // The diagram frame (diagrams/) and the renderers it loads, each a classic script: the frame has an
  // opaque origin, and module scripts from the app's origin would need CORS headers there.
  ...['frame.html', 'frame.js', 'host.js'].map((f) => [`diagrams/${f}`, `diagrams/${f}`]),
  ['node_modules/mermaid/dist/mermaid.min.js', 'diagrams/mermaid.min.js'],
  ['node_modules/@viz-js/viz/dist/viz-global.js', 'diagrams/viz-global.js'],
  ['node_modules/abcjs/dist/abcjs-basic-min.js', 'diagrams/abcjs-basic-min.js'],
  ['node_modules/raphael/raphael.min.js', 'diagrams/raphael.min.js'],
];
/** The classic highlighter and its Dockerfile grammar, for the single-file export (the page itself loads the ES modules). */
const HIGHLIGHT_CLASSIC = ['node_modules/@highlightjs/cdn-assets/highlight.min.js', 'node_modules/@highlightjs/cdn-assets/languages/dockerfile.min.js'];
/**
 * Renderers npm has only as CommonJS or ES module files, bundled by esbuild
 * into one classic script each (what the diagram frame loads): entry,
 * output, and the global the script defines. Both draw with Raphael, which
 * the frame loads before them: its `require('raphael')` is the global.
 */
const BUNDLED_SCRIPTS = [
  ['node_modules/flowchart.js', 'diagrams/flowchart.js', 'flowchart'],
  ['diagrams/sequence-entry.js', 'diagrams/sequence.js', 'sequenceDiagrams'],
];
/** What the app folder holds beside them: the page's offline support, which boot.js loads after the start. */
const APP_COPIES = [['offline/offline.js', 'offline.js']];
/** The bundled fonts (style/fonts.css): Lato, and Arimo, Arial's widths for machines without it. */
const FONTS = ['lato', 'arimo'].flatMap((family) => ['400-normal', '400-italic', '700-normal', '700-italic'].map(
  (face) => `node_modules/@fontsource/${family}/files/${family}-latin-${face}.woff2`,
));
const PURIFY_CLASSIC = 'node_modules/dompurify/dist/purify.min.js';
const PURIFY_MODULE = 'node_modules/dompurify/dist/purify.es.mjs';
/** What offline/ ships as it is: the installed app's start page, its manifest and icons. */
const OFFLINE_COPIES = ['launch.html', 'launch.js', 'manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png'];

function fail(message) {
  console.error(`build: FAILED: ${message}`);
  process.exit(1);
}

function log(message) {
  console.log(`build: ${message}`);
}

/** Runs a tool, its output passed through; fails the build when it fails. */
function run(cmd, cmdArgs, options = {}) {
  try {
    execFileSync(cmd, cmdArgs, { stdio: 'inherit', cwd: ROOT, ...options });
  } catch (e) {
    fail(`${cmd} ${cmdArgs.join(' ')} (${e.status ?? e.message})`);
  }
}

/** Runs tools at most `width` at a time (the machine has two cores). */
async function runAll(jobs, width = 2) {
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const [cmd, cmdArgs] = job;
      const code = await new Promise((done) => spawn(cmd, cmdArgs, { stdio: 'inherit', cwd: ROOT }).on('close', done));
      if (code !== 0) fail(`${cmd} ${cmdArgs.join(' ')} (exit ${code})`);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}

const sha = (algo, ...parts) => parts.reduce((h, p) => h.update(p), createHash(algo));
/** A content hash for names: the first 16 hex digits of sha256. */
const shortHash = (...parts) => sha('sha256', ...parts).digest('hex').slice(0, 16);
/** A Subresource Integrity digest. */
const sri = (bytes) => `sha384-${sha('sha384', bytes).digest('base64')}`;

/** The rustflags .cargo/config.toml gives wasm32 builds (the app's stack size). */
function configRustflags() {
  const config = readFileSync(join(ROOT, '.cargo', 'config.toml'), 'utf8');
  const line = /^rustflags\s*=\s*\[(.*)\]/m.exec(config);
  if (!line) fail('.cargo/config.toml has no rustflags for wasm32 (the stack size)');
  return [...line[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]);
}

/**
 * The app build's environment. RUSTFLAGS replaces the config's rustflags:
 * the stack size is repeated here, and relocations are kept for the splitter.
 */
function appBuildEnv() {
  return { RUSTFLAGS: [...configRustflags(), '-Clink-args=--emit-relocs'].join(' '), CARGO_TARGET_DIR: APP_TARGET_DIR };
}

/**
 * Where the build leaves clippy's findings on the app's code: one line per
 * warning summary, empty when clean (scripts/test fails its wasm32 lint
 * stage on a non-empty file, without holding back the browser tests).
 */
const LINTS_FILE = join(APP_TARGET_DIR, 'clippy-warnings.txt');

/**
 * Compiles the app with clippy-driver as the workspace's compiler wrapper
 * (what `cargo clippy` does, but with code generation): the dependencies are
 * compiled as before, only the app's own crate is linted. Cargo replays a
 * fresh crate's warnings, so an up-to-date build still reports them.
 */
function cargoBuildApp() {
  log('cargo build --release (the app, relocations kept for the splitter, linted by clippy)');
  const cargoArgs = ['build', '--release', '--offline', '--target', WASM_TARGET, '--bin', 'deckview', '--features', 'split'];
  const result = spawnSync('cargo', cargoArgs, {
    cwd: ROOT,
    env: { ...process.env, ...appBuildEnv(), RUSTC_WORKSPACE_WRAPPER: 'clippy-driver' },
    stdio: ['inherit', 'inherit', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  process.stderr.write(result.stderr ?? '');
  if (result.status !== 0) fail(`cargo ${cargoArgs.join(' ')} (${result.status ?? result.error?.message})`);
  const warnings = (result.stderr ?? '').split('\n').filter((line) => /^warning: `deckview` \(.*\) generated \d+ warnings?/.test(line));
  writeFileSync(LINTS_FILE, warnings.map((line) => `${line}\n`).join(''));
  if (warnings.length > 0) log(`clippy: ${warnings.join('; ')} (see above)`);
}

function cargoBuild() {
  cargoBuildApp();
  log('cargo build --release (the math module)');
  run('cargo', ['build', '--release', '--offline', '--target', WASM_TARGET, '--manifest-path', 'math/Cargo.toml']);
}

/** Splits, binds and optimises the app's wasm into `dir`; binds the math module there too. */
async function wasmModules(dir) {
  const split = join(WORK, 'split');
  rmSync(split, { recursive: true, force: true });
  log('wasm-split-cli');
  run('wasm-split-cli', ['--out-name', 'deckview', join(APP_TARGET_DIR, WASM_TARGET, 'release', 'deckview.wasm'), split]);
  log('wasm-bindgen');
  run('wasm-bindgen', ['--target', 'web', '--no-demangle', '--keep-lld-exports', '--no-typescript',
    '--out-dir', dir, '--out-name', 'deckview', join(split, 'deckview.wasm')]);
  for (const name of readdirSync(split)) {
    if (name !== 'deckview.wasm') cpSync(join(split, name), join(dir, name));
  }
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir, '--out-name', 'deckview-math',
    join(ROOT, 'math', 'target', WASM_TARGET, 'release', 'deckview-math.wasm')]);
  const single = singleModule();
  const modules = readdirSync(dir).filter((n) => n.endsWith('.wasm')).map((n) => join(dir, n));
  modules.push(...readdirSync(single).filter((n) => n.endsWith('.wasm')).map((n) => join(single, n)));
  log(`wasm-opt (${modules.length} modules; the startup module: ${WASM_OPT_PASSES.join(' ')})`);
  // The extra passes pay only on the startup module; the chunks and the export's module stay at -Oz.
  const passes = (f) => (f === join(dir, 'deckview_bg.wasm') ? WASM_OPT_PASSES : ['-Oz']);
  // The largest first: the export's whole module takes longest, and the chunks fill the other core meanwhile.
  modules.sort((a, b) => statSync(b).size - statSync(a).size);
  await runAll(modules.map((f) => ['wasm-opt', [...passes(f), ...WASM_OPT_FEATURES, f, '-o', f]]));
  return single;
}

/**
 * The single-file export's viewer: the same linked wasm, joined into ONE
 * module instead of split (scripts/unsplit.mjs: no second compile), bound
 * for a classic script (`--target no-modules`: a file:// page runs no
 * module scripts), and the math module bound the same way. Written to
 * WORK/single; wasmModules optimises them with the others.
 */
function singleModule() {
  const single = join(WORK, 'single');
  rmSync(single, { recursive: true, force: true });
  mkdirSync(single, { recursive: true });
  log('unsplit (the export\'s single module)');
  const joined = unsplit(readFileSync(join(APP_TARGET_DIR, WASM_TARGET, 'release', 'deckview.wasm')));
  writeFileSync(join(single, 'joined.wasm'), joined.bytes);
  run('wasm-bindgen', ['--target', 'no-modules', '--no-demangle', '--no-typescript',
    '--out-dir', single, '--out-name', 'deckview', join(single, 'joined.wasm')]);
  rmSync(join(single, 'joined.wasm'));
  run('wasm-bindgen', ['--target', 'no-modules', '--no-modules-global', 'deckviewMath', '--no-typescript',
    '--out-dir', single, '--out-name', 'deckview-math',
    join(ROOT, 'math', 'target', WASM_TARGET, 'release', 'deckview-math.wasm')]);
  return single;
}

/**
 * `code` made fit for an inline `<script>`. Inside one, `</script` ends the element and
 * `<!--` with `<script` changes how the parser finds its end; the libraries
 * have them only inside string, template and regex literals (DOMPurify's
 * `<!-->`, highlight.js's `/<script(?=\s|>)/`), where `\x3C` means the same
 * `<`. The code is parsed afterwards to make sure it still is JavaScript.
 */
function inlineScript(code) {
  const safe = code.replace(/<(?=!--|\/?script)/gi, '\\x3C');
  try {
    new vm.Script(safe);
  } catch (e) {
    fail(`an inline script of the export no longer parses after escaping "<": ${e.message}`);
  }
  return safe;
}

const cspHash = (text) => `'sha256-${sha('sha256', text).digest('base64')}'`;

/** Bytes as a data block: gzip'd, base64 (export/boot.js inflates them with DecompressionStream). */
const gzipBlock = (id, bytes) => `<script type="application/octet-stream" id="${id}">${gzipSync(bytes, { level: 9 }).toString('base64')}</script>`;

/** Text as a data block holding a JSON string, with no `<` left in it (it cannot end the element). */
const jsonBlock = (id, text) => `<script type="application/json" id="${id}">${JSON.stringify(text).replace(/</g, '\\u003c')}</script>`;

/**
 * The export kit, `export/` in the app folder, which the "Download HTML"
 * action (src/view/export.rs) fetches and fills in:
 *   - page.html: the whole page but the deck, with the markers
 *     `<!--dv:title-->` and `<!--dv:parts-->` (where the deck's data block and
 *     the parts it uses go); its CSP allows its inline scripts by their
 *     SHA-256 hashes, those of the parts included;
 *   - highlight.html, math.html, emoji.html: the parts, each a piece of
 *     that page, added only for decks that use them.
 * The viewer is the single module (see singleModule) and its glue; DOMPurify,
 * export/boot.js and the glue are one inline script.
 */
function exportKit(dir, single, css) {
  mkdirSync(dir, { recursive: true });
  let glue = readFileSync(join(single, 'deckview.js'), 'utf8');
  // The loaders snippet (src/view/loaders.rs) becomes the object export/boot.js defines.
  glue = glue.replace(/require\("\.\/snippets\/[^"]+"\)/g, 'self.deckviewParts');
  if (/require\(/.test(glue)) fail('the export glue still requires a file');
  // export/boot.js before the glue: the glue takes the loaders object when it runs, and boot.js
  // starts the wasm only after an await, once the glue has run too.
  const main = inlineScript([readFileSync(join(ROOT, PURIFY_CLASSIC), 'utf8'), readFileSync(join(ROOT, 'export', 'boot.js'), 'utf8'), glue].join('\n'));
  const highlight = inlineScript(HIGHLIGHT_CLASSIC.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n'));
  const mathGlue = inlineScript(readFileSync(join(single, 'deckview-math.js'), 'utf8'));
  const csp = [
    "default-src 'none'",
    `script-src ${[main, highlight, mathGlue].map(cspHash).join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'unsafe-inline'",
    'img-src https: http: data: blob:',
    'media-src https: http: data: blob:',
    'font-src data:',
    'frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://www.slideshare.net https://speakerdeck.com',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const page = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<title><!--dv:title--></title>',
    '<link rel="icon" href="data:," />',
    `<meta http-equiv="Content-Security-Policy" content="${csp}" />`,
    `<style>${css.bundleBytes}</style>`,
    ...css.viewTexts.map(([name, text]) => `<style media="not all" id="dv-css-${name}">${text}</style>`),
    '</head>',
    '<body>',
    '<noscript>This deck needs JavaScript and WebAssembly enabled.</noscript>',
    '<div id="dv-boot">Loading…</div>',
    gzipBlock('dv-wasm', readFileSync(join(single, 'deckview_bg.wasm'))),
    '<!--dv:parts-->',
    `<script>${main}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'page.html'), page);
  writeFileSync(join(dir, 'highlight.html'), `<script>${highlight}</script>`);
  writeFileSync(join(dir, 'math.html'), `<script>${mathGlue}</script>\n${gzipBlock('dv-math-wasm', readFileSync(join(single, 'deckview-math_bg.wasm')))}`);
  writeFileSync(join(dir, 'emoji.html'), jsonBlock('dv-emoji', readFileSync(join(ROOT, 'assets', 'emoji.tsv'), 'utf8')));
  writeFileSync(join(dir, 'lato.html'), `<style>${LATO_IN_FILE.map(fontFace).join('\n')}</style>`);
}

/**
 * Lato's faces a saved file carries for a deck that names Lato (its
 * regular and bold, latin; italics are slanted from them): [file, weight].
 */
const LATO_IN_FILE = [['lato-latin-400-normal.woff2', '400'], ['lato-latin-700-normal.woff2', '600 900']];

/** An @font-face rule for Lato with the face inside, as a data: address (the saved file's CSP has font-src data:). */
function fontFace([file, weight]) {
  const data = readFileSync(join(ROOT, 'node_modules', '@fontsource', 'lato', 'files', file)).toString('base64');
  return `@font-face{font-family:"Lato";font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format("woff2")}`;
}

/** Every file below `dir`, as paths relative to it, sorted. */
function filesBelow(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** The app folder: wasm modules, glue, on-demand parts; named by its content. */
async function appFolder(css) {
  const staging = join(WORK, 'app');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const single = await wasmModules(staging);
  exportKit(join(staging, 'export'), single, css);
  for (const [from, to] of [...ON_DEMAND_COPIES, ...APP_COPIES]) {
    mkdirSync(dirname(join(staging, to)), { recursive: true });
    cpSync(join(ROOT, from), join(staging, to));
  }
  for (const [from, to, name] of BUNDLED_SCRIPTS) await bundleClassic(join(ROOT, from), join(staging, to), name);
  const files = filesBelow(staging);
  const hash = shortHash(...files.flatMap((f) => [f, '\0', readFileSync(join(staging, f)), '\0']));
  const name = `app-${hash}`;
  renameSync(staging, join(OUT, name));
  return name;
}

/**
 * The package or module at `entry`, with what it imports, as one classic
 * script (esbuild, IIFE) that puts its exports on `self[name]`. Raphael, which
 * the frame loads first, is the global `Raphael`; Node's `fs` and `path`
 * (named only by a parser's command-line entry, never called here) stay out.
 */
async function bundleClassic(entry, outfile, name) {
  const { build } = await import('esbuild');
  const raphaelGlobal = {
    name: 'raphael-global',
    setup(b) {
      b.onResolve({ filter: /^raphael$/ }, () => ({ path: 'raphael', namespace: 'global' }));
      b.onLoad({ filter: /.*/, namespace: 'global' }, () => ({ contents: 'module.exports = self.Raphael;' }));
    },
  };
  await build({
    entryPoints: [entry], outfile, bundle: true, format: 'iife', globalName: name, platform: 'browser',
    target: 'es2020', minify: true, legalComments: 'inline', external: ['fs', 'path'], plugins: [raphaelGlobal],
    banner: { js: `// ${relative(ROOT, entry)}, bundled by scripts/build.mjs (esbuild).` }, logLevel: 'warning',
  });
}

/** `bytes` written to OUT under `stem-<hash>.ext`; returns the name. */
function hashedFile(stem, ext, bytes) {
  const name = `${stem}-${shortHash(bytes)}.${ext}`;
  writeFileSync(join(OUT, name), bytes);
  return name;
}

/**
 * The stylesheets index.html links (`<link rel="stylesheet" href="style/…">`),
 * in order: the page's ones go into one bundle, `fonts.css` stays a file of
 * its own (a `<deck-view>` element puts it into its host page: @font-face
 * does not work in shadow roots), and those marked `data-view` (the speaker
 * window's and the print layout's) become files that boot.js links only for
 * those views.
 */
function stylesheets(html) {
  const links = [...html.matchAll(/<link rel="stylesheet" href="(style\/[a-z-]+\.css)"( data-view)? \/>\n?/g)];
  if (links.length === 0) fail('index.html links no style/*.css');
  const read = (href) => Buffer.from(withoutComments(readFileSync(join(ROOT, href), 'utf8')));
  const page = links.filter((l) => !l[2] && !l[1].endsWith('/fonts.css')).map((l) => l[1]);
  const bundle = Buffer.concat(page.map(read));
  const app = hashedFile('deckview', 'css', bundle);
  const fontsBytes = read('style/fonts.css');
  const fonts = hashedFile('fonts', 'css', fontsBytes);
  const viewTexts = links.filter((l) => l[2]).map((l) => [l[1].slice('style/'.length, -'.css'.length), read(l[1])]);
  const views = viewTexts.map(([name, bytes]) => [`./${hashedFile(name, 'css', bytes)}`, sri(bytes)]);
  const firstAt = html.indexOf(links[0][0]);
  const rest = links.reduce((h, l) => h.replace(l[0], ''), html);
  return { html: rest, at: firstAt, app, fonts, views, viewTexts, bundleBytes: bundle, fontsBytes };
}

/**
 * CSS without its comments (they explain the source in style/; the browser
 * needs none of them: a third of the bundle's compressed size) and blank
 * lines. Quoted strings are kept as they are.
 */
function withoutComments(css) {
  return css
    .replace(/("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')|\/\*[\s\S]*?\*\//g, (match, quoted) => quoted ?? '')
    .replace(/\n\s*\n+/g, '\n');
}

/**
 * The page without its comments (they explain the source index.html; the
 * browser needs none of them: two fifths of the page's compressed size),
 * each with the indentation and line end around it.
 */
function withoutHtmlComments(html) {
  return html.replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\n?/g, '');
}

/** boot.js: loads the glue and starts the wasm, with the view-only stylesheets where asked; then the offline support. */
function bootCode(app, viewSheets) {
  return [
    // Every byte of boot.js is part of the startup download, so it explains nothing itself: the speaker
    // window (`?speaker=<id>`) and the print layout (`?print-pdf`) have stylesheets of their own, linked
    // only for them, and the wasm starts once they are in.
    '// Written by scripts/build.mjs: starts deckview.',
    'const query = new URLSearchParams(location.search);',
    "const pageView = query.has('speaker') || query.has('print-pdf');",
    // Messages posted to a deck page before its postMessage API listens (a framing page that calls as
    // soon as the frame has loaded, while the wasm or the deck is still on its way): kept, in order, for
    // the API (src/view/post_message.rs) to answer once the deck is shown. It takes them by deleting the
    // list; the listener then goes. At most 100 are kept. (Explained here, not in boot.js: every byte of
    // boot.js is part of the startup download.)
    'if (!pageView) {',
    '  const held = (window.deckviewHeldMessages = []);',
    "  addEventListener('message', function hold(event) {",
    "    if (window.deckviewHeldMessages !== held) removeEventListener('message', hold);",
    '    else if (held.length < 100) held.push(event);',
    '  });',
    '}',
    `const sheets = pageView ? ${JSON.stringify(viewSheets)}.map(([href, integrity]) => new Promise((done) => {`,
    "  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, integrity });",
    '  link.onload = link.onerror = done;',
    '  document.head.append(link);',
    '})) : [];',
    `const glue = await import('./${app}/deckview.js');`,
    'await Promise.all(sheets);',
    `const wasm = await glue.default({ module_or_path: new URL('./${app}/deckview_bg.wasm', import.meta.url) });`,
    "dispatchEvent(new CustomEvent('deckview:started', { detail: { wasm } }));",
    // The offline support (offline/offline.js, in the app folder, whose name is already here): on a first
    // visit 3 s after the start, when the first slide is up, so that it adds nothing to the startup
    // download; at once on a page the service worker already serves (it then comes from its cache).
    `setTimeout(() => import('./${app}/offline.js'), navigator.serviceWorker?.controller ? 0 : 3e3);`,
    '',
  ].join('\n');
}

/** `<link rel="modulepreload">`s for the glue and every module it imports (the splitter's loader, the snippets). */
function gluePreloads(app, glueBytes) {
  const imported = [...new Set([...glueBytes.toString('utf8').matchAll(/^import \* as \w+ from "\.\/([^"]+)"/gm)].map((m) => m[1]))];
  return [['deckview.js', glueBytes], ...imported.map((f) => [f, readFileSync(join(OUT, app, f))])].map(
    ([file, bytes]) => `<link rel="modulepreload" href="./${app}/${file}" crossorigin="anonymous" integrity="${sri(bytes)}" />`,
  );
}

/** deck-view.js: the <deck-view> element (embed/deck-view.js) told this build's file names. */
function elementScript(app, appCss, fontsCss) {
  const purify = readFileSync(join(ROOT, PURIFY_MODULE));
  const purifyName = hashedFile('purify.es', 'js', purify);
  const files = { glue: `${app}/deckview.js`, wasm: `${app}/deckview_bg.wasm`, purify: purifyName, fonts: fontsCss, styles: [appCss] };
  const template = readFileSync(join(ROOT, 'embed', 'deck-view.js'), 'utf8');
  const marker = '/* FILES */ null';
  if (!template.includes(marker)) fail(`embed/deck-view.js has no ${marker} marker`);
  writeFileSync(join(OUT, 'deck-view.js'), template.replace(marker, () => JSON.stringify(files, null, 2)));
}

/**
 * dist/sw.js, the service worker (offline/worker.js), told this build's
 * files and their SHA-256 digests: every file of dist/ but the examples and
 * what only a <deck-view> on another site loads. The worker fetches them
 * all when it installs, but the parts loaded on demand (math module,
 * highlighter, emoji table), which it keeps when the page first asks for
 * them. The list's hash names the worker's cache, and a build that changes
 * any file changes sw.js, which is how browsers learn of a new build.
 */
function serviceWorker(app) {
  const onlyElsewhere = (f) => f.startsWith('examples/') || f === 'deck-view.js' || f.startsWith('purify.es-');
  const onDemand = (f) => f.startsWith(`${app}/deckview-math`) || f.startsWith(`${app}/highlight-`) || f === `${app}/emoji.tsv`
    || f.startsWith(`${app}/export/`) || f.startsWith(`${app}/diagrams/`);
  const files = Object.fromEntries(
    filesBelow(OUT)
      .filter((f) => !onlyElsewhere(f))
      .map((f) => [f, sha('sha256', readFileSync(join(OUT, f))).digest('hex')]),
  );
  const build = {
    version: shortHash(JSON.stringify(files)),
    page: 'index.html',
    files,
    precache: Object.keys(files).filter((f) => !onDemand(f)),
  };
  const template = readFileSync(join(ROOT, 'offline', 'worker.js'), 'utf8');
  const marker = '/* BUILD */ null';
  if (!template.includes(marker)) fail(`offline/worker.js has no ${marker} marker`);
  writeFileSync(join(OUT, 'sw.js'), template.replace(marker, () => JSON.stringify(build, null, 1)));
}

async function main() {
  cargoBuild();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  let html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const css = stylesheets(html);
  const app = await appFolder(css);
  html = css.html;
  const purifyBytes = readFileSync(join(ROOT, PURIFY_CLASSIC));
  const purify = hashedFile('purify', 'js', purifyBytes);
  const fromDiskBytes = readFileSync(join(ROOT, 'assets/from-disk.js'));
  const fromDisk = hashedFile('from-disk', 'js', fromDiskBytes);
  const boot = Buffer.from(bootCode(app, css.views));
  writeFileSync(join(OUT, 'boot.js'), boot);
  const glueBytes = readFileSync(join(OUT, app, 'deckview.js'));
  const head = [
    `<link rel="stylesheet" href="./${css.fonts}" integrity="${sri(css.fontsBytes)}" />`,
    `<link rel="stylesheet" href="./${css.app}" integrity="${sri(css.bundleBytes)}" />`,
    // The glue and the modules it imports, fetched at once rather than one
    // level of the module graph after another.
    ...gluePreloads(app, glueBytes),
    // No integrity here: Chromium ignores it on fetch preloads (and says so in the console).
    `<link rel="preload" href="./${app}/deckview_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous" />`,
    `<script src="./${purify}" integrity="${sri(purifyBytes)}" defer></script>`,
    // No integrity: from a file:// address a checked script is refused (it
    // needs CORS), and this one must run exactly there.
    `<script src="./${fromDisk}" defer></script>`,
    `<script type="module" src="./boot.js?v=${shortHash(boot)}" integrity="${sri(boot)}" crossorigin="anonymous"></script>`,
  ].map((line) => `    ${line}\n`).join('');
  html = withoutHtmlComments(html.slice(0, css.at) + head.trimStart() + html.slice(css.at));
  writeFileSync(join(OUT, 'index.html'), html);

  for (const font of FONTS) cpSync(join(ROOT, font), join(OUT, font.split('/').pop()));
  cpSync(join(ROOT, 'examples'), join(OUT, 'examples'), { recursive: true });
  // The deck shown without `?src=` (src/source/mod.rs: BUNDLED_NAME).
  cpSync(join(ROOT, 'decks/scs-community-call.md'), join(OUT, 'scs-community-call.md'));
  elementScript(app, css.app, css.fonts);
  for (const file of OFFLINE_COPIES) cpSync(join(ROOT, 'offline', file), join(OUT, file));
  serviceWorker(app);

  const problems = inlineCodeProblems(html);
  if (problems.length > 0) fail(`dist/index.html holds code the CSP would block:\n  ${problems.join('\n  ')}`);
  log(`dist/ written (${app})`);
}

await main();
