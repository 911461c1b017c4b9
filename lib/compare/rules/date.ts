// Dates that cannot both be right for one event: "fire broke out early on Tuesday" (p00) vs "fire
// ripped through ... on Monday" (p03); talks "on Thursday" (seeds 000/001) vs talks "in the coming
// days" (004). The event is what the words around the date are about (rules/context.ts). A date
// both claims give for the same event is no disagreement: "payable Nov. 7 to shareholders of record
// on Oct. 17" in both outlets never reads Oct. 17 against Nov. 7; but the delegation's "arrival on
// Thursday" (seeds 004) does not make 004 agree that discussions unfold on Thursday.
import { sameEvent } from './context';
import type { DateMention } from '../../text/quantities';
import { differingSpans, type Rule } from './types';

const kindOf = (value: string) => value.split(':')[0];

/** The month of a calendar date or a bare month ("date:9-25" and "month:9" are both September). */
const monthOf = (value: string): string | undefined => (/^(date|month):/.test(value) ? value.split(':')[1]!.split('-')[0] : undefined);

/** Two dates of different kinds are compared only as months: "September 25" against "October". */
function comparable(x: string, y: string): boolean {
  if (kindOf(x) === kindOf(y)) return true;
  const [mx, my] = [monthOf(x), monthOf(y)];
  return mx !== undefined && my !== undefined && mx !== my;
}

export const date: Rule = {
  kind: 'date',
  check({ a, b }) {
    // "In the coming days" in both is no date both give: it is set against the named day instead.
    const alsoIn = (from: typeof a, d: DateMention, other: typeof a) =>
      d.value !== 'vague-future' && other.features.dates.some((e) => e.value === d.value && sameEvent(from, d.start, other, e.start));
    for (const x of a.features.dates) {
      if (alsoIn(a, x, b)) continue;
      for (const y of b.features.dates) {
        if (x.value === y.value || alsoIn(b, y, a) || kindOf(x.value) === 'year' || kindOf(y.value) === 'year') continue;
        const vague = x.value === 'vague-future' || y.value === 'vague-future';
        if (!vague && !comparable(x.value, y.value)) continue;
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
