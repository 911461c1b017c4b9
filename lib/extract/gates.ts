// Quality gates on an extraction: is this text an article a reader would recognise, or did the
// extractor grab a link list, a teaser, or one paragraph printed five times? Failing a gate sends
// the page to the fallback extractor; the better of the two is kept.
import type { Block } from './blocks';

export const GATES = {
  /** Fewer words than this is a teaser or a caption, not an article. */
  minWords: 60,
  /** Share of the text in distinct blocks under this: the same text over and over. */
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
  let words = 0;
  let chars = 0;
  let distinctChars = 0;
  // repetition measured by whole blocks: cheap, and what a reader notices (the same paragraph again)
  const seen = new Set<string>();
  for (const b of blocks) {
    words += b.text.split(' ').length;
    chars += b.text.length;
    if (!seen.has(b.text)) {
      seen.add(b.text);
      distinctChars += b.text.length;
    }
  }
  const distinct = chars ? distinctChars / chars : 1;
  const linkShare = chars ? Math.min(1, linkChars / chars) : 0;
  const passed = words >= GATES.minWords && distinct >= GATES.minDistinct && linkShare <= GATES.maxLinkShare;
  return { words, distinct, linkShare, passed, score: words * distinct * (1 - linkShare) };
}

/** Characters of link text under an element, for the mostly-links gate. */
export function linkChars(root: Element): number {
  let n = 0;
  for (const a of Array.from(root.getElementsByTagName('a'))) n += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return n;
}
