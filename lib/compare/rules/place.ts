// Where something happened, told differently: "the fire started in a warehouse used to store
// solvents" (p01) vs "the resin production hall, where the fire is believed to have started" (p02).
// Two places conflict when they are of one level (two parts of a site, or two sites), differ, and
// their clauses share two content words besides the places (fire, started): so "at the Quarry
// Lane leisure centre" in two outlets agrees and "a warehouse" never meets "a chemical plant".
import { placeTerms } from './context';
import { differingSpans, type Rule } from './types';

export const place: Rule = {
  kind: 'place',
  check({ a, b }) {
    for (const x of a.features.places) {
      for (const y of b.features.places) {
        if (x.level !== y.level || x.head === y.head) continue;
        if (a.features.places.some((p) => p.head === y.head) || b.features.places.some((p) => p.head === x.head)) continue;
        const placeWords = new Set([...x.words, ...y.words, x.head, y.head]);
        const other = new Set(placeTerms(b, y.start));
        if (placeTerms(a, x.start).filter((t) => other.has(t) && !placeWords.has(t)).length < 2) continue;
        return differingSpans(a, x, b, y);
      }
    }
    return null;
  },
};
