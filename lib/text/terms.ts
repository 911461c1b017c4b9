// Words -> the terms claims are compared by: content words only, stemmed, folded through the
// thesaurus (data/thesaurus.ts), so "truce" and "cease-fire" count as one term; and how much a
// term says at all, from the words common in all news (data/common-words.ts).
import { COMMON_WORDS } from './data/common-words';
import { MULTIPLIERS, NUMBER_WORDS } from './data/numbers';
import { STOPWORDS } from './data/stopwords';
import { SYNONYMS } from './data/thesaurus';
import { stem } from './stem';
import type { Token } from './tokenize';

const SYNONYM_KEY = new Map<string, string>();
for (const group of SYNONYMS) for (const word of group) SYNONYM_KEY.set(stem(word.replace(/-/g, '')), stem(group[0]!));

/** The term a word counts as: its stem, folded through the thesaurus. */
export function termOf(word: string): string {
  const s = stem(word.replace(/[-–]/g, ''));
  return SYNONYM_KEY.get(s) ?? s;
}

/** Words that say something: not function words or figures. */
export const isContent = (lower: string): boolean => lower.length > 1 && !STOPWORDS.has(lower) && !/^[\d£$€]/.test(lower);

/** Number words: the amount they make is compared as a figure ("Sixteen" = 16, p01), not as a word. */
const isNumberWord = (lower: string): boolean => Object.hasOwn(NUMBER_WORDS, lower) || Object.hasOwn(MULTIPLIERS, lower);

/** Content terms of tokens, splitting hyphenated words the thesaurus does not know ("pro-war" -> pro, war). */
export function termsOf(tokens: Token[], skip: (i: number) => boolean = () => false): string[] {
  const terms: string[] = [];
  tokens.forEach((t, i) => {
    if (skip(i) || !isContent(t.lower) || isNumberWord(t.lower)) return;
    if (!/[-–]/.test(t.lower) || SYNONYM_KEY.has(stem(t.lower.replace(/[-–]/g, '')))) terms.push(termOf(t.lower));
    else for (const part of t.lower.split(/[-–]/)) if (isContent(part) && !isNumberWord(part)) terms.push(termOf(part));
  });
  return terms;
}

const COMMON = new Map<string, number>();
for (const [weight, words] of Object.entries(COMMON_WORDS)) for (const w of words.split(' ')) COMMON.set(termOf(w), Number(weight));

/** How much a term says about which fact is stated, 0..1: common news words ("look", "past") little, the rest fully. */
export const backgroundWeight = (term: string): number => COMMON.get(term) ?? 1;
