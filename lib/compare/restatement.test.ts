import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../text/analyze';
import { restates, sharedWordShare } from './restatement';

const claim = (text: string) => analyzeArticle({ url: '', pageUrl: '', title: '', authors: [], siteName: 't', paragraphs: [text], text }).claims[0]!;

const kestrel = claim('The ferry Kestrel collided with a gravel barge in thick fog off Dunmere on Tuesday evening.');

describe('restates', () => {
  it('takes the same claim in other words for a restatement, both ways', () => {
    const other = claim('On Tuesday evening the Kestrel ferry collided with a barge in fog off Dunmere.');
    expect(restates(kestrel, other)).toBe(true);
    expect(restates(other, kestrel)).toBe(true);
  });
  it('does not take a sentence that adds a clause of its own for a restatement', () => {
    const longer = claim(
      'The ferry Kestrel collided with a gravel barge in thick fog off Dunmere on Tuesday evening, prompting angry islanders to demand answers from council officials about radar.',
    );
    expect(sharedWordShare(kestrel, longer)).toBeGreaterThan(0.5);
    expect(restates(kestrel, longer)).toBe(false);
    expect(restates(longer, kestrel)).toBe(false);
  });
  it('does not take a sentence about another part of the story for a restatement', () => {
    const other = claim('Fourteen passengers were taken to Dunmere Infirmary with cuts and bruises.');
    expect(restates(kestrel, other)).toBe(false);
  });
  it('folds word forms, so "ferries collided" and "ferry collides" meet', () => {
    expect(sharedWordShare(claim('The ferries collided in fog.'), claim('The ferry collides in fog.'))).toBe(1);
  });
});
