// `npm run demo`: builds the extension, serves the sample story on 127.0.0.1, starts Chromium with
// the extension loaded, saves each sample page through the real toolbar flow and opens the popup on
// the last one. Headless (no display, or --headless) it writes screenshots of the popup and the
// library into demo-output/ and prints their paths; with a display it leaves the browser open.
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension, projectDir, sampleStoryDir, servePages } from '../test/e2e/harness';

const outputDir = join(projectDir, 'demo-output');

async function main() {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  console.log('Building the extension…');
  execSync('npx wxt build', { cwd: projectDir, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await servePages({ sample: sampleStoryDir });
  const browser = await launchExtension({ headless });
  const pages = readdirSync(sampleStoryDir).filter((f) => f.endsWith('.html')).sort();
  let popup;
  for (const file of pages) {
    const url = server.url('sample', file);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    popup = await browser.clickToolbar(url);
    await popup.waitFor(`document.querySelector('[data-state]:not([data-state=working])')`, 'the popup to finish');
    console.log(`Saved ${file}: ${(await popup.text()).split('\n').slice(1, 3).join(' · ')}`);
  }
  if (!headless) {
    console.log('The browser stays open with the popup on the last sample article. Press Ctrl+C to quit.');
    return;
  }
  mkdirSync(outputDir, { recursive: true });
  const written: string[] = [];
  const popupShot = join(outputDir, 'popup.png');
  await popup!.screenshot(popupShot);
  written.push(popupShot);
  const library = await browser.context.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await library.waitForSelector('.story');
  const libraryShot = join(outputDir, 'library.png');
  await library.screenshot({ path: libraryShot, fullPage: true });
  written.push(libraryShot);
  await browser.close();
  await server.close();
  console.log('\nDemo output:');
  for (const path of written) console.log(`  ${path}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
