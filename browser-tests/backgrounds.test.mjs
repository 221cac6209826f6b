// Per-slide backgrounds (`<!-- .slide: data-background… -->`) in Chromium:
// colours, pictures, gradients, videos, iframes, light/dark contrast classes,
// background transitions, and what is loaded when.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useHarness } from './harness.mjs';

const h = useHarness();
const deck = '?src=fixtures/backgrounds.md';

async function openAt(slide, extra = '') {
  const page = await h.openApp(`${deck}${extra}#/${slide}`);
  await page.waitForSelector('.reveal .slides > section.present', { state: 'visible', timeout: 15000 });
  return page;
}

/** The current background's styles: its own and its content's. */
const current = (page) =>
  page.evaluate(() => {
    // The current column's background; in a stack, its current slide's.
    const column = document.querySelector('.backgrounds > .slide-background.present');
    const el = column?.classList.contains('stack') ? column.querySelector(':scope > .present') : column;
    if (!el) return null;
    const own = getComputedStyle(el);
    const content = getComputedStyle(el.querySelector('.slide-background-content'));
    return {
      color: own.backgroundColor,
      image: own.backgroundImage,
      transition: el.getAttribute('data-background-transition'),
      contentImage: content.backgroundImage,
      contentSize: content.backgroundSize,
      opacity: content.opacity,
    };
  });

const toneClasses = (page) =>
  page.evaluate(() => {
    const pick = (el) => ['has-dark-background', 'has-light-background'].filter((c) => el.classList.contains(c));
    const column = document.querySelector('.reveal .slides > section.present');
    const leaf = column.classList.contains('stack') ? column.querySelector(':scope > section.present') : column;
    return {
      section: pick(leaf),
      reveal: pick(document.querySelector('.reveal')),
      heading: getComputedStyle(leaf.querySelector('h1')).color,
    };
  });

async function next(page, key = 'ArrowRight') {
  await page.keyboard.press(key);
  await page.waitForTimeout(50);
}

test('a slide without a background shows the theme and no background element is current', async () => {
  const page = await openAt(0);
  assert.equal(await current(page), null);
  assert.deepEqual((await toneClasses(page)).reveal, []);
});

test('a named background colour shows behind its slide, marks it dark and turns its text white on a light theme', async () => {
  const page = await openAt(1);
  assert.equal((await current(page)).color, 'rgb(0, 0, 128)');
  assert.deepEqual(await toneClasses(page), {
    section: ['has-dark-background'],
    reveal: ['has-dark-background'],
    heading: 'rgb(255, 255, 255)',
  });
  await page.waitForTimeout(900);
  await h.screenshot(page, 'background-navy');
  await next(page, 'ArrowLeft');
  assert.equal(await current(page), null, 'the colour goes with its slide');
  assert.deepEqual((await toneClasses(page)).reveal, [], '.reveal follows the current slide');
});

test('a colour written as data-background is CSS and a light one keeps the theme text dark', async () => {
  const page = await openAt(2);
  assert.equal((await current(page)).color, 'rgb(250, 250, 210)');
  const tones = await toneClasses(page);
  assert.deepEqual(tones.section, ['has-light-background']);
  assert.equal(tones.heading, 'rgb(34, 34, 34)');
});

test('a dark theme turns text dark on a light slide background', async () => {
  const page = await openAt(2, '&theme=dracula');
  const tones = await toneClasses(page);
  assert.deepEqual(tones.section, ['has-light-background']);
  assert.equal(tones.heading, 'rgb(40, 42, 54)', "dracula's own dark text colour");
  const controls = await page.evaluate(() => getComputedStyle(document.querySelector('.reveal .controls')).color);
  assert.equal(controls, 'rgb(0, 0, 0)', 'the controls turn dark on a light background');
});

