// Clock times more than half an hour apart for one event: "first reported at 3.40am" (p00) vs
// "Crews were called shortly after 5am to reports of smoke" (p02). The 7am bakery delivery (p02)
// shares no word with the first report, so it is not read against it. Times in two named zones
// are compared in UTC: "3:49 p.m. Eastern time" is "1:49 p.m. MDT" (MSRP).
import type { TimeMention } from '../../text/quantities';
import { sameEvent } from './context';
import { differingSpans, type Rule } from './types';

const LEEWAY_MINUTES = 30;

/** Extra leeway between two zones: outlets write "PST" in summer too. */
const DAYLIGHT_SAVING_MINUTES = 60;

const DAY = 24 * 60;

/** Do two times agree, within the leeway (and a zone's daylight-saving doubt), around the clock? */
function agree(x: TimeMention, y: TimeMention): boolean {
  const zoned = x.zone !== undefined && y.zone !== undefined && x.zone !== y.zone;
  const shift = zoned ? x.zone! - y.zone! : 0;
  const leeway = LEEWAY_MINUTES + (zoned ? DAYLIGHT_SAVING_MINUTES : 0);
  // y in x's zone, tried a day either side: 11 p.m. GMT and 1 a.m. CET are one time.
  return [-DAY, 0, DAY].some((day) => x.high + leeway >= y.low + shift + day && y.high + shift + day + leeway >= x.low);
}

export const time: Rule = {
  kind: 'time',
  check({ a, b }) {
    for (const x of a.features.times) {
      for (const y of b.features.times) {
        if (agree(x, y)) continue;
        const event = sameEvent(a, x.start, b, y.start);
        if (!event) continue;
        return differingSpans(a, x, b, y, event);
      }
    }
    return null;
  },
};
