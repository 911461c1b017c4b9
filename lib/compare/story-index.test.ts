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

  it('counts against an undated report a heist on another weekday: a Thursday raid is not a Monday one', () => {
    const heist = (id: string, day: string) => report(id, [`Armed robbers stole jewels from a store in Paris on ${day}, police said.`]);
    const index = new StoryIndex();
    index.add('t1', 'thursday', heist('t1', 'Thursday').profile);
    const same = index.find(heist('t2', 'Thursday').profile, { threshold: 0 })!.score;
    const other = index.find(heist('m1', 'Monday').profile, { threshold: 0 })!.score;
    expect(other).toBeLessThan(same * 0.6);
  });

  it('resolves weekdays against a dateline, so "Monday" in one report and "September 9" in another agree', () => {
    const dated = report('d1', ['9 September 2013', 'Thieves raided a jewellery store on Place Vendome in Paris on Monday.']);
    const named = report('d2', ['Thieves raided a jewellery store on Place Vendome in Paris on September 9.']);
    expect((dated.profile as { days?: string[] }).days?.[0]).toBe('2013-09-09');
    expect(groupStories([dated, named])).toHaveLength(1);
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
