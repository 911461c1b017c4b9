// Document -> article. Runs Readability on a clone of the page (the live DOM the reader sees, or a
// parsed file in Node) and returns the clean article with its metadata, or a reason it is not one.
import { Readability } from '@mozilla/readability';
import type { ExtractOutcome } from '../model';

export function extractArticle(doc: Document, pageUrl: string): ExtractOutcome {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone).parse();
  const paragraphs = (parsed?.textContent ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (!parsed || paragraphs.length === 0) {
    return { ok: false, reason: 'not-article', message: 'This page does not look like an article.' };
  }
  return {
    ok: true,
    article: {
      url: pageUrl,
      pageUrl,
      title: parsed.title ?? doc.title,
      authors: parsed.byline ? [parsed.byline] : [],
      siteName: parsed.siteName || new URL(pageUrl).hostname,
      published: parsed.publishedTime ?? undefined,
      lang: parsed.lang ?? undefined,
      excerpt: parsed.excerpt ?? undefined,
      paragraphs,
      text: paragraphs.join('\n\n'),
    },
  };
}
