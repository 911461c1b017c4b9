// The whole library as one JSON file: a backup the reader can restore, or carry to another browser.
// The file names its format and version so that later releases can still read it; importing
// checks every field first (a wrong or damaged file is refused with a clear message and changes
// nothing) and recognises articles already saved, so importing twice never duplicates anything.
import type { StoryIndex } from '../compare';
import type { Claim } from '../model';
import type { ArticleRecord, StoryRecord, TriangulateDB, VersionRecord } from '../store/db';
import { groupBy } from '../store/group-by';
import { libraryTables, putArticle, storyFor, writeLibrary } from '../store/records';
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
 */
export async function importLibrary(db: TriangulateDB, input: unknown, index?: StoryIndex): Promise<ImportResult> {
  const file = readLibraryFile(input);
  const result: ImportResult = { added: 0, updated: 0, skipped: 0 };
  const written: ArticleRecord[] = [];
  const fileStories = new Map(file.stories.map((story) => [story.id, story]));
  const fileVersions = groupBy(file.versions, (version) => version.articleId);
  await writeLibrary(db, 'Importing', async () => {
    for (const { claims, ...fields } of file.articles) {
      const incoming: ArticleRecord = { ...fields, contentHash: contentHash(fields.text) };
      const local =
        (await db.articles.get(incoming.id)) ??
        (await db.articles.where('url').equals(incoming.url).first()) ??
        (await db.articles.where('contentHash').equals(incoming.contentHash).first());
      let record: ArticleRecord | undefined;
      if (!local) {
        record = incoming;
        await joinStory(db, record, fileStories.get(record.storyId));
        result.added++;
      } else if (local.contentHash !== incoming.contentHash && incoming.updatedAt > local.updatedAt) {
        record = newerText(local, incoming);
        await db.versions.add({
          articleId: local.id,
          title: local.title,
          text: local.text,
          contentHash: local.contentHash,
          savedAt: local.updatedAt,
          replacedAt: incoming.updatedAt,
        });
        result.updated++;
      } else {
        result.skipped++;
      }
      const id = local?.id ?? incoming.id;
      if (record) {
        await putArticle(db, record);
        await db.claims.where('articleId').equals(id).delete();
        await db.claims.bulkAdd(claims.map((claim) => ({ ...claim, articleId: id })));
        written.push(record);
      }
      await addMissingVersions(db, id, fileVersions.get(incoming.id) ?? []);
    }
    for (const [key, value] of Object.entries(file.settings)) {
      if (isValidSetting(key, value) && !(await db.settings.get(key))) await db.settings.add({ key, value });
    }
  }, [...libraryTables(db), db.settings]);
  for (const article of written) index?.add(article.id, article.storyId, article.profile);
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

/** Makes sure the article's story exists, taking the file's record for it when the library has none. */
async function joinStory(db: TriangulateDB, article: ArticleRecord, fromFile: StoryRecord | undefined): Promise<void> {
  const story = (await db.stories.get(article.storyId)) ?? fromFile ?? storyFor([article], article.savedAt, article.storyId);
  await db.stories.put({ ...story, updatedAt: Math.max(story.updatedAt, article.updatedAt) });
}

async function addMissingVersions(db: TriangulateDB, articleId: string, versions: ExportedVersion[]): Promise<void> {
  if (!versions.length) return;
  const known = new Set((await db.versions.where('articleId').equals(articleId).toArray()).map(versionKey));
  const missing = versions.map((v) => ({ ...v, articleId })).filter((v) => !known.has(versionKey(v)));
  await db.versions.bulkAdd(missing);
}

const versionKey = (version: ExportedVersion) => `${version.contentHash} ${version.replacedAt}`;

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
