// The words a date, time or place belongs to: the content terms of its clause (up to the
// nearest commas). "arrival on Thursday, stating that discussions ... would take place in the
// coming days" (seeds 004) dates the arrival to Thursday and the talks to the coming days.
import { tokenize } from '../../text/tokenize';
import { termsOf } from '../../text/terms';
import type { FeaturedClaim } from './types';

export function clauseTerms(claim: FeaturedClaim, at: number): string[] {
  const text = claim.text;
  const from = Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at)) + 1;
  const next = text.slice(at).search(/[,;]/);
  const to = next < 0 ? text.length : at + next;
  return termsOf(tokenize(text.slice(from, to)));
}

/** Do the clauses around `x` in a and `y` in b share a content term (other than the ones to ignore)? */
export function sameEvent(a: FeaturedClaim, x: number, b: FeaturedClaim, y: number, ignore: string[] = []): string | undefined {
  const other = new Set(clauseTerms(b, y));
  return clauseTerms(a, x).find((t) => other.has(t) && !ignore.includes(t));
}
