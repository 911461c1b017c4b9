// Dates that cannot both be right for one event: "fire broke out early on Tuesday" (p00) vs "fire
// ripped through ... on Monday" (p03); talks "on Thursday" (seeds 000/001) vs talks "in the coming
// days" (004). The event is what the words around the date are about (rules/context.ts).
import { sameEvent } from './context';
import { differingSpans, type Rule } from './types';

const kindOf = (value: string) => value.split(':')[0];

export const date: Rule = {
  kind: 'date',
  check({ a, b }) {
    for (const x of a.features.dates) {
      for (const y of b.features.dates) {
        if (x.value === y.value || kindOf(x.value) === 'year' || kindOf(y.value) === 'year') continue;
        const vague = x.value === 'vague-future' || y.value === 'vague-future';
        if (!vague && kindOf(x.value) !== kindOf(y.value)) continue;
        // A vague future only contradicts a named day, not another date of the same sentence.
        if (vague && x.value !== 'vague-future' && a.features.dates.some((d) => d.value === 'vague-future')) continue;
        if (vague && y.value !== 'vague-future' && b.features.dates.some((d) => d.value === 'vague-future')) continue;
        if (vague && ![x, y].some((d) => d.weekday !== undefined)) continue;
        const event = sameEvent(a, x.start, b, y.start, vague ? Infinity : undefined);
        if (!event) continue;
        return differingSpans(a, x, b, y, event);
      }
    }
    return null;
  },
};
