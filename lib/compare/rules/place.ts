// Where inside a site something happened, told differently: "the fire started in a warehouse used
// to store solvents" (p01) vs "the resin production hall, where the fire is believed to have
// started" (p02). Claims must share two content words besides the places (fire, started), and
// have no place in common, so "at the Quarry Lane leisure centre" in two outlets agrees.
import { sharedTerms, type Rule } from './types';

export const place: Rule = {
  kind: 'place',
  check({ a, b }) {
    const pa = a.features.places;
    const pb = b.features.places;
    if (!pa.length || !pb.length || pa.some((x) => pb.some((y) => x.head === y.head))) return null;
    const placeWords = [...pa, ...pb].flatMap((p) => [p.head, ...p.words]);
    if (sharedTerms(a, b, placeWords).length < 2) return null;
    const x = pa[0]!;
    const y = pb[0]!;
    return {
      strength: 'hard',
      why: `${a.text.slice(x.start, x.end)} vs ${b.text.slice(y.start, y.end)}`,
      aParts: pa.map((p) => [p.start, p.end] as [number, number]),
      bParts: pb.map((p) => [p.start, p.end] as [number, number]),
    };
  },
};
