// Renders public/icon.svg to the PNG sizes WXT picks up (public/icon-<size>.png), so the
// toolbar, the extensions page and the store all show the same mark. Run: npx tsx scripts/make-icons.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const svg = readFileSync(publicDir + 'icon.svg', 'utf8');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  for (const size of SIZES) {
    // One page per size at device scale 1: the browser rasterises the vector at the exact
    // pixel size, which stays sharper than scaling one large bitmap down.
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(`${publicDir}icon-${size}.png`, png);
    await page.close();
    console.log(`public/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
