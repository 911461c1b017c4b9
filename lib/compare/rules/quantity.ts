// Measurements that disagree once units are converted: "within 2 kilometres of the plant" (p00)
// vs "within 800 metres of the plant" (p02). "19 miles" and "30 kilometres" (p03/p00) agree, so
// nothing is reported for them. Only measurements of the same thing: the word after the figure
// matches ("of the plant"), so a "30-day cease-fire" never meets a "three-year-long war" (seeds).
// Figures inside quotations are the speaker's, not the outlet's, and are left alone.
import { differingSpans, type Rule } from './types';

export const quantity: Rule = {
  kind: 'quantity',
  check({ a, b }) {
    for (const x of a.features.amounts) {
      if (!x.measured || x.quoted) continue;
      for (const y of b.features.amounts) {
        if (!y.measured || y.quoted || x.unit !== y.unit || !x.after[0] || x.after[0] !== y.after[0]) continue;
        // 10% leeway for conversions and rounding.
        if (x.high * 1.1 < y.low || y.high * 1.1 < x.low) {
          return differingSpans(a, x, b, y);
        }
      }
    }
    return null;
  },
};
