import { describe, expect, it } from 'vitest';
import { StoryIndex } from '../compare';
import type { ExtractedArticle } from '../model';
import { summaryOf, type TriangulateDB } from './db';
import { StorageError } from './errors';
import { moveArticle, renameStory } from './library';
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
    expect(again).toStrictEqual({ ...result, status: 'unchanged' });
    expect(await db.articles.count()).toBe(1);
    expect(await db.versions.count()).toBe(0);
    expect(await db.articles.get(result.articleId)).toMatchObject({ savedAt: 1000, updatedAt: 2000, changedAt: undefined });
    expect(await db.stories.get(result.storyId), 'the story keeps its place among the newest').toMatchObject({ updatedAt: 1000 });
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

describe('saveArticle matching again on a changed re-save', () => {
  /** A live page that first carried the quake, under a headline of its own, and later the election. */
  const live = makeArticle({
    url: 'https://d.example/live',
    title: 'Live: the news as it happens',
    siteName: 'D',
    paragraphs: [...quake.paragraphs, 'Follow our live coverage.'],
  });
  const liveLater = makeArticle({ ...election, url: live.url, title: live.title, siteName: 'D' });
  const otherQuake = makeArticle({ ...quakeUpdated, url: 'https://c.example/valdoria-quake', title: 'Valdoria counts the injured', siteName: 'C' });
  const unrelated = makeArticle({
    url: live.url,
    title: 'Ten roses for a shady garden',
    siteName: 'D',
    paragraphs: ['Gardeners prize climbing roses that flower without much sunlight.', 'Mulch keeps their roots cool through summer.'],
  });

  async function resave(db: TriangulateDB, index: StoryIndex, article: ExtractedArticle, now = 5000) {
    return saveArticle(db, article, analyse(article), index, now);
  }

  /** Every article's story exists, and the live index places each article where the database does. */
  async function expectConsistent(db: TriangulateDB, index: StoryIndex) {
    const articles = await db.articles.toArray();
    const stories = new Set((await db.stories.toArray()).map((s) => s.id));
    expect(stories).toEqual(new Set(articles.map((a) => a.storyId)));
    expect(index.size).toBe(articles.length);
    expect(await db.summaries.toArray()).toEqual(articles.map(summaryOf));
    for (const a of articles) expect(index.find(a.profile)?.storyId, a.title).toBe(a.storyId);
  }

  it('moves an automatically matched article to the story its new text matches, and renames the story it named', async () => {
    const { db, index, result: first } = await save(openTestDB(), live);
    const other = await resave(db, index, otherQuake, 2000);
    const vote = await resave(db, index, election, 3000);
    expect(other.storyId).toBe(first.storyId);

    const again = await resave(db, index, liveLater);
    expect(again).toMatchObject({ articleId: first.articleId, status: 'changed', storyId: vote.storyId, movedFrom: live.title });
    expect(await db.stories.get(first.storyId)).toMatchObject({ label: otherQuake.title });
    expect(await db.stories.get(vote.storyId)).toMatchObject({ label: election.title, updatedAt: 5000 });
    await expectConsistent(db, index);
  });

  it('keeps a story name the reader gave when the article it came from leaves', async () => {
    const { db, index, result: first } = await save(openTestDB(), live);
    await resave(db, index, otherQuake, 2000);
    await resave(db, index, election, 3000);
    await renameStory(db, first.storyId, 'Valdoria quake');
    await resave(db, index, liveLater);
    expect(await db.stories.get(first.storyId)).toMatchObject({ label: 'Valdoria quake' });
  });

  it('joins the matching story and deletes the story it leaves empty', async () => {
    const { db, index, result: first } = await save(openTestDB(), live);
    const vote = await resave(db, index, election, 2000);
    expect(vote.storyId).not.toBe(first.storyId);
    const again = await resave(db, index, liveLater);
    expect(again.storyId).toBe(vote.storyId);
    expect(await db.stories.get(first.storyId)).toBeUndefined();
    expect(await db.stories.count()).toBe(1);
    await expectConsistent(db, index);
  });

  it('alone and matching nothing, keeps its story, named after its new headline', async () => {
    const { db, index, result: first } = await save(openTestDB(), live);
    const again = await resave(db, index, unrelated);
    expect(again.storyId).toBe(first.storyId);
    expect(await db.stories.toArray()).toMatchObject([{ id: first.storyId, label: unrelated.title, createdAt: 1000 }]);
    await expectConsistent(db, index);
  });

  it('matching nothing beside other coverage, gets a story of its own', async () => {
    const { db, index, result: first } = await save(openTestDB(), quake);
    const joined = await resave(db, index, live, 2000);
    expect(joined.storyId).toBe(first.storyId);
    const again = await resave(db, index, unrelated);
    expect(again.storyId).not.toBe(first.storyId);
    expect(await db.stories.get(again.storyId)).toMatchObject({ label: unrelated.title, createdAt: 5000 });
    expect(await db.stories.get(first.storyId)).toMatchObject({ label: quake.title });
    await expectConsistent(db, index);
  });

  it('follows a changed headline in the story name only when the story was named after it', async () => {
    const { db, index, result: first } = await save(openTestDB(), live);
    await resave(db, index, otherQuake, 2000);
    const retitled = { ...live, title: 'Valdoria earthquake: live updates', text: `${live.text}\n\nAftershocks continued.` };
    await resave(db, index, retitled);
    expect(await db.stories.get(first.storyId)).toMatchObject({ label: retitled.title });
    const other = { ...otherQuake, title: 'Valdoria counts its injured', text: `${otherQuake.text}\n\nAftershocks continued.` };
    await resave(db, index, other, 6000);
    expect(await db.stories.get(first.storyId)).toMatchObject({ label: retitled.title });
  });

  it('leaves an article the reader moved where the reader put it', async () => {
    const { db, index, result: first } = await save(openTestDB(), live);
    const vote = await resave(db, index, election, 2000);
    await moveArticle(db, first.articleId, vote.storyId, index);
    const changedQuake = { ...live, text: `${live.text}\n\nAftershocks continued.` };
    expect(await resave(db, index, changedQuake)).toMatchObject({ status: 'changed', storyId: vote.storyId });

    const own = await moveArticle(db, first.articleId, null, index);
    expect(await resave(db, index, liveLater, 6000)).toMatchObject({ status: 'changed', storyId: own });
    // Its new text is the election article's, so only with that story left out does the index find its own.
    expect(index.find(analyse(liveLater).profile, { excludeStories: [vote.storyId] })?.storyId).toBe(own);
  });

  it('does not match an unchanged re-save again', async () => {
    const { db, index, result: first } = await save(openTestDB(), live);
    const vote = await resave(db, index, election, 2000);
    // A copy of the live page in the election story: matching the page again now would move it there.
    index.add('copy', vote.storyId, analyse(live).profile);
    expect(await resave(db, index, live)).toMatchObject({ status: 'unchanged', storyId: first.storyId });
  });

  it('leaves the article, its stories and the index as they were when the re-save fails', async () => {
    const { db, index, result: first } = await save(openTestDB(), live);
    await resave(db, index, election, 2000);
    const before = await Promise.all([db.articles.toArray(), db.stories.toArray()]);
    db.claims.hook('creating', () => {
      throw new Error('disk unplugged');
    });
    await expect(resave(db, index, liveLater)).rejects.toBeInstanceOf(StorageError);
    expect(await Promise.all([db.articles.toArray(), db.stories.toArray()])).toEqual(before);
    expect(index.find(analyse(live).profile)?.storyId).toBe(first.storyId);
    await expectConsistent(db, index);
  });
});
