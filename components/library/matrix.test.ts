import { describe, expect, test } from 'vitest';
import type { ClaimRef, Comparison } from '@/lib/model';
import { buildMatrix } from './matrix';

const ref = (articleId: string, order: number, text = `${articleId}${order}`): ClaimRef => ({ articleId, order, text, start: 0, end: text.length });

function comparison(articleId: string, parts: Partial<Comparison>): Comparison {
  return { articleId, against: [], unique: [], missing: [], corroborated: [], conflicts: [], ...parts };
}

describe('buildMatrix', () => {
  const comparisons = new Map<string, Comparison>([
    [
      'a',
      comparison('a', {
        unique: [ref('a', 0)],
        corroborated: [{ claim: ref('a', 1), outlets: ['b'] }],
        conflicts: [{ kind: 'number', strength: 'hard', this: ref('a', 1), other: ref('b', 0), why: '14 vs 12', thisParts: [], otherParts: [] }],
      }),
    ],
    [
      'b',
      comparison('b', {
        corroborated: [{ claim: ref('b', 0), outlets: ['a'] }],
        unique: [ref('b', 1)],
        conflicts: [{ kind: 'person', strength: 'soft', this: ref('b', 1), other: ref('a', 0), why: 'stance', thisParts: [], otherParts: [] }],
      }),
    ],
  ]);

  test('one row per fact, from the first article that states it', () => {
    const rows = buildMatrix(['a', 'b'], comparisons, false);
    expect(rows.map((r) => r.claim.text)).toEqual(['a0', 'a1', 'b1']);
    expect(rows[0]!.cells.map((c) => c.state)).toEqual(['source', 'none']);
    expect(rows[2]!.cells.map((c) => c.state)).toEqual(['none', 'source']);
  });

  test('a conflict marks the other outlet\'s cell with what differs', () => {
    const rows = buildMatrix(['a', 'b'], comparisons, false);
    expect(rows[1]!.cells).toEqual([{ state: 'source' }, { state: 'conflict', why: '14 vs 12' }]);
  });

  test('soft conflicts count only when asked for', () => {
    expect(buildMatrix(['a', 'b'], comparisons, true).map((r) => r.claim.text)).toEqual(['a0', 'a1']);
  });
});
