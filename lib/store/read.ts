// Reading the library back: the articles of a story with their stored claims (re-analysed only when
// an older engine made them), the comparison of one saved article against the rest of its story,
// and the story index rebuilt from stored profiles when the service worker starts.
import { ANALYSIS_VERSION, StoryIndex, analyzeArticle, compareArticle } from '../compare';
import type { AnalyzedArticle, CompareOptions, Comparison } from '../model';
import type { ArticleRecord, StoryRecord, TriangulateDB } from './db';
import { groupBy } from './group-by';

export interface SavedArticle extends AnalyzedArticle {
  article: ArticleRecord;
}

export interface SavedComparison {
  story: StoryRecord;
  target: ArticleRecord;
  others: ArticleRecord[];
  comparison: Comparison;
}

/**
 * Articles with their claims, in the order of `records`. An article an older engine analysed is
 * analysed again here, in memory (the rules expect the current features), until the worker's
 * refresh (refresh.ts) has stored its new claims.
 */
export async function withClaims(db: TriangulateDB, records: ArticleRecord[]): Promise<SavedArticle[]> {
  const current = records.filter((r) => r.analysis === ANALYSIS_VERSION);
  const claims = await db.claims.where('articleId').anyOf(current.map((r) => r.id)).toArray();
  const byArticle = groupBy(claims, (claim) => claim.articleId);
  return records.map((article) => {
    if (article.analysis !== ANALYSIS_VERSION) return { id: article.id, article, ...analyzeArticle(article) };
    return { id: article.id, article, profile: article.profile, claims: (byArticle.get(article.id) ?? []).sort((a, b) => a.order - b.order) };
  });
}

export async function storyArticles(db: TriangulateDB, storyId: string): Promise<ArticleRecord[]> {
  const articles = await db.articles.where('storyId').equals(storyId).toArray();
  return articles.sort((a, b) => articleTime(a) - articleTime(b));
}

/** When the article was published, else when it was saved: the order coverage appeared in. */
export function articleTime(article: Pick<ArticleRecord, 'published' | 'savedAt'>): number {
  const published = article.published ? Date.parse(article.published) : NaN;
  return Number.isNaN(published) ? article.savedAt : published;
}

export async function compareSaved(
  db: TriangulateDB,
  articleId: string,
  options?: CompareOptions,
): Promise<SavedComparison | undefined> {
  const target = await db.articles.get(articleId);
  if (!target) return undefined;
  const story = (await db.stories.get(target.storyId)) ?? {
    id: target.storyId,
    label: target.title,
    createdAt: target.savedAt,
    updatedAt: target.updatedAt,
  };
  const members = await withClaims(db, await storyArticles(db, target.storyId));
  const self = members.find((m) => m.id === articleId)!;
  const rest = members.filter((m) => m.id !== articleId);
  return {
    story,
    target,
    others: rest.map((m) => m.article),
    comparison: compareArticle(self, rest, options),
  };
}

/**
 * From the summary rows, not the articles: the worker rebuilds this on every start. `stale` receives
 * the ids of the articles an older engine analysed, found in the same pass (no article text is read).
 */
export async function buildStoryIndex(db: TriangulateDB, stale: string[] = []): Promise<StoryIndex> {
  const index = new StoryIndex();
  await db.summaries.each((summary) => {
    index.add(summary.id, summary.storyId, summary.profile);
    if (summary.analysis !== ANALYSIS_VERSION) stale.push(summary.id);
  });
  return index;
}

/** Ids of the articles an older engine analysed, from the summary rows (no article text is read). */
export async function staleArticleIds(db: TriangulateDB): Promise<string[]> {
  return (await db.summaries.filter((summary) => summary.analysis !== ANALYSIS_VERSION).primaryKeys()) as string[];
}
