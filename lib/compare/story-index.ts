// Which saved story a new article belongs to. An inverted index from profile keys (terms, entity
// keys, dates, figures: lib/text/profile.ts) to articles. A story scores by the cosine of the new
// article with the story's centroid, each key weighted by how rare it is among saved articles;
// each member's share is discounted by the days between them and by facts that cannot both be
// true of one event (other people, another year). Against a centroid, the names and figures
// several reports share outweigh what one report adds, so one bridging article cannot chain two
// earthquakes into one story as single-link matching did (ECB+ precision 0.65 -> 0.75).
// groupStories then splits and refines the stories so that its result does not hang on the order
// the articles came in; the extension's `find` on save stays a single lookup.
import type { AnalyzedArticle, StoryProfile } from '../model';
import type { EventProfile } from '../text/profile';

/** Score from which an article joins a story. Tuned on BASIL and ECB+ (scripts/eval/grouping.ts). */
export const STORY_MATCH = 0.18;
/** Days apart before time starts to count against a match, and how fast it does. */
const SAME_NEWS_DAYS = 3;
const DECAY_DAYS = 10;
/** Unseen articles assumed beside the saved ones, so that a library of three does not make every shared word look common. */
const PRIOR_ARTICLES = 20;
/** Keys found in more than this share of saved articles say little about a story and are skipped to keep lookups fast. */
const COMMON_SHARE = 0.1;
/** Leading people of a profile checked against the other's people. */
const LEADING_PEOPLE = 3;
/** Score kept when neither article names the other's leading people: two rehab check-ins, two boxing title defences. */
const OTHER_PEOPLE = 0.5;
/** Cosine from which an article is a copy of a saved one (a re-save, a syndicated wire story): it joins that article's story whatever the centroid says, so an article a reader moved into a story still finds it. */
const COPY = 0.8;
/** Score kept when each article's main year is absent from the other: two Macworld keynotes. */
const OTHER_YEAR = 0.5;
/** Score kept when each article's main day is another day than all the other names: two Paris jewellery heists, on a Thursday and on a Monday. */
const OTHER_DAY = 0.5;
/** Days apart that still count as the same day: "late Thursday" in one report is "early Friday" in another. */
const SAME_DAY_SLACK = 1;

/**
 * Normalized cut below which a story is two events (StoryIndex.split). For two equal halves it is
 * about 2q/(p+q), q the similarity across and p within: 0.75 splits when what the halves share is
 * under 60% of what holds each together. Tuned on ECB+ (F1 0.876 at 0.7 and 0.75, 0.860 at 0.8;
 * BASIL stories of three are too small to split).
 */
const SPLIT_CUT = 0.75;

/** A time discount under which a saved article's share in a story's score is left out (about 10 weeks apart). */
const NEGLIGIBLE = 1e-3;
const FIEDLER_ITERATIONS = 200;
/** Rounds of reassignment in groupStories at most; they usually settle within a few. */
const REFINE_ROUNDS = 5;

interface Entry {
  storyId: string;
  profile: StoryProfile;
  /** Weight of each key in the profile. */
  weights: Map<string, number>;
  people: string[];
  /** The publication year when known (time decay then compares dates), else the years mentioned, most mentioned first. */
  years: string[];
  days: Day[];
  dated: boolean;
  /** Plain length of the weights: each member adds a unit vector to its story's centroid, so a long article does not outweigh the others. */
  length: number;
  /** IDF-weighted norm and the library size it was computed at. */
  norm: number;
  normAt: number;
  /** Its place in the index's scratch arrays: find sums each entry's share in a typed array, not a Map. */
  slot: number;
}

/** Key weights of a profile; older profiles without weights rank theirs: the first keys are the most characteristic, entities count more. */
function weightsOf(profile: StoryProfile): Map<string, number> {
  const stored = (profile as Partial<EventProfile>).weights;
  if (Array.isArray(stored) && stored.length === profile.keys.length) return new Map(profile.keys.map((k, i) => [k, Number(stored[i]) || 0]));
  return new Map(profile.keys.map((k, r) => [k, (k.startsWith('@') ? 1.5 : 1) / (1 + r / 20)]));
}

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** A day as far as an article pins it down: a calendar day (ms), a weekday, a month and day. */
interface Day {
  time?: number;
  weekday?: number;
  monthDay?: string;
}

/** "2013-09-09", "w:1" or "m:9-9" (lib/text/profile.ts) as the parts that can be compared. */
function dayOf(value: string): Day {
  if (value.startsWith('w:')) return { weekday: Number(value.slice(2)) };
  if (value.startsWith('m:')) return { monthDay: value.slice(2) };
  const time = Date.parse(value);
  const d = new Date(time);
  return { time, weekday: d.getUTCDay(), monthDay: `${d.getUTCMonth() + 1}-${d.getUTCDate()}` };
}

