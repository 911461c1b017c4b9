// `npm run demo`: builds the extension, serves the sample story on 127.0.0.1, starts Chromium with
// the extension loaded, saves each sample page through the real toolbar flow and opens the popup on
// the first outlet again, now compared with the other three. Headless (no display, or --headless)
// it writes into demo-output/ the popup, the page with highlights (a tooltip open), the library
// (a story view with its matrix) and the popup's Markdown export, and prints their paths; with a
// display it leaves the browser open.
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, projectDir, sampleStoryDir, servePages } from '../test/e2e/harness';

const outputDir = join(projectDir, 'demo-output');

async function main() {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  console.log('Building the extension…');
  execSync('npx wxt build', { cwd: projectDir, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await servePages({ sample: sampleStoryDir });
  const browser = await launchExtension({ headless });
  const files = readdirSync(sampleStoryDir).filter((f) => f.endsWith('.html')).sort();
  for (const file of files) {
    await browser.compareOn(server.url('sample', file));
    console.log(`Saved ${file}`);
  }
  // The popup on the first outlet's page, now compared with the three saved after it.
  const { popup, page } = await browser.compareOn(server.url('sample', files[0]!));
  if (!headless) {
    console.log('The browser stays open with the popup on the first sample article. Press Ctrl+C to quit.');
    return;
  }
  mkdirSync(outputDir, { recursive: true });
  const written: string[] = [];
  const shot = (name: string) => {
    const path = join(outputDir, name);
    written.push(path);
    return path;
  };

  const downloadDir = mkdtempSync(join(tmpdir(), 'triangulate-demo-'));
  const downloads = await browser.captureDownloads(downloadDir);
  await popup.evaluate(`[...document.querySelectorAll('.actions button')].find((b) => /Export Markdown/.test(b.textContent)).click()`);
  copyFileSync((await downloads.next()).path, shot('comparison.md'));
  rmSync(downloadDir, { recursive: true, force: true });

  await popup.evaluate(`document.querySelector('.actions .button-primary').click()`);
  await popup.waitFor(`document.querySelector('[data-highlights]')`, 'the highlights');
  const mark = page.locator('triangulate-mark[data-triangulate-kind=conflict]').first();
  await mark.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -220));
  await mark.hover();
  await page.screenshot({ path: shot('highlights.png') });
  await popup.evaluate('scrollTo(0, 0)');
  // Last of the popup's uses: the screenshot closes it.
  await popup.screenshot(shot('popup.png'));

  const library = await browser.context.newPage();
  await library.setViewportSize({ width: 1280, height: 1100 });
  await library.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await library.locator('.story-row').first().click();
  await library.waitForSelector('.matrix');
  await library.screenshot({ path: shot('library.png') });

  await browser.close();
  await server.close();
  console.log('\nDemo output:');
  for (const path of written) console.log(`  ${path}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
