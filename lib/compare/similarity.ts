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

const figureOf = (key: string): number => Number(key.slice(1));

/** A claim's weighted keys as parallel arrays of key ids and unit-length weights. */
interface Packed {
  ids: Int32Array;
  weights: Float64Array;
}

export const tfidf: Similarity = {
  fit(claims) {
    // Key ids from words and from names kept apart, so no "@name" string is built per claim per fit.
    const termId = new Map<string, number>();
    const entityId = new Map<string, number>();
    const df: number[] = [];
    const lastClaim: number[] = [];
    const idOf = (ids: Map<string, number>, key: string, claim: number): number => {
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = df.push(0) - 1));
      if (lastClaim[id] !== claim) {
        lastClaim[id] = claim;
        df[id]!++;
      }
      return id;
    };
    const keys = claims.map((c, i) => {
      const f = c.features as Features;
      return [...(f.core ?? f.terms).map((k) => idOf(termId, k, i)), ...(f.coreEntities ?? f.entities).map((e) => idOf(entityId, e, i))];
    });
    const n = claims.length;
    const idf = (count: number) => Math.log((n + 1) / (count + 1)) + 1;
    const keyWeight = new Float64Array(df.length);
    for (const [k, id] of termId) keyWeight[id] = idf(df[id]!) * kindWeight(k);
    for (const id of entityId.values()) keyWeight[id] = idf(df[id]!) * ENTITY_WEIGHT;
    const keyIdOf = (key: string) => (key.startsWith('@') ? entityId.get(key.slice(1)) : termId.get(key));
    const weightOf = (key: string): number => {
      const id = keyIdOf(key);
      return id === undefined ? idf(0) * kindWeight(key) : keyWeight[id]!;
    };
    // Repeated keys summed in a scratch array by key id: a Map per claim was most of fitting a story.
    const acc = new Float64Array(df.length);
    const pack = (ids: number[]): Packed => {
      const unique: number[] = [];
      for (const id of ids) {
        if (acc[id] === 0) unique.push(id);
        acc[id] = acc[id]! + keyWeight[id]!;
      }
      let norm = 0;
      for (const id of unique) norm += acc[id]! * acc[id]!;
      norm = Math.sqrt(norm) || 1;
      const weights = new Float64Array(unique.length);
      unique.forEach((id, j) => {
        weights[j] = acc[id]! / norm;
        acc[id] = 0;
      });
      return { ids: Int32Array.from(unique), weights };
    };
    const vectors = keys.map(pack);
    const index = new Map(claims.map((c, i) => [c, i]));
    /** A claim outside the fitted ones (scored against them): its known keys only. */
    const vectorOf = (c: Claim): Packed => {
      const i = index.get(c);
      if (i !== undefined) return vectors[i]!;
      return pack(keysOf(c).map(keyIdOf).filter((id): id is number => id !== undefined));
    };
    // Postings per key id as claim indices and weights, and the most any claim has of the key; a
    // neighbour query touches thousands of entries in a story of 200 articles, so typed arrays and
    // reused accumulators, no Map per query.
    const count = new Int32Array(df.length);
    const postMax = new Float64Array(df.length);
    for (const v of vectors) v.ids.forEach((k, j) => { count[k]!++; postMax[k] = Math.max(postMax[k]!, v.weights[j]!); });
    const start = new Int32Array(df.length + 1);
    for (let k = 0; k < df.length; k++) start[k + 1] = start[k]! + count[k]!;
    const postIds = new Int32Array(start[df.length]!);
    const postWeights = new Float64Array(start[df.length]!);
    const fill = start.slice(0, df.length);
    vectors.forEach((v, i) => v.ids.forEach((k, j) => { postIds[fill[k]!] = i; postWeights[fill[k]!++] = v.weights[j]!; }));
    // Each vector's keys in the order a query walks them, rarest first (see neighbours): an
    // insertion sort in place, vectors being a sentence's few keys.
    for (const { ids, weights } of vectors) {
      for (let j = 1; j < ids.length; j++) {
        const [k, x] = [ids[j]!, weights[j]!];
        let i = j - 1;
        for (; i >= 0 && count[ids[i]!]! > count[k]!; i--) [ids[i + 1], weights[i + 1]] = [ids[i]!, weights[i]!];
        [ids[i + 1], weights[i + 1]] = [k, x];
      }
    }
    const dots = new Float64Array(n);
    const late = new Float64Array(df.length);
    const touched = new Int32Array(n);
    return {
      score(a, b) {
        const [va, vb] = [vectorOf(a), vectorOf(b)];
        let dot = 0;
        va.ids.forEach((k, j) => (late[k] = va.weights[j]!));
        vb.ids.forEach((k, j) => (dot += late[k]! * vb.weights[j]!));
        va.ids.forEach((k) => (late[k] = 0));
        return dot;
      },
      neighbours(a, min) {
        // Rare keys first; once the keys left could not lift an unseen claim above `min` (their
        // weight times the most any claim has of them), the claims already seen are finished from
        // their own short vectors instead of walking the long lists of keys every outlet uses
        // ("ceasefir", "@us"). Exact above `min`; what makes a story's first comparison fast.
        // The bound is the smaller of the keys' weights times those maxima and, both vectors being
        // of unit length, the length of what is left of the query (Cauchy-Schwarz).
        const { ids: keys, weights } = vectorOf(a);
        let left = 0;
        let leftSquared = 0;
        for (let j = 0; j < keys.length; j++) {
          left += weights[j]! * postMax[keys[j]!]!;
          leftSquared += weights[j]! * weights[j]!;
        }
        let seen = 0;
        let at = 0;
        for (; at < keys.length && Math.min(left, Math.sqrt(Math.max(leftSquared, 0))) > min; at++) {
          const k = keys[at]!;
          const x = weights[at]!;
          left -= x * postMax[k]!;
          leftSquared -= x * x;
          for (let j = start[k]!; j < start[k + 1]!; j++) {
            const id = postIds[j]!;
            if (dots[id] === 0) touched[seen++] = id;
            dots[id] = dots[id]! + x * postWeights[j]!;
          }
        }
        if (at < keys.length) {
          for (let j = at; j < keys.length; j++) late[keys[j]!] = weights[j]!;
          for (let t = 0; t < seen; t++) {
            const id = touched[t]!;
            const u = vectors[id]!;
            for (let j = 0; j < u.ids.length; j++) dots[id] = dots[id]! + late[u.ids[j]!]! * u.weights[j]!;
          }
          for (let j = at; j < keys.length; j++) late[keys[j]!] = 0;
        }
        const self = index.get(a);
        const found = new Map<Claim, number>();
        for (let t = 0; t < seen; t++) {
          const id = touched[t]!;
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
