import { describe, expect, it } from 'vitest';
import { StoryIndex } from '../compare';
import { StorageError } from './errors';
import { buildStoryIndex } from './read';
import { saveArticle } from './save';
import { analyse, makeArticle, openTestDB } from './test-support';

const quake = makeArticle({
  url: 'https://a.example/quake',
  title: 'Earthquake shakes Valdoria',
  paragraphs: ['A magnitude six earthquake struck Valdoria on Tuesday.', 'Twelve people were injured, officials said.'],
});
const quakeUpdated = { ...quake, paragraphs: [...quake.paragraphs, 'Rescue teams reached Brennick overnight.'] };
quakeUpdated.text = quakeUpdated.paragraphs.join('\n\n');
const election = makeArticle({
  url: 'https://b.example/vote',
  title: 'Parliament calls snap election',
  paragraphs: ['Ostrava parliament voted to dissolve itself on Monday.', 'Polling opens in March.'],
});

async function save(db = openTestDB(), article = quake, index = new StoryIndex(), now = 1000) {
  const result = await saveArticle(db, article, analyse(article), index, now);
  return { db, index, result };
}

describe('saveArticle', () => {
  it('writes a new article with its claims, summary and story, and indexes it', async () => {
    const { db, index, result } = await save();
    expect(result).toMatchObject({ status: 'new', firstSavedAt: 1000 });
    const article = await db.articles.get(result.articleId);
    expect(article).toMatchObject({ url: quake.url, storyId: result.storyId, wordCount: 14, savedAt: 1000, updatedAt: 1000 });
    expect(await db.claims.where('articleId').equals(result.articleId).count()).toBe(2);
    expect(await db.summaries.get(result.articleId)).toMatchObject({ storyId: result.storyId, title: quake.title });
    expect(await db.stories.get(result.storyId)).toMatchObject({ label: quake.title, createdAt: 1000 });
    expect(index.size).toBe(1);
  });

  it('reports an unchanged re-save and keeps the record, its claims and no version', async () => {
    const { db, index, result } = await save();
    const again = await saveArticle(db, quake, analyse(quake), index, 2000);
    expect(again).toEqual({ ...result, status: 'unchanged' });
    expect(await db.articles.count()).toBe(1);
    expect(await db.versions.count()).toBe(0);
    expect(await db.articles.get(result.articleId)).toMatchObject({ savedAt: 1000, updatedAt: 2000, changedAt: undefined });
  });

  it('keeps the previous text as a version and replaces the claims when the text changed', async () => {
    const { db, index, result } = await save();
    const again = await saveArticle(db, quakeUpdated, analyse(quakeUpdated), index, 2000);
    expect(again).toMatchObject({ articleId: result.articleId, storyId: result.storyId, status: 'changed', firstSavedAt: 1000 });
    expect(await db.articles.get(result.articleId)).toMatchObject({ text: quakeUpdated.text, changedAt: 2000, savedAt: 1000 });
    expect(await db.versions.toArray()).toMatchObject([{ articleId: result.articleId, text: quake.text, savedAt: 1000, replacedAt: 2000 }]);
    const claims = await db.claims.where('articleId').equals(result.articleId).sortBy('order');
    expect(claims.map((c) => c.text)).toEqual(analyse(quakeUpdated).claims.map((c) => c.text));
    expect(await db.summaries.get(result.articleId)).toMatchObject({ changedAt: 2000, wordCount: 19 });
  });

  it('recognises the same text under another URL as the same article and keeps the first URL', async () => {
    const { db, index, result } = await save();
    const amp = { ...quake, url: 'https://a.example/amp/quake', text: quake.text.toUpperCase() };
    const again = await saveArticle(db, amp, analyse(amp), index, 2000);
    expect(again).toMatchObject({ articleId: result.articleId, status: 'unchanged' });
    expect(await db.articles.toArray()).toMatchObject([{ url: quake.url }]);
  });

  it('puts coverage of the same story together and a different story apart', async () => {
    const { db, index, result } = await save();
    const other = makeArticle({ ...quake, url: 'https://c.example/valdoria-quake', siteName: 'C' });
    const second = await saveArticle(db, other, analyse(other), index, 2000);
    const third = await saveArticle(db, election, analyse(election), index, 3000);
    expect(second.storyId).toBe(result.storyId);
    expect(third.storyId).not.toBe(result.storyId);
    expect(await db.stories.count()).toBe(2);
    expect((await buildStoryIndex(db)).find(analyse(other).profile)?.storyId).toBe(result.storyId);
  });

  it('leaves nothing behind when the disk is full mid-save, and says so in words', async () => {
    const db = openTestDB();
    const index = new StoryIndex();
    db.claims.hook('creating', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const failure = await save(db, quake, index).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).message).toMatch(/storage is full\). Nothing was saved/);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(index.size).toBe(0);
  });

  it('keeps the earlier text intact when a changed re-save fails', async () => {
    const { db, index, result } = await save();
    db.claims.hook('creating', () => {
      throw new Error('disk unplugged');
    });
    const failure = await saveArticle(db, quakeUpdated, analyse(quakeUpdated), index, 2000).catch((e: unknown) => e);
    expect((failure as StorageError).message).toMatch(/^Saving failed: .*disk unplugged/);
    expect(await db.articles.get(result.articleId)).toMatchObject({ text: quake.text, updatedAt: 1000 });
    expect(await db.versions.count()).toBe(0);
    expect(await db.claims.count()).toBe(2);
  });
});
