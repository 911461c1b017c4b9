// Article -> StoryProfile: what story matching (lib/compare/story-index.ts) needs of an article,
// computed once at save time and stored beside it. Two reports of one event share its specific
// facts (names, places, figures, dates); two events of the same kind share only topic words
// ("earthquake", "rehab"), so the profile keeps those facts as fields of their own.
import type { Claim, ExtractedArticle, StoryProfile } from '../model';
import type { Features } from './features';
import { findDates } from './quantities';
import type { Span } from './sentences';
import { termsOf } from './terms';
import { tokenize } from './tokenize';

/**
 * Profile keys by kind: the prefix a key carries, how much one mention weighs, and how many keys of
 * that kind the profile keeps (enough to tell two earthquakes apart, few enough to index).
 */
export const KEY_KINDS = {
  term: { prefix: '', weight: 1, keep: 30 },
  entity: { prefix: '@', weight: 2, keep: 15 },
  date: { prefix: '#', weight: 2, keep: 6 },
  number: { prefix: '=', weight: 2, keep: 8 },
} as const;
type Kind = keyof typeof KEY_KINDS;

/** Mentions in the headline and the first sentences count this many times: the lead names the event. */
const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const LEAD_SENTENCES = 3;
/** People and years kept for conflict checks: the most mentioned ones are the event's own. */
const PEOPLE = 8;
const YEARS = 4;
const DAYS = 4;
/** Sentences searched for a dateline ("9 September 2013, 14:08") when the page gave no publication date. */
const DATELINE_SENTENCES = 3;
const DAY_MS = 86_400_000;

/** The engine's fields beside `keys` and `time`; older stored profiles may lack them. */
export interface EventProfile extends StoryProfile {
  /** Weight of each key in this article, parallel to `keys`. */
  weights: number[];
  /** Surnames of the people named, most mentioned first: two rehab stories name different people. */
  people: string[];
  /** Years mentioned, most mentioned first: two Macworld keynotes are years apart. */
  years: string[];
  /**
   * Days the article names, most mentioned first: "2013-09-09" when a publication date or dateline
   * resolves them, else "w:1" (a Monday) or "m:9-9" (9 September). Two jewellery heists in Paris,
   * one on a Thursday and one on a Monday, are two stories.
   */
  days: string[];
  /** `time` is the publication time, not the time the article was saved. */
  dated: boolean;
}

/** A figure says which event it is when it is specific: a toll of 23, a magnitude of 6.1, not "two". */
const isSpecific = (value: number): boolean => value >= 10 || !Number.isInteger(value);

/** The day a dateline in the headline or first sentences names: a month, a day and a year together. */
function datelineOf(sentences: string[]): number {
  for (const sentence of sentences) {
    const dates = findDates(tokenize(sentence), sentence, 0);
    const day = dates.find((d) => d.value.startsWith('date:'));
    const year = dates.find((d) => d.value.startsWith('year:'));
    if (day && year) {
      const [month, date] = day.value.slice(5).split('-').map(Number);
      return Date.UTC(Number(year.value.slice(5)), month! - 1, date);
    }
  }
  return NaN;
}

const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/**
 * A weekday or month-day as a calendar day, given the day the article was written: news names a
 * past weekday ("on Tuesday") within the week before, and a month-day within the year before.
 */
function resolveDay(value: string, year: string | undefined, reference: number): string {
  const [kind, rest] = value.split(':') as [string, string];
  if (!Number.isFinite(reference)) return kind === 'weekday' ? `w:${rest}` : `m:${rest}`;
  const ref = new Date(reference);
  if (kind === 'weekday') return isoDay(reference - ((ref.getUTCDay() - Number(rest) + 7) % 7) * DAY_MS);
  const [month, date] = rest.split('-').map(Number);
  if (year) return isoDay(Date.UTC(Number(year), month! - 1, date));
  const sameYear = Date.UTC(ref.getUTCFullYear(), month! - 1, date);
  return isoDay(sameYear - reference > 31 * DAY_MS ? Date.UTC(ref.getUTCFullYear() - 1, month! - 1, date) : sameYear);
}

class Tally {
  private counts = new Map<string, number>();
  add(key: string, n: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  /** Keys, most counted first (ties in first-seen order). */
  top(limit: number): [string, number][] {
    return [...this.counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
  }
}

/**
 * The profile of an article from its claims. `sentences` are the sentences the claims were cut
 * from: the lead is counted in sentences, so a lead sentence split into clauses weighs no less.
 */
export function profileOf(article: ExtractedArticle, sentences: Span[], claims: Claim[]): EventProfile {
  const kinds = Object.fromEntries(Object.keys(KEY_KINDS).map((k) => [k, new Tally()])) as Record<Kind, Tally>;
  const people = new Tally();
  const years = new Tally();
  const days = new Tally();
  const published = article.published ? Date.parse(article.published) : NaN;
  const dated = Number.isFinite(published);
  const reference = dated ? published : datelineOf([article.title, ...sentences.slice(0, DATELINE_SENTENCES).map((s) => article.text.slice(s.start, s.end))]);
  const leadEnd = sentences[LEAD_SENTENCES - 1]?.end ?? Infinity;
  const add = (kind: Kind, key: string, n: number) => kinds[kind].add(KEY_KINDS[kind].prefix + key, n);
  for (const claim of claims) {
    const f = claim.features as Features;
    const n = claim.end <= leadEnd ? LEAD_WEIGHT : 1;
    for (const t of f.terms) add('term', t, n);
    for (const e of f.entities) add('entity', e, n);
    for (const p of f.people) people.add(p.key, n);
    const year = f.dates.find((d) => d.value.startsWith('year:'))?.value.slice(5);
    for (const d of f.dates) {
      // A bare month pins no day down, and the profile's keys were weighed without it.
      if (d.value === 'vague-future' || d.value.startsWith('month:')) continue;
      add('date', d.value, n);
      if (d.value.startsWith('year:')) years.add(d.value.slice(5), n);
      else days.add(resolveDay(d.value, year, reference), n);
    }
    for (const a of f.amounts) if (!a.quoted && isSpecific(a.value)) add('number', String(a.value), n);
  }
  for (const t of termsOf(tokenize(article.title))) add('term', t, TITLE_WEIGHT);
  const keys: string[] = [];
  const weights: number[] = [];
  for (const kind of Object.keys(KEY_KINDS) as Kind[]) {
    for (const [key, count] of kinds[kind].top(KEY_KINDS[kind].keep)) {
      keys.push(key);
      weights.push(KEY_KINDS[kind].weight * (1 + Math.log(count)));
    }
  }
  // Most characteristic first, as StoryProfile promises.
  const order = keys.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]!);
  return {
    keys: order.map((i) => keys[i]!),
    weights: order.map((i) => weights[i]!),
    people: people.top(PEOPLE).map(([k]) => k),
    // A dateline's year is the year the article was written: the one its event belongs to.
    years: [...new Set([...(Number.isFinite(reference) && !dated ? [String(new Date(reference).getUTCFullYear())] : []), ...years.top(YEARS).map(([k]) => k)])].slice(0, YEARS),
    days: days.top(DAYS).map(([k]) => k),
    time: dated ? published : Date.now(),
    dated,
  };
}
