// deckview's diagram frame. The viewer (host.js) loads frame.html in an iframe
// with sandbox="allow-scripts" and no allow-same-origin, posts it
// { id, kind, source, name } (name: the prefix of the drawing's ids) and gets
// { id, svg } or { id, error } back. The
// renderers are third-party code fed with a deck's text: they run here, with
// an opaque origin, never in the viewer's page; the viewer sanitises what
// they draw before it shows it.
//
// What is answered is portable SVG: the renderers' stylesheets are applied
// here and written onto each element as presentation attributes (fill,
// stroke, fonts…), and the <style> elements and style attributes go. The
// viewer can then forbid both, and a drawing looks the same in a slide, the
// overview, the speaker view and print, whatever CSS is around it.
'use strict';

(() => {
  /** Each kind's renderer: classic scripts beside this file (scripts/build.mjs copies them), loaded in order on first use. */
  const SCRIPTS = {
    mermaid: ['mermaid.min.js'],
    graphviz: ['viz-global.js'],
    abc: ['abcjs-basic-min.js'],
    flow: ['raphael.min.js', 'flowchart.js'],
    sequence: ['raphael.min.js', 'sequence.js'],
  };
  /** Longer sources are refused before any renderer sees them (mermaid's own limit is 50 000 characters). */
  const MAX_SOURCE = 50000;

  /** Properties copied from the computed style onto each element. */
  const PROPERTIES = [
    'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
    'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'font-family', 'font-size',
    'font-style', 'font-weight', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'visibility',
    'marker-start', 'marker-mid', 'marker-end', 'opacity', 'display', 'text-decoration',
  ];
  /** Properties that are not inherited, with their initial values: written where they differ from these. */
  const NOT_INHERITED = { opacity: '1', display: 'inline', 'text-decoration': 'none' };

  const loaded = new Map();
  /** Loads one classic script. */
  const script = (src) => new Promise((resolve, reject) => {
    const el = document.createElement('script');
    el.src = src;
    el.onload = resolve;
    el.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(el);
  });

  /** Loads kind's renderer scripts once; resolves to its setup's result, a function (source, name, holder). */
  function renderer(kind) {
    if (!loaded.has(kind)) {
      const scripts = SCRIPTS[kind].reduce((done, src) => done.then(() => script(src)), Promise.resolve());
      loaded.set(kind, scripts.then(() => SETUP[kind]()));
    }
    return loaded.get(kind);
  }

  const SETUP = {
    mermaid() {
      // HedgeDoc's look (mermaid's default theme). A diagram's %%{init}%% may change the theme; the
      // keys listed in `secure` it may not: strict security (no click callbacks, links sanitised),
      // labels as SVG text rather than HTML (htmlLabels), and the size limits.
      const secure = ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'maxEdges', 'suppressErrorRendering',
        'htmlLabels', 'legacyMathML', 'forceLegacyMathML', 'dompurifyConfig'];
      self.mermaid.initialize({
        startOnLoad: false, securityLevel: 'strict', theme: 'default', htmlLabels: false,
        suppressErrorRendering: true, maxTextSize: MAX_SOURCE, maxEdges: 500, secure,
      });
      return async (source, name) => (await self.mermaid.render(name, source)).svg;
    },
    async graphviz() {
      const viz = await self.Viz.instance();
      return (source) => {
        const result = viz.render(source, { format: 'svg', engine: 'dot' });
        if (result.status === 'success') return result.output;
        throw new Error(result.errors.map((e) => e.message).join('\n') || 'Graphviz could not lay this graph out');
      };
    },
    abc() {
      // abcjs draws into the holder; what it could not read is in the tune's warnings.
      // Its notes are drawn in currentColor, the slide's text colour; so is the rest here (the title).
      return (source, name, holder) => {
        const [tune] = self.ABCJS.renderAbc(holder, source, {});
        const svg = holder.querySelector('svg');
        if (!svg) throw new Error(tune?.warnings?.join('\n') || 'no tune in this ABC text');
        svg.setAttribute('fill', 'currentColor');
        if (getComputedStyle(svg).stroke !== 'none') svg.setAttribute('stroke', 'currentColor');
      };
    },
    flow() {
      // HedgeDoc's options for flowchart.js (Raphael draws the SVG into the holder).
      const options = { 'line-width': 2, fill: 'none', 'font-size': '16px', 'font-family': "'Andale Mono', monospace" };
      return (source, name, holder) => {
        const chart = self.flowchart.parse(source);
        if (!chart.start) throw new Error('no "st=>start" symbol: nothing to draw');
        chart.drawSVG(holder, options);
        followText(holder);
      };
    },
    sequence() {
      // HedgeDoc's 'simple' theme, the only look this port of js-sequence-diagrams draws; a
      // source it cannot read throws its parser's message.
      const { Diagram, DiagramPainter } = self.sequenceDiagrams;
      return (source, name, holder) => {
        new DiagramPainter(Diagram.parse(source)).drawSvg(holder, { theme: 'simple' });
        followText(holder);
      };
    },
  };

  const BLACK = /^\s*(black|#000|#000000|rgb\(\s*0\s*,\s*0\s*,\s*0\s*\))\s*$/i;
  const WHITE = /^\s*(white|#fff|#ffffff|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))\s*$/i;

  /**
   * Black lines and letters as currentColor, white fills as none, in what was
   * drawn into `holder`: flowchart.js and the sequence painter draw black on
   * white only, which a dark theme would hide; so drawn, a diagram takes the
   * slide's text colour on every theme, and follows a change of theme.
   */
  function followText(holder) {
    for (const el of holder.querySelectorAll('svg, svg *')) {
      for (const name of ['fill', 'stroke']) {
        const value = el.getAttribute(name);
        if (value === null) continue;
        if (BLACK.test(value)) el.setAttribute(name, 'currentColor');
        else if (name === 'fill' && WHITE.test(value)) el.setAttribute(name, 'none');
      }
    }
  }

  /** Draws one diagram; resolves to portable SVG text. */
  async function draw(kind, source, name) {
    if (source.length > MAX_SOURCE) throw new Error(`longer than ${MAX_SOURCE} characters`);
    const render = await renderer(kind);
    const holder = document.createElement('div');
    try {
      document.body.append(holder);
      const drawn = await render(source, name, holder);
      if (typeof drawn === 'string') holder.innerHTML = drawn;
      const svg = holder.querySelector('svg');
      if (!svg) throw new Error('the renderer drew nothing');
      return portable(svg);
    } finally {
      holder.remove();
      // What mermaid leaves in the document when it fails.
      for (const stray of document.querySelectorAll(`#d${name}, #${name}`)) stray.remove();
    }
  }

  const SVG = 'http://www.w3.org/2000/svg';

  /** The SVG with its styles written onto its elements (see the top of this file). */
  function portable(svg) {
    for (const object of [...svg.querySelectorAll('foreignObject')]) plainText(object);
    for (const use of [...svg.querySelectorAll('use')]) copyInPlace(use, svg);
    // What is not SVG (abcjs's XHTML <title>) goes: the viewer takes SVG only.
    for (const el of [...svg.querySelectorAll('*')]) if (el.namespaceURI !== SVG) el.remove();
    const styled = [];
    const walk = (el, inherited) => {
      const computed = getComputedStyle(el);
      const values = {};
      for (const name of PROPERTIES) {
        const value = computed.getPropertyValue(name);
        values[name] = value;
        const base = Object.hasOwn(NOT_INHERITED, name) ? NOT_INHERITED[name] : inherited?.[name];
        // currentColor stays: such a drawing takes the slide's text colour (abcjs draws so).
        const followsText = /^currentcolor$/i.test(el.getAttribute(name) ?? '');
        if (value !== base && !followsText) styled.push([el, name, value]);
      }
      for (const child of el.children) walk(child, values);
    };
    walk(svg, null);
    for (const [el, name, value] of styled) el.setAttribute(name, value);
    for (const el of svg.querySelectorAll('style')) el.remove();
    for (const el of [svg, ...svg.querySelectorAll('[style]')]) el.removeAttribute('style');
    // A drawing's natural size (mermaid's is "100%" with a max-width in its style).
    const box = svg.viewBox.baseVal;
    if (box && box.width > 0 && !/^[\d.]+(px|pt)?$/.test(svg.getAttribute('width') ?? '')) {
      svg.setAttribute('width', String(box.width));
      svg.setAttribute('height', String(box.height));
    }
    return new XMLSerializer().serializeToString(svg);
  }

  /**
   * A <use> (which the viewer's sanitiser does not allow) as a copy of what it
   * names, in a group that keeps its attributes: Raphael draws arrowheads so.
   */
  function copyInPlace(use, svg) {
    const ref = use.getAttribute('href') ?? use.getAttribute('xlink:href') ?? '';
    const target = ref.startsWith('#') ? svg.querySelector(`[id="${CSS.escape(ref.slice(1))}"]`) : null;
    if (!target || target.contains(use)) {
      use.remove();
      return;
    }
    const group = document.createElementNS(SVG, 'g');
    for (const { name, value } of [...use.attributes]) {
      if (!/^(href|xlink:href|x|y|width|height|transform)$/.test(name)) group.setAttribute(name, value);
    }
    const x = Number(use.getAttribute('x')) || 0;
    const y = Number(use.getAttribute('y')) || 0;
    group.setAttribute('transform', `${use.getAttribute('transform') ?? ''} translate(${x} ${y})`.trim());
    const copy = target.cloneNode(true);
    copy.removeAttribute('id');
    group.append(copy);
    use.replaceWith(group);
  }

  /** An HTML label (the viewer allows no foreignObject) as SVG text in its middle. */
  function plainText(object) {
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    const x = object.x.baseVal.value + object.width.baseVal.value / 2;
    const y = object.y.baseVal.value + object.height.baseVal.value / 2;
    text.setAttribute('x', String(x));
    text.setAttribute('y', String(y));
    text.setAttribute('text-anchor', 'middle');
    text.setAttribute('dominant-baseline', 'central');
    text.textContent = object.textContent.trim();
    object.replaceWith(text);
  }

  const message = (e) => String(e?.message ?? e ?? 'cannot draw this').slice(0, 1000);

  // One at a time: mermaid's render is not reentrant.
  let queue = Promise.resolve();
  addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const { id, kind, source, name } = event.data ?? {};
    if (!Number.isInteger(id) || typeof source !== 'string' || !Object.hasOwn(SCRIPTS, kind)) return;
    const prefix = /^dv-[0-9a-f]{1,64}$/.test(name) ? name : `dv-diagram-${id}`;
    queue = queue
      .then(() => draw(kind, source, prefix))
      .then((svg) => parent.postMessage({ id, svg }, '*'), (e) => parent.postMessage({ id, error: message(e) }, '*'));
  });
  parent.postMessage({ deckviewDiagrams: 'ready' }, '*');
})();
