// Words -> the terms claims are compared by: content words only, stemmed, folded through the
// thesaurus (data/thesaurus.ts), so "truce" and "cease-fire" count as one term.
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

/** Content terms of tokens, splitting hyphenated words the thesaurus does not know ("pro-war" -> pro, war). */
export function termsOf(tokens: Token[], skip: (i: number) => boolean = () => false): string[] {
  const terms: string[] = [];
  tokens.forEach((t, i) => {
    if (skip(i) || !isContent(t.lower)) return;
    if (!/[-–]/.test(t.lower) || SYNONYM_KEY.has(stem(t.lower.replace(/[-–]/g, '')))) terms.push(termOf(t.lower));
    else for (const part of t.lower.split(/[-–]/)) if (isContent(part)) terms.push(termOf(part));
  });
  return terms;
}
