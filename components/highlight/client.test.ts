import { describe, expect, test } from 'vitest';
import type { Conflict } from '@/lib/model';
import type { ArticleRecord } from '@/lib/store/db';
import type { SavedComparison } from '@/lib/store/read';
import { marksFor } from './client';

const text = 'In all, 14 were hurt. The barge carried gravel. Both were slow.';
const ref = (articleId: string, sentence: string, order: number) => {
  const start = text.indexOf(sentence);
  return { articleId, order, text: sentence, start, end: start + sentence.length };
};
const article = (id: string, siteName: string) => ({ id, siteName, text }) as ArticleRecord;
const conflict = (strength: Conflict['strength'], why: string): Conflict => ({
  kind: 'number',
  strength,
  this: ref('a', 'In all, 14 were hurt.', 0),
  other: { articleId: 'b', order: 2, text: '12 were hurt.', start: 0, end: 13 },
  why,
  thisParts: ['14'],
  otherParts: ['12'],
});

const saved: SavedComparison = {
  story: { id: 's', label: 'Story', createdAt: 0, updatedAt: 0 },
  target: article('a', 'Northline'),
  others: [article('b', 'Sentinel')],
  comparison: {
    articleId: 'a',
    against: ['b'],
    unique: [ref('a', 'The barge carried gravel.', 1)],
    missing: [],
    corroborated: [],
    conflicts: [conflict('hard', '14 vs 12'), conflict('soft', 'hedged')],
  },
};

describe('marksFor', () => {
  test('one mark per unique claim and per claim in conflict, quoted with context', () => {
    const marks = marksFor(saved, false);
    expect(marks.map((m) => [m.id, m.kind])).toEqual([
      ['1', 'unique'],
      ['0', 'conflict'],
    ]);
    expect(marks[0]!.quote).toEqual({ exact: 'The barge carried gravel.', prefix: 'In all, 14 were hurt. ', suffix: ' Both were slow.' });
    expect(marks[1]!.versions).toEqual([{ outlet: 'Sentinel: 14 vs 12', text: '12 were hurt.' }]);
  });

  test('soft conflicts join the same mark only when shown', () => {
    expect(marksFor(saved, true)[1]!.versions).toHaveLength(2);
  });
});
