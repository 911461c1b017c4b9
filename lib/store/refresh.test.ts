import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, analyzeArticle, StoryIndex } from '../compare';
import type { Features } from '../text/features';
import type { TriangulateDB } from './db';
import { buildStoryIndex, compareSaved, staleArticleIds, withClaims } from './read';
import { refreshAnalyses } from './refresh';
import { saveArticle } from './save';
import { makeArticle, openTestDB } from './test-support';

const northline = makeArticle({
  url: 'https://northline.example/ferry',
  siteName: 'Northline',
  published: '2025-10-14T12:00:00Z',
  paragraphs: ['Police said 14 passengers were taken to hospital after the ferry struck a barge in fog.', 'The ferry company said its radar was working.'],
});
const sentinel = makeArticle({
  url: 'https://sentinel.example/ferry',
  siteName: 'Sentinel',
  published: '2025-10-14T13:00:00Z',
  paragraphs: ['Police said 12 passengers were taken to hospital after the ferry struck a barge in fog.', 'The ferry company said its radar was not working.'],
});

/** What an engine of version 1 left behind: no version mark, and figures without the words before them. */
async function makeStale(db: TriangulateDB, id: string) {
  await db.articles.update(id, { analysis: undefined });
  await db.summaries.update(id, { analysis: undefined });
  await db.claims.where('articleId').equals(id).modify((claim) => {
    for (const amount of (claim.features as Features).amounts) delete (amount as Partial<typeof amount>).before;
  });
}

async function seed() {
  const db = openTestDB();
  const index = new StoryIndex();
  const a = await saveArticle(db, northline, analyzeArticle(northline), index);
  const b = await saveArticle(db, sentinel, analyzeArticle(sentinel), index);
  expect(b.storyId).toBe(a.storyId);
  return { db, index, a, b };
}

describe('articles an older engine analysed', () => {
  it('are marked with the analysis version when saved, so none is stale', async () => {
    const { db, a } = await seed();
    expect((await db.articles.get(a.articleId))?.analysis).toBe(ANALYSIS_VERSION);
    expect(await staleArticleIds(db)).toEqual([]);
  });

  it('are compared with a fresh analysis in memory until refreshed, finding the same conflicts', async () => {
    const { db, a, b } = await seed();
    const before = await compareSaved(db, a.articleId);
    await makeStale(db, b.articleId);
    const stored = await db.claims.where('articleId').equals(b.articleId).toArray();
    expect((stored[0]!.features as Features).amounts[0]).not.toHaveProperty('before');
    const [, other] = await withClaims(db, [(await db.articles.get(a.articleId))!, (await db.articles.get(b.articleId))!]);
    expect((other!.claims[0]!.features as Features).amounts[0]?.before).toBeInstanceOf(Array);
    expect((await compareSaved(db, a.articleId))?.comparison).toEqual(before?.comparison);
  });

  it('are refreshed once, in the story they were in, and the index follows', async () => {
    const { db, index, a, b } = await seed();
    await makeStale(db, b.articleId);
    expect(await staleArticleIds(db)).toEqual([b.articleId]);
    const stale: string[] = [];
    await buildStoryIndex(db, stale);
    expect(stale, 'found while the worker builds its index').toEqual([b.articleId]);
    expect(await refreshAnalyses(db, index, stale)).toBe(1);
    const refreshed = await db.articles.get(b.articleId);
    expect(refreshed).toMatchObject({ analysis: ANALYSIS_VERSION, storyId: a.storyId });
    const claims = await db.claims.where('articleId').equals(b.articleId).sortBy('order');
    expect(claims.map((c) => c.text)).toEqual(analyzeArticle(sentinel).claims.map((c) => c.text));
    expect((claims[0]!.features as Features).amounts[0]?.before).toBeInstanceOf(Array);
    expect(index.find(refreshed!.profile)?.storyId).toBe(a.storyId);
    expect(await refreshAnalyses(db, index)).toBe(0);
  });
});
