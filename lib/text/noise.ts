// Sentences that are not claims: page furniture the extractor let through, and repeats inside one
// article (seeds 001 and 002 print whole paragraphs twice; p03 repeats one). The patterns live in
// data/furniture.ts.
import { AD_WORDS, FURNITURE_LINES, READER_CALLS } from './data/furniture';

/** Is this line page furniture rather than article text? */
export function isFurniture(line: string, title: string): boolean {
  const text = line.trim();
  if (FURNITURE_LINES.some((re) => re.test(text)) || READER_CALLS.test(text)) return true;
  const finalStop = /[.!?:"”’)]$/.test(text);
  // An ad: commercial words and no sentence end (003: "email hosting office 365 subscription - starting at").
  if (!finalStop && AD_WORDS.test(text)) return true;
  // A tag line: four or more short comma-separated items (003: "Putin, Vladimir V,Witkoff, Steven,Ukraine,...").
  const items = text.split(/\s*,\s*/);
  if (!finalStop && items.length >= 4 && items.every((x) => x.split(/\s+/).length <= 3)) return true;
  // The headline again, or a line of one or two words ("Admin").
  if (!finalStop && (words(text).join(' ') === words(title).join(' ') || words(text).length <= 2)) return true;
  return false;
}

const words = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  if (w.length < 3) out.add(w.join(' '));
  return out;
}

/** Word 3-shingle Jaccard: edited repeats score 0.86-0.92, other outlets' sentences at most 0.22 (seeds). */
export function shingleJaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Keeps the first of each group of near-duplicate sentences (Jaccard >= 0.5). */
export function dropRepeats<T>(items: T[], textOf: (item: T) => string): T[] {
  const kept: { item: T; sh: Set<string> }[] = [];
  for (const item of items) {
    const sh = shingles(textOf(item));
    if (!kept.some((k) => shingleJaccard(k.sh, sh) >= 0.5)) kept.push({ item, sh });
  }
  return kept.map((k) => k.item);
}

export { shingles };
