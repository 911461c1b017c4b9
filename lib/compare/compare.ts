// One article against the others of its story: what only it reports (unique), what two or more
// others report and it leaves out (missing), what others confirm (corroborated) and where they
// disagree (conflicts, from the rules in rules/). Facts are compared across the whole story, not
// only between aligned sentences: a claim counts as reported elsewhere when one claim of another
// outlet states it (similarity >= matchThreshold) or when most of its weight turns up among the other outlets' claims
// about the same things (coverage: "U.S. and Russian diplomats strategize in Moscow regarding a
// potential 30-day cease-fire" is spread over two sentences of seeds 000). The work that depends
// only on the story (term weights, which claims match which) is kept for the next article of the
// same story, so opening a story of fifty articles does it once.
import type { AnalyzedArticle, Claim, ClaimRef, Comparison, CompareOptions, Conflict, SharedClaim } from '../model';
import { restatementShare, WORTH_CHECKING } from './restatement';
import { RULES } from './rules';
import type { FeaturedClaim } from './rules/types';
import { tfidf, type Scorer, type Similarity } from './similarity';

/** Similarity at which two claims count as the same claim, for a sensitivity of 0..1 (default 0.5 -> 0.3). */
export const matchThreshold = (sensitivity = 0.5): number => 0.5 - 0.4 * sensitivity;

/**
 * Coverage at which a claim counts as reported elsewhere (default 0.54). Set with matchThreshold on
 * the two gold stories (seeds, P): a claim whose weighted words are half new is still news.
 */
export const coverThreshold = (sensitivity = 0.5): number => 0.74 - 0.4 * sensitivity;

/** Claims less similar than this to a claim add nothing to its coverage: they are about something else. */
const NEAR = 0.05;

/** Share of a claim's characters inside quotation marks that makes it a quotation. */
const QUOTED_SHARE = 0.6;

/**
 * Factor on the similarity of two reports whose attribution frames name different people: what
 * "Al Jazeera's correspondent Dorsa Jabbari reported" (seeds 004) and what "Kremlin spokesman Dmitri
 * S. Peskov stated" (seeds 002) are two facts even in shared words ("formal response to the
 * proposal"). Quotations are exempt: one quote given to two speakers is a conflict, not two facts.
 */
const OTHER_SOURCE = 0.5;

/** Stories whose work is kept: the popup moves between the articles of one or two stories. */
const KEPT_STORIES = 4;

const refOf = (articleId: string, c: Claim): ClaimRef => ({ articleId, order: c.order, text: c.text, start: c.start, end: c.end });

