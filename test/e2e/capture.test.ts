// The foundation path in real Chromium: toolbar click -> extraction in the page -> IndexedDB ->
// popup and library on screen, on the project's own sample story served from 127.0.0.1.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchExtension, projectDir, sampleStoryDir, servePages, type ExtensionBrowser, type PageServer } from './harness';

const samplePages = readdirSync(sampleStoryDir)
  .filter((f) => f.endsWith('.html'))
  .sort();

describe('saving articles through the toolbar button', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;

  before(async () => {
    server = await servePages({ sample: sampleStoryDir, fixtures: join(projectDir, 'test/fixtures') });
    browser = await launchExtension();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the keyboard shortcut is bound to the toolbar button and the right-click item is registered', async () => {
    const commands = await browser.worker.evaluate<{ name?: string; shortcut?: string }[]>('chrome.commands.getAll()');
    const action = commands.find((c) => c.name === '_execute_action');
    assert.equal(action?.shortcut?.replace(/\s/g, ''), 'Alt+Shift+K');
    // Updating an item that does not exist fails: this one was created when the extension was installed.
    await browser.worker.evaluate(`chrome.contextMenus.update('triangulate-compare', { title: 'Compare this article with saved coverage' })`);
  });

  test('the first sample article lands in IndexedDB and the popup shows it', async () => {
    const { popup } = await browser.compareOn(server.url('sample', samplePages[0]!));
    const articles = await browser.readStore('articles');
    assert.equal(articles.length, 1);
    const [article] = articles;
    assert.ok(article.text.length > 500, 'the article text was extracted');
    assert.ok(article.siteName, 'the outlet is named');
    const claims = await browser.readStore('claims');
    assert.ok(claims.filter((c) => c.articleId === article.id).length >= 5, 'its claims were stored with it');
    const text = await popup.text();
    assert.match(text, new RegExp(escapeRegExp(article.title.slice(0, 30))));
    assert.match(text, /nothing else saved/i);
  });

  test('every sample page saves, and the popup on the last lists the others', async () => {
    let last;
    for (const file of samplePages.slice(1)) last = await browser.compareOn(server.url('sample', file));
    const articles = await browser.readStore('articles');
    assert.equal(articles.length, samplePages.length);
    const sites = articles.map((a) => a.siteName);
    assert.equal(new Set(sites).size, samplePages.length, `four different outlets: ${sites.join(', ')}`);
    const text = await last!.popup.text();
    for (const other of articles.slice(0, -1)) assert.ok(text.includes(other.siteName), `popup names ${other.siteName}`);
  });

  test('the library page shows every saved article', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const articles = await browser.readStore('articles');
    for (const article of articles) await page.getByText(article.title, { exact: false }).first().waitFor();
    await page.close();
  });

  test('saving the same page again keeps one record', async () => {
    const before = await browser.readStore('articles');
    const { popup } = await browser.compareOn(server.url('sample', samplePages[0]!));
    const after = await browser.readStore('articles');
    assert.equal(after.length, before.length);
    assert.match(await popup.text(), /already saved/i);
  });

  test('a page that is not an article gets a clear message and saves nothing', async () => {
    const before = await browser.readStore('articles');
    const { popup } = await browser.compareOn(server.url('fixtures', 'not-an-article.html'));
    const state = await popup.evaluate<string>(`document.querySelector('[data-state]').dataset.state`);
    assert.equal(state, 'not-article');
    assert.match(await popup.text(), /not .*article/i);
    assert.equal((await browser.readStore('articles')).length, before.length);
  });

  test('the extension itself made no request to anywhere but the test pages', () => {
    const foreign = browser.extensionRequests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('chrome-extension://'));
    assert.deepEqual(foreign, []);
  });
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
