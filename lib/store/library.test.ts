import { describe, expect, it } from 'vitest';
import { StoryIndex } from '../compare';
import type { ExtractedArticle } from '../model';
import { summaryOf, wordsOf, type TriangulateDB } from './db';
import { StorageError } from './errors';
import {
  clearAll,
  deleteArticle,
  listStories,
  mergeStories,
  moveArticle,
  renameStory,
  restoreArticle,
  searchArticles,
  suggestForStory,
  splitStory,
} from './library';
import { putArticle } from './records';
import { saveArticle } from './save';
import { analyse, makeArticle, openTestDB } from './test-support';

const quakeA = makeArticle({
  url: 'https://a.example/quake',
  title: 'Earthquake shakes Valdoria',
  siteName: 'Meridian Global',
  authors: ['Ana Zelenská'],
  published: '2026-03-03T08:00:00Z',
  paragraphs: ['A strong earthquake struck Valdoria on Tuesday morning.', 'Twelve people were injured near Brennick harbour.'],
});
const quakeB = makeArticle({
  url: 'https://b.example/valdoria',
  title: 'Valdoria earthquake injures fourteen',
  siteName: 'Harbour Post',
  published: '2026-03-03T10:00:00Z',
  paragraphs: ['A strong earthquake struck Valdoria on Tuesday.', 'Fourteen people were injured near Brennick harbour.'],
});
const vote = makeArticle({
  url: 'https://c.example/vote',
  title: 'Ostrava parliament calls snap election',
  siteName: 'Daily Ledger',
  published: '2026-03-01T09:00:00Z',
  paragraphs: ['Ostrava lawmakers voted to dissolve parliament.', 'Polling stations open in spring.'],
});

const quakeC = makeArticle({
  url: 'https://d.example/quake',
  title: 'Valdoria earthquake: harbour damaged',
  siteName: 'Coast Courier',
  published: '2026-03-03T11:00:00Z',
  paragraphs: ['The earthquake struck Valdoria early on Tuesday.', 'People were injured near Brennick harbour, where a quay collapsed.'],
});
const voteAgain = makeArticle({
  url: 'https://e.example/election',
  title: 'Ostrava heads to the polls',
  siteName: 'Evening Standard',
  published: '2026-03-01T12:00:00Z',
  paragraphs: ['Ostrava parliament voted to dissolve itself on Sunday.', 'Polling stations will open in spring, lawmakers said.'],
});

async function save(db: TriangulateDB, index: StoryIndex, article: ExtractedArticle, now: number) {
  return saveArticle(db, article, analyse(article), index, now);
}

/** Two outlets on the quake (one story), one on the election (another). */
async function seed() {
  const db = openTestDB();
  const index = new StoryIndex();
  const a = await save(db, index, quakeA, 1000);
  const b = await save(db, index, quakeB, 2000);
  const v = await save(db, index, vote, 3000);
  expect(b.storyId).toBe(a.storyId);
  expect(v.storyId).not.toBe(a.storyId);
  return { db, index, a, b, v };
}

async function dump(db: TriangulateDB) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

/**
 * After any operation: every article has its exact summary row and search words, and the live index answers as one
 * rebuilt from the database would (every article in its stored story).
 */
async function expectConsistent(db: TriangulateDB, index: StoryIndex) {
  const summaries = await db.summaries.toArray();
  const articles = await db.articles.toArray();
  expect(summaries).toEqual(articles.map(summaryOf));
  expect(await db.words.toArray()).toEqual(articles.map(wordsOf));
  expect(index.size).toBe(summaries.length);
  for (const s of summaries) expect(index.find(s.profile)?.storyId, s.title).toBe(s.storyId);
}

async function storyOf(db: TriangulateDB, articleId: string) {
  return (await db.articles.get(articleId))?.storyId;
}

