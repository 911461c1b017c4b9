// How alike two claims are, behind one interface so a semantic back end can replace TF-IDF later.
// TF-IDF over stemmed content words plus entity keys and figures, with the attribution frame left
// out (lib/text/speech.ts). Document frequencies come from the claims being compared, so words
// every outlet of the story uses ("cease-fire", "Moscow") weigh little; a background list of words
// common in all news (lib/text/data/common-words.ts) makes "look", "clear" or "past" weigh little
// too, since a story of five articles is too small to learn that ("Peskov stated that Russia was
// carefully looking into the outcomes of recent talks", seeds 003, states another outlet's fact).
import type { Claim } from '../model';
import type { Features } from '../text/features';
import { backgroundWeight } from '../text/terms';

export interface Similarity {
  /** Learns weights from every claim in play, then scores any two of them in 0..1. */
  fit(claims: Claim[]): Scorer;
}

export interface Scorer {
  score(a: Claim, b: Claim): number;
  /** Every fitted claim scoring above `min` against `a`, without scoring all of them (an inverted index for TF-IDF). */
  neighbours(a: Claim, min: number): Map<Claim, number>;
  /**
   * Share of `a`'s weight found anywhere in `among`, 0..1: how much of the claim is said elsewhere
   * even when no single sentence says all of it, or says it in other words around the same names.
   */
  coverage(a: Claim, among: Iterable<Claim>): number;
}

type Vector = Map<string, number>;

/** Entity keys and figures weigh more than words: "Sudzha" or "230" pins a claim down more than "control". */
const ENTITY_WEIGHT = 1.5;

/** Two figures this close are one figure: "30 kilometres" = "almost 19 miles" (p00/p03). */
const SAME_FIGURE = 0.05;

const keysOf = (claim: Claim): string[] => {
  const f = claim.features as Features;
  return [...(f.core ?? f.terms), ...(f.coreEntities ?? f.entities).map((e) => `@${e}`)];
};

/**
 * What coverage looks for: the compared keys plus every name, the speaker's too. Who says
 * something is part of the news even when it is no reason to call two sentences unlike:
 * "Dunmore said its two crew members were unhurt" (sample story) is not said by the outlets that
 * report other people unhurt.
 */
const factKeysOf = (claim: Claim): string[] => {
  const f = claim.features as Features;
  return [...(f.core ?? f.terms), ...f.entities.map((e) => `@${e}`)];
};

/** Entity keys start with @, figures with #; anything else is a word. */
const kindWeight = (key: string): number => (key.startsWith('@') || key.startsWith('#') ? ENTITY_WEIGHT : backgroundWeight(key));

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) dot += v * (large.get(k) ?? 0);
  return dot;
}

const figureOf = (key: string): number => Number(key.slice(1));

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
    const weightOf = (key: string): number => (Math.log((n + 1) / ((df.get(key) ?? 0) + 1)) + 1) * kindWeight(key);
    const vectors = new Map<Claim, Vector>();
    const vectorOf = (c: Claim): Vector => {
      let v = vectors.get(c);
      if (v) return v;
      v = new Map();
      for (const key of keys.get(c) ?? keysOf(c)) v.set(key, (v.get(key) ?? 0) + weightOf(key));
      let norm = 0;
      for (const x of v.values()) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      for (const [k, x] of v) v.set(k, x / norm);
      vectors.set(c, v);
      return v;
    };
    // Postings as claim indices and weights, and one reused accumulator: a neighbour query touches
    // thousands of entries in a story of 200 articles, so no Map per query.
    const index = new Map(claims.map((c, i) => [c, i]));
    const postings = new Map<string, { ids: number[]; weights: number[] }>();
    claims.forEach((c, i) => {
      for (const [k, x] of vectorOf(c)) {
        let list = postings.get(k);
        if (!list) postings.set(k, (list = { ids: [], weights: [] }));
        list.ids.push(i);
        list.weights.push(x);
      }
    });
    const dots = new Float64Array(claims.length);
    return {
      score: (a, b) => cosine(vectorOf(a), vectorOf(b)),
      neighbours(a, min) {
        const touched: number[] = [];
        for (const [k, x] of vectorOf(a)) {
          const list = postings.get(k);
          if (!list) continue;
          for (let j = 0; j < list.ids.length; j++) {
            const id = list.ids[j]!;
            if (dots[id] === 0) touched.push(id);
            dots[id] = dots[id]! + x * list.weights[j]!;
          }
        }
        const self = index.get(a);
        const found = new Map<Claim, number>();
        for (const id of touched) {
          if (dots[id]! > min && id !== self) found.set(claims[id]!, dots[id]!);
          dots[id] = 0;
        }
        return found;
      },
      coverage(a, among) {
        const seen = new Set<string>();
        const figures: number[] = [];
        for (const c of among) {
          for (const k of factKeysOf(c)) {
            seen.add(k);
            if (k.startsWith('#')) figures.push(figureOf(k));
          }
        }
        const found = (k: string) =>
          seen.has(k) || (k.startsWith('#') && figures.some((f) => Math.abs(f - figureOf(k)) <= SAME_FIGURE * Math.max(f, figureOf(k))));
        let total = 0;
        let covered = 0;
        for (const k of new Set(factKeysOf(a))) {
          const x = weightOf(k);
          total += x;
          if (found(k)) covered += x;
        }
        return total ? covered / total : 1;
      },
    };
  },
};
