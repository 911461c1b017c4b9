// The whole library as one JSON file: a backup the reader can restore, or carry to another browser.
// The file names its format and version so that later releases can still read it; importing
// checks every field first (a wrong or damaged file is refused with a clear message and changes
// nothing) and recognises articles already saved, so importing twice never duplicates anything.
import type { StoryIndex } from '../compare';
import type { Claim } from '../model';
import type { ArticleRecord, StoryRecord, TriangulateDB, VersionRecord } from '../store/db';
import { groupBy } from '../store/group-by';
import { chunks, libraryTables, putArticles, storyFor, writeLibrary } from '../store/records';
import { isValidSetting } from '../store/settings';
import { contentHash } from '../store/text-identity';

export const LIBRARY_FORMAT = 'triangulate-library';
/** Raise on any change a reader of the previous version would misread; keep importing older ones. */
export const LIBRARY_FORMAT_VERSION = 1;

export interface ExportedArticle extends ArticleRecord {
  claims: Claim[];
}

/** Versions are keyed by database-local numbers, which mean nothing in another library. */
export type ExportedVersion = Omit<VersionRecord, 'id'>;

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: number;
  /** ISO 8601. */
  exportedAt: string;
  stories: StoryRecord[];
  articles: ExportedArticle[];
  versions: ExportedVersion[];
  settings: Record<string, unknown>;
}

export interface ImportResult {
  /** Articles the library did not have. */
  added: number;
  /** Articles the library had, whose text in the file is newer. */
  updated: number;
  /** Articles the library already had as they are in the file (or newer). */
  skipped: number;
}

/** The file is not a library export, or is damaged; nothing was imported. */
export class LibraryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibraryFileError';
  }
}

export async function exportLibrary(db: TriangulateDB, now = Date.now()): Promise<LibraryFile> {
  const [articles, claims, stories, versions, settings] = await db.transaction(
    'r',
    [db.articles, db.claims, db.stories, db.versions, db.settings],
    () => Promise.all([db.articles.toArray(), db.claims.toArray(), db.stories.toArray(), db.versions.toArray(), db.settings.toArray()]),
  );
  const claimsOf = groupBy(claims, (claim) => claim.articleId);
  return {
    format: LIBRARY_FORMAT,
    version: LIBRARY_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    stories,
    articles: articles.map((article) => ({
      ...article,
      claims: (claimsOf.get(article.id) ?? []).map(({ articleId: _sameAsArticle, ...claim }) => claim),
    })),
    versions: versions.map(({ id: _localId, ...version }) => version),
    settings: Object.fromEntries(settings.map(({ key, value }) => [key, value])),
  };
}

/**
 * Imports a library file (the parsed object or its JSON text) in one transaction. An article the
 * library already has (same id, URL or text) is not added again: it is updated when the file's
 * text is newer, keeping the reader's story and overrides, and skipped otherwise. New articles
 * keep the file's stories. Settings the reader has already set are left alone.
 *
 * Thousands of articles: the library's ids, URLs and text hashes are read once (keys only, no
 * texts), every decision is made in memory, and the records are written with bulk calls.
 */
