// A build step: the app's wasm as ONE module, for the single-file export.
//
// The app is compiled with the `split` feature (scripts/build.mjs), which
// turns each `#[lazy]` function into a pair: an import the caller calls and
// an export holding the body, joined by the splitter, plus an imported
// "load" function the caller awaits first. Here the same wasm is joined
// without splitting: each import becomes a function that calls its export,
// and each load function reports success at once (it calls the callback it
// is given, which the loader runtime accepts synchronously). No second
// compile: this reads the wasm the normal build already linked.
//
// Usage: node scripts/unsplit.mjs IN.wasm OUT.wasm

import { readFileSync, writeFileSync } from 'node:fs';
import binaryen from 'binaryen';

const PLACEHOLDER = '__wasm_split_placeholder__';
const IMPORT = /^__wasm_split_00(.+)00_import_(.+)$/;
const LOAD = /^__wasm_split_load_/;

/**
 * `bytes` without the linker's custom sections (`linking`, `reloc.*`): the
 * build keeps relocations for the splitter, and they would be wrong once the
 * code changes.
 */
function withoutLinkerSections(bytes) {
  const kept = [bytes.subarray(0, 8)];
  let at = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    const nameLength = id === 0 ? leb() : 0;
    const name = id === 0 ? Buffer.from(bytes.subarray(at, at + nameLength)).toString() : '';
    if (!(name === 'linking' || name.startsWith('reloc.'))) kept.push(bytes.subarray(start, end));
    at = end;
  }
  return Buffer.concat(kept);
}

/** Returns `bytes` (a wasm split at `#[lazy]` functions by the compiler's markers) joined into one module. */
export function unsplit(bytes) {
  const module = binaryen.readBinary(withoutLinkerSections(bytes));
  // The features rustc's wasm32 target emits (scripts/build.mjs: WASM_OPT_FEATURES).
  const F = binaryen.Features;
  module.setFeatures(F.MVP | F.BulkMemory | F.BulkMemoryOpt | F.NontrappingFPToInt | F.SignExt
    | F.MutableGlobals | F.Multivalue | F.ReferenceTypes | F.CallIndirectOverlong);
  const exports = new Map();
  for (let i = 0; i < module.getNumExports(); i++) {
    const info = binaryen.getExportInfo(module.getExportByIndex(i));
    exports.set(info.name, info.value);
  }
  const table = binaryen.getTableInfo(module.getTableByIndex(0)).name;
  const placeholders = [];
  for (let i = 0; i < module.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (info.module === PLACEHOLDER) placeholders.push(info);
  }
  const joined = [];
  for (const info of placeholders) {
    const params = binaryen.expandType(info.params);
    const args = params.map((type, i) => module.local.get(i, type));
    let body;
    const pair = IMPORT.exec(info.base);
    if (pair) {
      const exportName = `__wasm_split_00${pair[1]}00_export_${pair[2]}`;
      const target = exports.get(exportName);
      if (!target) throw new Error(`no export ${exportName} for the import ${info.base}`);
      body = module.call(target, args, info.results);
      module.removeExport(exportName);
    } else if (LOAD.test(info.base)) {
      // load(callback, data): callback(data, true), through the function table.
      const [callback, data] = args;
      body = module.call_indirect(table, callback, [data, module.i32.const(1)],
        binaryen.createType([binaryen.i32, binaryen.i32]), binaryen.none);
    } else {
      throw new Error(`unknown import ${PLACEHOLDER}.${info.base}`);
    }
    module.removeFunction(info.name);
    module.addFunction(info.name, info.params, info.results, [], body);
    joined.push(info.base);
  }
  // Checked by compiling it (below), not by binaryen's validator, which asks exact
  // function types of the table's references to the rewritten loaders.

  const out = module.emitBinary();
  module.dispose();
  new WebAssembly.Module(out);
  return { bytes: out, joined };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output] = process.argv.slice(2);
  const { bytes, joined } = unsplit(readFileSync(input));
  writeFileSync(output, bytes);
  console.log(`unsplit: ${joined.length} split points joined`);
}
