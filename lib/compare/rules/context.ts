// The words a date, time or place belongs to. A named day belongs to the few words around it in
// its clause: "after fire broke out early on Tuesday" (p00) dates the fire, while "allowed to
// return home on Wednesday" (p01) dates the return, though both sentences mention homes. A vague
// "in the coming days" takes its whole clause: "discussions ... would take place in the coming
// days" (seeds 004).
import { TIME_WORDS, WEEKDAYS } from '../../text/data/dates';
import { termOf, termsOf } from '../../text/terms';
import { isCapitalised, tokenize } from '../../text/tokenize';
import type { FeaturedClaim } from './types';

const TIME_TERMS = new Set([...TIME_WORDS, ...WEEKDAYS].map(termOf));

/** Words either side of a date or time that still describe its event. */
const NEAR_WORDS = 5;

/** Clause terms per claim and position: every claim meets many others, its clauses are read once. */
const memo = new WeakMap<FeaturedClaim, Map<string, string[]>>();

export function clauseTerms(claim: FeaturedClaim, at: number, near = Infinity): string[] {
  let byPosition = memo.get(claim);
  if (!byPosition) memo.set(claim, (byPosition = new Map()));
  const key = `${at}:${near}`;
  let terms = byPosition.get(key);
  if (!terms) byPosition.set(key, (terms = readClause(claim.text, at, near)));
  return terms;
}

function readClause(text: string, at: number, near: number): string[] {
  const from = Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at)) + 1;
  const next = text.slice(at).search(/[,;]/);
  const to = next < 0 ? text.length : at + next;
  const before = tokenize(text.slice(from, at), from).slice(-near);
  const after = tokenize(text.slice(at, to), at).slice(0, near + 1);
  // Names are left out (a capital past the sentence's first word): the town every outlet names
  // ("Port Halloran", sample story) ties no date to an event.
  return termsOf([...before, ...after].filter((t) => t.start === 0 || !isCapitalised(t))).filter((t) => !TIME_TERMS.has(t));
}

/** A content word shared by the events of `x` in a and `y` in b, if any. */
export function sameEvent(a: FeaturedClaim, x: number, b: FeaturedClaim, y: number, near = NEAR_WORDS): string | undefined {
  const other = new Set(clauseTerms(b, y, near));
  return clauseTerms(a, x, near).find((t) => other.has(t));
}

/** Terms of a place's clause and of a "where ..." clause after it ("the resin production hall, where the fire is believed to have started", p02). */
export function placeTerms(claim: FeaturedClaim, at: number): string[] {
  const rest = claim.text.slice(at);
  const where = /,\s*where\b/.exec(rest);
  const terms = clauseTerms(claim, at);
  return where ? [...terms, ...clauseTerms(claim, at + where.index + 2)] : terms;
}
