// The multi-table writes every store operation shares, so that no operation can forget a table: an
// article goes with its summary row and search words, a deleted article takes its claims and versions along, and a
// story whose last article left is deleted, and a new story is named the same way wherever it is
// made. Call these inside writeLibrary().
import type { Table } from 'dexie';
import type { ArticleRecord, StoryRecord, TriangulateDB } from './db';
import { summaryOf, wordsOf } from './db';
import { toStorageError } from './errors';
import { articleTime } from './read';

/** Every table an article's data lives in: the scope of every transaction that writes articles. */
export function libraryTables(db: TriangulateDB) {
  return [db.articles, db.summaries, db.words, db.claims, db.stories, db.versions];
}

/**
 * Runs `body` in one read-write transaction over `tables` (by default every article table): it all
 * happens or none of it does. Failures become a StorageError whose message names `action`.
 */
export async function writeLibrary<T>(
  db: TriangulateDB,
  action: string,
  body: () => Promise<T>,
  tables: Table[] = libraryTables(db),
): Promise<T> {
  try {
    return await db.transaction('rw', tables, body);
  } catch (error) {
    throw toStorageError(error, action);
  }
}

export async function putArticle(db: TriangulateDB, article: ArticleRecord): Promise<void> {
  await putArticles(db, [article]);
}

/** Rows written per bulk call: an import of thousands never holds all their copies at once. */
const CHUNK = 500;

export function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK);
}

export async function putArticles(db: TriangulateDB, articles: ArticleRecord[]): Promise<void> {
  for (const chunk of chunks(articles)) {
    await Promise.all([db.articles.bulkPut(chunk), db.summaries.bulkPut(chunk.map(summaryOf)), db.words.bulkPut(chunk.map(wordsOf))]);
  }
}

export async function removeArticle(db: TriangulateDB, id: string): Promise<void> {
  await db.articles.delete(id);
  await db.summaries.delete(id);
  await db.words.delete(id);
  await db.claims.where('articleId').equals(id).delete();
  await db.versions.where('articleId').equals(id).delete();
}

type Headline = Pick<ArticleRecord, 'title' | 'published' | 'savedAt'>;

/** A story record for articles that have none: named after the earliest headline. */
export function storyFor(articles: Headline[], createdAt: number, id: string = crypto.randomUUID()): StoryRecord {
  return { id, label: storyLabel(articles), createdAt, updatedAt: createdAt };
}

/** The name a story gets unless the reader gives it one: its earliest headline. */
export function storyLabel(articles: Headline[]): string {
  const earliest = [...articles].sort((a, b) => articleTime(a) - articleTime(b))[0];
  return earliest?.title || 'Untitled story';
}

/** Deletes the story record when no article is left in it; returns the deleted record. */
export async function dropStoryIfEmpty(db: TriangulateDB, storyId: string): Promise<StoryRecord | undefined> {
  if ((await db.summaries.where('storyId').equals(storyId).count()) > 0) return undefined;
  const story = await db.stories.get(storyId);
  await db.stories.delete(storyId);
  return story;
}
