// The library with 5,000 saved articles (1,250 copies of the sample story, written straight into
// the extension's IndexedDB): the story list stays virtualised, scrolling, opening a story with
// its matrix and searching the text of every article still work. Times are printed, never asserted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { inputFiles, runFiles } from '../../lib/cli';
import { ANALYSIS_VERSION } from '../../lib/compare';
import { articleSearchWords } from '../../lib/store/search-words';
import { launchExtension, sampleStoryDir, type ExtensionBrowser } from './harness';

const STORIES = 1250;
const TEMPLATES = runFiles(inputFiles([sampleStoryDir])).articles.map(({ article, claims, profile }) => ({
  article: { ...article, profile },
  claims,
  words: articleSearchWords(article),
}));

/**
 * Writes 1,250 copies of the sample story (its four outlets, with their real claims and features)
 * into the extension's IndexedDB, each article ending with a line of its own so that search can
 * tell the copies apart. Runs in the service worker: only the four templates cross CDP.
 */
function seedLibrary({ templates, count, analysis }: { templates: typeof TEMPLATES; count: number; analysis: number }): Promise<void> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('triangulate');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['articles', 'summaries', 'words', 'claims', 'stories'], 'readwrite');
      // Only every 25th story gets its claims: the list and the search never read claims, and
      // writing 60,000 of them would only slow the test down.
      const CLAIMS_EVERY = 25;
      const start = Date.parse('2025-01-01T00:00:00Z');
      for (let s = 0; s < count; s++) {
        const storyId = `story-${s}`;
        const time = start + s * 3_600_000;
        tx.objectStore('stories').put({ id: storyId, label: `Harbour story number ${s}`, createdAt: time, updatedAt: time });
        templates.forEach(({ article, claims, words }, o) => {
          const id = `article-${s}-${o}`;
          const paragraphs = [...article.paragraphs, `Reference ${s}-${o}.`];
          const text = paragraphs.join('\n\n');
          // Marked as made by the current engine (they are): the worker has nothing to re-analyse.
          const record = { ...article, id, url: `${article.url}?copy=${s}`, paragraphs, text, storyId, contentHash: id, wordCount: text.split(/\s+/).length, savedAt: time, updatedAt: time, analysis };
          tx.objectStore('articles').put(record);
          const { siteName, title, url, published, savedAt, wordCount, profile } = record;
          tx.objectStore('summaries').put({ id, storyId, siteName, title, url, published, savedAt, wordCount, profile, analysis });
          // The template's search words plus those of the added line, as searchWords cuts it.
          tx.objectStore('words').put({ id, words: [...new Set([...words, 'reference', `${s}`, `${o}`])] });
          if (s % CLAIMS_EVERY === 0) for (const claim of claims) tx.objectStore('claims').put({ ...claim, articleId: id });
        });
      }
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    };
  });
}

describe('the library with 5,000 articles', () => {
  let browser: ExtensionBrowser;
  let library: Page;

  before(async () => {
    browser = await launchExtension();
    library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await library.getByText(/library is empty/i).first().waitFor();
  });

  after(async () => {
    await browser?.close();
  });

  test('lists, scrolls, opens and searches 5,000 articles', { timeout: 120_000 }, async () => {
    await browser.worker.evaluate(seedLibrary, { templates: TEMPLATES, count: STORIES, analysis: ANALYSIS_VERSION });
    let started = Date.now();
    await library.reload();
    await library.waitForSelector('.story-row');
    console.log(`# opening the library with 5,000 articles: ${Date.now() - started} ms`);
    const rows = await library.locator('.story-row').count();
    assert.ok(rows > 0 && rows < 60, `only the visible story rows are in the DOM (${rows})`);
    assert.match(await library.locator('nav .meta').innerText(), /1,?250 stories · 5,?000 articles/);

    started = Date.now();
    await library.locator('.story-list').evaluate((list) => (list.scrollTop = list.scrollHeight / 2));
    await library.waitForSelector('[data-story="story-625"]');
    console.log(`# scrolling to the middle of the list: ${Date.now() - started} ms`);

    started = Date.now();
    await library.locator('[data-story="story-625"]').click();
    await library.waitForSelector('.matrix');
    console.log(`# opening a story with its matrix: ${Date.now() - started} ms`);

    started = Date.now();
    await library.getByRole('searchbox').fill('reference 777-3');
    await library.getByText('1 story match').waitFor({ timeout: 30_000 });
    console.log(`# searching the text of 5,000 articles: ${Date.now() - started} ms`);
    assert.equal(await library.locator('.story-row').count(), 1);
  });
});
