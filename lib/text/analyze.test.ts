import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../model';
import { analyzeArticle } from './analyze';
import type { EventProfile } from './profile';

const article = (paragraphs: string[]): ExtractedArticle => ({
  url: 'https://example.test/a',
  pageUrl: 'https://example.test/a',
  title: 'Harbour storm',
  authors: [],
  siteName: 'Example',
  paragraphs,
  text: paragraphs.join('\n\n'),
});

const SPLIT = 'Quay Street remains closed between the harbour roundabout and the ferry terminal, and the number 7 bus is being diverted along Hill Road.';

describe('analyzeArticle', () => {
  it('cuts a sentence carrying two facts into two claims, each a verbatim span of the text', () => {
    const a = article(['The storm reached the coast on Monday night.', SPLIT]);
    const { claims } = analyzeArticle(a);
    expect(claims.map((c) => c.text)).toEqual([
      'The storm reached the coast on Monday night.',
      'Quay Street remains closed between the harbour roundabout and the ferry terminal',
      'and the number 7 bus is being diverted along Hill Road.',
    ]);
    expect(claims.map((c) => c.order)).toEqual([0, 1, 2]);
    for (const c of claims) expect(a.text.slice(c.start, c.end)).toBe(c.text);
  });
  it('drops a repeated paragraph as a whole sentence, not clause by clause', () => {
    expect(analyzeArticle(article([SPLIT, 'Residents were told to stay indoors.', SPLIT])).claims).toHaveLength(3);
  });
  it('weighs the lead by sentences: a lead sentence cut into clauses weighs as much as before', () => {
    const lead = article(['The storm reached the coast on Monday night.', 'Gales closed the port at dawn.', SPLIT, 'Schools stayed shut.']);
    const weightOf = (p: EventProfile, key: string) => p.weights[p.keys.indexOf(key)];
    const later = article(['The storm reached the coast on Monday night.', 'Gales closed the port at dawn.', 'Schools stayed shut.', SPLIT]);
    const [a, b] = [analyzeArticle(lead).profile as EventProfile, analyzeArticle(later).profile as EventProfile];
    expect(weightOf(a, 'divert')).toBeGreaterThan(weightOf(b, 'divert')!);
  });
});
