// The library operations of the options page, run by the service worker (which owns every write):
// delete with undo, moving articles between stories, merging, splitting and renaming stories,
// clearing everything, listing and searching. Each write is one transaction; the story index, when
// given, changes only after the transaction committed, so a failed operation leaves it as it was.
import type { StoryIndex } from '../compare';
import type { ArticleRecord, ArticleSummary, ClaimRecord, StoryRecord, SummaryRecord, TriangulateDB, VersionRecord } from './db';
import { StorageError, notInLibrary, toStorageError } from './errors';
import { groupBy } from './group-by';
import { articleTime } from './read';
import { dropStoryIfEmpty, putArticle, removeArticle, storyFor, writeLibrary } from './records';
import { searchWords } from './search-words';
import { sortListings } from './story-order';

/** Everything a deletion removed, so that the reader can undo it with restoreArticle. */
export interface DeletedArticle {
  article: ArticleRecord;
  claims: ClaimRecord[];
  versions: VersionRecord[];
  /** The article's story as it was, recreated on undo when the article was its last one. */
  story?: StoryRecord;
}

export interface StoryListing {
  story: StoryRecord;
  /** Oldest coverage first. */
  articles: ArticleSummary[];
}

export interface SearchResult {
  storyIds: string[];
  articleIds: string[];
}

export async function deleteArticle(db: TriangulateDB, id: string, index?: StoryIndex): Promise<DeletedArticle> {
  const deleted = await writeLibrary(db, 'Deleting', async () => {
    const article = await db.articles.get(id);
    if (!article) throw notInLibrary('This article');
    const claims = await db.claims.where('articleId').equals(id).toArray();
    const versions = await db.versions.where('articleId').equals(id).toArray();
    const story = await db.stories.get(article.storyId);
    await removeArticle(db, id);
    await dropStoryIfEmpty(db, article.storyId);
    return { article, claims, versions, story };
  });
  index?.remove(id);
  return deleted;
}

/** Undo of deleteArticle. Refuses when the article was saved again in the meantime. */
export async function restoreArticle(db: TriangulateDB, deleted: DeletedArticle, index?: StoryIndex): Promise<void> {
  const { article, story } = deleted;
  await writeLibrary(db, 'Undoing the deletion', async () => {
    const again =
      (await db.articles.get(article.id)) ??
      (await db.articles.where('url').equals(article.url).first()) ??
      (await db.articles.where('contentHash').equals(article.contentHash).first());
    if (again) throw new StorageError('This article was saved again after it was deleted, so there is nothing to undo.', undefined);
    if (!(await db.stories.get(article.storyId))) await db.stories.add(story ?? storyFor([article], article.savedAt));
    await putArticle(db, article);
    await db.claims.bulkPut(deleted.claims);
    await db.versions.bulkPut(deleted.versions);
  });
  index?.add(article.id, article.storyId, article.profile);
}

/**
 * Moves an article to another story, or to a story of its own when `toStoryId` is null, and
 * returns the story it is now in. The reader's choice is final: the article is pinned and the
 * story it left is remembered as one it does not belong to.
 */
export async function moveArticle(
  db: TriangulateDB,
  articleId: string,
  toStoryId: string | null,
  index?: StoryIndex,
  now = Date.now(),
): Promise<string> {
  const moved = await writeLibrary(db, 'Moving the article', async () => {
    const article = await db.articles.get(articleId);
    if (!article) throw notInLibrary('This article');
    const storyId = toStoryId ?? (await addStory(db, [article], now));
    return placeArticles(db, [article], storyId, { leaving: true });
  });
  updateIndex(index, moved);
  return moved[0]!.storyId;
}

/** Moves every article of `fromStoryId` into `intoStoryId` and deletes the emptied story. */
export async function mergeStories(db: TriangulateDB, intoStoryId: string, fromStoryId: string, index?: StoryIndex): Promise<void> {
  if (intoStoryId === fromStoryId) return;
  const moved = await writeLibrary(db, 'Merging the stories', async () => {
    if (!(await db.stories.get(fromStoryId))) throw notInLibrary('That story');
    const articles = await db.articles.where('storyId').equals(fromStoryId).toArray();
    const placed = await placeArticles(db, articles, intoStoryId, { leaving: false });
    await db.stories.delete(fromStoryId);
    return placed;
  });
  updateIndex(index, moved);
}

