// Does one claim say the same thing as another, not merely overlap it? Story matching (similarity.ts)
// asks whether two claims are about the same fact, and is lenient on purpose so paraphrases with
// few shared words still meet. A restatement is stricter and symmetric: each sentence's words are
// mostly found in the other, and neither adds a clause of its own. The comparison uses it to show,
// under a corroborated claim, how each other outlet states it; `npm run eval` measures it on the
// MSRP paraphrase pairs.
import type { Claim } from '../model';
import { stem } from '../text/stem';
import { isContent, termOf } from '../text/terms';
import { tokenize } from '../text/tokenize';

/**
 * Share of each claim's words that must occur in the other. Function words count too: "the
 * raid aimed to foil" and "the raid was aimed at foiling" differ in them, and whole-word counts
 * with them were better on both MSRP and STS headlines than content words alone.
 */
const SHARED_WORDS = 0.5;

/**
 * A run of this many words that the other claim lacks is a clause of its own, an extra fact:
 * "..., prompting most victims to remain silent" (MSRP) restates nothing of the shorter sentence.
 */
const EXTRA_CLAUSE = 8;

/** A claim's words in order, and how many times each occurs: a claim meets many others in a story. */
interface Words {
  list: string[];
  counts: Map<string, number>;
}

/**
 * Story similarity (TF-IDF) under which two claims are not worth checking: 98% of the MSRP pairs
 * that restate each other score above it, and a story's first comparison meets thousands of pairs.
 */
export const WORTH_CHECKING = 0.1;

const wordsOfClaim = new WeakMap<Claim, Words>();

/** A claim's words as compared: content words as terms (stemmed, thesaurus-folded), others stemmed. */
function wordsOf(claim: Claim): Words {
  let words = wordsOfClaim.get(claim);
  if (!words) {
    const list = tokenize(claim.text).map((t) => (isContent(t.lower) ? termOf(t.lower) : stem(t.lower.replace(/,/g, ''))));
    const counts = new Map<string, number>();
    for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
    words = { list, counts };
    wordsOfClaim.set(claim, words);
  }
  return words;
}

/** Words the two have in common, each occurrence used once ("the ... the" needs two). */
function sharedCount(a: Words, b: Words): number {
  const [small, large] = a.counts.size < b.counts.size ? [a.counts, b.counts] : [b.counts, a.counts];
  let shared = 0;
  for (const [w, n] of small) shared += Math.min(n, large.get(w) ?? 0);
  return shared;
}

/** The longest run of words in `words` that `other` does not have. */
function longestNewRun(words: Words, other: Words): number {
  let longest = 0;
  let run = 0;
  for (const w of words.list) {
    run = other.counts.has(w) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** The smaller of the shares of each claim's words found in the other, 0..1. */
export function sharedWordShare(a: Claim, b: Claim): number {
  const [wa, wb] = [wordsOf(a), wordsOf(b)];
  if (!wa.list.length || !wb.list.length) return 0;
  return sharedCount(wa, wb) / Math.max(wa.list.length, wb.list.length);
}

/** How closely `b` restates `a` (their shared word share), or 0 when it does not restate it. */
export function restatementShare(a: Claim, b: Claim): number {
  const [wa, wb] = [wordsOf(a), wordsOf(b)];
  // Cheap and exact: the share is at most the shorter length over the longer.
  if (Math.min(wa.list.length, wb.list.length) < SHARED_WORDS * Math.max(wa.list.length, wb.list.length)) return 0;
  const share = sharedWordShare(a, b);
  if (share < SHARED_WORDS) return 0;
  return longestNewRun(wa, wb) < EXTRA_CLAUSE && longestNewRun(wb, wa) < EXTRA_CLAUSE ? share : 0;
}

/** Does `b` state the same claim as `a` (and so `a` the same as `b`)? */
export const restates = (a: Claim, b: Claim): boolean => restatementShare(a, b) > 0;
