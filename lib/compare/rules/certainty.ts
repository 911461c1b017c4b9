// The same outcome stated as settled by one outlet and as possible by another: "Residents will be
// allowed to return home" (p01) vs "Residents may be allowed home" (p03). Soft: hedging differences
// were mostly noise on the seeds, so they stay hidden unless the reader asks for them.
import { sharedTerms, type Rule } from './types';

const HEDGED = new Set(['may', 'might', 'could']);

export const certainty: Rule = {
  kind: 'certainty',
  check({ a, b }) {
    for (const x of a.features.modals) {
      const y = b.features.modals.find((m) => m.verb === x.verb && (m.modal === 'will') !== (x.modal === 'will') && (HEDGED.has(m.modal) || HEDGED.has(x.modal)));
      if (!y || sharedTerms(a, b, [x.verb]).length < 1) continue;
      return {
        strength: 'soft',
        why: `"${a.text.slice(x.start, x.end)}" vs "${b.text.slice(y.start, y.end)}"`,
        aParts: [[x.start, x.end]],
        bParts: [[y.start, y.end]],
      };
    }
    return null;
  },
};
