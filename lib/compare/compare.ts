// One article against the others of its story: what only it reports (unique), what two or more
// others report and it leaves out (missing), what others confirm (corroborated) and where they
// disagree (conflicts, from the rules in rules/). Facts are compared across the whole story, not
// only between aligned sentences: every claim of this article meets every claim of the others,
// and each rule decides whether the pair is about one fact.
import type { AnalyzedArticle, Claim, ClaimRef, Comparison, CompareOptions, Conflict, SharedClaim } from '../model';
import { RULES } from './rules';
import type { FeaturedClaim } from './rules/types';
import { tfidf, type Scorer, type Similarity } from './similarity';

/** Similarity at which two claims count as the same claim, for a sensitivity of 0..1 (default 0.5 -> 0.3). */
export const matchThreshold = (sensitivity = 0.5): number => 0.5 - 0.4 * sensitivity;

const refOf = (articleId: string, c: Claim): ClaimRef => ({ articleId, order: c.order, text: c.text, start: c.start, end: c.end });

/** Articles that are copies of one wire story count as one outlet: most of their sentences open alike. */
function wireGroups(articles: AnalyzedArticle[]): Map<string, string> {
  const opening = (c: Claim) => c.text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').split(/\s+/).slice(0, 8).join(' ');
  const group = new Map<string, string>();
  const seen = new Map<string, string[]>();
  for (const a of articles) {
    const keys = a.claims.map(opening);
    const counts = new Map<string, number>();
    for (const k of keys) for (const id of seen.get(k) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    const copyOf = [...counts].find(([id, n]) => n >= 0.6 * Math.min(keys.length, articles.find((x) => x.id === id)!.claims.length));
    group.set(a.id, copyOf ? group.get(copyOf[0])! : a.id);
    for (const k of keys) seen.set(k, [...(seen.get(k) ?? []), a.id]);
  }
  return group;
}

export function compareArticle(
  target: AnalyzedArticle,
  others: AnalyzedArticle[],
  options: CompareOptions & { similarity?: Similarity } = {},
): Comparison {
  const threshold = matchThreshold(options.sensitivity);
  const sim = (options.similarity ?? tfidf).fit([target, ...others].flatMap((a) => a.claims));
  const source = wireGroups(others);
  const articleOf = new Map<Claim, AnalyzedArticle>();
  for (const o of others) for (const c of o.claims) articleOf.set(c, o);
  // Claims that name a speaker or an office: compared with each other whatever their similarity,
  // since a swapped name or a misattributed quote makes two sentences look unrelated.
  const speaks = (c: Claim) => (c as FeaturedClaim).features.quotes.length > 0 || (c as FeaturedClaim).features.roles.length > 0;
  const speaking = [...articleOf.keys()].filter(speaks);

  const unique: ClaimRef[] = [];
  const corroborated: SharedClaim[] = [];
  const conflicts: Conflict[] = [];
  // Best similarity of each other claim to any claim of this article: what "missing" needs.
  const covered = new Map<Claim, number>();
  for (const t of target.claims) {
    const near = sim.neighbours(t, 0);
    if (speaks(t)) for (const c of speaking) if (!near.has(c)) near.set(c, 0);
    const best = new Map<AnalyzedArticle, number>();
    for (const [c, s] of near) {
      const other = articleOf.get(c);
      if (!other) continue;
      if (s > (best.get(other) ?? 0)) best.set(other, s);
      if (s > (covered.get(c) ?? 0)) covered.set(c, s);
      for (const rule of RULES) {
        const found = rule.check({ a: t as FeaturedClaim, b: c as FeaturedClaim, similarity: s });
        if (!found) continue;
        conflicts.push({
          kind: rule.kind,
          strength: found.strength,
          this: refOf(target.id, t),
          other: refOf(other.id, c),
          why: found.why,
          thisParts: found.aParts.map(([s0, e0]) => t.text.slice(s0, e0)),
          otherParts: found.bParts.map(([s0, e0]) => c.text.slice(s0, e0)),
        });
      }
    }
    const outlets = others.filter((o) => (best.get(o) ?? 0) >= threshold).map((o) => o.id);
    if (outlets.length) corroborated.push({ claim: refOf(target.id, t), outlets });
    else unique.push(refOf(target.id, t));
  }
  const outletsOf = (ids: string[]) => new Set(ids.map((id) => source.get(id))).size;
  return { articleId: target.id, against: others.map((o) => o.id), unique, missing: missingFrom(others, articleOf, sim, threshold, covered, outletsOf), corroborated, conflicts };
}

/** Claims at least two other outlets make and this article does not, one entry per fact. */
function missingFrom(
  others: AnalyzedArticle[],
  articleOf: Map<Claim, AnalyzedArticle>,
  sim: Scorer,
  threshold: number,
  covered: Map<Claim, number>,
  outletsOf: (ids: string[]) => number,
): SharedClaim[] {
  const missing: SharedClaim[] = [];
  const reported = new Set<Claim>();
  for (const other of others) {
    for (const c of other.claims) {
      if ((covered.get(c) ?? 0) >= threshold || reported.has(c)) continue;
      const same = [...sim.neighbours(c, threshold - 1e-9)].filter(([d]) => articleOf.has(d) && articleOf.get(d) !== other);
      const outlets = [other.id, ...new Set(same.map(([d]) => articleOf.get(d)!.id))];
      if (outletsOf(outlets) < 2) continue;
      for (const [d] of same) reported.add(d);
      reported.add(c);
      missing.push({ claim: refOf(other.id, c), outlets });
    }
  }
  return missing;
}