describe('deleteArticle and restoreArticle', () => {
  it('deletes the last article of a story with its story, and undo brings every record back', async () => {
    const { db, index, v } = await seed();
    await db.versions.add({ articleId: v.articleId, title: 'old', text: 'old', contentHash: 'x', savedAt: 1, replacedAt: 2 });
    const before = await dump(db);
    const deleted = await deleteArticle(db, v.articleId, index);
    expect(deleted.claims).toHaveLength(2);
    expect(deleted.versions).toHaveLength(1);
    expect(await db.articles.get(v.articleId)).toBeUndefined();
    expect(await db.summaries.get(v.articleId)).toBeUndefined();
    expect(await db.claims.where('articleId').equals(v.articleId).count()).toBe(0);
    expect(await db.versions.count()).toBe(0);
    expect(await db.stories.get(v.storyId)).toBeUndefined();
    await expectConsistent(db, index);

    await restoreArticle(db, deleted, index);
    expect(await dump(db)).toEqual(before);
    await expectConsistent(db, index);
  });

  it('keeps the story while other coverage remains', async () => {
    const { db, index, a } = await seed();
    const deleted = await deleteArticle(db, a.articleId, index);
    expect(await db.stories.get(a.storyId)).toBeDefined();
    await restoreArticle(db, deleted, index);
    expect(await db.articles.where('storyId').equals(a.storyId).count()).toBe(2);
  });

  it('refuses to undo once the article was saved again, and says why', async () => {
    const { db, index, v } = await seed();
    const deleted = await deleteArticle(db, v.articleId, index);
    await save(db, index, vote, 4000);
    await expect(restoreArticle(db, deleted, index)).rejects.toThrow(/saved again/);
    expect(await db.articles.count()).toBe(3);
  });

  it('reports an article that is already gone', async () => {
    const { db } = await seed();
    await expect(deleteArticle(db, 'nope')).rejects.toBeInstanceOf(StorageError);
  });
});

