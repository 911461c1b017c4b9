// Saving an extracted article: match its story, then write the article, its claims, its story and
// (when the text changed since the last save) the earlier version, in ONE transaction, so a failure
// such as a full disk leaves no half-saved article behind.
import type { Analysis, ExtractedArticle } from '../model';
import type { StoryIndex } from '../compare';
import type { ArticleRecord, TriangulateDB } from './db';
import { putArticle, writeLibrary } from './records';
import { contentHash, countWords } from './text-identity';

export type SaveStatus = 'new' | 'unchanged' | 'changed';

export interface SaveResult {
  articleId: string;
  storyId: string;
  status: SaveStatus;
  /** When the article was first saved, for "changed since you saved it on ...". */
  firstSavedAt: number;
}

export async function saveArticle(
  db: TriangulateDB,
  article: ExtractedArticle,
  analysis: Analysis,
  index: StoryIndex,
  now = Date.now(),
): Promise<SaveResult> {
  const hash = contentHash(article.text);
  const result = await writeLibrary(db, 'Saving', async () => {
    const existing =
      (await db.articles.where('url').equals(article.url).first()) ??
      (await db.articles.where('contentHash').equals(hash).first());
    // A saved article keeps its story on every re-save: matching runs once, on the first save, so
    // the reader's moves (pinned, notInStories) are never undone by a re-save.
    const storyId = existing?.storyId ?? index.find(analysis.profile)?.storyId ?? crypto.randomUUID();
    const id = existing?.id ?? crypto.randomUUID();
    const status: SaveStatus = !existing ? 'new' : existing.contentHash === hash ? 'unchanged' : 'changed';
    if (existing && status === 'changed') {
      await db.versions.add({
        articleId: id,
        title: existing.title,
        text: existing.text,
        contentHash: existing.contentHash,
        savedAt: existing.updatedAt,
        replacedAt: now,
      });
    }
    const record: ArticleRecord = {
      ...existing,
      ...article,
      // A re-save from an AMP or mobile variant keeps the URL the reader first saved.
      url: existing?.url ?? article.url,
      id,
      storyId,
      contentHash: hash,
      wordCount: countWords(article.text),
      profile: analysis.profile,
      savedAt: existing?.savedAt ?? now,
      updatedAt: now,
      changedAt: status === 'changed' ? now : existing?.changedAt,
    };
    await putArticle(db, record);
    if (status !== 'unchanged') {
      await db.claims.where('articleId').equals(id).delete();
      await db.claims.bulkAdd(analysis.claims.map((claim) => ({ ...claim, articleId: id })));
    }
    const story = await db.stories.get(storyId);
    await db.stories.put({
      id: storyId,
      label: story?.label ?? article.title,
      createdAt: story?.createdAt ?? now,
      updatedAt: now,
    });
    return { articleId: id, storyId, status, firstSavedAt: record.savedAt };
  });
  // Only once the transaction committed: an aborted save must not leave a ghost in the index.
  index.add(result.articleId, result.storyId, analysis.profile);
  return result;
}
