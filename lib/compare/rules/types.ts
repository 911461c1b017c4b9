// What a conflict rule sees and returns. Each rule is one module in this folder, registered in
// rules/index.ts; the engine hands it pairs of claims from two outlets of one story.
import type { Claim, ConflictKind } from '../../model';
import type { Features } from '../../text/features';

export type FeaturedClaim = Claim & { features: Features };

export interface Pair {
  a: FeaturedClaim;
  b: FeaturedClaim;
  /** Similarity of the two claims (0..1): rules about one event need the claims to be about it. */
  similarity: number;
}

export interface Finding {
  strength: 'hard' | 'soft';
  why: string;
  /** [start, end] offsets in a.text and b.text of the differing parts. */
  aParts: [number, number][];
  bParts: [number, number][];
}

export interface Rule {
  kind: ConflictKind;
  check(pair: Pair): Finding | null;
}

/** The verbatim text of a feature span. */
export const partOf = (claim: Claim, span: { start: number; end: number }): string => claim.text.slice(span.start, span.end);

/**
 * The usual hard finding: two differing spans, named verbatim, and what they are about when the
 * rule knows it ("14 vs 12 (injured)").
 */
export function differingSpans(
  a: Claim,
  x: { start: number; end: number },
  b: Claim,
  y: { start: number; end: number },
  about?: string,
): Finding {
  return {
    strength: 'hard',
    why: `${partOf(a, x)} vs ${partOf(b, y)}${about ? ` (${about})` : ''}`,
    aParts: [[x.start, x.end]],
    bParts: [[y.start, y.end]],
  };
}

/** Shared content terms of two claims, beyond the ones listed in `except`. */
export function sharedTerms(a: FeaturedClaim, b: FeaturedClaim, except: string[] = []): string[] {
  const other = new Set(b.features.terms);
  return [...new Set(a.features.terms)].filter((t) => other.has(t) && !except.includes(t));
}
