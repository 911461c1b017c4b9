// Library files for the import tests, as a reader would export them: the real pipeline (extraction,
// analysis, story matching) on the given articles, saved by the real store into an in-memory
// IndexedDB, exported by the real exporter. `edit` may change the saved library first, to set up a
// state saving alone would not reach (an early wrong match).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { inputFiles, runFiles } from '../../lib/cli';
import { analyzeArticle, StoryIndex } from '../../lib/compare';
import { exportLibrary } from '../../lib/export/library-json';
import type { ExtractedArticle } from '../../lib/model';
import { TriangulateDB } from '../../lib/store/db';
import { saveArticle, type SaveResult } from '../../lib/store/save';
import { sampleStoryDir } from './harness';

/** The sample story's four outlets, extracted from the fixture pages as the CLI does. */
export const sampleArticles = (): ExtractedArticle[] => runFiles(inputFiles([sampleStoryDir])).articles.map((a) => a.article);

export async function libraryFile(articles: ExtractedArticle[], edit?: (db: TriangulateDB, saved: SaveResult[]) => Promise<void>): Promise<string> {
  const db = new TriangulateDB('library-file', { indexedDB: new IDBFactory(), IDBKeyRange });
  const index = new StoryIndex();
  const first = Date.parse('2026-03-01T09:00:00Z');
  const saved: SaveResult[] = [];
  for (const [i, article] of articles.entries()) saved.push(await saveArticle(db, article, analyzeArticle(article), index, first + i * 60_000));
  await edit?.(db, saved);
  return JSON.stringify(await exportLibrary(db));
}
