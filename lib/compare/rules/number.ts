// Counts that cannot both be true: "19 people were injured" (p00) vs "Sixteen people were
// injured" (p01). Two figures are compared only when they count the same thing (same noun) and
// say the same of it (a shared word after it, "injured", or before it, "arrested"), so "four people
// were kept in hospital" (p02) is never read against 19 injured. Ranges absorb "about", "more
// than" and rounding.
import { alsoGiven, differingSpans, sharedContext, type Rule } from './types';

export const number: Rule = {
  kind: 'number',
  check({ a, b }) {
    for (const x of a.features.amounts) {
      if (x.measured || x.quoted || x.unit === 'of' || alsoGiven(x, b)) continue;
      for (const y of b.features.amounts) {
        if (y.measured || y.quoted || x.unit !== y.unit || alsoGiven(y, a)) continue;
        const what = sharedContext(x, y);
        if (what && (x.high < y.low || y.high < x.low)) return differingSpans(a, x, b, y, what);
      }
    }
    return null;
  },
};
