// Names in a sentence and the keys they are compared by: people by surname ("Dmitri S. Peskov" =
// "Dmitry Peskov" = "Peskov"), countries by one key for their demonym, capital and abbreviations
// ("American" = "U.S." = "Washington"), organisations and places by their whole name ("Quebec City").
import { NOT_NAMES, ORG_HEADS, PLACE_KEYS } from './data/names';
import { TITLES } from './data/roles';
import { isCapitalised, type Token } from './tokenize';

export interface Mention {
  key: string;
  /** Index of the first and one past the last token of the name. */
  from: number;
  to: number;
  /** A person-like name (two words or more, no organisation word): keyed by surname. */
  person: boolean;
}

const isInitial = (t: Token): boolean => /^\p{Lu}$/u.test(t.text);

/** A name as keys use it: accents folded, so "Martínez" and "Martinez" are one person. */
export const foldAccents = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '');

/** Generation suffixes are not surnames: "John Mabry Jr." is Mabry, "L. Paul Bremer III" is Bremer. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Names as runs of capitalised tokens separated by one space ("Lena Marsh, Haldane County's" is two). A capitalised first word of the sentence counts only when
 * the article uses it capitalised elsewhere, so "Crews were called" (p02) is no name, nor
 * "Recently, Putin" (seeds 003): the comma parts it from the name after it.
 */
export function findMentions(tokens: Token[], known: Set<string>): Mention[] {
  // One space apart, or an initial's full stop and a space: "Dmitri S. Peskov" (seeds 002) is one name.
  const adjacent = (j: number) => {
    const gap = tokens[j]!.start - tokens[j - 1]!.end;
    return gap === 1 || (gap === 2 && isInitial(tokens[j - 1]!));
  };
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const place = PLACE_KEYS[t.lower];
    if (place && (isCapitalised(t) || t.lower === 'u.s')) {
      mentions.push({ key: place, from: i, to: i + 1, person: false });
      i++;
      continue;
    }
    const nameStart = isCapitalised(t) && !NOT_NAMES.has(t.lower) && !TITLES[t.lower] && !/^\d/.test(t.text);
    if (!nameStart || (i === 0 && !known.has(t.lower) && !(tokens[1] && adjacent(1) && isCapitalised(tokens[1])))) {
      i++;
      continue;
    }
    let j = i + 1;
    // A possessive ends the name: "Trump's Middle East envoy", "Castellan's Graham Pell" (p02).
    const possessive = (k: number) => /['’]s$/.test(tokens[k]!.text);
    while (j < tokens.length && !possessive(j - 1) && adjacent(j) && (isCapitalised(tokens[j]!) || isInitial(tokens[j]!)) && !PLACE_KEYS[tokens[j]!.lower] && !TITLES[tokens[j]!.lower] && !NOT_NAMES.has(tokens[j]!.lower)) {
      j++;
    }
    const words = tokens.slice(i, j).filter((w) => !isInitial(w)).map((w) => foldAccents(w.lower));
    while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!.replace(/\.$/, ''))) words.pop();
    if (words.length) {
      const person = words.length > 1 && !words.some((w) => ORG_HEADS.has(w));
      const key = PLACE_KEYS[words.join(' ')] ?? (person ? words[words.length - 1]! : words.join('_'));
      mentions.push({ key, from: i, to: j, person });
    }
    i = j;
  }
  return mentions;
}

/** Lower-case forms of words written capitalised somewhere other than a sentence start: proper names. */
export function knownNames(sentences: Token[][]): Set<string> {
  const known = new Set<string>();
  for (const tokens of sentences) for (const t of tokens.slice(1)) if (isCapitalised(t)) known.add(t.lower);
  return known;
}
