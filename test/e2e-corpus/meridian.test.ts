// The reader's experience on the shared gold corpus (../shared/corpus/pages 000-004: five outlets'
// coverage of the Moscow cease-fire talks), in real Chromium: all five saved through the toolbar,
// the popup on Meridian Global (004) listing its planted unique claims and its conflicts, the
// highlights inside that page's article, the library's single story and the Markdown export.
// Run by `npm run eval` (scripts/eval/corpus-e2e.ts), never by `npm test`.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchExtension, projectDir, servePages, type ExtensionBrowser, type PageServer } from '../e2e/harness';

const pagesDir = resolve(projectDir, '../shared/corpus/pages');
const MERIDIAN = '004-meridian-global.html';

describe('the shared corpus story (pages 000-004)', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let downloadDir: string;
  let files: string[];

  before(async () => {
    if (!existsSync(pagesDir)) {
      throw new Error(`../shared is missing: ${pagesDir} does not exist, so the corpus end-to-end tests cannot run.`);
    }
    files = readdirSync(pagesDir)
      .filter((f) => /^00[0-4]-.*\.html$/.test(f))
      .sort();
    assert.equal(files.length, 5, `five corpus pages 000-004 in ${pagesDir}`);
    server = await servePages({ corpus: pagesDir });
    browser = await launchExtension();
    downloadDir = mkdtempSync(join(tmpdir(), 'triangulate-corpus-'));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (downloadDir) rmSync(downloadDir, { recursive: true, force: true });
  });

  test('all five pages save through the toolbar', async () => {
    for (const file of files) {
      const { popup, ms } = await browser.compareOn(server.url('corpus', file));
      assert.equal(await popup.evaluate(`document.querySelector('[data-state]').dataset.state`), 'saved', `${file} saved`);
      console.log(`# ${file}: toolbar click to comparison on screen in ${ms} ms`);
    }
    assert.equal((await browser.readStore('articles')).length, 5);
  });

  test('the popup on Meridian Global lists its unique claims and its conflicts with other outlets', async () => {
    const { popup } = await browser.compareOn(server.url('corpus', MERIDIAN));
    const unique = await popup.evaluate<string>(`document.querySelector('[data-section=unique]').textContent`);
    for (const planted of [/20 percent/, /Kortunov/, /Stratford/]) assert.match(unique, planted);
    const conflicts = await popup.evaluate<{ others: string[]; count: number }>(
      `({ count: document.querySelectorAll('[data-section=conflicts] .conflict').length,
          others: [...document.querySelectorAll('[data-section=conflicts] .side:nth-child(2) figcaption')].map((f) => f.textContent) })`,
    );
    assert.ok(conflicts.count >= 1, 'at least one conflict');
    assert.ok(conflicts.others.every((name) => name && name !== 'Meridian Global'), `conflicts with other outlets: ${conflicts.others}`);
  });

  test('Highlight on page marks claims inside the Meridian article', async () => {
    const { popup, page } = await browser.compareOn(server.url('corpus', MERIDIAN));
    await popup.evaluate(`document.querySelector('.actions .button-primary').click()`);
    await popup.waitFor(`document.querySelector('[data-highlights]')`, 'the highlights');
    const marks = await page.evaluate(() => ({
      inArticle: document.querySelectorAll('.wysiwyg triangulate-mark').length,
      outside: [...document.querySelectorAll('triangulate-mark')].filter((m) => !m.closest('main')).length,
    }));
    assert.ok(marks.inArticle >= 1, 'marks in the article body');
    assert.equal(marks.outside, 0, 'nothing marked in navigation, adverts or related links');
    assert.ok(await page.evaluate(() => !!document.querySelector('triangulate-overlay')?.shadowRoot?.querySelector('.legend')));
  });

  test('the exported Markdown has every section', async () => {
    const { popup } = await browser.compareOn(server.url('corpus', MERIDIAN));
    const downloads = await browser.captureDownloads(downloadDir);
    await popup.evaluate(`[...document.querySelectorAll('.actions button')].find((b) => /Export Markdown/.test(b.textContent)).click()`);
    const markdown = readFileSync((await downloads.next()).path, 'utf8');
    for (const section of [/Only here/i, /Conflicts/i, /Missing here/i, /Corroborated/i]) assert.match(markdown, section);
    assert.match(markdown, /Kortunov/);
  });

  test('the library shows one story with five outlets', async () => {
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await library.waitForSelector('.story-row');
    assert.equal(await library.locator('.story-row').count(), 1);
    assert.equal(await library.locator('.story-row .chip').count(), 5);
    await library.close();
  });
});