export async function importLibrary(db: TriangulateDB, input: unknown, index?: StoryIndex): Promise<ImportResult> {
  const file = readLibraryFile(input);
  const result: ImportResult = { added: 0, updated: 0, skipped: 0 };
  const fileStories = new Map(file.stories.map((story) => [story.id, story]));
  const fileVersions = groupBy(file.versions, (version) => version.articleId);
  const incoming = file.articles.map(({ claims, ...fields }) => ({
    article: { ...fields, contentHash: contentHash(fields.text) } as ArticleRecord,
    claims,
  }));
  const written = new Map<string, { article: ArticleRecord; claims: Claim[] }>();
  await writeLibrary(db, 'Importing', async () => {
    const known = await KnownArticles.load(db, incoming.map(({ article }) => article));
    const stories = new Map((await db.stories.bulkGet(incoming.map(({ article }) => article.storyId))).filter((s) => s !== undefined).map((s) => [s.id, s]));
    const changedStories = new Set<string>();
    const versions: ExportedVersion[] = [];
    const replaced: string[] = [];
    for (const { article, claims } of incoming) {
      // The record was read up front unless an earlier article of the file changed which one
      // matches. (Awaiting only that read: thousands of awaits on plain promises inside the
      // transaction make Dexie lose track of it, PrematureCommitError.)
      const id = known.idOf(article);
      const local = id === undefined ? undefined : (known.get(id) ?? (await db.articles.get(id)));
      let record: ArticleRecord | undefined;
      if (!local) {
        record = article;
        const story = stories.get(record.storyId) ?? fileStories.get(record.storyId) ?? storyFor([record], record.savedAt, record.storyId);
        stories.set(record.storyId, { ...story, updatedAt: Math.max(story.updatedAt, record.updatedAt) });
        changedStories.add(record.storyId);
        result.added++;
      } else if (local.contentHash !== article.contentHash && article.updatedAt > local.updatedAt) {
        record = newerText(local, article);
        versions.push({
          articleId: local.id,
          title: local.title,
          text: local.text,
          contentHash: local.contentHash,
          savedAt: local.updatedAt,
          replacedAt: article.updatedAt,
        });
        replaced.push(local.id);
        result.updated++;
      } else {
        result.skipped++;
      }
      const savedAs = local?.id ?? article.id;
      if (record) {
        known.put(record, local);
        written.set(savedAs, { article: record, claims });
      }
      for (const version of fileVersions.get(article.id) ?? []) versions.push({ ...version, articleId: savedAs });
    }
    await putArticles(db, [...written.values()].map(({ article }) => article));
    // Only articles the library had can have claims already: a new one's are its first.
    if (replaced.length) await db.claims.where('articleId').anyOf(replaced).delete();
    const claims = [...written].flatMap(([articleId, { claims }]) => claims.map((claim) => ({ ...claim, articleId })));
    for (const chunk of chunks(claims)) await db.claims.bulkAdd(chunk);
    if (changedStories.size) await db.stories.bulkPut([...changedStories].map((id) => stories.get(id)!));
    await addMissingVersions(db, versions);
    await addMissingSettings(db, file.settings);
  }, [...libraryTables(db), db.settings]);
  for (const { article } of written.values()) index?.add(article.id, article.storyId, article.profile);
  return result;
}

/** The file's newer text on the library's record: its id, URL, story and the reader's overrides stay. */
function newerText(local: ArticleRecord, incoming: ArticleRecord): ArticleRecord {
  return {
    ...incoming,
    id: local.id,
    url: local.url,
    storyId: local.storyId,
    pinned: local.pinned,
    notInStories: local.notInStories,
    savedAt: Math.min(local.savedAt, incoming.savedAt),
    changedAt: incoming.updatedAt,
  };
}

/**
 * The library's articles as the import finds them: by id, then URL, then text hash (the lowest id
 * of that text, as an index lookup would answer), including what the import itself wrote, so that
 * a file holding the same article twice does not add it twice. Only keys are read up front; the
 * records that can match the file are read in one bulkGet.
 */
class KnownArticles {
  private constructor(
    private readonly ids: Set<string>,
    private readonly urls: Map<string, string>,
    private readonly hashes: Map<string, Set<string>>,
    private readonly records: Map<string, ArticleRecord>,
  ) {}

  static async load(db: TriangulateDB, incoming: ArticleRecord[]): Promise<KnownArticles> {
    const ids = new Set(await db.articles.toCollection().primaryKeys());
    const urls = new Map<string, string>();
    const hashes = new Map<string, Set<string>>();
    // Re-importing a backup into the library it came from matches every article by id.
    if (incoming.some((article) => !ids.has(article.id))) {
      const [urlKeys, urlIds, hashKeys, hashIds] = await Promise.all([
        db.articles.orderBy('url').keys(),
        db.articles.orderBy('url').primaryKeys(),
        db.articles.orderBy('contentHash').keys(),
        db.articles.orderBy('contentHash').primaryKeys(),
      ]);
      urlKeys.forEach((url, i) => urls.set(String(url), urlIds[i]!));
      hashKeys.forEach((hash, i) => addTo(hashes, String(hash), hashIds[i]!));
    }
    const known = new KnownArticles(ids, urls, hashes, new Map());
    const matching = new Set(incoming.map((article) => known.idOf(article)).filter((id) => id !== undefined));
    for (const record of await db.articles.bulkGet([...matching])) if (record) known.records.set(record.id, record);
    return known;
  }

  /** The record of `id`, when it was read already or written by the import. */
  get(id: string): ArticleRecord | undefined {
    return this.records.get(id);
  }

  /** Records what the import wrote: `record`, replacing `local` when it updated one. */
  put(record: ArticleRecord, local: ArticleRecord | undefined): void {
    if (local) this.hashes.get(local.contentHash)?.delete(local.id);
    this.ids.add(record.id);
    this.urls.set(record.url, record.id);
    addTo(this.hashes, record.contentHash, record.id);
    this.records.set(record.id, record);
  }

