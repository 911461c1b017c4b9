import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';
import { parseHtml } from './parse-html';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const pageUrl = 'https://m.saltmere.example/news/bridge-repairs/amp?utm_source=feed&fbclid=1';

describe('extractArticle', () => {
  const doc = parseHtml(fixture('article.html'), pageUrl);
  const before = doc.documentElement.outerHTML;
  const outcome = extractArticle(doc, pageUrl);
  if (!outcome.ok) throw new Error(outcome.message);
  const { article } = outcome;

  it('never changes the page it reads', () => expect(doc.documentElement.outerHTML).toBe(before));

  it('keeps every body paragraph once, in order, without the photo caption', () => {
    expect(article.paragraphs).toEqual([
      'The harbour bridge in Saltmere will close for six weeks from Monday while engineers replace the corroded steel bearings under its central span, the county council said.',
      'About 14,000 vehicles cross the bridge each day, and drivers will be sent on a twelve-mile diversion through Carrow and the coast road during the works.',
      'Council engineer Priya Shah said the bearings had worn faster than expected because of salt spray. “We cannot wait for another winter,” she said.',
      'Local businesses on Quay Street said they feared losing trade, and the chamber of commerce asked for the work to be done at night.',
      'The council said a footpath across the bridge would stay open for pedestrians and cyclists throughout the repairs.',
    ]);
    expect(article.text).toBe(article.paragraphs.join('\n\n'));
  });

  it('reads the metadata from JSON-LD first', () => {
    expect(article.title).toBe('Harbour bridge to close for repairs');
    expect(article.authors).toEqual(['Nia Okafor', 'Tom Reed']);
    expect(article.siteName).toBe('The Saltmere Herald');
    expect(article.published).toBe('2025-02-03T08:00:00+00:00');
    expect(article.modified).toBe('2025-02-03T10:30:00+00:00');
    expect(article.lang).toBe('en-GB');
    expect(article.url).toBe('https://saltmere.example/news/bridge-repairs/');
    expect(article.pageUrl).toBe(pageUrl);
  });

  it('refuses a home page, an empty page and a page over the size limit, with a reason', () => {
    const home = extractArticle(parseHtml(fixture('home.html'), 'https://saltmere.example/'), 'https://saltmere.example/');
    expect(home).toMatchObject({ ok: false, reason: 'not-article' });
    const empty = extractArticle(parseHtml('<html><body> </body></html>', 'https://x.example/a'), 'https://x.example/a');
    expect(empty).toMatchObject({ ok: false, reason: 'empty' });
    const loading = extractArticle(parseHtml('<html><body><div> </div><script>start()</script></body></html>', 'https://x.example/a'), 'https://x.example/a');
    expect(loading).toMatchObject({ ok: false, reason: 'empty' });
    const large = extractArticle(doc, pageUrl, { maxChars: 100 });
    expect(large).toMatchObject({ ok: false, reason: 'too-large' });
    if (!large.ok) expect(large.message).toMatch(/too large/);
  });

  it('refuses an error page and a notice of a few words, saying what the page is', () => {
    const missing = 'https://saltmere.example/news/bridge-repairs-2/';
    const notFound = extractArticle(parseHtml(fixture('not-found.html'), missing), missing);
    expect(notFound).toMatchObject({ ok: false, reason: 'not-article' });
    if (!notFound.ok) expect(notFound.message).toMatch(/error page \("Page not found/);
    const notice = extractArticle(parseHtml(fixture('short-notice.html'), missing), missing);
    expect(notice).toMatchObject({ ok: false, reason: 'not-article' });
    if (!notice.ok) expect(notice.message).toMatch(/only a few words/);
  });
});
