// Test support for the store: a fresh in-memory database per test (fake-indexeddb, one factory
// each, so tests never see each other's data) and small hand-made articles with a trivially correct
// analysis, so the store's tests do not depend on the comparison engine's quality.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Analysis, Claim, ExtractedArticle } from '../model';
import { TriangulateDB } from './db';

export function testDBOptions() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export function openTestDB(): TriangulateDB {
  return new TriangulateDB('test', testDBOptions());
}

export function makeArticle(fields: Partial<ExtractedArticle> & { url: string; paragraphs: string[] }): ExtractedArticle {
  return {
    pageUrl: fields.url,
    title: 'A headline',
    authors: [],
    siteName: new URL(fields.url).hostname,
    text: fields.paragraphs.join('\n\n'),
    ...fields,
  };
}

/** One claim per sentence; the profile is the article's distinct long words, in order. */
export function analyse(article: ExtractedArticle): Analysis {
  const claims: Claim[] = [...article.text.matchAll(/[^.!?\s][^.!?]*[.!?]/g)].map((m, order) => ({
    order,
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    features: { terms: m[0].toLowerCase().match(/\p{L}{4,}/gu) ?? [], entities: [] },
  }));
  const keys = [...new Set(article.text.toLowerCase().match(/\p{L}{4,}/gu))].slice(0, 40);
  const time = article.published ? Date.parse(article.published) : 0;
  return { claims, profile: { keys, time } };
}
