// Measurements that disagree once units are converted: "within 2 kilometres of the plant" (p00)
// vs "within 800 metres of the plant" (p02). "19 miles" and "30 kilometres" (p03/p00) agree, so
// nothing is reported for them. Only claims about the same thing: a shared word after the figure
// or clearly similar sentences.
import type { Rule } from './types';

/** Similar enough that two measurements of one kind in them measure the same thing. */
const SAME_FACT = 0.25;

export const quantity: Rule = {
  kind: 'quantity',
  check({ a, b, similarity }) {
    for (const x of a.features.amounts) {
      if (!x.measured) continue;
      for (const y of b.features.amounts) {
        if (!y.measured || x.unit !== y.unit) continue;
        if (similarity < SAME_FACT && !x.after.some((w) => y.after.includes(w))) continue;
        // 10% leeway for conversions and rounding.
        if (x.high * 1.1 < y.low || y.high * 1.1 < x.low) {
          return {
            strength: 'hard',
            why: `${a.text.slice(x.start, x.end)} vs ${b.text.slice(y.start, y.end)}`,
            aParts: [[x.start, x.end]],
            bParts: [[y.start, y.end]],
          };
        }
      }
    }
    return null;
  },
};
