#!/usr/bin/env node
// Draws the app's PNG icons (offline/icon-192.png, offline/icon-512.png)
// from offline/icon.svg in headless Chromium. The PNGs are committed; run
// this again after changing the SVG.
//
// Usage: node scripts/icons.mjs   (Chromium from /usr/bin/chromium or $DV_CHROMIUM)

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const OFFLINE = join(dirname(fileURLToPath(import.meta.url)), '..', 'offline');
const svg = readFileSync(join(OFFLINE, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.DV_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: join(OFFLINE, `icon-${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
