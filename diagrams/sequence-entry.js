// The entry of diagrams/sequence.js, which scripts/build.mjs bundles for the
// diagram frame: HackMD's maintained TypeScript port of js-sequence-diagrams
// (the renderer HedgeDoc draws `sequence` fences with), its parser and its
// painter only. The package's index also loads a jQuery plugin and Babel's
// polyfill, which the frame needs neither of.
export { Diagram } from '@hackmd/js-sequence-diagrams/dist/parser/diagram';
export { DiagramPainter } from '@hackmd/js-sequence-diagrams/dist/painter/DiagramPainter';
