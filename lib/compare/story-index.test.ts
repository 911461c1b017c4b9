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

// ECB+ topic 3 in miniature, undated and alternating in file order as ECB+ files are: two
// earthquakes share every topic word and differ in the place, the magnitude, the toll and the day.
const indonesia = [
  'A magnitude 7.6 earthquake struck off Padang in West Sumatra, Indonesia, on Wednesday, killing at least 529 people.',
  'Rescuers in Padang searched collapsed hotels after the Sumatra earthquake, the disaster agency said, as the toll reached 529.',
  'The 7.6 quake near Padang on Wednesday flattened schools across West Sumatra; officials in Indonesia feared more dead.',
  'Survivors of the Padang earthquake slept outside as aftershocks shook West Sumatra, Indonesia, after Wednesday\'s 7.6 quake.',
];
const samoa = [
  'A magnitude 8.0 earthquake struck near Samoa on Tuesday, sending a tsunami into Apia and killing at least 119 people.',
  'The tsunami after the Samoa earthquake swept away villages near Apia on Tuesday, the government in Samoa said, with 119 dead.',
  'Rescuers in Samoa and American Samoa searched for survivors after Tuesday\'s 8.0 quake and tsunami; the toll stands at 119.',
  'Residents of Apia fled to higher ground as the 8.0 earthquake near Samoa raised a tsunami on Tuesday.',
];
const quakes = indonesia.flatMap((text, i) => [report(`i${i + 1}`, [text]), report(`s${i + 1}`, [samoa[i]!])]);

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

  it('tells which story a wrongly matched article fits better, and leaves the index as it was', () => {
    const index = new StoryIndex();
    index.add('r0', 'rehab', reid('r0').profile);
    index.add('r2', 'rehab', reid('r2').profile);
    index.add('l1', 'lohan', lohan.profile);
    index.add('r1', 'lohan', reid('r1').profile);
    expect(index.betterStory('r1')?.storyId).toBe('rehab');
    expect(index.betterStory('r1', ['rehab'])).toBeNull();
    expect(index.betterStory('r0')).toBeNull();
    expect(index.size).toBe(4);
    expect(index.betterStory('r1')?.storyId, 'asked twice, the same answer').toBe('rehab');
  });

  it('splits a story saved as one that holds two earthquakes, and leaves a single event whole', () => {
    const index = new StoryIndex();
    quakes.forEach((q) => index.add(q.id, 'quakes', q.profile));
    const parts = index.split('quakes')!.map((ids) => ids.map((id) => id[0]).sort().join(''));
    expect(parts.sort()).toEqual(['iiii', 'ssss']);
    for (const q of quakes.filter((x) => x.id.startsWith('i'))) index.add(q.id, 'indonesia', q.profile);
    expect(index.split('indonesia')).toBeNull();
  });

  it('groups two interleaved undated earthquakes apart, whatever the order of the files', () => {
    const sorted = (groups: string[][]) => groups.map((g) => [...g].sort().join(' ')).sort();
    const forward = sorted(groupStories(quakes));
    expect(forward).toEqual(['i1 i2 i3 i4', 's1 s2 s3 s4']);
    expect(sorted(groupStories([...quakes].reverse()))).toEqual(forward);
  });
});
