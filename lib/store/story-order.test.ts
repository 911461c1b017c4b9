import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from './db';
import type { StoryListing } from './library';
import { STORY_ORDERS, isStoryOrder, sortListings, type StoryOrder } from './story-order';

function listing(id: string, label: string, updatedAt: number, outlets: string[]): StoryListing {
  const articles: ArticleSummary[] = outlets.map((siteName, i) => ({
    id: `${id}-${i}`,
    siteName,
    title: label,
    url: `https://${i}.example/${id}`,
    savedAt: updatedAt,
    wordCount: 100,
  }));
  return { story: { id, label, createdAt: updatedAt, updatedAt }, articles };
}

const stories = [
  listing('a', 'Storm 10 reaches the coast', 3000, ['North', 'South']),
  listing('b', 'élysée reshuffle', 1000, ['North', 'South', 'East']),
  listing('c', 'Storm 9 gathers', 2000, ['North', 'North', 'South']),
  listing('d', 'Budget vote', 4000, ['West']),
];

const order = (by: StoryOrder, from = stories) => sortListings(from, by).map((l) => l.story.id);

describe('sortListings', () => {
  it('lists the most recently covered stories first, or last', () => {
    expect(order('newest')).toEqual(['d', 'a', 'c', 'b']);
    expect(order('oldest')).toEqual(['b', 'c', 'a', 'd']);
  });

  it('lists the stories with most outlets first, then most articles, then newest', () => {
    expect(order('outlets')).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts titles as a reader would: numbers by value, case and accents ignored', () => {
    expect(order('title')).toEqual(['d', 'b', 'c', 'a']);
  });

  it('gives stories alike in every shown respect one stable place, whatever order they came in', () => {
    const twins = [listing('y', 'Same', 1000, ['North']), listing('x', 'Same', 1000, ['North'])];
    for (const by of Object.keys(STORY_ORDERS) as StoryOrder[]) {
      expect(order(by, twins)).toEqual(['x', 'y']);
      expect(order(by, [...twins].reverse())).toEqual(['x', 'y']);
    }
  });

  it('leaves the listings it was given as they were', () => {
    const before = stories.map((l) => l.story.id);
    sortListings(stories, 'title');
    expect(stories.map((l) => l.story.id)).toEqual(before);
  });
});

describe('isStoryOrder', () => {
  it('accepts the orders offered and nothing else', () => {
    expect(Object.keys(STORY_ORDERS).every(isStoryOrder)).toBe(true);
    for (const value of ['', 'toString', 'Newest', 1, null, undefined]) expect(isStoryOrder(value)).toBe(false);
  });
});