test('a background picture is resolved against the deck address, sized and faded', async () => {
  const page = await openAt(3);
  const bg = await current(page);
  assert.match(bg.contentImage, /\/fixtures\/parallax-1920x1080\.png"\)$/);
  assert.equal(bg.contentSize, 'contain');
  assert.equal(bg.opacity, '0.5');
  assert.equal(bg.color, 'rgba(0, 0, 0, 0)', 'the colour layer is untouched by the opacity');
  assert.deepEqual((await toneClasses(page)).section, [], 'a picture alone says nothing about contrast');
  await page.waitForTimeout(900);
  await h.screenshot(page, 'background-picture');
});

test('background pictures load only when their slide comes within viewDistance', async () => {
  h.clearRequests();
  const page = await openAt(0);
  await page.waitForTimeout(300);
  assert.equal(h.requestsMatching('parallax-1920x1080.png').length, 0, 'three slides away: not loaded');
  await next(page);
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => e.name.includes('parallax-1920x1080.png')),
  );
});

test('a gradient background shows, and its own background transition overrides the deck one', async () => {
  const page = await openAt(4);
  const bg = await current(page);
  assert.match(bg.image, /^linear-gradient\(/);
  assert.equal(bg.transition, 'zoom');
  await page.waitForTimeout(900);
  await h.screenshot(page, 'background-gradient');
  await next(page);
  await page.waitForTimeout(1000);
  const left = await page.evaluate(() => {
    const el = document.querySelector('.backgrounds .slide-background[data-index-h="4"]');
    return { state: el.className, transform: getComputedStyle(el).transform };
  });
  assert.match(left.state, /\bpast\b/);
  assert.equal(left.transform, 'matrix(16, 0, 0, 16, 0, 0)', 'zoom: a past background grows away');
});

test('a gradient without a colour gives its slide the tone of its colour stops: white text on a dark gradient', async () => {
  const page = await openAt(4);
  assert.deepEqual(await toneClasses(page), {
    section: ['has-dark-background'],
    reveal: ['has-dark-background'],
    heading: 'rgb(255, 255, 255)',
  });
  // Named stops: the browser's computed gradient decides.
  const named = await openAt(11);
  assert.deepEqual(await toneClasses(named), {
    section: ['has-dark-background'],
    reveal: ['has-dark-background'],
    heading: 'rgb(255, 255, 255)',
  });
  await named.waitForTimeout(900);
  await h.screenshot(named, 'background-named-gradient');
  // A picture alone gives no tone, as in reveal.js: the theme's text stays.
  assert.deepEqual((await toneClasses(await openAt(3))).section, []);
});

test('two slides in a row with the same background switch without a fade', async () => {
  const page = await openAt(5);
  await next(page);
  assert.ok(await page.locator('.backgrounds.no-transition').count(), 'identical backgrounds do not fade');
  await next(page);
  assert.equal(await page.locator('.backgrounds.no-transition').count(), 0, 'different ones do');
});

test('the deck-wide slide background transition moves backgrounds sideways', async () => {
  const page = await openAt(1, '&backgroundTransition=slide');
  assert.equal(await page.locator('.reveal[data-background-transition="slide"]').count(), 1);
  await next(page);
  await page.waitForTimeout(1000);
  const left = await page.evaluate(() => {
    const el = document.querySelector('.backgrounds .slide-background[data-index-h="1"]');
    const s = getComputedStyle(el);
    return { transform: s.transform, opacity: s.opacity, width: el.offsetWidth };
  });
  assert.equal(left.transform, `matrix(1, 0, 0, 1, ${-left.width}, 0)`);
  assert.equal(left.opacity, '1', 'slide backgrounds stay opaque as they move');
});

test('in an rtl deck backgrounds move the mirrored way, with their slides: what is left behind goes right', async () => {
  const page = await openAt(1, '&rtl=true&backgroundTransition=slide&transition=slide');
  assert.equal(await page.locator('.reveal.rtl').count(), 1);
  /** Where a background and its section are, as offsets from the deck's left edge. */
  const place = (h) =>
    page.evaluate((h) => {
      const bg = document.querySelector(`.backgrounds .slide-background[data-index-h="${h}"]`);
      const section = document.querySelector(`.reveal .slides > section[data-index-h="${h}"]`);
      const left = document.querySelector('.reveal .backgrounds').getBoundingClientRect().left;
      return {
        background: Math.round(bg.getBoundingClientRect().left - left),
        width: bg.offsetWidth,
        section: Math.round(section.getBoundingClientRect().left - left),
      };
    }, h);
  await next(page, 'ArrowLeft'); // forward, in a deck that runs right to left
  await page.waitForSelector('.reveal .slides > section[data-index-h="2"].present');
  await page.waitForTimeout(300);
  await h.screenshot(page, 'background-rtl-moving');
  await page.waitForTimeout(900);
  const behind = await place(1);
  assert.equal(behind.background, behind.width, 'the navy background left behind sits one width to the right');
  assert.ok(behind.section > behind.width, `its slide went right too (left edge at ${behind.section})`);

  await next(page, 'ArrowRight'); // back
  await page.waitForSelector('.reveal .slides > section[data-index-h="1"].present');
  await page.waitForTimeout(1200);
  const ahead = await place(2);
  assert.equal(ahead.background, -ahead.width, 'the next background waits one width to the left');
  assert.ok(ahead.section < 0, `and so does its slide (left edge at ${ahead.section})`);
  assert.equal((await place(1)).background, 0, 'the current background covers the deck');
});

test('vertical slides have their own backgrounds inside a stack, and their own tones', async () => {
  const page = await openAt(7);
  assert.equal((await current(page)).color, 'rgb(255, 255, 255)');
  assert.equal(await page.locator('.backgrounds > .slide-background.stack > .slide-background').count(), 2);
  await next(page, 'ArrowDown');
  assert.equal((await current(page)).color, 'rgb(0, 0, 0)');
  assert.deepEqual(await toneClasses(page), {
    section: ['has-dark-background'],
    reveal: ['has-dark-background'],
    heading: 'rgb(255, 255, 255)',
  });
  await page.waitForTimeout(900);
  await h.screenshot(page, 'background-stack-bottom');
});

test('a background video exists only near its slide, muted and looping, with typed sources', async () => {
  const page = await openAt(8);
  const video = await page.evaluate(() => {
    const v = document.querySelector('.backgrounds > .slide-background.present video');
    return (
      v && {
        muted: v.muted,
        loop: v.loop,
        autoplay: v.autoplay,
        sources: [...v.querySelectorAll('source')].map((s) => [new URL(s.src).pathname, s.type]),
      }
    );
  });
  assert.deepEqual(video, {
    muted: true,
    loop: true,
    autoplay: false,
    sources: [
      ['/fixtures/clip.webm', 'video/webm'],
      ['/fixtures/clip.mp4', 'video/mp4'],
    ],
  });
  await page.evaluate(() => {
    location.hash = '#/0';
  });
  await page.waitForFunction(() => !document.querySelector('.backgrounds video'));
});

test('an iframe background from an embed host is sandboxed and, when interactive, takes the clicks', async () => {
  const page = await openAt(9);
  const frame = await page.evaluate(() => {
    const f = document.querySelector('.backgrounds .slide-background.present iframe');
    const section = document.querySelector('.reveal .slides > section.present');
    return (
      f && {
        src: f.src,
        sandbox: f.getAttribute('sandbox'),
        sectionPointer: getComputedStyle(section).pointerEvents,
      }
    );
  });
  assert.equal(frame.src, 'https://www.youtube-nocookie.com/embed/aaaaaaaaaaa');
  assert.match(frame.sandbox, /allow-scripts/);
  assert.equal(frame.sectionPointer, 'none', 'the slide lets clicks through to the page behind it');
});

test('a background iframe from another host and a script address are refused, with a warning', async () => {
  const page = await openAt(10);
  assert.equal(await page.locator('.backgrounds iframe[src*="evil"]').count(), 0);
  const images = await page.evaluate(() =>
    [...document.querySelectorAll('.backgrounds .slide-background-content')].map((e) => e.style.backgroundImage),
  );
  assert.ok(!images.some((i) => i.includes('javascript')));
  await h.clickToolbar(page, '.dv-warnings-toggle');
  assert.match(await page.locator('.dv-warnings-list').textContent(), /data-background-image not used/);
});

test('slide backgrounds show in the overview thumbnails', async () => {
  const page = await openAt(2);
  await page.keyboard.press('Escape');
  await page.waitForSelector('.reveal.overview');
  const seen = await page.evaluate(() => ({
    navy: getComputedStyle(document.querySelector('.reveal .slides > section[data-index-h="1"]')).backgroundColor,
    gradient: getComputedStyle(document.querySelector('.reveal .slides > section[data-index-h="4"]')).backgroundImage,
    layer: getComputedStyle(document.querySelector('.backgrounds .slide-background[data-index-h="2"]')).display,
  }));
  assert.equal(seen.navy, 'rgb(0, 0, 128)');
  assert.match(seen.gradient, /^linear-gradient/);
  assert.equal(seen.layer, 'none', 'the full-window layer steps aside');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.reveal:not(.overview)');
  assert.equal(
    await page.evaluate(() => getComputedStyle(document.querySelector('.reveal .slides > section[data-index-h="1"]')).backgroundColor),
    'rgba(0, 0, 0, 0)',
    'outside the overview the section itself stays transparent',
  );
});

test('printed pages carry their slide backgrounds and tones', async () => {
  const page = await h.openApp(`${deck}&print-pdf`);
  await page.waitForSelector('.reveal[data-print-pages]');
  const navy = await page.evaluate(() => {
    const pg = document.querySelector('.pdf-page[data-index-h="1"]');
    const bg = pg.querySelector(':scope > .slide-background');
    return {
      color: getComputedStyle(bg).backgroundColor,
      opacity: getComputedStyle(bg).opacity,
      tone: pg.querySelector(':scope > section').classList.contains('has-dark-background'),
      image: getComputedStyle(
        document.querySelector('.pdf-page[data-index-h="3"] > .slide-background > .slide-background-content'),
      ).backgroundImage,
    };
  });
  assert.equal(navy.color, 'rgb(0, 0, 128)');
  assert.equal(navy.opacity, '1');
  assert.ok(navy.tone, 'the printed slide is marked has-dark-background');
  assert.match(navy.image, /parallax-1920x1080\.png/, 'pictures print');
});

test('a parallax background and per-slide backgrounds work together', async () => {
  const page = await openAt(0, '&parallaxBackgroundImage=parallax-1920x1080.png&parallaxBackgroundSize=2100px%20900px');
  const at = () =>
    page.evaluate(() => {
      const layer = document.querySelector('.backgrounds');
      const present = document.querySelector('.backgrounds > .slide-background.present');
      return {
        parallax: getComputedStyle(layer).backgroundImage.includes('parallax-1920x1080.png'),
        position: getComputedStyle(layer).backgroundPosition,
        slideColor: present && getComputedStyle(present).backgroundColor,
      };
    });
  const first = await at();
  assert.ok(first.parallax, 'the parallax picture is on .backgrounds');
  assert.equal(first.slideColor, null, 'a plain slide shows the parallax picture');
  await next(page);
  await page.waitForTimeout(900);
  const second = await at();
  assert.ok(second.parallax);
  assert.notEqual(second.position, first.position, 'the parallax picture moves with the slides');
  assert.equal(second.slideColor, 'rgb(0, 0, 128)', "the slide's own colour covers it");
});

test("a video's relative <source> in slide HTML is resolved against the deck address, as pictures are", async () => {
  const page = await h.openApp('?src=fixtures/video-source.md');
  await page.waitForSelector('.reveal .slides > section.present video source', { state: 'attached', timeout: 15000 });
  const src = await page.evaluate(() => document.querySelector('.reveal .slides > section.present video source').getAttribute('src'));
  assert.equal(new URL(src).pathname, '/fixtures/clip.webm');
  assert.equal(new URL(src).origin, h.origin);
});

test('opening a deck starts no transition: slides, backgrounds and the parallax picture are in place at once', async () => {
  for (const query of ['?src=fixtures/parallax.md#/2', `${deck}#/1`]) {
    const page = await h.openApp(query, {
      initScript: () => {
        window.__started = [];
        document.addEventListener('transitionrun', (e) => {
          window.__started.push(`${e.target.className} ${e.propertyName}`);
        });
      },
    });
    await page.waitForSelector('.reveal .slides > section.present', { state: 'visible', timeout: 15000 });
    await page.waitForTimeout(800);
    const started = await page.evaluate(() => window.__started.filter((t) => !t.startsWith('dv-')));
    assert.deepEqual(started, [], `${query}: transitions that ran while the deck opened`);
  }
});
