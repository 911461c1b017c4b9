// The reader's experience in real Chromium, on the project's own sample story served from
// 127.0.0.1: the popup's comparison (sections, planted unique claims and conflicts), highlights
// in the page and their removal, the Markdown export, the library (one story, four outlets,
// delete and undo, regrouping, the sort control) and accessibility (axe-core) of the popup and the library.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { AXE_CHECK } from './axe';
import { launchExtension, sampleStoryDir, servePages, sleep, type ExtensionBrowser, type PageServer } from './harness';

const samplePages = readdirSync(sampleStoryDir)
  .filter((f) => f.endsWith('.html'))
  .sort();

describe('the reader experience on the sample story', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let downloadDir: string;

  before(async () => {
    server = await servePages({ sample: sampleStoryDir });
    browser = await launchExtension();
    downloadDir = mkdtempSync(join(tmpdir(), 'triangulate-downloads-'));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(downloadDir, { recursive: true, force: true });
  });

  test('all four outlets save, and the comparison appears', async () => {
    let last;
    for (const file of samplePages) last = await browser.compareOn(server.url('sample', file));
    assert.equal(await last!.popup.evaluate(`document.querySelector('[data-state]').dataset.state`), 'saved');
    console.log(`# toolbar click to comparison on screen: ${last!.ms} ms (4th article against 3 saved)`);
  });

  test('the popup on Northline shows every section with the planted claims and conflicts', async () => {
    const { popup } = await browser.compareOn(server.url('sample', samplePages[0]!));
    const sections = await popup.evaluate<Record<string, string>>(
      `Object.fromEntries([...document.querySelectorAll('[data-section]')].map((s) => [s.dataset.section, s.textContent]))`,
    );
    assert.deepEqual(Object.keys(sections).sort(), ['conflicts', 'corroborated', 'missing', 'unique']);
    assert.match(sections.unique!, /Dunmore Aggregates/);
    assert.match(sections.unique!, /900 tonnes/);
    assert.match(sections.conflicts!, /14 passengers[\s\S]*12 passengers/, 'C1: 14 vs 12 injured, beside each other');
    assert.match(sections.conflicts!, /radar was working[\s\S]*radar was not working/, 'C4: negation');
    assert.match(sections.conflicts!, /Ruth Okafor[\s\S]*Colin Fairweather/, 'C3: who said it');
    const restated = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-section=corroborated] .restatements li')].map((li) => li.textContent)`);
    assert.ok(restated.includes('The Sentinel Review The Coastal Safety Board has opened an inquiry and expects to publish its first findings within 30 days.'), `restatements: ${restated}`);
    const marked = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-section=conflicts] mark')].map((m) => m.textContent)`);
    assert.ok(marked.some((text) => text.includes('14')) && marked.some((text) => text.includes('12')), `differing words marked: ${marked}`);
    const header = await popup.evaluate<string>(`document.querySelector('.story-header').innerText`);
    for (const outlet of ['Northline Press Agency', 'The Sentinel Review', 'The Halloran Courier', 'FeedHub Daily']) assert.match(header, new RegExp(outlet));
    assert.match(header, /4 outlets/);
    const notSame = await popup.evaluate<number>(`document.querySelectorAll('.outlet button').length`);
    assert.equal(notSame, 3, 'every other outlet offers "not the same story"');
  });

  test('Highlight on page marks claims, with a legend in a shadow root, and removing them restores the page', async () => {
    const { popup, page } = await browser.compareOn(server.url('sample', samplePages[0]!));
    const before = await page.evaluate(() => ({ text: document.body.innerText, height: document.documentElement.scrollHeight }));
    await popup.evaluate(`document.querySelector('.actions .button-primary').click()`);
    const placed = await popup.waitFor<number>(`Number(document.querySelector('[data-highlights]')?.dataset.highlights)`, 'highlights');
    const inPage = await page.evaluate(() => ({
      marks: document.querySelectorAll('triangulate-mark').length,
      kinds: [...new Set([...document.querySelectorAll<HTMLElement>('triangulate-mark')].map((m) => m.dataset.triangulateKind))],
      legend: document.querySelector('triangulate-overlay')?.shadowRoot?.querySelector('.legend')?.textContent ?? '',
      height: document.documentElement.scrollHeight,
    }));
    assert.ok(inPage.marks >= 1, 'marks in the page');
    assert.ok(placed >= 1);
    assert.deepEqual(inPage.kinds.sort(), ['conflict', 'unique']);
    assert.match(inPage.legend, /Only here/);
    assert.equal(inPage.height, before.height, 'no layout shift');

    // Clicking a claim in the popup brings it into view, focused.
    await popup.evaluate(`document.querySelector('[data-section=unique] button.claim-text').click()`);
    await page.waitForFunction(() => document.activeElement?.tagName === 'TRIANGULATE-MARK');

    // Hovering a conflict mark shows the other outlet's version.
    await page.evaluate(() => document.querySelector('triangulate-mark[data-triangulate-kind=conflict]')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    const tooltip = await page.evaluate(() => document.querySelector('triangulate-overlay')!.shadowRoot!.querySelector('.tooltip')!.textContent);
    assert.ok(tooltip && tooltip.length > 20, `tooltip: ${tooltip}`);

    // The page renders its article again, as a framework would: the marks come back.
    await page.evaluate(() => {
      const article = document.querySelector('article')!;
      article.innerHTML = article.innerHTML.replace(/<\/?triangulate-mark[^>]*>/g, '');
    });
    assert.equal(await page.evaluate(() => document.querySelectorAll('article triangulate-mark').length), 0, 'the re-render dropped the marks');
    await page.waitForFunction((count) => document.querySelectorAll('triangulate-mark').length === count, inPage.marks);

    await popup.evaluate(`document.querySelector('.actions .button-primary').click()`);
    await page.waitForFunction(() => !document.querySelector('triangulate-mark, triangulate-overlay'));
    assert.equal(await page.evaluate(() => document.body.innerText), before.text, 'the page text is as it was');
  });

  test('Export Markdown downloads a file with every section', async () => {
    const { popup } = await browser.compareOn(server.url('sample', samplePages[0]!));
    const downloads = await browser.captureDownloads(downloadDir);
    await popup.evaluate(`[...document.querySelectorAll('.actions button')].find((b) => /Export Markdown/.test(b.textContent)).click()`);
    const file = await downloads.next();
    assert.match(file.suggestedFilename, /\.md$/);
    const markdown = readFileSync(file.path, 'utf8');
    assert.match(markdown, /^---\n/);
    for (const section of [/Only here/i, /Conflicts/i, /Missing here/i, /Corroborated/i]) assert.match(markdown, section);
    assert.match(markdown, /Dunmore Aggregates/);
  });

  test('the popup has no serious or critical accessibility violations', async () => {
    const { popup } = await browser.compareOn(server.url('sample', samplePages[0]!));
    assert.deepEqual(await popup.evaluate<string[]>(AXE_CHECK), []);
  });

  test('a browser page the extension may not read gets its own message', async () => {
    const { popup, page } = await browser.compareOn('chrome://version/');
    assert.equal(await popup.evaluate(`document.querySelector('[data-state]').dataset.state`), 'restricted');
    assert.match(await popup.text(), /may not read this page/i);
    await page.close();
  });

  async function openLibrary(): Promise<Page> {
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await library.waitForSelector('.story-row');
    await library.waitForSelector('.article-row');
    return library;
  }

  test('the library shows one story with the four outlets, and its matrix', async () => {
    const library = await openLibrary();
    assert.equal(await library.locator('.story-row').count(), 1);
    const chips = await library.locator('.story-row .chip').allTextContents();
    assert.deepEqual(chips.sort(), ['FeedHub Daily', 'Northline Press Agency', 'The Halloran Courier', 'The Sentinel Review']);
    assert.equal(await library.locator('.article-row').count(), 4);
    await library.waitForSelector('.matrix');
    assert.equal(await library.locator('.matrix thead th').count(), 5, 'a claim column and one per outlet');
    assert.ok((await library.locator('.matrix td.cell-conflict').count()) >= 3, 'the planted conflicts are marked');
    await library.close();
  });

  test('deleting an article can be undone', async () => {
    const library = await openLibrary();
    const row = library.locator('.article-row', { hasText: 'FeedHub Daily' });
    await row.getByRole('button', { name: 'Delete' }).click();
    await library.locator('.toast').waitFor();
    await library.waitForFunction(() => document.querySelectorAll('.article-row').length === 3);
    assert.equal((await browser.readStore('articles')).length, 3);
    await library.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await library.waitForFunction(() => document.querySelectorAll('.article-row').length === 4);
    const articles = await browser.readStore('articles');
    assert.equal(articles.length, 4);
    assert.equal((await browser.readStore('claims')).filter((c) => c.articleId === articles.find((a) => a.siteName === 'FeedHub Daily')!.id).length > 0, true);
    await library.close();
  });

  test('the library exports as JSON and importing it back duplicates nothing', async () => {
    const library = await openLibrary();
    const downloads = await browser.captureDownloads(downloadDir);
    await library.getByRole('button', { name: 'Export library (JSON)' }).click();
    const file = await downloads.next();
    const exported = JSON.parse(readFileSync(file.path, 'utf8'));
    assert.equal(exported.articles.length, 4);
    await library.locator('input[type=file]').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: readFileSync(file.path) });
    await library.getByText(/Imported: 0 added, 0 updated, 4 already in the library/).waitFor();
    assert.equal((await browser.readStore('articles')).length, 4);
    await library.close();
  });

  test('the library has no serious or critical accessibility violations', async () => {
    const library = await openLibrary();
    await library.waitForSelector('.matrix');
    assert.deepEqual(await library.evaluate(AXE_CHECK), []);
    await library.close();
  });

  test('"not the same story" in the popup, then merge, split and rename in the library, regroup the articles', async () => {
    const { popup } = await browser.compareOn(server.url('sample', samplePages[0]!));
    await popup.evaluate(`[...document.querySelectorAll('.outlet button')].find((b) => /FeedHub Daily/.test(b.getAttribute('aria-label'))).click()`);
    await popup.waitFor(`/3 outlets/.test(document.querySelector('.story-header')?.innerText)`, 'the story without FeedHub');
    const stories = () => browser.readStore('articles').then((articles) => new Set(articles.map((a) => a.storyId)).size);
    assert.equal(await stories(), 2);

    const library = await openLibrary();
    await library.waitForFunction(() => document.querySelectorAll('.story-row').length === 2);
    await library.locator('.story-row', { hasText: 'Northline Press Agency' }).click();
    await library.getByLabel('Merge another story into this one').selectOption({ index: 1 });
    await library.waitForFunction(() => document.querySelectorAll('.story-row').length === 1);
    assert.equal(await stories(), 1);

    await library.getByLabel('Select The Halloran Courier for a split').check();
    await library.getByRole('button', { name: /Split 1 selected article into a new story/ }).click();
    await library.waitForFunction(() => document.querySelectorAll('.story-row').length === 2);
    assert.equal(await stories(), 2);

    await library.getByRole('button', { name: 'Rename' }).click();
    await library.getByLabel('Story name').fill('Halloran ferry collision');
    await library.getByRole('button', { name: 'Save' }).click();
    await library.locator('.story-row', { hasText: 'Halloran ferry collision' }).waitFor();
    await library.close();
  });

  test('the sort control reorders the stories, by mouse or keyboard, and the library keeps the order', async () => {
    const library = await openLibrary();
    await library.waitForFunction(() => document.querySelectorAll('.story-row').length === 2);
    const sort = library.getByLabel('Sort stories');
    const firstStory = () => library.locator('.story-row').first().innerText();
    assert.equal(await sort.inputValue(), 'newest');
    assert.match(await firstStory(), /Halloran ferry collision/, 'the story split off last is the newest');

    await sort.selectOption({ label: 'Most outlets' });
    await library.getByRole('list', { name: 'Stories, Most outlets' }).waitFor();
    assert.match(await firstStory(), /3 outlets/);
    // The list follows the choice at once; the worker's write of the setting lands just after.
    const stored = async () => (await browser.readStore('settings')).find((row) => row.key === 'storyOrder')?.value;
    for (let tries = 0; (await stored()) !== 'outlets' && tries < 50; tries++) await sleep(100);
    assert.equal(await stored(), 'outlets');

    await library.reload();
    await library.waitForSelector('.story-row');
    assert.equal(await sort.inputValue(), 'outlets', 'the order is kept on the next visit');
    assert.match(await firstStory(), /3 outlets/);

    await sort.focus();
    await library.keyboard.press('Home');
    await library.getByRole('list', { name: 'Stories, Newest first' }).waitFor();
    assert.match(await firstStory(), /Halloran ferry collision/);
    await library.close();
  });

  test('clearing all data asks first, then empties the library', async () => {
    const library = await openLibrary();
    await library.getByRole('button', { name: 'Clear all data…' }).click();
    const dialog = library.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal((await browser.readStore('articles')).length, 4, 'cancel keeps everything');
    await library.getByRole('button', { name: 'Clear all data…' }).click();
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await library.getByText(/library is empty/i).first().waitFor();
    assert.equal((await browser.readStore('articles')).length, 0);
    await library.close();
  });

  test('the extension made no request to anywhere but the test pages', () => {
    const foreign = browser.extensionRequests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('chrome-extension://'));
    assert.deepEqual(foreign, []);
  });
});
