// Quality gates on an extraction: is this text an article a reader would recognise, or did the
// extractor grab a link list, a teaser, or one paragraph printed five times? Failing a gate sends
// the page to the fallback extractor; the better of the two is kept.
import type { Block } from './blocks';

export const GATES = {
  /** Fewer words than this is a teaser or a caption, not an article. */
  minWords: 60,
  /** Share of distinct word 3-shingles under this: the same text over and over. */
  minDistinct: 0.5,
  /** Share of the text inside links over this: a menu or a list of headlines. */
  maxLinkShare: 0.5,
} as const;

export interface Verdict {
  words: number;
  distinct: number;
  linkShare: number;
  passed: boolean;
  /** Higher is better: reader words, discounted for links and repetition. */
  score: number;
}

export function judge(blocks: Block[], linkChars: number): Verdict {
  const tokens = blocks.flatMap((b) => b.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  const shingles = new Set<string>();
  for (let i = 0; i + 3 <= tokens.length; i++) shingles.add(tokens[i] + ' ' + tokens[i + 1] + ' ' + tokens[i + 2]);
  const distinct = tokens.length >= 3 ? shingles.size / (tokens.length - 2) : 1;
  const linkShare = chars ? Math.min(1, linkChars / chars) : 0;
  const passed = tokens.length >= GATES.minWords && distinct >= GATES.minDistinct && linkShare <= GATES.maxLinkShare;
  return { words: tokens.length, distinct, linkShare, passed, score: tokens.length * distinct * (1 - linkShare) };
}

/** Characters of link text under an element, for the mostly-links gate. */
export function linkChars(root: Element): number {
  let n = 0;
  for (const a of Array.from(root.getElementsByTagName('a'))) n += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return n;
}
