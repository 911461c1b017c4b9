import { describe, expect, it } from 'vitest';
import { StoryIndex } from '../compare';
import type { ExtractedArticle } from '../model';
import type { TriangulateDB } from '../store/db';
import { StorageError } from '../store/errors';
import { clearAll, moveArticle, searchArticles } from '../store/library';
import { buildStoryIndex } from '../store/read';
import { saveArticle } from '../store/save';
import { setSetting } from '../store/settings';
import { analyse, makeArticle, openTestDB } from '../store/test-support';
import { LIBRARY_FORMAT, LibraryFileError, exportLibrary, importLibrary, type LibraryFile } from './library-json';

const fire = makeArticle({
  url: 'https://a.example/fire',
  title: 'Fire at Port Brennick',
  authors: ['Jo Marsh'],
  published: '2026-02-10T07:00:00Z',
  lang: 'en',
  paragraphs: ['A warehouse fire broke out at Port Brennick overnight.', 'Two firefighters were hurt.'],
});
const fireLater = { ...fire, text: `${fire.text}\n\nThe blaze was contained by dawn.` };
const fireOther = makeArticle({
  url: 'https://b.example/brennick-fire',
  title: 'Port Brennick warehouse fire',
  paragraphs: ['A warehouse fire broke out at Port Brennick on Monday night.', 'Three firefighters were hurt.'],
});
const budget = makeArticle({ url: 'https://c.example/budget', title: 'Budget passes', paragraphs: ['The assembly passed the budget.'] });

async function save(db: TriangulateDB, index: StoryIndex, article: ExtractedArticle, now: number) {
  return saveArticle(db, article, analyse(article), index, now);
}

/** A library with a changed article (one earlier version), a moved article and a setting. */
async function seed() {
  const db = openTestDB();
  const index = new StoryIndex();
  await save(db, index, fire, 1000);
  await save(db, index, fireLater, 2000);
  const other = await save(db, index, fireOther, 3000);
  await save(db, index, budget, 4000);
  await moveArticle(db, other.articleId, null, index, 5000);
  await setSetting(db, 'sensitivity', 0.7);
  return { db, index };
}

/** What a file on disk gives back. */
const throughJson = (file: LibraryFile): unknown => JSON.parse(JSON.stringify(file));

async function tables(db: TriangulateDB) {
  const versions = (await db.versions.toArray()).map(({ id: _local, ...v }) => v);
  return {
    articles: await db.articles.toArray(),
    summaries: await db.summaries.toArray(),
    claims: await db.claims.toArray(),
    stories: await db.stories.toArray(),
    settings: await db.settings.toArray(),
    versions,
  };
}