/** Whether two days are the same within SAME_DAY_SLACK, or undefined when they share no part to compare. */
function sameDay(a: Day, b: Day): boolean | undefined {
  if (a.time !== undefined && b.time !== undefined) return Math.abs(a.time - b.time) <= SAME_DAY_SLACK * 86_400_000;
  if (a.weekday !== undefined && b.weekday !== undefined) return Math.min((a.weekday - b.weekday + 7) % 7, (b.weekday - a.weekday + 7) % 7) <= SAME_DAY_SLACK;
  if (a.monthDay !== undefined && b.monthDay !== undefined) return a.monthDay === b.monthDay;
  return undefined;
}

/** True when `day` is comparable with some of `days` and the same as none. */
function otherDay(day: Day, days: Day[]): boolean {
  let compared = false;
  for (const d of days) {
    const same = sameDay(day, d);
    if (same) return false;
    compared ||= same === false;
  }
  return compared;
}

function entryOf(storyId: string, profile: StoryProfile): Entry {
  const p = profile as Partial<EventProfile>;
  const weights = weightsOf(profile);
  const dated = p.dated === true;
  return {
    storyId,
    profile,
    weights,
    people: listOf(p.people),
    years: dated ? [String(new Date(profile.time).getUTCFullYear())] : listOf(p.years),
    days: listOf(p.days).map(dayOf),
    dated,
    length: Math.sqrt([...weights.values()].reduce((n, w) => n + w * w, 0)) || 1,
    norm: 0,
    normAt: 0,
    slot: -1,
  };
}

/** 1, or a penalty for facts two reports of one event would not disagree on. */
function agreement(a: Entry, b: Entry): number {
  let factor = 1;
  const meets = (lead: string[], other: string[]) => lead.some((p) => other.includes(p));
  if (a.people.length && b.people.length && !meets(a.people.slice(0, LEADING_PEOPLE), b.people) && !meets(b.people.slice(0, LEADING_PEOPLE), a.people)) factor *= OTHER_PEOPLE;
  // Two publication dates already say how far apart two reports are (time decay in find).
  if (a.dated && b.dated) return factor;
  if (a.years.length && b.years.length && !b.years.includes(a.years[0]!) && !a.years.includes(b.years[0]!)) factor *= OTHER_YEAR;
  if (a.days.length && b.days.length && otherDay(a.days[0]!, b.days) && otherDay(b.days[0]!, a.days)) factor *= OTHER_DAY;
  return factor;
}

/** 1 for reports a few days apart, then less the further apart they are. */
function decay(a: number, b: number): number {
  const days = Math.abs(a - b) / 86_400_000;
  return days <= SAME_NEWS_DAYS ? 1 : Math.exp(-(days - SAME_NEWS_DAYS) / DECAY_DAYS);
}

/**
 * The second eigenvector of D^-1/2 W D^-1/2 by power iteration, deflated of the first (sqrt of the
 * degrees) and shifted by the identity so that the largest eigenvalue is the one found.
 */
function fiedler(w: number[][], degree: number[]): number[] {
  const root = degree.map(Math.sqrt);
  const rootNorm = Math.hypot(...root);
  const first = root.map((r) => r / rootNorm);
  let v = first.map((_, i) => Math.sin(i + 1));
  for (let iteration = 0; iteration < FIEDLER_ITERATIONS; iteration++) {
    const next = v.map((x, i) => x + w[i]!.reduce((sum, wij, j) => sum + (wij * v[j]!) / (root[i]! * root[j]!), 0));
    const along = next.reduce((sum, x, i) => sum + x * first[i]!, 0);
    const deflated = next.map((x, i) => x - along * first[i]!);
    const length = Math.hypot(...deflated) || 1;
    v = deflated.map((x) => x / length);
  }
  return v;
}

/** A story's centroid: the sum of its members' unit-length key weights, their count, and its cached norm. */
interface Centroid {
  weights: Map<string, number>;
  size: number;
  norm: number;
  normAt: number;
}

export class StoryIndex {
  /** Key -> the saved articles whose profile has it, with the key's weight in each. */
  private postings = new Map<string, Map<Entry, number>>();
  private entries = new Map<string, Entry>();
  private centroids = new Map<string, Centroid>();
  /** Slots of removed entries, given to the next ones added. */
  private freeSlots: number[] = [];
  private slotCount = 0;
  /** Per slot, the dot product find is summing; zero between queries. */
  private dots = new Float64Array(0);

  get size(): number {
    return this.entries.size;
  }