/** Moves the given articles of a story into a new story of their own; returns its id. */
export async function splitStory(
  db: TriangulateDB,
  storyId: string,
  articleIds: string[],
  index?: StoryIndex,
  now = Date.now(),
): Promise<string> {
  const chosen = new Set(articleIds);
  const moved = await writeLibrary(db, 'Splitting the story', async () => {
    const articles = (await db.articles.where('storyId').equals(storyId).toArray()).filter((a) => chosen.has(a.id));
    if (!articles.length) throw new StorageError('None of the chosen articles is in this story any more. Reload the library and try again.', undefined);
    return placeArticles(db, articles, await addStory(db, articles, now), { leaving: true });
  });
  updateIndex(index, moved);
  return moved[0]!.storyId;
}

/** What the library offers to mend in a story that an early match got wrong. */
export interface StorySuggestions {
  /** Articles that seem to report another event than the rest: the smaller of two cohesive groups. */
  splitOff: string[] | null;
  /** Articles another story now fits better, with that story. */
  moves: { articleId: string; toStoryId: string }[];
}

/**
 * Suggestions for one story. Saving matches each article once, against the stories there were
 * then, and never splits or rearranges a story on its own: an early wrong match gathers two events
 * of a kind (two earthquakes) until the reader notices. Nothing is suggested once the reader has
 * placed any article in the story (their choice stands), nor a move into a story the reader said
 * an article does not belong to.
 */
export async function suggestForStory(db: TriangulateDB, storyId: string, index: StoryIndex): Promise<StorySuggestions> {
  let articles: ArticleRecord[];
  try {
    articles = await db.articles.where('storyId').equals(storyId).toArray();
  } catch (error) {
    throw toStorageError(error, 'Reading the story');
  }
  if (articles.some((a) => a.pinned)) return { splitOff: null, moves: [] };
  const groups = index.split(storyId);
  const moves = articles.flatMap((a) => {
    const better = index.betterStory(a.id, a.notInStories);
    return better ? [{ articleId: a.id, toStoryId: better.storyId }] : [];
  });
  return { splitOff: groups && [...groups].sort((a, b) => a.length - b.length)[0]!, moves };
}

export async function renameStory(db: TriangulateDB, storyId: string, label: string): Promise<void> {
  const trimmed = label.trim();
  if (!trimmed) throw new StorageError('A story needs a name.', undefined);
  let updated: number;
  try {
    updated = await db.stories.update(storyId, { label: trimmed });
  } catch (error) {
    throw toStorageError(error, 'Renaming the story');
  }
  if (!updated) throw notInLibrary('That story');
}

/** Deletes every article, story, version and setting. */
export async function clearAll(db: TriangulateDB, index?: StoryIndex): Promise<void> {
  let ids: string[] = [];
  try {
    await db.transaction('rw', db.tables, async () => {
      ids = await db.summaries.toCollection().primaryKeys();
      await Promise.all(db.tables.map((table) => table.clear()));
    });
  } catch (error) {
    throw toStorageError(error, 'Clearing the library');
  }
  for (const id of ids) index?.remove(id);
}

/** Stories, most recently covered first, with their articles' summaries (never their text). */
export async function listStories(db: TriangulateDB): Promise<StoryListing[]> {
  const [stories, summaries] = await db.transaction('r', db.stories, db.summaries, () =>
    Promise.all([db.stories.toArray(), db.summaries.toArray()]),
  );
  const byStory = groupBy(summaries, (summary) => summary.storyId);
  const records = new Map(stories.map((story) => [story.id, story]));
  const listings: StoryListing[] = [];
  for (const [storyId, members] of byStory) {
    members.sort((a, b) => articleTime(a) - articleTime(b));
    // A story record should always exist; if one went missing, its articles still get listed.
    const story = records.get(storyId) ?? storyFor(members, members[0]!.savedAt, storyId);
    listings.push({ story, articles: members.map(withoutStoryData) });
  }
  return sortListings(listings, 'newest');
}

/**
 * Articles whose title, outlet, authors or text contain every word of the query, ignoring case and
 * accents ("zelensky" finds "Zelenský"). The last word may be unfinished (the reader is typing), so
 * it matches as the start of a word; the others match whole words. Looks the words up in the search
 * index: no article text is read.
 */
