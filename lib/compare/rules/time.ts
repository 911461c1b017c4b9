// Clock times more than half an hour apart for one event: "first reported at 3.40am" (p00) vs
// "Crews were called shortly after 5am to reports of smoke" (p02). The 7am bakery delivery (p02)
// shares no word with the first report, so it is not read against it.
import { sameEvent } from './context';
import { differingSpans, type Rule } from './types';

const LEEWAY_MINUTES = 30;

export const time: Rule = {
  kind: 'time',
  check({ a, b }) {
    for (const x of a.features.times) {
      for (const y of b.features.times) {
        if (x.high + LEEWAY_MINUTES >= y.low && y.high + LEEWAY_MINUTES >= x.low) continue;
        const event = sameEvent(a, x.start, b, y.start);
        if (!event) continue;
        return differingSpans(a, x, b, y, event);
      }
    }
    return null;
  },
};