  /** The id of the library's article that `article` is, if any. */
  idOf(article: ArticleRecord): string | undefined {
    if (this.ids.has(article.id)) return article.id;
    const sameText = [...(this.hashes.get(article.contentHash) ?? [])].sort()[0];
    return this.urls.get(article.url) ?? sameText;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/** Adds the versions the library does not have yet (the same text replaced at the same time). */
async function addMissingVersions(db: TriangulateDB, versions: ExportedVersion[]): Promise<void> {
  if (!versions.length) return;
  const articleIds = [...new Set(versions.map((v) => v.articleId))];
  const known = new Set((await db.versions.where('articleId').anyOf(articleIds).toArray()).map(versionKey));
  const missing = versions.filter((version) => {
    const key = versionKey(version);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  for (const chunk of chunks(missing)) await db.versions.bulkAdd(chunk);
}

async function addMissingSettings(db: TriangulateDB, settings: Record<string, unknown>): Promise<void> {
  const valid = Object.entries(settings).filter(([key, value]) => isValidSetting(key, value));
  if (!valid.length) return;
  const set = await db.settings.bulkGet(valid.map(([key]) => key));
  await db.settings.bulkAdd(valid.filter((_, i) => !set[i]).map(([key, value]) => ({ key, value })));
}

const versionKey = (version: ExportedVersion) => `${version.articleId} ${version.contentHash} ${version.replacedAt}`;

/** The validated file, or a LibraryFileError saying what is wrong with it. */
export function readLibraryFile(input: unknown): LibraryFile {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      throw new LibraryFileError('This file is not a Triangulate library export (it is not JSON).');
    }
  }
  if (!isObject(data) || data.format !== LIBRARY_FORMAT) {
    throw new LibraryFileError('This file is not a Triangulate library export.');
  }
  if (typeof data.version === 'number' && data.version > LIBRARY_FORMAT_VERSION) {
    throw new LibraryFileError('This library was exported by a newer version of Triangulate. Update the extension, then import it again.');
  }
  checkFile(data, 'file');
  const file = data as unknown as LibraryFile;
  file.articles.forEach((article, i) =>
    article.claims.forEach((claim, j) => {
      if (article.text.slice(claim.start, claim.end) !== claim.text) damaged(`articles[${i}].claims[${j}]`, 'does not quote the article text');
    }),
  );
  return file;
}

// A small declarative checker: each field's expected shape, so a damaged file is named precisely
// ("articles[3].profile.keys should be a list") instead of failing later inside the database.
type Check = (value: unknown, path: string) => void;

function damaged(path: string, problem: string): never {
  throw new LibraryFileError(`This library file is damaged and was not imported: ${path} ${problem}.`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const primitive =
  (type: 'string' | 'number' | 'boolean', noun: string): Check =>
  (value, path) => {
    if (typeof value !== type || (type === 'number' && !Number.isFinite(value))) damaged(path, `should be ${noun}`);
  };
const text = primitive('string', 'text');
const number = primitive('number', 'a number');
const flag = primitive('boolean', 'true or false');
const optional =
  (check: Check): Check =>
  (value, path) => {
    if (value !== undefined) check(value, path);
  };
const listOf =
  (check: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) damaged(path, 'should be a list');
    value.forEach((item, i) => check(item, `${path}[${i}]`));
  };
const shape =
  (fields: Record<string, Check>): Check =>
  (value, path) => {
    if (!isObject(value)) damaged(path, 'should be an object');
    for (const [key, check] of Object.entries(fields)) check(value[key], `${path}.${key}`);
  };
const anyObject: Check = (value, path) => {
  if (!isObject(value)) damaged(path, 'should be an object');
};

const checkClaim = shape({
  order: number,
  text,
  start: number,
  end: number,
  features: shape({ terms: listOf(text), entities: listOf(text) }),
});

const checkArticle = shape({
  id: text,
  url: text,
  pageUrl: text,
  title: text,
  authors: listOf(text),
  siteName: text,
  published: optional(text),
  modified: optional(text),
  lang: optional(text),
  excerpt: optional(text),
  paragraphs: listOf(text),
  text,
  storyId: text,
  wordCount: number,
  profile: shape({ keys: listOf(text), time: number }),
  savedAt: number,
  updatedAt: number,
  changedAt: optional(number),
  pinned: optional(flag),
  notInStories: optional(listOf(text)),
  claims: listOf(checkClaim),
});

const checkFile = shape({
  version: number,
  exportedAt: text,
  stories: listOf(shape({ id: text, label: text, createdAt: number, updatedAt: number })),
  articles: listOf(checkArticle),
  versions: listOf(shape({ articleId: text, title: text, text, contentHash: text, savedAt: number, replacedAt: number })),
  settings: anyObject,
});