export async function searchArticles(db: TriangulateDB, query: string): Promise<SearchResult> {
  const words = searchWords(query);
  const typing = words.pop();
  const summaries = await db.transaction('r', db.words, db.summaries, async () => {
    if (typing === undefined) return db.summaries.toArray();
    const ids = await matchingIds(db, [...words.map((word) => whole(word)), prefix(typing)]);
    return (await db.summaries.bulkGet(ids.sort())).filter((summary) => summary !== undefined);
  });
  return {
    storyIds: [...new Set(summaries.map((summary) => summary.storyId))],
    articleIds: summaries.map((summary) => summary.id),
  };
}

interface WordMatch {
  /** The index entries of the articles having the word. */
  lookup: (db: TriangulateDB) => { count(): Promise<number>; primaryKeys(): Promise<string[]> };
  /** Whether one word of an article's row is a match. */
  test: (word: string) => boolean;
}

const whole = (word: string): WordMatch => ({ lookup: (db) => db.words.where('words').equals(word), test: (w) => w === word });
const prefix = (start: string): WordMatch => ({ lookup: (db) => db.words.where('words').startsWith(start), test: (w) => w.startsWith(start) });

/** Candidates this few are checked against their word rows rather than against every other word's matches. */
const FEW = 300;

/**
 * The ids of the articles matching every one of `matches`. A common word ("the") matches thousands
 * of articles and reading its matches costs more than counting them, so the rarest word is looked
 * up first and, when it leaves few candidates, the others are checked in those candidates' rows.
 */
async function matchingIds(db: TriangulateDB, matches: WordMatch[]): Promise<string[]> {
  const counts = await Promise.all(matches.map((match) => match.lookup(db).count()));
  const rarest = counts.indexOf(Math.min(...counts));
  const candidates = [...new Set(await matches[rarest]!.lookup(db).primaryKeys())];
  const others = matches.filter((_, i) => i !== rarest);
  if (!others.length) return candidates;
  if (candidates.length <= FEW) {
    const rows = await db.words.bulkGet(candidates);
    return rows.filter((row) => row && others.every((match) => row.words.some(match.test))).map((row) => row!.id);
  }
  const found = await Promise.all(others.map((match) => match.lookup(db).primaryKeys()));
  return found.reduce((kept, ids) => {
    const next = new Set(ids);
    return kept.filter((id) => next.has(id));
  }, candidates);
}

/**
 * Puts articles into a story (pinned: the reader placed them) and deletes the stories they emptied.
 * `leaving` records the story each one left as one it does not belong to; a merge does not, since
 * there the two stories are declared the same.
 */
async function placeArticles(
  db: TriangulateDB,
  articles: ArticleRecord[],
  storyId: string,
  { leaving }: { leaving: boolean },
): Promise<ArticleRecord[]> {
  const story = await db.stories.get(storyId);
  if (!story) throw notInLibrary('That story');
  const placed = articles.map((article) => {
    const notIn = new Set(article.notInStories);
    if (leaving && article.storyId !== storyId) notIn.add(article.storyId);
    notIn.delete(storyId);
    return { ...article, storyId, pinned: true, notInStories: notIn.size ? [...notIn] : undefined };
  });
  for (const article of placed) await putArticle(db, article);
  for (const left of new Set(articles.map((a) => a.storyId))) if (left !== storyId) await dropStoryIfEmpty(db, left);
  // An existing story is as recent as its newest coverage, not as the reader's last rearrangement
  // (a story created here counts as new, so the reader finds it at the top of the library).
  const updatedAt = Math.max(story.updatedAt, ...articles.map((a) => a.updatedAt));
  if (updatedAt !== story.updatedAt) await db.stories.update(storyId, { updatedAt });
  return placed;
}

async function addStory(db: TriangulateDB, articles: ArticleRecord[], now: number): Promise<string> {
  const story = storyFor(articles, now);
  await db.stories.add(story);
  return story.id;
}

function updateIndex(index: StoryIndex | undefined, articles: ArticleRecord[]): void {
  for (const article of articles) index?.add(article.id, article.storyId, article.profile);
}

function withoutStoryData(summary: SummaryRecord): ArticleSummary {
  const { id, siteName, title, url, published, savedAt, wordCount, changedAt } = summary;
  return { id, siteName, title, url, published, savedAt, wordCount, changedAt };
}
