// Repeated paragraphs and pull quotes, printed once. Seed p03 prints "Nineteen people were injured,
// and four of them stayed in hospital overnight..." twice; story p01 repeats "We were lucky the wind
// was blowing out to sea" as a pull quote beside the paragraph that quotes it. Repeats are found
// with word 3-shingles (DESIGN.md: edited repeats score 0.86-0.92 Jaccard, other sentences at most
// 0.22): a block whose Jaccard with an earlier one reaches the threshold is dropped, and a short
// block almost wholly contained in a longer one is a pull quote and is dropped wherever it stands.
import type { Block } from '../blocks';
import { NEAR_DUPLICATE } from '../patterns';
import type { CleanupStep } from './types';
import { words } from './words';

function shingleSet(text: string): Set<string> {
  const w = words(text);
  const set = new Set<string>();
  for (let i = 0; i + NEAR_DUPLICATE.shingle <= w.length; i++) set.add(w.slice(i, i + NEAR_DUPLICATE.shingle).join(' '));
  return set;
}

export function dropNearDuplicates(blocks: Block[]): Block[] {
  const sets = blocks.map((b) => shingleSet(b.text));
  const wordCounts = blocks.map((b) => b.text.split(/\s+/).length);
  // shingle -> blocks containing it, so only blocks sharing a shingle are ever compared
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = index.get(s);
      if (list) list.push(i);
      else index.set(s, [i]);
    }
  });
  const dropped = new Set<number>();
  sets.forEach((set, i) => {
    if (!set.size) return;
    const shared = new Map<number, number>();
    for (const s of set) for (const j of index.get(s)!) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, common] of shared) {
      const other = sets[j]!;
      if (dropped.has(j)) continue;
      const jaccard = common / (set.size + other.size - common);
      const repeat = j < i && jaccard >= NEAR_DUPLICATE.jaccard;
      const pullQuote =
        wordCounts[i]! <= NEAR_DUPLICATE.pullQuoteMaxWords &&
        other.size > set.size &&
        common / set.size >= NEAR_DUPLICATE.pullQuoteContainment;
      if (repeat || pullQuote) {
        dropped.add(i);
        return;
      }
    }
  });
  return blocks.filter((_, i) => !dropped.has(i));
}

export const nearDuplicates: CleanupStep = { name: 'near-duplicates', run: dropNearDuplicates };
