// The Dexie database: typed tables for articles, their summary rows and search words, their claims,
// stories, earlier versions of articles and settings. Every schema change is a new Dexie version with an upgrade function, so a
// reader's saved library survives every update of the extension (see db.test.ts).
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Claim, ExtractedArticle, StoryProfile } from '../model';
import { articleSearchWords } from './search-words';
import { countWords } from './text-identity';

export interface ArticleRecord extends ExtractedArticle {
  id: string;
  storyId: string;
  /** Hash of the normalised text: the same article under another URL is the same record. */
  contentHash: string;
  wordCount: number;
  profile: StoryProfile;
  savedAt: number;
  updatedAt: number;
  /** When a re-save last found the text changed (the reader is told). */
  changedAt?: number;
  /** The reader placed this article in its story by hand: never re-matched automatically. */
  pinned?: boolean;
  /** Stories the reader said this article does not belong to. */
  notInStories?: string[];
  /** ANALYSIS_VERSION its claims and profile were made with; absent before versions were kept (1). */
  analysis?: number;
}

export interface ClaimRecord extends Claim {
  articleId: string;
}

export interface StoryRecord {
  id: string;
  label: string;
  createdAt: number;
  updatedAt: number;
}

/** The text of an article as it was before a re-save found it changed. */
export interface VersionRecord {
  id?: number;
  articleId: string;
  title: string;
  text: string;
  contentHash: string;
  savedAt: number;
  replacedAt: number;
}

/** What the library shows of an article in a list: everything but its text. */
export interface ArticleSummary {
  id: string;
  siteName: string;
  title: string;
  url: string;
  published?: string;
  savedAt: number;
  wordCount: number;
  changedAt?: number;
}

/**
 * An article's summary, story and profile, written beside every article record: listing the
 * library and rebuilding the story index (on every service-worker start) read these small rows
 * instead of thousands of article texts.
 */
export interface SummaryRecord extends ArticleSummary {
  storyId: string;
  profile: StoryProfile;
  /** Read with the profiles when the worker starts, to find articles analysed by an older engine. */
  analysis?: number;
}

export function summaryOf(article: ArticleRecord): SummaryRecord {
  const { id, storyId, siteName, title, url, published, savedAt, wordCount, changedAt, profile, analysis } = article;
  return { id, storyId, siteName, title, url, published, savedAt, wordCount, changedAt, profile, analysis };
}

/**
 * An article's distinct folded words (multi-entry indexed), so that search looks words up in an
 * index instead of reading every article's text. A table of its own, not a field of the summary
 * rows: listing the library and rebuilding the story index read every summary and need no words.
 */
export interface WordsRecord {
  id: string;
  words: string[];
}

export function wordsOf(article: ArticleRecord): WordsRecord {
  return { id: article.id, words: articleSearchWords(article) };
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const DB_NAME = 'triangulate';

export class TriangulateDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  summaries!: EntityTable<SummaryRecord, 'id'>;
  words!: EntityTable<WordsRecord, 'id'>;
  claims!: Table<ClaimRecord, [string, number]>;
  stories!: EntityTable<StoryRecord, 'id'>;
  versions!: EntityTable<VersionRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Version 1 (the first release) kept each article's claims inline in the article record.
    this.version(1).stores({
      articles: 'id, &url, contentHash, storyId, savedAt',
      stories: 'id, updatedAt',
    });
    // Version 2 moves claims into their own table (the popup loads only the claims of one story,
    // not every article's), keeps earlier versions of changed articles, and adds settings.
    this.version(2)
      .stores({
        articles: 'id, &url, contentHash, storyId, savedAt, updatedAt',
        claims: '[articleId+order], articleId',
        stories: 'id, updatedAt',
        versions: '++id, articleId',
        settings: 'key',
      })
      .upgrade(async (tx) => {
        const articles: (ArticleRecord & { claims?: Claim[] })[] = await tx.table('articles').toArray();
        for (const { claims = [], ...article } of articles) {
          await tx.table('claims').bulkPut(claims.map((claim) => ({ ...claim, articleId: article.id })));
          await tx.table('articles').put({
            ...article,
            updatedAt: article.updatedAt ?? article.savedAt,
            wordCount: article.wordCount ?? countWords(article.text),
          });
        }
      });
    // Version 3 adds the summary rows, so that the library and the story index no longer read
    // every article's text.
    this.version(3)
      .stores({ summaries: 'id, storyId' })
      .upgrade((tx) => addRowsForEveryArticle(tx, 'summaries', summaryOf));
    // Version 4 adds the search words: searching 5,000 articles by reading every text took seconds.
    this.version(4)
      .stores({ words: 'id, *words' })
      .upgrade((tx) => addRowsForEveryArticle(tx, 'words', wordsOf));
  }
}

/** An upgrade that fills a new table with one row derived from each saved article. */
async function addRowsForEveryArticle<Row>(tx: Transaction, table: string, rowOf: (article: ArticleRecord) => Row) {
  const rows: Row[] = [];
  await tx.table('articles').each((article: ArticleRecord) => rows.push(rowOf(article)));
  await tx.table(table).bulkAdd(rows);
}