  add(articleId: string, storyId: string, profile: StoryProfile): void {
    this.remove(articleId);
    const entry = entryOf(storyId, profile);
    entry.slot = this.freeSlots.pop() ?? this.slotCount++;
    this.entries.set(articleId, entry);
    this.shiftCentroid(entry, 1);
    for (const [key, weight] of entry.weights) {
      let holders = this.postings.get(key);
      if (!holders) this.postings.set(key, (holders = new Map()));
      holders.set(entry, weight);
    }
  }

  remove(articleId: string): void {
    const entry = this.entries.get(articleId);
    if (!entry) return;
    for (const key of entry.weights.keys()) {
      const holders = this.postings.get(key);
      holders?.delete(entry);
      if (holders && !holders.size) this.postings.delete(key);
    }
    this.shiftCentroid(entry, -1);
    this.entries.delete(articleId);
    this.freeSlots.push(entry.slot);
  }

  private shiftCentroid(entry: Entry, sign: 1 | -1): void {
    let c = this.centroids.get(entry.storyId);
    if (!c) this.centroids.set(entry.storyId, (c = { weights: new Map(), norm: 0, normAt: 0, size: 0 }));
    c.size += sign;
    if (!c.size) {
      this.centroids.delete(entry.storyId);
      return;
    }
    for (const [k, w] of entry.weights) c.weights.set(k, (c.weights.get(k) ?? 0) + (sign * w) / entry.length);
    c.normAt = 0;
  }

  private idf(key: string): number {
    const df = this.postings.get(key)?.size ?? 0;
    return Math.log((this.entries.size + PRIOR_ARTICLES) / (df + 1));
  }

  /** The IDF-weighted norm of a profile or centroid, recomputed once the library has grown or shrunk by a tenth since. */
  private norm(of: { weights: Map<string, number>; norm: number; normAt: number }): number {
    if (of.normAt && Math.abs(of.normAt - this.entries.size) <= of.normAt / 10) return of.norm;
    let sum = 0;
    for (const [k, w] of of.weights) sum += (this.idf(k) * w) ** 2;
    of.norm = Math.sqrt(sum) || 1;
    of.normAt = this.entries.size;
    return of.norm;
  }

  /**
   * The best-matching story, or null when none reaches STORY_MATCH. A story scores by the cosine
   * of the article with its centroid, each member's share discounted by days apart and conflicting
   * facts: keys several reports share (the event's names and figures) outweigh one report's.
   */
  find(profile: StoryProfile, options: { excludeStories?: string[]; threshold?: number } = {}): { storyId: string; score: number } | null {
    const excluded = new Set(options.excludeStories ?? []);
    const query = entryOf('', profile);
    if (this.dots.length < this.slotCount) this.dots = new Float64Array(this.slotCount * 2);
    const dots = this.dots;
    const touched: Entry[] = [];
    const common = Math.max(5, COMMON_SHARE * this.entries.size);
    for (const [key, w] of query.weights) {
      const holders = this.postings.get(key);
      if (!holders || holders.size > common) continue;
      const wIdf2 = w * this.idf(key) ** 2;
      for (const [entry, weight] of holders) {
        const share = wIdf2 * weight;
        if (share === 0) continue;
        if (dots[entry.slot] === 0) touched.push(entry);
        dots[entry.slot] = dots[entry.slot]! + share;
      }
    }
    const queryNorm = this.norm(query);
    const stories = new Map<string, { dot: number; copy: number }>();
    for (const entry of touched) {
      const dot = dots[entry.slot]!;
      dots[entry.slot] = 0;
      if (excluded.has(entry.storyId)) continue;
      const story = stories.get(entry.storyId) ?? { dot: 0, copy: 0 };
      const apart = decay(entry.profile.time, profile.time);
      // Months apart, a report adds nothing a story could be matched by: skipped before the costlier checks.
      if (apart < NEGLIGIBLE) continue;
      const discount = apart * agreement(query, entry);
      story.dot += (dot / entry.length) * discount;
      const cosine = (dot / (queryNorm * this.norm(entry))) * discount;
      if (cosine >= COPY) story.copy = Math.max(story.copy, cosine);
      stories.set(entry.storyId, story);
    }
    let best: { storyId: string; score: number } | null = null;
    for (const [storyId, { dot, copy }] of stories) {
      const score = Math.max(copy, dot / (queryNorm * this.norm(this.centroids.get(storyId)!)));
      if (!best || score > best.score) best = { storyId, score };
    }
    return best && best.score >= (options.threshold ?? STORY_MATCH) ? best : null;
  }

