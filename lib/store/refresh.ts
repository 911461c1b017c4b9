// Bringing articles an older engine analysed up to date: their claims and profile are made again
// from the stored text and written back, a batch per transaction, so a library of thousands is
// refreshed once, in the background, after an update that changed the analysis. Their stories stay
// as they are: the reader's library does not rearrange itself because the engine improved.
import { ANALYSIS_VERSION, analyzeArticle, type StoryIndex } from '../compare';
import type { TriangulateDB } from './db';
import { staleArticleIds } from './read';
import { putArticles, writeLibrary } from './records';

/** Articles per transaction: a save the reader asks for meanwhile waits for one batch at most. */
const BATCH = 50;

/** Re-analyses the stale articles (`ids`, else every one there is); returns how many were refreshed. */
export async function refreshAnalyses(db: TriangulateDB, index?: StoryIndex, ids?: string[]): Promise<number> {
  let refreshed = 0;
  const stale = ids ?? (await staleArticleIds(db));
  for (let at = 0; at < stale.length; at += BATCH) {
    const batch = stale.slice(at, at + BATCH);
    const updated = await writeLibrary(db, 'Updating the analysis of saved articles', async () => {
      // Read again inside the transaction: an article may have been deleted or re-saved meanwhile.
      const outdated = (await db.articles.bulkGet(batch)).filter((a) => a !== undefined && a.analysis !== ANALYSIS_VERSION);
      const articles = outdated.map((article) => {
        const { claims, profile } = analyzeArticle(article!);
        return { article: { ...article!, profile, analysis: ANALYSIS_VERSION }, claims };
      });
      await putArticles(db, articles.map((a) => a.article));
      await db.claims.where('articleId').anyOf(articles.map((a) => a.article.id)).delete();
      await db.claims.bulkAdd(articles.flatMap(({ article, claims }) => claims.map((claim) => ({ ...claim, articleId: article.id }))));
      return articles.map((a) => a.article);
    });
    for (const article of updated) index?.add(article.id, article.storyId, article.profile);
    refreshed += updated.length;
  }
  return refreshed;
}
