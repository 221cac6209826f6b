// The example page's remote control for the iframe deck (an external file:
// this page's CSP allows no inline script).
const frame = document.getElementById('framed');
const log = document.getElementById('events');

function show(line) {
  log.textContent += `${line}\n`;
  log.scrollTop = log.scrollHeight;
}

for (const button of document.querySelectorAll('[data-method]')) {
  button.addEventListener('click', () => {
    const args = button.dataset.args ? JSON.parse(button.dataset.args) : [];
    frame.contentWindow.postMessage(JSON.stringify({ method: button.dataset.method, args }), '*');
  });
}

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || typeof event.data !== 'string') return;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch {
    return;
  }
  if (data.namespace !== 'reveal') return;
  const detail = data.eventName === 'callback' ? `${data.method} → ${JSON.stringify(data.result)}` : JSON.stringify(data.state);
  show(`${data.eventName}: ${detail}`);
});
