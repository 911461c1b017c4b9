// Saving an extracted article: match its story, then write the article, its claims, its story and
// (when the text changed since the last save) the earlier version, in ONE transaction, so a failure
// such as a full disk leaves no half-saved article behind.
import type { Analysis, ExtractedArticle, StoryProfile } from '../model';
import { ANALYSIS_VERSION, type StoryIndex } from '../compare';
import type { ArticleRecord, TriangulateDB } from './db';
import { dropStoryIfEmpty, putArticle, storyLabel, writeLibrary } from './records';
import { contentHash, countWords } from './text-identity';

export type SaveStatus = 'new' | 'unchanged' | 'changed';

export interface SaveResult {
  articleId: string;
  storyId: string;
  status: SaveStatus;
  /** When the article was first saved, for "changed since you saved it on ...". */
  firstSavedAt: number;
  /** The name of the story a changed re-save took the article out of, when it matched another. */
  movedFrom?: string;
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
    const id = existing?.id ?? crypto.randomUUID();
    const status: SaveStatus = !existing ? 'new' : existing.contentHash === hash ? 'unchanged' : 'changed';
    const storyId = existing
      ? await storyOnResave(db, existing, status, analysis.profile, index)
      : (index.find(analysis.profile)?.storyId ?? crypto.randomUUID());
    // Read before the story it left is renamed or, emptied, deleted.
    const movedFrom = existing && existing.storyId !== storyId ? (await db.stories.get(existing.storyId))?.label : undefined;
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
      analysis: ANALYSIS_VERSION,
    };
    await putArticle(db, record);
    if (status !== 'unchanged' || existing?.analysis !== ANALYSIS_VERSION) {
      await db.claims.where('articleId').equals(id).delete();
      await db.claims.bulkAdd(analysis.claims.map((claim) => ({ ...claim, articleId: id })));
    }
    const story = await db.stories.get(storyId);
    await db.stories.put({
      id: storyId,
      label: story?.label ?? article.title,
      createdAt: story?.createdAt ?? now,
      // Opening a page saved before, unchanged, is no news: the library's newest-first order stays.
      updatedAt: status === 'unchanged' && story ? story.updatedAt : now,
    });
    if (existing) await relabelAfterResave(db, existing, record);
    return { articleId: id, storyId, status, firstSavedAt: record.savedAt, ...(movedFrom !== undefined && { movedFrom }) };
  });
  // Only once the transaction committed: an aborted save must not leave a ghost in the index.
  index.add(result.articleId, result.storyId, analysis.profile);
  return result;
}

/**
 * The story of an article saved before. One the reader placed (pinned: moved, split off or merged)
 * stays where the reader put it, and so does one whose text did not change. One matched
 * automatically is matched again when its text changed, so that a match made on an early, thin
 * version of the page heals once the page says what it is about. With no match it keeps its story
 * when it is alone there, else it gets a story of its own.
 */
async function storyOnResave(
  db: TriangulateDB,
  existing: ArticleRecord,
  status: SaveStatus,
  profile: StoryProfile,
  index: StoryIndex,
): Promise<string> {
  if (existing.pinned || status !== 'changed') return existing.storyId;
  const match = findWithout(index, existing, profile);
  if (match) return match;
  const alone = (await db.summaries.where('storyId').equals(existing.storyId).count()) <= 1;
  return alone ? existing.storyId : crypto.randomUUID();
}

/**
 * The story `profile` matches, as if `existing` were not saved: otherwise the article's own old
 * entry would pull it back into its old story. The entry is put back at once (all synchronous, so
 * no other save sees the index without it); the save re-indexes the article once it committed.
 */
function findWithout(index: StoryIndex, existing: ArticleRecord, profile: StoryProfile): string | undefined {
  index.remove(existing.id);
  const match = index.find(profile, { excludeStories: existing.notInStories });
  index.add(existing.id, existing.storyId, existing.profile);
  return match?.storyId;
}

/**
 * Keeps story names sensible after a re-save: the story the article left is deleted when it has no
 * article left, and a story still named after the article's old headline (which it left, or which
 * the page changed) is named after its earliest headline now. A name the reader gave is kept.
 */
async function relabelAfterResave(db: TriangulateDB, before: ArticleRecord, after: ArticleRecord): Promise<void> {
  const left = before.storyId !== after.storyId;
  if (left && (await dropStoryIfEmpty(db, before.storyId))) return;
  if (!left && before.title === after.title) return;
  const story = await db.stories.get(before.storyId);
  if (story?.label !== before.title) return;
  const members = await db.summaries.where('storyId').equals(before.storyId).toArray();
  await db.stories.update(before.storyId, { label: storyLabel(members) });
}
