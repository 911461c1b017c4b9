// One sentence -> the features the comparison needs: terms, entity keys, amounts, dates, times,
// negations, modals, quotes, roles and places. Offsets in features are relative to the claim,
// so `claim.text.slice(start, end)` is the verbatim part a conflict points at.
import { AUXILIARIES, HEDGES, NEGATING_BEFORE_TO, NEGATING_VERBS, NEGATIONS, SPEECH_VERBS } from './data/cues';
import { PARTS_OF_SITES, SITES } from './data/names';
import { findMentions, type Mention } from './entities';
import { findAmounts, findDates, findTimes, type Amount, type DateMention, type TimeMention } from './quantities';
import { findRoles, type Role } from './roles';
import { findQuotes, frameTokens, type Quote } from './speech';
import { isContent, termOf, termsOf } from './terms';
import type { Token } from './tokenize';
import type { ClaimFeatures } from '../model';

/** A word under a negation: "did not activate" -> "activ" (p02). */
export interface Negation { target: string; start: number; end: number }
/** A verb under a modal: "may be allowed" -> { modal: "may", verb: "allow" } (p03). */
export interface Modal { modal: string; hedged: boolean; verb: string; start: number; end: number }
/** A place: "in a solvent storage warehouse" -> head "warehous", level "part" (p00). */
export interface Place { head: string; level: 'site' | 'part'; words: string[]; start: number; end: number }

export interface Features extends ClaimFeatures {
  /** Terms and entity keys outside the attribution frame, for similarity. */
  core: string[];
  coreEntities: string[];
  amounts: Amount[];
  dates: DateMention[];
  times: TimeMention[];
  negations: Negation[];
  modals: Modal[];
  hedged: boolean;
  quotes: Quote[];
  roles: Role[];
  places: Place[];
  /** Entity keys of people named in the claim, with their spans. */
  people: { key: string; start: number; end: number }[];
}

function findNegations(tokens: Token[], offset: number): Negation[] {
  const found: Negation[] = [];
  tokens.forEach((t, i) => {
    if (!NEGATIONS.has(t.lower) && !t.lower.endsWith("n't") && !NEGATING_VERBS.has(t.lower)) return;
    if (NEGATING_BEFORE_TO.has(t.lower) && tokens[i + 1]?.lower !== 'to') return;
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      const w = tokens[j]!.lower;
      if (AUXILIARIES.has(w) || w === 'one' || w === 'been') continue;
      if (!isContent(w)) break;
      found.push({ target: termOf(w), start: t.start - offset, end: tokens[j]!.end - offset });
      break;
    }
  });
  return found;
}

const MODALS = new Set(['will', 'would', 'may', 'might', 'could', 'can', 'should', 'must']);

function findModals(tokens: Token[], offset: number): Modal[] {
  const found: Modal[] = [];
  tokens.forEach((t, i) => {
    if (!MODALS.has(t.lower)) return;
    for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
      const w = tokens[j]!.lower;
      if (AUXILIARIES.has(w) || w === 'not') continue;
      if (!isContent(w)) break;
      found.push({ modal: t.lower, hedged: HEDGES.has(t.lower), verb: termOf(w), start: t.start - offset, end: tokens[j]!.end - offset });
      break;
    }
  });
  return found;
}

function findPlaces(tokens: Token[], offset: number): Place[] {
  const found: Place[] = [];
  tokens.forEach((t, i) => {
    if (!/^(in|at|from|inside|near|outside)$/.test(t.lower)) return;
    for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
      const w = tokens[j]!.lower;
      if (/^\p{Lu}/u.test(tokens[j]!.text)) break; // a named place ("in Port Brennick") is an entity, not a place inside a site
      const level = SITES.has(w) ? 'site' : PARTS_OF_SITES.has(w) ? 'part' : undefined;
      if (level) {
        found.push({ head: termOf(w), level, words: tokens.slice(i + 1, j).map((x) => termOf(x.lower)), start: tokens[i + 1]!.start - offset, end: tokens[j]!.end - offset });
        break;
      }
      if (/^(of|and|with|to|on|by|for)$/.test(w)) break;
    }
  });
  return found;
}

/** Features of the sentence `sentence` starting at `offset` in the article, from its tokens. */
export function sentenceFeatures(sentence: string, tokens: Token[], known: Set<string>, offset: number, lastSpeaker?: string): Features {
  const mentions = findMentions(tokens, known);
  const inName = new Set<number>();
  for (const m of mentions) for (let i = m.from; i < m.to; i++) inName.add(i);
  const frame = frameTokens(tokens, sentence, offset);
  const amounts = findAmounts(tokens, sentence, offset);
  const span = (m: Mention) => ({ key: m.key, start: tokens[m.from]!.start - offset, end: tokens[m.to - 1]!.end - offset });
  return {
    terms: termsOf(tokens, (i) => inName.has(i)),
    // Verbs of saying are how an outlet attributes, not what it reports: "hinted" (003) and "plans"
    // (000) state one fact, so they stay out of similarity wherever they stand.
    core: [...termsOf(tokens, (i) => inName.has(i) || frame.has(i) || SPEECH_VERBS.has(tokens[i]!.lower)), ...amounts.filter((a) => a.value >= 10).map((a) => `#${a.value}`)],
    entities: [...new Set(mentions.map((m) => m.key))],
    coreEntities: [...new Set(mentions.filter((m) => !frame.has(m.from)).map((m) => m.key))],
    amounts,
    dates: findDates(tokens, sentence, offset),
    times: findTimes(tokens, offset),
    negations: findNegations(tokens, offset),
    modals: findModals(tokens, offset),
    hedged: tokens.some((t) => HEDGES.has(t.lower)),
    quotes: findQuotes(sentence, tokens, mentions, offset, lastSpeaker),
    roles: findRoles(tokens, mentions, sentence, offset),
    places: findPlaces(tokens, offset),
    people: mentions.filter((m) => m.person).map(span),
  };
}
