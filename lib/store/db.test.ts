import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TriangulateDB, summaryOf } from './db';
import { searchArticles } from './library';
import { buildStoryIndex } from './read';
import { testDBOptions } from './test-support';

const claim = (order: number, text: string, start: number) => ({
  order,
  text,
  start,
  end: start + text.length,
  features: { terms: [text.toLowerCase()], entities: [] },
});

/** Records as the first release wrote them: claims inline, no updatedAt, no word count. */
const v1Articles = [
  { id: 'a1', storyId: 's1', url: 'https://a.example/1', text: 'Fire at the port. Two hurt.', claims: [claim(0, 'Fire at the port.', 0), claim(1, 'Two hurt.', 18)] },
  { id: 'a2', storyId: 's1', url: 'https://b.example/1', text: 'Port fire injures three.', claims: [claim(0, 'Port fire injures three.', 0)] },
  { id: 'a3', storyId: 's2', url: 'https://c.example/1', text: 'Election called.', claims: [] },
].map((a) => ({
  ...a,
  pageUrl: a.url,
  title: a.text,
  authors: [],
  siteName: new URL(a.url).hostname,
  paragraphs: [a.text],
  contentHash: `hash-${a.id}`,
  profile: { keys: [a.id, a.storyId], time: 0 },
  savedAt: 100,
}));
const v1Stories = [
  { id: 's1', label: 'Port fire', createdAt: 100, updatedAt: 100 },
  { id: 's2', label: 'Election', createdAt: 100, updatedAt: 100 },
];

async function writeVersion1(options: ReturnType<typeof testDBOptions>) {
  const old = new Dexie('triangulate', options);
  old.version(1).stores({ articles: 'id, &url, contentHash, storyId, savedAt', stories: 'id, updatedAt' });
  await old.table('articles').bulkAdd(v1Articles);
  await old.table('stories').bulkAdd(v1Stories);
  old.close();
}

describe('schema upgrades', () => {
  it('carries every article, story and claim of a version-1 library into the current schema', async () => {
    const options = testDBOptions();
    await writeVersion1(options);
    const db = new TriangulateDB('triangulate', options);
    await db.open();
    expect(db.verno).toBe(4);

    expect(await db.stories.toArray()).toEqual(v1Stories);
    const articles = await db.articles.orderBy('id').toArray();
    expect(articles.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    for (const article of articles) {
      const { claims, ...rest } = v1Articles.find((a) => a.id === article.id)!;
      expect(article).toEqual({ ...rest, updatedAt: 100, wordCount: rest.text.split(' ').length });
      const stored = await db.claims.where('articleId').equals(article.id).sortBy('order');
      expect(stored).toEqual(claims.map((c) => ({ ...c, articleId: article.id })));
    }
    expect(await db.summaries.where('storyId').equals('s1').primaryKeys()).toEqual(['a1', 'a2']);
    expect((await buildStoryIndex(db)).size).toBe(3);
    expect((await searchArticles(db, 'port fire')).articleIds).toEqual(['a1', 'a2']);
  });

  it('builds the search words of a version-3 library, losing no record', async () => {
    const options = testDBOptions();
    const v3 = new Dexie('triangulate', options);
    v3.version(3).stores({
      articles: 'id, &url, contentHash, storyId, savedAt, updatedAt',
      summaries: 'id, storyId',
      claims: '[articleId+order], articleId',
      stories: 'id, updatedAt',
      versions: '++id, articleId',
      settings: 'key',
    });
    const articles = v1Articles.map(({ claims: _claims, ...a }) => ({ ...a, updatedAt: a.savedAt, wordCount: 3 }));
    await v3.table('articles').bulkAdd(articles);
    await v3.table('summaries').bulkAdd(articles.map(summaryOf));
    await v3.table('claims').bulkAdd(v1Articles.flatMap((a) => a.claims.map((c) => ({ ...c, articleId: a.id }))));
    await v3.table('stories').bulkAdd(v1Stories);
    const before = Object.fromEntries(await Promise.all(v3.tables.map(async (t) => [t.name, await t.toArray()] as const)));
    v3.close();

    const db = new TriangulateDB('triangulate', options);
    await db.open();
    expect(db.verno).toBe(4);
    for (const [name, rows] of Object.entries(before)) expect(await db.table(name).toArray(), name).toEqual(rows);
    expect(await db.words.count()).toBe(3);
    expect(await searchArticles(db, 'ELECTION')).toEqual({ storyIds: ['s2'], articleIds: ['a3'] });
    expect((await searchArticles(db, 'hurt')).articleIds).toEqual(['a1']);
  });

  it('runs each upgrade once: edits made after the upgrade survive reopening', async () => {
    const options = testDBOptions();
    await writeVersion1(options);
    const first = new TriangulateDB('triangulate', options);
    await first.articles.update('a1', { title: 'Edited' });
    first.close();
    const again = new TriangulateDB('triangulate', options);
    expect(await again.articles.get('a1')).toMatchObject({ title: 'Edited' });
    expect(await again.claims.count()).toBe(3);
  });
});
