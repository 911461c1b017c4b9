import { describe, expect, it } from 'vitest';
import { dropRelatedStories } from './related-stories';
import { block, texts } from './test-helpers';

describe('related stories', () => {
  it('drops a "more stories" label and the teaser headlines under it, up to the next prose', () => {
    const out = dropRelatedStories([
      block('Protesters stayed on the campus overnight.'),
      block("DON'T MISS"),
      block('China furious at Macron for Hong Kong protest jibe [INSIGHT]|'),
      block('Hong Kong "threatened with Chinese military intervention" [REACTION]'),
      block('Police said they would not enter the university.'),
      block('More from UK'),
      block("'Naive and trusting' Grace Millane gave list of fetishes to man on BDSM dating site, court hears"),
    ]);
    expect(texts(out)).toEqual(['Protesters stayed on the campus overnight.', 'Police said they would not enter the university.']);
  });

  it('keeps headings and sentences that only mention popular or recent things', () => {
    const kept = [block('Most popular models', 'heading'), block('The most popular model sold 4,000 units.')];
    expect(texts(dropRelatedStories([block('Recent results'), ...kept]))).toEqual(texts([block('Recent results'), ...kept]));
  });
});
