// One outlet denies what another affirms: "the plant's sprinkler system activated as designed"
// (p00) vs "The sprinkler system did not activate" (p02). The negated word must occur plainly in
// the other claim, and the two must share two more content words (sprinkler, system), so "No one
// was killed" never meets an unrelated sentence about killing.
import { termOf } from '../../text/terms';
import type { Negation } from '../../text/features';
import { sharedTerms, type FeaturedClaim, type Rule } from './types';

/** A negation in `neg` of a word `plain` states without one. */
function denial(neg: FeaturedClaim, plain: FeaturedClaim): Negation | undefined {
  return neg.features.negations.find(
    (n) =>
      plain.features.terms.includes(n.target) &&
      !plain.features.negations.some((m) => m.target === n.target) &&
      sharedTerms(neg, plain, [n.target]).length >= 2,
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
