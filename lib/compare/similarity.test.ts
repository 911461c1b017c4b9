import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../text/analyze';
import { tfidf } from './similarity';

// The sample story's paragraphs as claims: neighbour queries prune by bounds, so they must give
// exactly what scoring every claim would.
const dir = join(import.meta.dirname, '../../test/fixtures/sample-story');
const claims = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .flatMap((f) => {
    const text = readFileSync(join(dir, f), 'utf8').replace(/<[^>]+>/g, '\n');
    const paragraphs = text.split(/\n\s*\n*/).map((p) => p.trim()).filter((p) => p.length > 40);
    return analyzeArticle({ url: f, pageUrl: f, title: '', authors: [], siteName: f, paragraphs, text: paragraphs.join('\n\n') }).claims;
  });

describe('tfidf neighbours', () => {
  const scorer = tfidf.fit(claims);
  it.each([0, 0.1, 0.3, 0.5])('finds every claim above %s that scoring all of them finds', (min) => {
    for (const c of claims) {
      const brute = claims.filter((d) => d !== c && scorer.score(c, d) > min + 1e-9).map((d) => d.text).sort();
      const found = [...scorer.neighbours(c, min)].filter(([, s]) => s > min + 1e-9).map(([d]) => d.text).sort();
      expect(found).toEqual(brute);
    }
  });
  it('scores a claim against itself as 1', () => {
    expect(scorer.score(claims[0]!, claims[0]!)).toBeCloseTo(1);
  });
});
