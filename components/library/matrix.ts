// Who says what: one row per claim, one column per article of the story. A row comes from the
// first article (in time order) that makes the claim; an article's claim already confirmed by, or
// in conflict with, an earlier article is that earlier row, so a fact is not listed twice.

import type { ClaimRef, Comparison } from '@/lib/model';

export type CellState = 'source' | 'says' | 'conflict' | 'none';

export interface MatrixCell {
  state: CellState;
  /** For a conflict: what differs. */
  why?: string;
}

export interface MatrixRow {
  claim: ClaimRef;
  cells: MatrixCell[];
}

export function buildMatrix(articleIds: string[], comparisons: Map<string, Comparison>, showSoft: boolean): MatrixRow[] {
  const column = new Map(articleIds.map((id, i) => [id, i]));
  const rows: MatrixRow[] = [];
  articleIds.forEach((articleId, at) => {
    const comparison = comparisons.get(articleId);
    if (!comparison) return;
    const earlier = (id: string) => (column.get(id) ?? Infinity) < at;
    const sharedWith = new Map(comparison.corroborated.map((s) => [s.claim.order, s.outlets]));
    const conflictsOf = new Map<number, { other: string; why: string }[]>();
    for (const conflict of comparison.conflicts) {
      if (conflict.strength === 'soft' && !showSoft) continue;
      const list = conflictsOf.get(conflict.this.order) ?? [];
      list.push({ other: conflict.other.articleId, why: conflict.why });
      conflictsOf.set(conflict.this.order, list);
    }
    const claims = [...comparison.unique, ...comparison.corroborated.map((s) => s.claim)].sort((a, b) => a.order - b.order);
    for (const claim of claims) {
      const outlets = sharedWith.get(claim.order) ?? [];
      const conflicts = conflictsOf.get(claim.order) ?? [];
      if (outlets.some(earlier) || conflicts.some((c) => earlier(c.other))) continue;
      const cells: MatrixCell[] = articleIds.map(() => ({ state: 'none' }));
      cells[at] = { state: 'source' };
      for (const id of outlets) if (column.has(id)) cells[column.get(id)!] = { state: 'says' };
      for (const { other, why } of conflicts) if (column.has(other)) cells[column.get(other)!] = { state: 'conflict', why };
      rows.push({ claim, cells });
    }
  });
  return rows;
}