  /**
   * The story a saved article would join were it saved now, when that is another story than its
   * own (and none of `excludeStories`), else null: what an early match got wrong once later coverage
   * gave the events their own stories.
   */
  betterStory(articleId: string, excludeStories: string[] = []): { storyId: string; score: number } | null {
    const entry = this.entries.get(articleId);
    if (!entry) return null;
    this.remove(articleId);
    try {
      const best = this.find(entry.profile, { excludeStories });
      return best && best.storyId !== entry.storyId ? best : null;
    } finally {
      this.add(articleId, entry.storyId, entry.profile);
    }
  }

  /** Cosine of two saved articles' IDF-weighted keys, discounted like a story member in find. */
  private similarity(a: Entry, b: Entry): number {
    let dot = 0;
    for (const [k, w] of a.weights) {
      const v = b.weights.get(k);
      if (v !== undefined) dot += w * v * this.idf(k) ** 2;
    }
    return (dot / (this.norm(a) * this.norm(b))) * decay(a.profile.time, b.profile.time) * agreement(a, b);
  }

  /**
   * The story's articles in two groups when they fall into two cohesive ones, else null: the
   * normalized cut (Shi & Malik) of the members' similarity graph, split at the sweep of its
   * second eigenvector with the lowest cut, when that cut is below SPLIT_CUT.
   */
  split(storyId: string): [string[], string[]] | null {
    const ids = [...this.entries].filter(([, e]) => e.storyId === storyId).map(([id]) => id);
    const n = ids.length;
    // Each group needs two articles: one article apart is an outlier, which refinement handles.
    if (n < 4) return null;
    const entries = ids.map((id) => this.entries.get(id)!);
    const w = entries.map((a, i) => entries.map((b, j) => (i === j ? 0 : this.similarity(a, b))));
    const degree = w.map((row) => row.reduce((x, y) => x + y, 0) || 1e-9);
    const vector = fiedler(w, degree).map((x, i) => x / Math.sqrt(degree[i]!));
    const order = ids.map((_, i) => i).sort((a, b) => vector[a]! - vector[b]!);
    const total = degree.reduce((x, y) => x + y, 0);
    const inA = new Array<boolean>(n).fill(false);
    let best = { cut: Infinity, at: 0 };
    let cut = 0;
    let volume = 0;
    for (let s = 0; s < n - 1; s++) {
      const i = order[s]!;
      for (let j = 0; j < n; j++) cut += inA[j] ? -w[i]![j]! : w[i]![j]!;
      inA[i] = true;
      volume += degree[i]!;
      const ncut = cut / volume + cut / (total - volume);
      if (s >= 1 && s <= n - 3 && ncut < best.cut) best = { cut: ncut, at: s + 1 };
    }
    if (best.cut >= SPLIT_CUT) return null;
    return [order.slice(0, best.at).map((i) => ids[i]!), order.slice(best.at).map((i) => ids[i]!)];
  }
}

/**
 * Article ids grouped by story. Each article first joins the best story so far, oldest first, as the
 * extension does on save; undated articles then come in file order, so a story can form mixing two
 * events and its centroid pull in both. Two passes make the result depend on the articles rather
 * than their order: each story that falls into two cohesive groups is split (StoryIndex.split),
 * then each article moves to the story whose centroid, without it, it matches best (k-means-like
 * refinement); an article no story reaches the threshold for stays where it is.
 */
export function groupStories(articles: AnalyzedArticle[], threshold = STORY_MATCH): string[][] {
  const index = new StoryIndex();
  const storyOf = new Map<string, string>();
  const sorted = [...articles].sort((x, y) => x.profile.time - y.profile.time);
  const place = (a: AnalyzedArticle, storyId: string) => {
    index.add(a.id, storyId, a.profile);
    storyOf.set(a.id, storyId);
  };
  for (const a of sorted) place(a, index.find(a.profile, { threshold })?.storyId ?? a.id);
  const byId = new Map(sorted.map((a) => [a.id, a]));
  const pending = [...new Set(storyOf.values())];
  for (let splits = 0; pending.length; ) {
    const storyId = pending.pop()!;
    const apart = index.split(storyId)?.[1];
    if (!apart) continue;
    // An id no article has: a story keeps the id of the article that began it, which may have moved.
    const newId = `split ${++splits}`;
    for (const id of apart) place(byId.get(id)!, newId);
    pending.push(storyId, newId);
  }
  for (let round = 0, moved = true; moved && round < REFINE_ROUNDS; round++) {
    moved = false;
    for (const a of sorted) {
      const current = storyOf.get(a.id)!;
      index.remove(a.id);
      const best = index.find(a.profile, { threshold });
      moved ||= !!best && best.storyId !== current;
      place(a, best?.storyId ?? current);
    }
  }
  const groups = new Map<string, string[]>();
  for (const a of sorted) groups.set(storyOf.get(a.id)!, [...(groups.get(storyOf.get(a.id)!) ?? []), a.id]);
  return [...groups.values()];
}