describe('library export and import', () => {
  it('round-trips the whole library into an empty one without losing anything', async () => {
    const { db } = await seed();
    const file = await exportLibrary(db, Date.UTC(2026, 2, 1));
    expect(file).toMatchObject({ format: LIBRARY_FORMAT, version: 1, exportedAt: '2026-03-01T00:00:00.000Z' });
    expect(file.articles).toHaveLength(3);
    expect(file.versions).toHaveLength(1);

    const copy = openTestDB();
    const index = new StoryIndex();
    expect(await importLibrary(copy, throughJson(file), index)).toEqual({ added: 3, updated: 0, skipped: 0 });
    expect(JSON.parse(JSON.stringify(await tables(copy)))).toEqual(JSON.parse(JSON.stringify(await tables(db))));
    expect(await exportLibrary(copy, Date.UTC(2026, 2, 1))).toEqual(throughJson(file));
    expect(index.size).toBe(3);
    for (const s of await copy.summaries.toArray()) expect(index.find(s.profile)?.storyId).toBe(s.storyId);
  });

  it('restores a cleared library from its JSON text', async () => {
    const { db, index } = await seed();
    const before = await tables(db);
    const json = JSON.stringify(await exportLibrary(db));
    await clearAll(db, index);
    expect(await importLibrary(db, json, index)).toMatchObject({ added: 3 });
    expect(await tables(db)).toEqual(before);
    expect(index.size).toBe((await buildStoryIndex(db)).size);
  });

  it('does not duplicate what the library already has', async () => {
    const { db, index } = await seed();
    const file = await exportLibrary(db);
    const before = await tables(db);
    expect(await importLibrary(db, throughJson(file), index)).toEqual({ added: 0, updated: 0, skipped: 3 });
    expect(await tables(db)).toEqual(before);

    // The same articles exported by another browser: other ids, and one under another URL.
    const elsewhere = throughJson(file) as LibraryFile;
    for (const a of elsewhere.articles) a.id = `elsewhere-${a.id}`;
    elsewhere.articles[0]!.url = 'https://a.example/amp/fire';
    expect(await importLibrary(db, elsewhere, index)).toEqual({ added: 0, updated: 0, skipped: 3 });
    expect(await db.articles.count()).toBe(3);
  });

  it('takes newer text from the file, keeping the reader’s story and the older text as a version', async () => {
    const { db, index } = await seed();
    const local = (await db.articles.where('url').equals(budget.url).first())!;
    const newer = makeArticle({ url: budget.url, title: budget.title, paragraphs: ['The assembly passed the budget by two votes.'] });
    const file = await exportLibrary(openTestDB());
    const { claims } = analyse(newer);
    file.articles.push({ ...local, ...newer, id: 'from-elsewhere', storyId: 'elsewhere', updatedAt: 9000, claims });
    expect(await importLibrary(db, throughJson(file), index)).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect(await db.articles.get(local.id)).toMatchObject({ text: newer.text, storyId: local.storyId, savedAt: local.savedAt, changedAt: 9000 });
    expect(await db.claims.where('articleId').equals(local.id).toArray()).toMatchObject([{ text: newer.text }]);
    expect(await db.versions.where('articleId').equals(local.id).toArray()).toMatchObject([{ text: budget.text, replacedAt: 9000 }]);
    expect(await db.stories.get('elsewhere')).toBeUndefined();
  });

  it('keeps settings the reader already chose and takes the others', async () => {
    const { db } = await seed();
    const file = throughJson(await exportLibrary(db)) as LibraryFile;
    file.settings = { sensitivity: 0.2, showSoftConflicts: true, unknownFromTheFuture: 1 };
    await importLibrary(db, file);
    expect(Object.fromEntries((await db.settings.toArray()).map((s) => [s.key, s.value]))).toEqual({ sensitivity: 0.7, showSoftConflicts: true });
  });

  it('refuses a wrong or damaged file with a clear message and imports none of it', async () => {
    const { db } = await seed();
    const good = throughJson(await exportLibrary(db)) as LibraryFile;
    const empty = openTestDB();
    const attempt = (input: unknown) => importLibrary(empty, input);
    await expect(attempt('{"not json')).rejects.toThrow('not a Triangulate library export (it is not JSON)');
    await expect(attempt({ hello: 'world' })).rejects.toThrow('This file is not a Triangulate library export.');
    await expect(attempt([])).rejects.toBeInstanceOf(LibraryFileError);
    await expect(attempt({ ...good, version: 2 })).rejects.toThrow(/newer version of Triangulate/);
    const damaged = structuredClone(good);
    (damaged.articles[1]!.profile as { keys: unknown }).keys = 'fire';
    await expect(attempt(damaged)).rejects.toThrow('articles[1].profile.keys should be a list');
    const misquoted = structuredClone(good);
    misquoted.articles[0]!.claims[0]!.start += 1;
    await expect(attempt(misquoted)).rejects.toThrow('articles[0].claims[0] does not quote the article text');
    for (const table of empty.tables) expect(await table.count(), table.name).toBe(0);
  });

  it('imports all or nothing when the disk fills up midway', async () => {
    const { db } = await seed();
    const file = await exportLibrary(db);
    const empty = openTestDB();
    let written = 0;
    empty.claims.hook('creating', () => {
      if (++written > 3) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const index = new StoryIndex();
    const failure = await importLibrary(empty, file, index).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as Error).message).toMatch(/storage is full/);
    for (const table of empty.tables) expect(await table.count(), table.name).toBe(0);
    expect(index.size).toBe(0);
  });

  it('adds an article the file holds twice (under two ids) only once', async () => {
    const { db } = await seed();
    const file = throughJson(await exportLibrary(db)) as LibraryFile;
    file.articles.push({ ...file.articles[0]!, id: 'copy', url: 'https://a.example/copy' });
    const empty = openTestDB();
    expect(await importLibrary(empty, file)).toEqual({ added: 3, updated: 0, skipped: 1 });
    expect(await empty.articles.count()).toBe(3);
  });

  it('imports 5,000 articles, and again without duplicating any', async () => {
    const file: LibraryFile = {
      format: LIBRARY_FORMAT,
      version: 1,
      exportedAt: new Date(0).toISOString(),
      stories: [],
      articles: Array.from({ length: 5000 }, (_, i) => {
        const paragraphs = [`Report number ${i} from the harbour.`, 'Officials said the situation remained under review. '.repeat(40)];
        const text = paragraphs.join('\n\n');
        const claim = { order: 0, text: paragraphs[0]!, start: 0, end: paragraphs[0]!.length, features: { terms: ['harbour'], entities: [] } };
        return {
          ...makeArticle({ url: `https://site${i % 40}.example/${i}`, title: `Harbour report ${i}`, paragraphs }),
          id: `article-${i}`,
          storyId: `story-${i % 700}`,
          contentHash: '',
          wordCount: text.split(/\s+/).length,
          profile: { keys: ['harbour'], time: i },
          savedAt: i,
          updatedAt: i,
          claims: [claim],
        };
      }),
      versions: [],
      settings: {},
    };
    const db = openTestDB();
    for (const expected of [{ added: 5000, updated: 0, skipped: 0 }, { added: 0, updated: 0, skipped: 5000 }]) {
      const started = performance.now();
      expect(await importLibrary(db, file)).toEqual(expected);
      console.log(`importing 5,000 articles (${expected.added ? 'into an empty library' : 'all already there'}): ${Math.round(performance.now() - started)} ms`);
    }
    expect(await db.articles.count()).toBe(5000);
    expect(await db.stories.count()).toBe(700);
    expect(await db.claims.count()).toBe(5000);
    expect((await searchArticles(db, 'report 4321')).articleIds).toEqual(['article-4321']);
  }, 120_000);
});
