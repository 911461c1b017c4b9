// What a conflict rule sees and returns. Each rule is one module in this folder, registered in
// rules/index.ts; the engine hands it pairs of claims from two outlets of one story.
import type { Claim, ConflictKind } from '../../model';
import type { Features } from '../../text/features';
import type { Amount } from '../../text/quantities';

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

/**
 * A word two figures' contexts share, so that they count the same thing done: the words after
 * them ("19 people were injured" / "Sixteen people were injured"), or, for figures that are the
 * object, the words before them, nearest first ("police arrested 33 suspects" / "arrested 69 suspects").
 */
export function sharedContext(x: Amount, y: Amount): string | undefined {
  const [xAfter, yAfter] = [x.after.slice(0, NEAR_AFTER), y.after.slice(0, NEAR_AFTER)];
  return xAfter.find((w) => yAfter.includes(w)) ?? x.before.findLast((w) => y.before.includes(w));
}

/**
 * Content words after a figure that say what it counts. Further on, a sentence has moved to something else:
 * "4,600 people living within 800 metres of the plant" are not counted by "the plant" (p02 against
 * "Castellan employs 230 people at the site").
 */
const NEAR_AFTER = 2;

/**
 * Does `claim` give a figure agreeing with `x` (same unit, overlapping range, with `leeway` for
 * rounding)? Such a figure is reported by both outlets, so it is no disagreement even when the
 * other claim gives a second figure near it: "$1.4 billion" a hull and "$2.2 billion" a submarine
 * in both.
 */
export function alsoGiven(x: Amount, claim: FeaturedClaim, leeway = 1): boolean {
  return claim.features.amounts.some((y) => y.unit === x.unit && x.low <= y.high * leeway && y.low <= x.high * leeway);
}
