// Repeated paragraphs and pull quotes, printed once. Seed p03 prints "Nineteen people were injured,
// and four of them stayed in hospital overnight..." twice; story p01 repeats "We were lucky the wind
// was blowing out to sea" as a pull quote beside the paragraph that quotes it. Repeats are found
// with word 3-shingles (DESIGN.md: edited repeats score 0.86-0.92 Jaccard, other sentences at most
// 0.22): a block whose Jaccard with an earlier one reaches the threshold is dropped, and a short
// <blockquote> almost wholly contained in a longer paragraph is a pull quote and is dropped
// wherever it stands. Only blockquotes: a heading or a short paragraph restating part of the text
// is the author's ("1. Start small..." list headings, benchmark page ec7fc408).
import type { Block } from '../blocks';
import { NEAR_DUPLICATE, REGEXPS } from '../patterns';
import type { CleanupStep } from './types';
import { words } from './words';

function shingleSet(text: string): Set<string> {
  const w = words(text);
  const set = new Set<string>();
  for (let i = 0; i + NEAR_DUPLICATE.shingle <= w.length; i++) set.add(w.slice(i, i + NEAR_DUPLICATE.shingle).join(' '));
  return set;
}

export function dropNearDuplicates(blocks: Block[]): Block[] {
  const wordCounts = blocks.map((b) => b.text.split(' ').length);
  const prose = blocks.map((b, i) => wordCounts[i]! >= NEAR_DUPLICATE.minWords && REGEXPS.sentenceEnd.test(b.text));
  // only prose (a repeat) and blockquotes (a pull quote) can ever be dropped or matched
  const sets = blocks.map((b, i) =>
    prose[i] || (b.kind === 'quote' && wordCounts[i]! >= NEAR_DUPLICATE.pullQuoteMinWords) ? shingleSet(b.text) : new Set<string>(),
  );
  // shingle -> blocks containing it, so only blocks sharing a shingle are ever compared
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = index.get(s);
      if (list) list.push(i);
      else index.set(s, [i]);
    }
  });
  const overlaps = sets.map((set, i) => {
    const shared = new Map<number, number>();
    for (const s of set) for (const j of index.get(s)!) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    return shared;
  });
  const repeatsOf = (i: number) =>
    [...overlaps[i]!].filter(([j, common]) => prose[i] && prose[j] && common / (sets[i]!.size + sets[j]!.size - common) >= NEAR_DUPLICATE.jaccard).map(([j]) => j);
  const dropped = new Set<number>();
  sets.forEach((set, i) => {
    if (!set.size || wordCounts[i]! < NEAR_DUPLICATE.pullQuoteMinWords) return;
    const repeats = repeatsOf(i);
    // three or more copies are the page's structure (an interview asking each guest the same
    // question, benchmark page 3c6d3381), not a paragraph printed twice by mistake
    if (repeats.length === 1 && repeats[0]! < i) {
      dropped.add(i);
      return;
    }
    for (const [j, common] of overlaps[i]!) {
      const pullQuote =
        blocks[i]!.kind === 'quote' &&
        prose[j] &&
        !dropped.has(j) &&
        wordCounts[i]! <= NEAR_DUPLICATE.pullQuoteMaxWords &&
        sets[j]!.size > set.size &&
        common / set.size >= NEAR_DUPLICATE.pullQuoteContainment;
      if (pullQuote) {
        dropped.add(i);
        return;
      }
    }
  });
  return blocks.filter((_, i) => !dropped.has(i));
}

export const nearDuplicates: CleanupStep = { name: 'near-duplicates', run: dropNearDuplicates };
