// Checks of a built page against its Content-Security-Policy
// (`script-src 'self'`, no 'unsafe-inline'): the build fails on any.

/** Every <script …>…</script> element of the document, with its parts. */
function scriptElements(html) {
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  return [...html.matchAll(re)].map((m) => ({
    whole: m[0],
    attrs: m[1],
    body: m[2],
    hasSrc: /\ssrc\s*=/i.test(` ${m[1]}`),
  }));
}

/** What the CSP would refuse: inline scripts and on* handler attributes. */
export function inlineCodeProblems(html) {
  const problems = [];
  for (const s of scriptElements(html)) {
    if (!s.hasSrc) problems.push(`inline script: ${s.whole.slice(0, 120)}…`);
  }
  for (const m of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)) {
    problems.push(`inline event handler: ${m[0].slice(0, 120)}…`);
  }
  return problems;
}
