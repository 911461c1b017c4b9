// One fact, two people: "The ferry was steered by first officer Dana Rees" vs "... by first officer
// Tom Hale". A swapped name makes two sentences look less alike, so this is read only between claims
// that restate each other all the same (restatement.ts: half of each one's words in the other),
// where each names one person the other does not, in the same place of the sentence (the word
// before or after the name is the same), and the two names share no word nor look like one name
// spelled two ways. Who reports a fact is the attribution frame's business,
// not this rule's: names in the frame do not count.
import { foldAccents } from '../../text/entities';
import { restates, WORTH_CHECKING } from '../restatement';
import { differingSpans, partOf, type FeaturedClaim, type Rule } from './types';

type Person = FeaturedClaim['features']['people'][number];

/** People named in `x`'s own statement (not its frame) whom `y` does not name at all. */
function onlyIn(x: FeaturedClaim, y: FeaturedClaim): Person[] {
  const named = new Set(y.features.people.map((p) => p.key));
  return x.features.people.filter((p) => x.features.coreEntities.includes(p.key) && !named.has(p.key));
}

const wordBefore = (text: string, at: number) => /([\p{L}\p{N}']+)\W*$/u.exec(text.slice(0, at))?.[1]?.toLowerCase();
const wordAfter = (text: string, at: number) => /^\W*([\p{L}\p{N}']+)/u.exec(text.slice(at))?.[1]?.toLowerCase();

/** A name's words, folded for comparison: lower case, accents and punctuation off. */
const nameWords = (text: string): string[] =>
  foldAccents(text).replace(/['’]/g, '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2);

/**
 * Two names sharing a surname-like word, or one spelled two ways ("Rasheed" / "Rashid", "Griver" /
 * "Grivner"), may be one person; a shared first name is no such sign ("Amir Rasheed", "Amir Hassan").
 * Every word of the shorter name is tried against the last of the longer one, so "Morsi" meets
 * "Mohamed Morsi" and "Bremer" meets "L. Paul Bremer III".
 */
function mayBeOnePerson(x: string, y: string): boolean {
  const [wx, wy] = [nameWords(x), nameWords(y)];
  const alike = (w: string, v: string) => w === v || (w.slice(0, 3) === v.slice(0, 3) && editDistance(w, v) <= 2);
  const surname = (words: string[]) => words.filter((w) => !SUFFIXES.has(w)).at(-1);
  const [sx, sy] = [surname(wx), surname(wy)];
  return (sx !== undefined && wy.some((v) => alike(sx, v))) || (sy !== undefined && wx.some((w) => alike(w, sy)));
}

const SUFFIXES = new Set(['jr', 'sr', 'iii']);

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** Do the two names stand in the same place of their sentences? */
function sameSlot(a: FeaturedClaim, x: Person, b: FeaturedClaim, y: Person): boolean {
  const before = wordBefore(a.text, x.start);
  const after = wordAfter(a.text, x.end);
  return (before !== undefined && before === wordBefore(b.text, y.start)) || (after !== undefined && after === wordAfter(b.text, y.end));
}

export const person: Rule = {
  kind: 'person',
  check({ a, b, similarity }) {
    if (similarity < WORTH_CHECKING || !a.features.people.length || !b.features.people.length) return null;
    const [x, y] = [onlyIn(a, b), onlyIn(b, a)];
    if (x.length !== 1 || y.length !== 1) return null;
    if (!sameSlot(a, x[0]!, b, y[0]!) || mayBeOnePerson(partOf(a, x[0]!), partOf(b, y[0]!)) || !restates(a, b)) return null;
    return differingSpans(a, x[0]!, b, y[0]!);
  },
};
