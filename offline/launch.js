// The installed app starts here: it opens the deck opened last by address
// (the first of the recent decks the viewer keeps in local storage,
// src/view/state.rs), or the viewer's own start when there is none.
let src = null;
try {
  src = JSON.parse(localStorage.getItem('deckview.recent'))[0].url;
} catch {
  // No list, or not one the viewer wrote: start as usual.
}
location.replace(typeof src === 'string' ? `./?src=${encodeURIComponent(src)}` : './');