describe('moving articles between stories', () => {
  it('moves an article, pins it, remembers the story it left, and a re-save keeps it there', async () => {
    const { db, index, a, b, v } = await seed();
    expect(await moveArticle(db, b.articleId, v.storyId, index)).toBe(v.storyId);
    expect(await db.articles.get(b.articleId)).toMatchObject({ storyId: v.storyId, pinned: true, notInStories: [a.storyId] });
    expect(await db.summaries.get(b.articleId)).toMatchObject({ storyId: v.storyId });
    await expectConsistent(db, index);

    const changed = { ...quakeB, text: `${quakeB.text}\n\nAftershocks followed.` };
    expect(await save(db, index, changed, 5000)).toMatchObject({ articleId: b.articleId, storyId: v.storyId, status: 'changed' });
    expect(await db.articles.get(b.articleId)).toMatchObject({ pinned: true, notInStories: [a.storyId] });
  });

  it('moves an article into a story of its own, named after it, deleting the story it emptied', async () => {
    const { db, index, v } = await seed();
    const storyId = await moveArticle(db, v.articleId, null, index, 9000);
    expect(storyId).not.toBe(v.storyId);
    expect(await db.stories.get(v.storyId)).toBeUndefined();
    expect(await db.stories.get(storyId)).toMatchObject({ label: vote.title, createdAt: 9000 });
    expect(await save(db, index, vote, 9500)).toMatchObject({ storyId, status: 'unchanged' });
    await expectConsistent(db, index);
  });

  it('moving back into a story the reader had ruled out clears that override', async () => {
    const { db, index, a, b } = await seed();
    const own = await moveArticle(db, b.articleId, null, index);
    await moveArticle(db, b.articleId, a.storyId, index);
    expect(await db.articles.get(b.articleId)).toMatchObject({ storyId: a.storyId, notInStories: [own] });
  });

  it('merges one story into another and deletes the emptied one', async () => {
    const { db, index, a, b, v } = await seed();
    await mergeStories(db, a.storyId, v.storyId, index);
    for (const id of [a.articleId, b.articleId, v.articleId]) expect(await storyOf(db, id)).toBe(a.storyId);
    expect(await db.articles.get(v.articleId)).toMatchObject({ pinned: true, notInStories: undefined });
    expect(await db.stories.get(v.storyId)).toBeUndefined();
    expect((await db.stories.get(a.storyId))?.updatedAt).toBe(3000);
    await expectConsistent(db, index);
  });

  it('splits chosen articles into a new story and leaves the rest', async () => {
    const { db, index, a, b } = await seed();
    const storyId = await splitStory(db, a.storyId, [b.articleId, 'not-in-this-story'], index);
    expect(await storyOf(db, b.articleId)).toBe(storyId);
    expect(await storyOf(db, a.articleId)).toBe(a.storyId);
    expect(await db.articles.get(b.articleId)).toMatchObject({ pinned: true, notInStories: [a.storyId] });
    expect(await db.stories.get(storyId)).toMatchObject({ label: quakeB.title });
    await expectConsistent(db, index);
    await expect(splitStory(db, a.storyId, [b.articleId], index)).rejects.toThrow(/None of the chosen articles/);
  });

  it('rolls a move back entirely when it fails, leaving the index as it was', async () => {
    const { db, index, b, v } = await seed();
    db.summaries.hook('updating', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const before = await dump(db);
    await expect(moveArticle(db, b.articleId, v.storyId, index)).rejects.toThrow(/storage is full/);
    expect(await dump(db)).toEqual(before);
    await expectConsistent(db, index);
  });
});

describe('stories', () => {
  it('renames a story, and a later save into it keeps the name', async () => {
    const { db, index, a } = await seed();
    await renameStory(db, a.storyId, '  Valdoria quake  ');
    await save(db, index, { ...quakeA, url: 'https://d.example/quake', siteName: 'D' }, 6000);
    expect(await db.stories.get(a.storyId)).toMatchObject({ label: 'Valdoria quake' });
    await expect(renameStory(db, a.storyId, ' ')).rejects.toThrow(/needs a name/);
    await expect(renameStory(db, 'gone', 'x')).rejects.toThrow(/no longer in the library/);
  });

  it('lists stories newest first with their articles oldest first, without their text', async () => {
    const { db, a, b, v } = await seed();
    const listing = await listStories(db);
    expect(listing.map((l) => l.story.id)).toEqual([v.storyId, a.storyId]);
    expect(listing[1]!.articles.map((s) => s.id)).toEqual([a.articleId, b.articleId]);
    expect(listing[1]!.articles[0]).toEqual({
      id: a.articleId,
      siteName: 'Meridian Global',
      title: quakeA.title,
      url: quakeA.url,
      published: quakeA.published,
      savedAt: 1000,
      wordCount: 15,
      changedAt: undefined,
    });
  });

  it('suggests splitting off the articles of another event a wrong match left in a story, until the reader places one', async () => {
    const { db, index, a, v } = await seed();
    const third = await save(db, index, quakeC, 4000);
    const vote2 = await save(db, index, voteAgain, 5000);
    expect([third.storyId, vote2.storyId]).toEqual([a.storyId, v.storyId]);
    // An early wrong match: both election reports filed under the quake, as saving could have done.
    for (const id of [v.articleId, vote2.articleId]) {
      await db.articles.update(id, { storyId: a.storyId });
      index.add(id, a.storyId, (await db.articles.get(id))!.profile);
    }
    expect((await suggestForStory(db, a.storyId, index)).splitOff?.sort()).toEqual([v.articleId, vote2.articleId].sort());
    await moveArticle(db, third.articleId, a.storyId, index);
    expect(await suggestForStory(db, a.storyId, index)).toEqual({ splitOff: null, moves: [] });
  });

  it('suggests nothing for a story of one event', async () => {
    const { db, index, a } = await seed();
    const third = await save(db, index, quakeC, 4000);
    expect(third.storyId).toBe(a.storyId);
    expect(await suggestForStory(db, a.storyId, index)).toEqual({ splitOff: null, moves: [] });
  });

  it('suggests moving an article a wrong match left in a story to the story it fits, unless the reader said it is not that story', async () => {
    const { db, index, a, v } = await seed();
    const vote2 = await save(db, index, voteAgain, 5000);
    expect(vote2.storyId).toBe(v.storyId);
    // An early wrong match: the first election report filed under the quake.
    await db.articles.update(v.articleId, { storyId: a.storyId });
    index.add(v.articleId, a.storyId, (await db.articles.get(v.articleId))!.profile);
    expect((await suggestForStory(db, a.storyId, index)).moves).toEqual([{ articleId: v.articleId, toStoryId: vote2.storyId }]);
    expect(index.find((await db.articles.get(v.articleId))!.profile)?.storyId, 'the index is left as it was').toBe(a.storyId);
    await db.articles.update(v.articleId, { notInStories: [vote2.storyId] });
    expect((await suggestForStory(db, a.storyId, index)).moves).toEqual([]);
  });

  it('clears every table and empties the index', async () => {
    const { db, index } = await seed();
    await db.settings.put({ key: 'sensitivity', value: 0.7 });
    await clearAll(db, index);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(index.size).toBe(0);
  });
});

describe('searchArticles', () => {
  it('needs every word, in any field, ignoring case and accents', async () => {
    const { db, a, b, v } = await seed();
    const search = (q: string) => searchArticles(db, q);
    expect(await search('BRENNICK injured')).toEqual({ storyIds: [a.storyId], articleIds: expect.arrayContaining([a.articleId, b.articleId]) });
    expect((await search('brennick twelve')).articleIds).toEqual([a.articleId]);
    expect((await search('zelenska')).articleIds).toEqual([a.articleId]);
    expect((await search('daily ledger')).articleIds).toEqual([v.articleId]);
    expect(await search('brennick ostrava')).toEqual({ storyIds: [], articleIds: [] });
    expect((await search('  ')).articleIds).toHaveLength(3);
  });

  it('matches the last word as the start of a word while the reader types, the others as whole words', async () => {
    const { db, a, b } = await seed();
    const search = async (q: string) => (await searchArticles(db, q)).articleIds.length;
    expect(await search('brenn')).toBe(2);
    expect(await search('zelenská twel')).toBe(1);
    expect(await search('brenn injured')).toBe(0);
    expect((await searchArticles(db, 'Brennick-Harbour')).articleIds.sort()).toEqual([a.articleId, b.articleId].sort());
  });

  it('finds what was saved, restored or moved, and not what was deleted or cleared', async () => {
    const { db, index, v } = await seed();
    const found = async (q: string) => (await searchArticles(db, q)).articleIds;
    const deleted = await deleteArticle(db, v.articleId, index);
    expect(await found('ostrava')).toEqual([]);
    await restoreArticle(db, deleted, index);
    expect(await found('ostrava')).toEqual([v.articleId]);
    const storyId = await moveArticle(db, v.articleId, null, index);
    expect(await searchArticles(db, 'ostrava')).toEqual({ storyIds: [storyId], articleIds: [v.articleId] });
    await expectConsistent(db, index);
    await clearAll(db, index);
    expect(await found('ostrava')).toEqual([]);
  });

  it('searches and lists a library of 5,000 articles', async () => {
    const db = openTestDB();
    const words = ['harbour', 'election', 'earthquake', 'ceasefire', 'budget', 'flood', 'strike', 'summit'];
    const body = 'Officials said the situation remained under review as reporters gathered outside. '.repeat(30);
    await db.transaction('rw', db.articles, db.summaries, db.words, db.stories, async () => {
      for (let i = 0; i < 5000; i++) {
        const topic = words[i % words.length]!;
        const article = makeArticle({ url: `https://site${i % 40}.example/${i}`, title: `${topic} report ${i}`, paragraphs: [body, `The ${topic} story number ${i}.`] });
        await saveDirect(db, article, `story-${i % 700}`, i);
      }
    });
    const found = await searchArticles(db, 'Flood NUMBER 4005');
    expect(found.articleIds).toHaveLength(1);
    expect((await searchArticles(db, 'flood')).articleIds).toHaveLength(625);
    expect((await searchArticles(db, 'officials flood numb')).articleIds).toHaveLength(625);
    const listing = await listStories(db);
    expect(listing).toHaveLength(700);
    expect(listing.reduce((n, l) => n + l.articles.length, 0)).toBe(5000);
  }, 60_000);
});

/** Writes a generated article without analysis, for the size test: the same records saveArticle writes. */
async function saveDirect(db: TriangulateDB, article: ExtractedArticle, storyId: string, i: number) {
  const id = `article-${i}`;
  await putArticle(db, {
    ...article,
    id,
    storyId,
    contentHash: id,
    wordCount: article.text.split(/\s+/).length,
    profile: { keys: [], time: i },
    savedAt: i,
    updatedAt: i,
  });
  await db.stories.put({ id: storyId, label: storyId, createdAt: i, updatedAt: i });
}
