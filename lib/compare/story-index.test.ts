import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../model';
import { analyzeArticle } from '../text/analyze';
import { groupStories, StoryIndex } from './story-index';

function report(id: string, paragraphs: string[], published?: string): AnalyzedArticle {
  const article = { url: '', pageUrl: '', title: '', authors: [], siteName: id, published, paragraphs, text: paragraphs.join('\n\n') };
  return { id, article, ...analyzeArticle(article) };
}

// ECB+ topic 1 in miniature: two rehab check-ins share every topic word, not the person.
const reid = (id: string) => report(id, [
  'Actress Tara Reid checked herself into Promises Treatment Center in Malibu, her publicist Jack Ketsoyan said.',
  'Tara Reid entered the rehab facility on Tuesday, Ketsoyan told People magazine.',
]);
const lohan = report('l1', [
  'Actress Lindsay Lohan checked herself into the Betty Ford Center rehab facility, her lawyer Shawn Holley said.',
  'Lindsay Lohan entered the rehab center on Thursday, Holley told reporters.',
]);

describe('StoryIndex', () => {
  it('keeps two rehab check-ins apart: they share the topic words, not the person', () => {
    expect(groupStories([reid('r1'), reid('r2'), lohan]).sort()).toEqual([['l1'], ['r1', 'r2']]);
  });

  it('matches profiles stored before the engine fields existed (keys and time only)', () => {
    const index = new StoryIndex();
    index.add('a', 's1', { keys: ['quake', '@karvana', 'rescu'], time: 0 });
    expect(index.find({ keys: ['@karvana', 'quake', 'mayor'], time: 0 })?.storyId).toBe('s1');
  });

  it('lets an article a reader moved into another story find that story again', () => {
    const index = new StoryIndex();
    const other = report('r0', ['Tara Reid is in rehab at Promises in Malibu, People reports, citing her publicist Jack Ketsoyan.']);
    const moved = reid('r1');
    index.add('r0', 'rehab', other.profile);
    index.add('l1', 'lohan', lohan.profile);
    index.add('r1', 'lohan', moved.profile);
    expect(index.find(moved.profile)?.storyId).toBe('lohan');
  });
});
