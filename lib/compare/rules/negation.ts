// One outlet denies what another affirms: "the plant's sprinkler system activated as designed"
// (p00) vs "The sprinkler system did not activate" (p02). The negated word must occur plainly in
// the other claim (no negation or "unable", "refuse", "against" shortly before it: "the jury was
// unable to reach a verdict" says what "could not reach a verdict" says), and the two must share two
// more content words or names (sprinkler, system; Moore, Supreme Court), so "No one was killed"
// never meets an unrelated sentence about killing.
import { NEGATING_VERBS, NEGATIONS, UNAFFIRMING } from '../../text/data/cues';
import { termOf } from '../../text/terms';
import { tokenize } from '../../text/tokenize';
import type { Negation } from '../../text/features';
import { sharedTerms, type FeaturedClaim, type Rule } from './types';

/** Words before a statement's word that are looked at for something unaffirming it. */
const LOOK_BACK = 5;

const unaffirms = (lower: string) => NEGATIONS.has(lower) || lower.endsWith("n't") || NEGATING_VERBS.has(lower) || UNAFFIRMING.has(lower);

/** Does `claim` state `term` plainly somewhere: with no negating word in the few words before it? */
function affirms(claim: FeaturedClaim, term: string): boolean {
  const tokens = tokenize(claim.text);
  return tokens.some((t, i) => termOf(t.lower) === term && !tokens.slice(Math.max(0, i - LOOK_BACK), i).some((w) => unaffirms(w.lower)));
}

/** Names both claims give: "Moore" and "Supreme Court" tie two sentences to one fact as words do. */
const sharedNames = (a: FeaturedClaim, b: FeaturedClaim): number => new Set(a.features.entities.filter((e) => b.features.entities.includes(e))).size;

/** A negation in `neg` of a word `plain` states without one. */
function denial(neg: FeaturedClaim, plain: FeaturedClaim): Negation | undefined {
  return neg.features.negations.find(
    (n) =>
      plain.features.terms.includes(n.target) &&
      !plain.features.negations.some((m) => m.target === n.target) &&
      sharedTerms(neg, plain, [n.target]).length + sharedNames(neg, plain) >= 2 &&
      affirms(plain, n.target),
  );
}

/** The span of the first word in `claim` whose term is `term`. */
function spanOfTerm(claim: FeaturedClaim, term: string): [number, number] {
  for (const m of claim.text.matchAll(/\p{L}+/gu)) if (termOf(m[0].toLowerCase()) === term) return [m.index, m.index + m[0].length];
  return [0, claim.text.length];
}

export const negation: Rule = {
  kind: 'negation',
  check({ a, b }) {
    const inA = denial(a, b);
    const n = inA ?? denial(b, a);
    if (!n) return null;
    const negPart: [number, number] = [n.start, n.end];
    const plainPart = spanOfTerm(inA ? b : a, n.target);
    const [aPart, bPart] = inA ? [negPart, plainPart] : [plainPart, negPart];
    return {
      strength: 'hard',
      why: `"${a.text.slice(...aPart)}" vs "${b.text.slice(...bPart)}"`,
      aParts: [aPart],
      bParts: [bPart],
    };
  },
};