/** Articles that are copies of one wire story count as one outlet: most of their sentences open alike. */
function wireGroups(articles: AnalyzedArticle[]): Map<string, string> {
  // Words cleaned one by one from the first few, the Unicode pattern only for words that need it:
  // cleaning whole claims was a fifth of a story's first comparison.
  const clean = (w: string) => (/[^a-z0-9]/.test(w) ? w.replace(/[^\p{L}\p{N}]/gu, '') : w);
  const opening = (c: Claim) =>
    c.text.split(/\s+/, 12).map((w) => clean(w.toLowerCase())).filter(Boolean).slice(0, 8).join(' ');
  const group = new Map<string, string>();
  const seen = new Map<string, string[]>();
  const sizes = new Map(articles.map((a) => [a.id, a.claims.length]));
  for (const a of articles) {
    const keys = a.claims.map(opening);
    const counts = new Map<string, number>();
    for (const k of keys) for (const id of seen.get(k) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    const copyOf = [...counts].find(([id, n]) => n >= 0.6 * Math.min(keys.length, sizes.get(id)!));
    group.set(a.id, copyOf ? group.get(copyOf[0])! : a.id);
    for (const k of keys) seen.set(k, [...(seen.get(k) ?? []), a.id]);
  }
  return group;
}

/** What depends only on the story: weights, and each claim's near claims in other articles. */
interface StoryModel {
  articles: AnalyzedArticle[];
  similarity: Similarity;
  scorer: Scorer;
  articleOf: Map<Claim, AnalyzedArticle>;
  source: Map<string, string>;
  near: Map<Claim, Map<Claim, number>>;
  /** Each claim's matches at `matchedAt`: asking at the reader's threshold prunes far more than at the lowest. */
  matches: Map<Claim, [Claim, number][]>;
  matchedAt: number;
  /** People each claim's attribution frame names, and whether it is a quotation (claimSimilarity). */
  sources: Map<Claim, { people: string[]; quotation: boolean }>;
  /** Each claim's closest restatement in every other article that has one, with its word share. */
  restatements: Map<Claim, Map<AnalyzedArticle, [Claim, number]>>;
}

const kept: StoryModel[] = [];

/** The story's model, reused when the same articles (as objects) come again in any order. */
function storyModel(articles: AnalyzedArticle[], similarity: Similarity): StoryModel {
  const members = new Set(articles);
  const found = kept.find((m) => m.similarity === similarity && m.articles.length === members.size && m.articles.every((a) => members.has(a)));
  if (found) return found;
  const articleOf = new Map<Claim, AnalyzedArticle>();
  for (const a of articles) for (const c of a.claims) articleOf.set(c, a);
  const model: StoryModel = {
    articles: [...members],
    similarity,
    scorer: similarity.fit([...articleOf.keys()]),
    articleOf,
    source: wireGroups(articles),
    near: new Map(),
    matches: new Map(),
    matchedAt: NaN,
    sources: new Map([...articleOf.keys()].map((c) => [c, { people: sourcesOf(c), quotation: isQuotation(c) }])),
    restatements: new Map(),
  };
  kept.unshift(model);
  kept.length = Math.min(kept.length, KEPT_STORIES);
  return model;
}

/** People named in a claim's attribution frame: who reports it. */
const sourcesOf = (c: Claim): string[] => {
  const f = (c as FeaturedClaim).features;
  return f.people.map((p) => p.key).filter((k) => !f.coreEntities.includes(k));
};

/** Similarity of two claims of different articles, lowered for reports by different named sources. */
function claimSimilarity(model: StoryModel, a: Claim, b: Claim, similarity: number): number {
  const [sa, sb] = [model.sources.get(a)!, model.sources.get(b)!];
  if (!sa.people.length || !sb.people.length || sa.quotation || sb.quotation) return similarity;
  return sa.people.some((k) => sb.people.includes(k)) ? similarity : similarity * OTHER_SOURCE;
}

/** Claims of other articles sharing a key with `c`, with their similarity. */
function nearOf(model: StoryModel, c: Claim): Map<Claim, number> {
  let near = model.near.get(c);
  if (!near) {
    const own = model.articleOf.get(c);
    near = new Map();
    for (const [d, s] of model.scorer.neighbours(c, 0)) if (model.articleOf.get(d) !== own) near.set(d, claimSimilarity(model, c, d, s));
    model.near.set(c, near);
  }
  return near;
}

/** Claims of other articles matching `c` at `threshold`, with their similarity. */
function matchesOf(model: StoryModel, c: Claim, threshold: number): [Claim, number][] {
  if (model.matchedAt !== threshold) {
    model.matches.clear();
    model.matchedAt = threshold;
  }
  let found = model.matches.get(c);
  if (!found) {
    const own = model.articleOf.get(c);
    const min = threshold - 1e-9;
    found = [];
    for (const [d, s] of model.scorer.neighbours(c, min)) {
      const similarity = model.articleOf.get(d) === own ? 0 : claimSimilarity(model, c, d, s);
      if (similarity >= min) found.push([d, similarity]);
    }
    model.matches.set(c, found);
  }
  return found;
}

/** A claim that is mostly a quotation: someone's own words are reported or not, never paraphrased piecemeal. */
function isQuotation(c: Claim): boolean {
  const quoted = (c as FeaturedClaim).features.quotes.reduce((n, q) => n + q.end - q.start, 0);
  return quoted >= QUOTED_SHARE * c.text.length;
}

/**
 * Is `c` said by the claims `near` it (other outlets' claims with their similarity), spread over
 * several of them? Not for a quotation: "Nobody should have to learn about fog the hard way"
 * (sample story) is one councillor's words even though "fog" and "learn" occur elsewhere.
 */
function covered(model: StoryModel, c: Claim, near: Map<Claim, number>, cover: number): boolean {
  if (isQuotation(c)) return false;
  // Claims about the same things lend their words, and each outlet's nearest claim always does:
  // "The Coastal Safety Board is investigating" (sample story) is one word of a long sentence.
  const nearest = new Map<AnalyzedArticle, [Claim, number]>();
  for (const [d, s] of near) {
    const a = model.articleOf.get(d)!;
    if (s > (nearest.get(a)?.[1] ?? -1)) nearest.set(a, [d, s]);
  }
  const lending = new Set([...near].filter(([, s]) => s >= NEAR).map(([d]) => d));
  for (const [d] of nearest.values()) lending.add(d);
  return model.scorer.coverage(c, lending) >= cover;
}

/** Does `near` (claims of other outlets with their similarity) report `c`, by one matching claim or by coverage? */
function reports(model: StoryModel, c: Claim, near: Map<Claim, number>, threshold: number, cover: number): boolean {
  for (const s of near.values()) if (s >= threshold) return true;
  return covered(model, c, near, cover);
}

export function compareArticle(
  target: AnalyzedArticle,
  others: AnalyzedArticle[],
  options: CompareOptions & { similarity?: Similarity } = {},
): Comparison {
  const threshold = matchThreshold(options.sensitivity);
  const cover = coverThreshold(options.sensitivity);
  const model = storyModel([target, ...others], options.similarity ?? tfidf);
  const againstSet = new Set(others);
  const inOthers = (d: Claim) => againstSet.has(model.articleOf.get(d)!);
  // Claims that name a speaker or an office: compared with each other whatever their similarity,
  // since a swapped name or a misattributed quote makes two sentences look unrelated.
  const speaks = (c: Claim) => (c as FeaturedClaim).features.quotes.length > 0 || (c as FeaturedClaim).features.roles.length > 0;
  const speaking = others.flatMap((o) => o.claims.filter(speaks));

  const unique: ClaimRef[] = [];
  const corroborated: SharedClaim[] = [];
  const conflicts: Conflict[] = [];
  for (const t of target.claims) {
    const near = new Map([...nearOf(model, t)].filter(([d]) => inOthers(d)));
    const outlets = new Set<AnalyzedArticle>();
    for (const [d, s] of near) if (s >= threshold) outlets.add(model.articleOf.get(d)!);
    if (!outlets.size && covered(model, t, near, cover)) {
      // Said across several claims: the outlets of the nearest ones confirm it.
      for (const [d] of [...near].sort((x, y) => y[1] - x[1]).slice(0, 3)) outlets.add(model.articleOf.get(d)!);
    }
    if (outlets.size) {
      const confirming = others.filter((o) => outlets.has(o));
      corroborated.push({ claim: refOf(target.id, t), outlets: confirming.map((o) => o.id), restatements: restatementsOf(model, t, confirming) });
    } else unique.push(refOf(target.id, t));
    const candidates = new Map(near);
    if (speaks(t)) for (const c of speaking) if (!candidates.has(c)) candidates.set(c, 0);
    for (const [c, s] of candidates) addConflicts(conflicts, target, t, model.articleOf.get(c)!, c, s);
  }
  return { articleId: target.id, against: others.map((o) => o.id), unique, missing: missingFrom(model, target, others, threshold, cover), corroborated, conflicts };
}

/** Each confirming outlet's claim that restates `t` best, if one does: how the others word the same claim. */
function restatementsOf(model: StoryModel, t: Claim, outlets: AnalyzedArticle[]): ClaimRef[] {
  let best = model.restatements.get(t);
  if (!best) {
    best = new Map();
    for (const [d, s] of nearOf(model, t)) {
      if (s < WORTH_CHECKING) continue;
      const share = restatementShare(t, d);
      const a = model.articleOf.get(d)!;
      if (share > 0 && share > (best.get(a)?.[1] ?? 0)) best.set(a, [d, share]);
    }
    model.restatements.set(t, best);
  }
  return outlets.flatMap((o) => {
    const found = best.get(o);
    return found ? [refOf(o.id, found[0])] : [];
  });
}

/** Every rule's finding on one pair, as conflicts added to `into` (a story's first comparison checks thousands of pairs). */
function addConflicts(into: Conflict[], target: AnalyzedArticle, t: Claim, other: AnalyzedArticle, c: Claim, similarity: number): void {
  const pair = { a: t as FeaturedClaim, b: c as FeaturedClaim, similarity };
  for (const rule of RULES) {
    const found = rule.check(pair);
    if (!found) continue;
    into.push({
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

/** Claims at least two other outlets make and this article does not, one entry per fact. */
function missingFrom(model: StoryModel, target: AnalyzedArticle, others: AnalyzedArticle[], threshold: number, cover: number): SharedClaim[] {
  const against = new Set(others);
  const outletsOf = (ids: string[]) => new Set(ids.map((id) => model.source.get(id))).size;
  const missing: SharedClaim[] = [];
  const reported = new Set<Claim>();
  for (const other of others) {
    for (const c of other.claims) {
      if (reported.has(c)) continue;
      const same = matchesOf(model, c, threshold).filter(([d]) => against.has(model.articleOf.get(d)!)).map(([d]) => d);
      const outlets = [other.id, ...new Set(same.map((d) => model.articleOf.get(d)!.id))];
      if (outletsOf(outlets) < 2) continue;
      // The target's claims near `c`, read from their side: a target has few claims, `c` many neighbours.
      const inTarget = new Map<Claim, number>();
      for (const t of target.claims) {
        const s = nearOf(model, t).get(c);
        if (s !== undefined) inTarget.set(t, s);
      }
      if (reports(model, c, inTarget, threshold, cover)) continue;
      for (const d of same) reported.add(d);
      reported.add(c);
      missing.push({ claim: refOf(other.id, c), outlets });
    }
  }
  return missing;
}
