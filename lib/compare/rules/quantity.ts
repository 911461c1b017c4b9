// Measurements that disagree once units are converted: "within 2 kilometres of the plant" (p00)
// vs "within 800 metres of the plant" (p02). "19 miles" and "30 kilometres" (p03/p00) agree, so
// nothing is reported for them. Only measurements of the same thing: the word after the figure
// matches ("of the plant"), or a word before it does ("lower the risk of heart attack by 88
// percent"), so a "30-day cease-fire" never meets a "three-year-long war" (seeds).
// Figures inside quotations are the speaker's, not the outlet's, and are left alone.
import { alsoGiven, differingSpans, type Rule } from './types';

/** Leeway for conversions and rounding. */
const LEEWAY = 1.1;

export const quantity: Rule = {
  kind: 'quantity',
  check({ a, b }) {
    for (const x of a.features.amounts) {
      if (!x.measured || x.quoted || alsoGiven(x, b, LEEWAY)) continue;
      for (const y of b.features.amounts) {
        if (!y.measured || y.quoted || x.unit !== y.unit || alsoGiven(y, a, LEEWAY)) continue;
        if ((!x.after[0] || x.after[0] !== y.after[0]) && !x.before.some((w) => y.before.includes(w))) continue;
        if (x.high * LEEWAY < y.low || y.high * LEEWAY < x.low) {
          return differingSpans(a, x, b, y);
        }
      }
    }
    return null;
  },
};
