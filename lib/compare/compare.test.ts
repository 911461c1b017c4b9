import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../model';
import { analyzeArticle, compareArticle, groupStories, labelStory, StoryIndex } from './index';

function outlet(id: string, title: string, paragraphs: string[], published = '2025-10-14T12:00:00Z'): AnalyzedArticle {
  const article = { url: `https://${id}.example/a`, pageUrl: `https://${id}.example/a`, title, authors: [], siteName: id, published, paragraphs, text: paragraphs.join('\n\n') };
  return { id, article, ...analyzeArticle(article) };
}

const a = outlet('a', 'Ferry hits barge in fog off Dunmere', [
  'The ferry Kestrel collided with a gravel barge in thick fog off Dunmere on Tuesday evening, the coastguard said.',
  'In all, 14 passengers were taken to Dunmere Infirmary with cuts and bruises.',
  'The island has no other link to the mainland.',
]);
const b = outlet('b', 'Dunmere ferry collision: passengers hurt', [
  'The Kestrel ferry struck a gravel barge in dense fog near Dunmere on Tuesday evening.',
  'Twelve passengers were taken to Dunmere Infirmary with minor injuries.',
  'The ferry company said its radar was working.',
]);
const c = outlet('c', 'Fog collision off Dunmere', [
  'A ferry and a gravel barge collided in fog off Dunmere on Tuesday evening.',
  'The ferry company said its radar was working normally.',
]);

describe('compareArticle', () => {
  const result = compareArticle(a, [b, c]);
  it('keeps claims verbatim with exact offsets', () => {
    for (const claim of a.claims) expect(a.article.text.slice(claim.start, claim.end)).toBe(claim.text);
  });
  it('finds what only this outlet says, and what others confirm', () => {
    expect(result.unique.map((u) => u.text)).toEqual(['The island has no other link to the mainland.']);
    expect(result.corroborated[0]?.outlets).toEqual(['b', 'c']);
  });
  it("shows, under a corroborated claim, each outlet's sentence that restates it", () => {
    expect(result.corroborated[0]?.restatements?.map((r) => [r.articleId, r.order])).toEqual([['b', 0], ['c', 0]]);
  });
  it('finds what two other outlets say and this one does not, once', () => {
    expect(result.missing).toHaveLength(1);
    expect(result.missing[0]?.outlets).toEqual(['b', 'c']);
  });
  it('gives the same answer from the kept story work as from a story never seen', () => {
    compareArticle(b, [a, c]);
    expect(compareArticle(a, [b, c])).toEqual(compareArticle({ ...a }, [{ ...b }, { ...c }]));
  });
  it('does not call unique a fact another outlet tells across two sentences', () => {
    const d = outlet('d', 'Dunmere ferry', [
      'The Kestrel was damaged in the collision.',
      'Its bow was dented above the waterline, and the barge lost a rail.',
    ]);
    const e = outlet('e', 'Dunmere ferry', ['The Kestrel bow was dented above the waterline and the barge lost a rail in the collision.']);
    expect(compareArticle(e, [d]).unique).toEqual([]);
  });
  it('keeps unique a report by another named source in shared words', () => {
    // Seeds 002 and 004: two sources, two facts about the response to one proposal.
    const f = outlet('f', 'Talks', ['Kremlin spokesman Dmitri S. Peskov stated Russia will await detailed discussions with U.S. negotiators before formulating a formal response to the proposal.']);
    const g = outlet('g', 'Talks', ['Al Jazeera’s Moscow correspondent Dorsa Jabbari reported that Russian officials were expected to submit their list of conditions before formally responding to the US proposal.']);
    expect(compareArticle(g, [f]).unique).toHaveLength(1);
  });
  it('finds the number conflict with its parts', () => {
    const conflict = result.conflicts.find((x) => x.kind === 'number');
    expect(conflict?.strength).toBe('hard');
    expect(conflict?.thisParts).toEqual(['14']);
    expect(conflict?.otherParts).toEqual(['Twelve']);
  });
});

describe('story matching', () => {
  const karvana = (id: string) =>
    outlet(id, 'Earthquake strikes Karvana', [
      'A magnitude 6.1 earthquake struck near Karvana early on Monday, damaging buildings across the Sella valley.',
      'Rescue teams searched collapsed homes in Karvana, and Mayor Ilse Brandt asked residents to stay outdoors.',
    ], '2025-03-03');
  const ostrelo = outlet('q3', 'Quake hits Ostrelo', [
    'A magnitude 5.4 earthquake hit Ostrelo on Tuesday, cutting power to the old harbour district.',
    'Governor Paolo Renzi said two people were hurt by falling masonry in Ostrelo.',
  ], '2025-03-04');
  it('tells two earthquakes apart and joins two reports of one', () => {
    expect(groupStories([karvana('q1'), karvana('q2'), ostrelo])).toEqual([['q1', 'q2'], ['q3']]);
  });
  it('respects a reader moving an article out of a story', () => {
    const index = new StoryIndex();
    index.add('a', 's1', a.profile);
    expect(index.find(b.profile)?.storyId).toBe('s1');
    expect(index.find(b.profile, { excludeStories: ['s1'] })).toBeNull();
    index.remove('a');
    expect(index.find(b.profile)).toBeNull();
  });
  it('labels a story by its earliest headline', () => {
    const later = { ...b, profile: { ...b.profile, time: a.profile.time + 3_600_000 } };
    expect(labelStory([later, a])).toBe('Ferry hits barge in fog off Dunmere');
  });
});
