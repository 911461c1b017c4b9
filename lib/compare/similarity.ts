// How alike two claims are, behind one interface so a semantic back end can replace TF-IDF later.
// TF-IDF over stemmed content words plus entity keys, with the attribution frame left out
// (lib/text/speech.ts); document frequencies come from the claims being compared, so words every
// outlet of the story uses ("cease-fire", "Moscow") weigh little.
import type { Claim } from '../model';
import type { Features } from '../text/features';

export interface Similarity {
  /** Learns weights from every claim in play, then scores any two of them in 0..1. */
  fit(claims: Claim[]): Scorer;
}

export interface Scorer {
  score(a: Claim, b: Claim): number;
  /** Every fitted claim scoring above `min` against `a`, without scoring all of them (an inverted index for TF-IDF). */
  neighbours(a: Claim, min: number): Map<Claim, number>;
}

type Vector = Map<string, number>;

/** Entity keys weigh more than words: "Sudzha" pins a claim down more than "control". */
const ENTITY_WEIGHT = 1.5;

const keysOf = (claim: Claim): string[] => {
  const f = claim.features as Features;
  return [...(f.core ?? f.terms), ...(f.coreEntities ?? f.entities).map((e) => `@${e}`)];
};

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) dot += v * (large.get(k) ?? 0);
  return dot;
}

export const tfidf: Similarity = {
  fit(claims) {
    const df = new Map<string, number>();
    const keys = new Map<Claim, string[]>();
    for (const c of claims) {
      const k = keysOf(c);
      keys.set(c, k);
      for (const key of new Set(k)) df.set(key, (df.get(key) ?? 0) + 1);
    }
    const n = claims.length;
    const vectors = new Map<Claim, Vector>();
    const vectorOf = (c: Claim): Vector => {
      let v = vectors.get(c);
      if (v) return v;
      v = new Map();
      for (const key of keys.get(c) ?? keysOf(c)) {
        const idf = Math.log((n + 1) / ((df.get(key) ?? 0) + 1)) + 1;
        v.set(key, (v.get(key) ?? 0) + idf * (key.startsWith('@') ? ENTITY_WEIGHT : 1));
      }
      let norm = 0;
      for (const x of v.values()) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      for (const [k, x] of v) v.set(k, x / norm);
      vectors.set(c, v);
      return v;
    };
    const postings = new Map<string, [Claim, number][]>();
    for (const c of claims) {
      for (const [k, x] of vectorOf(c)) {
        const list = postings.get(k);
        if (list) list.push([c, x]);
        else postings.set(k, [[c, x]]);
      }
    }
    return {
      score: (a, b) => cosine(vectorOf(a), vectorOf(b)),
      neighbours(a, min) {
        const dots = new Map<Claim, number>();
        for (const [k, x] of vectorOf(a)) for (const [c, y] of postings.get(k) ?? []) dots.set(c, (dots.get(c) ?? 0) + x * y);
        for (const [c, d] of dots) if (d <= min || c === a) dots.delete(c);
        return dots;
      },
    };
  },
};
