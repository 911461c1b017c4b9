// The library mends what an early match got wrong: a saved article another story now fits better
// is offered as a one-click move in the story view. The library is imported from a file made by the
// real pipeline (lib/ in Node), with one wildfire report filed under the ferry story as an early
// wrong match would leave it, then mended in the real options page in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ExtractedArticle } from '../../lib/model';
import { launchExtension, type ExtensionBrowser } from './harness';
import { libraryFile, sampleArticles } from './library-file';

/** An invented second story, of another event: three outlets on one wildfire. */
function wildfireReport(site: string, title: string, published: string, paragraphs: string[]): ExtractedArticle {
  const url = `https://${site.toLowerCase().replace(/\W+/g, '')}.example/wildfire`;
  return { url, pageUrl: url, title, authors: [], siteName: site, published, paragraphs, text: paragraphs.join('\n\n') };
}

const WILDFIRE = [
  wildfireReport('Carrow Gazette', 'Wildfire forces 320 homes to evacuate near Carrow Ridge', '2025-10-15T08:00:00Z', [
    'A wildfire swept down the slopes of Carrow Ridge on Wednesday, forcing the evacuation of 320 homes in the Mellan Valley.',
    'Fire chief Ada Brightwater said strong easterly winds had pushed the flames towards the valley overnight.',
    'Residents were taken to an emergency shelter at Mellan Valley school.',
  ]),
  wildfireReport('Valley Post', 'Carrow Ridge wildfire: 320 homes evacuated', '2025-10-15T10:00:00Z', [
    'Some 320 homes in the Mellan Valley were evacuated on Wednesday as a wildfire spread from Carrow Ridge.',
    'Easterly winds drove the fire downhill during the night, fire chief Ada Brightwater told reporters.',
    'An emergency shelter opened at the Mellan Valley school.',
  ]),
  wildfireReport('Ridge Courier', 'Mellan Valley empties as Carrow Ridge burns', '2025-10-15T12:00:00Z', [
    'Families from 320 homes left the Mellan Valley on Wednesday as the Carrow Ridge wildfire advanced.',
    'Fire chief Ada Brightwater blamed strong easterly winds for the fire’s overnight spread.',
    'The Mellan Valley school is serving as an emergency shelter.',
  ]),
];

describe('suggestions that mend an early wrong match', () => {
  let browser: ExtensionBrowser;

  before(async () => {
    browser = await launchExtension();
  });

  after(async () => {
    await browser?.close();
  });

  test('an article filed under the wrong story is offered a move to the story it fits, and the move sticks', async () => {
    let ferryStory = '';
    let misfiled = '';
    let wildfireStory = '';
    const file = await libraryFile([...sampleArticles(), ...WILDFIRE], async (db, saved) => {
      ferryStory = saved[0]!.storyId;
      [misfiled, wildfireStory] = [saved[4]!.articleId, saved[5]!.storyId];
      assert.equal(saved[4]!.storyId, wildfireStory, 'the wildfire reports make one story');
      assert.notEqual(wildfireStory, ferryStory);
      await db.articles.update(misfiled, { storyId: ferryStory });
    });
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await library.getByText(/library is empty/i).first().waitFor();
    await library.locator('input[type=file]').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await library.getByText(/Imported: 7 added/).waitFor();

    await library.locator('.story-row', { hasText: 'Northline Press Agency' }).click();
    const offer = library.locator(`.article-row[data-article="${misfiled}"] [data-fits-better="${wildfireStory}"]`);
    await offer.waitFor();
    assert.match(await offer.innerText(), /Seems to report the story “Wildfire forces 320 homes to evacuate near Carrow Ridge”/);
    assert.equal(await library.locator('[data-fits-better]').count(), 1, 'only the misfiled report is offered a move');

    await offer.getByRole('button', { name: 'Move it there' }).click();
    await library.waitForFunction((id) => !document.querySelector(`.article-row[data-article="${id}"]`), misfiled);
    const moved = (await browser.readStore('articles')).find((a) => a.id === misfiled);
    assert.equal(moved.storyId, wildfireStory);
    assert.equal(moved.pinned, true, 'the reader placed it: never re-matched automatically');
    await library.close();
  });
});
