// A smoke test of the Firefox build (.output/firefox-mv2) in a real headless Firefox, driven over
// WebDriver BiDi (./firefox.ts): the add-on installs and its background page starts, the library
// renders its empty state, a library file imported through the library's own Import control is
// stored in IndexedDB by Dexie and survives a reload, and the popup page renders. No error may
// reach the console of any of the extension's pages meanwhile. `npm run test:firefox`.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { firefoxExtensionDir, launchFirefoxExtension, type FirefoxExtension, type FirefoxTab } from './firefox';
import { libraryFile, sampleArticles } from './library-file';

describe('the Firefox build in Firefox', () => {
  let firefox: FirefoxExtension;
  let library: FirefoxTab;
  let fileDir: string;

  before(async () => {
    fileDir = mkdtempSync(join(tmpdir(), 'triangulate-firefox-library-'));
    const started = Date.now();
    firefox = await launchFirefoxExtension();
    console.log(`# Firefox ${firefox.version} started with the add-on installed: ${Date.now() - started} ms`);
  });

  after(async () => {
    await firefox?.close();
    rmSync(fileDir, { recursive: true, force: true });
  });

  test('the add-on installs and its background page starts without an error', async () => {
    const manifest = JSON.parse(readFileSync(join(firefoxExtensionDir, 'manifest.json'), 'utf8'));
    assert.equal(firefox.addonId, manifest.browser_specific_settings.gecko.id);
    library = await firefox.openTab(`${firefox.origin}options.html`);
    // MV2: a persistent background page (WXT generates it around background.js), reachable from
    // the extension's own pages.
    const background = await library.evaluate<{ url: string; ready: string }>(
      `browser.runtime.getBackgroundPage().then((page) => ({ url: page.location.href, ready: page.document.readyState }))`,
    );
    assert.deepEqual(background, { url: `${firefox.origin}_generated_background_page.html`, ready: 'complete' });
    // The background page made its context menu: creating it again is refused as a duplicate.
    // (Only the first start is covered: a temporary add-on does not survive a browser restart.)
    const again = await library.evaluate<string>(
      `new Promise((done) => browser.contextMenus.create({ id: 'triangulate-compare', title: 'probe' }, () => done(browser.runtime.lastError?.message ?? 'created anew')))`,
    );
    assert.match(again, /already exists/i);
    // The keyboard shortcut is bound (a browser's own shortcut would take the key silently).
    const commands = await library.evaluate<{ name: string; shortcut?: string }[]>(`browser.commands.getAll()`);
    assert.equal(commands.find((c) => c.name === '_execute_browser_action')?.shortcut, 'Alt+Shift+K');
    assert.deepEqual(firefox.errors(), []);
  });

  test('the library renders its empty state', async () => {
    const hint = await library.waitFor<string>(`document.querySelector('.library .hint')?.textContent`, 'the empty library');
    assert.match(hint, /Your library is empty/);
    assert.match(await library.evaluate<string>(`document.querySelector('h1').textContent`), /Triangulate library/);
    assert.equal(await library.evaluate<boolean>(`!!document.querySelector('section.settings')`), true, 'the settings panel');
    assert.deepEqual(firefox.errors(), []);
  });

  test('a library file imported through the Import control is stored (Dexie on IndexedDB) and survives a reload', async () => {
    const file = join(fileDir, 'triangulate-library.json');
    writeFileSync(file, await libraryFile(sampleArticles()));
    await library.setFiles('input[type=file]', [file]);
    const status = await library.waitFor<string>(
      `/^Imported/.test(document.querySelector('.transfer [role=status]')?.textContent) && document.querySelector('.transfer [role=status]').textContent`,
      'the import to finish',
    );
    assert.equal(status, 'Imported: 4 added, 0 updated, 0 already in the library.');
    const listed = await library.waitFor<string>(`document.querySelector('nav .meta')?.textContent`, 'the story list');
    assert.equal(listed, '1 story · 4 articles');
    const row = await library.evaluate<string>(`document.querySelector('.story-row').innerText`);
    for (const outlet of ['Northline', 'Sentinel', 'Halloran', 'FeedHub']) assert.match(row, new RegExp(outlet));

    await library.reload();
    assert.equal(await library.waitFor<string>(`document.querySelector('nav .meta')?.textContent`, 'the story list after a reload'), '1 story · 4 articles');
    assert.deepEqual(firefox.errors(), []);
  });

  test('the popup page renders when opened in a tab', async () => {
    // The real popup needs a click on the toolbar button, which BiDi cannot make (nor grant the
    // activeTab permission it brings): opened in a tab, the popup reads the active tab, which is
    // its own moz-extension:// page, and must say that it may not read it.
    const popup = await firefox.openTab(`${firefox.origin}popup.html`);
    const state = await popup.waitFor<string>(`document.querySelector('[data-state]:not([data-state=working])')?.dataset.state`, 'the popup to finish');
    assert.equal(state, 'restricted');
    const text = await popup.evaluate<string>('document.body.innerText');
    assert.match(text, /Triangulate may not read this page/);
    assert.deepEqual(firefox.errors(), []);
  });

  test('the error watch sees errors of the extension pages (it is not blind)', async () => {
    await library.evaluate(`(console.error('probe: console'), setTimeout(() => { throw new Error('probe: uncaught') }), true)`);
    const deadline = Date.now() + 5_000;
    while (firefox.errors().length < 2 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
    const errors = firefox.errors().join('\n');
    assert.match(errors, /probe: console/);
    assert.match(errors, /probe: uncaught/);
  });
});
