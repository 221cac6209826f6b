// Opened from disk (a file:// address), a browser refuses the app's module
// scripts and its wasm, so the page would say "Loading…" forever. A classic
// script still runs there: it says what to do instead.
if (location.protocol === 'file:') {
  const box = document.getElementById('dv-boot');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'max-width:40em;margin:3em auto;font:18px/1.5 sans-serif';
  box.textContent =
    'deckview cannot start from a file on disk: browsers do not run its modules and WebAssembly from file:// addresses. ' +
    'Serve this folder over HTTP instead, for example run “python3 -m http.server” inside it and open http://localhost:8000/ ' +
    '(or put the folder on any static web host).';
}
