// Menus and headline lists that Readability keeps inside the article container: "Sign In",
// "Home", "Subscribe", "Contact Chron"... (the Hearst pages of the benchmark, chron.com and
// ctpost.com), "More from World" lists under seed pages. Three or more consecutive short blocks
// whose whole text is a link are navigation, not prose a reader reads as the article.
import type { Block } from '../blocks';
import type { CleanupStep } from './types';

const MIN_RUN = 3;
const MAX_WORDS = 12;

const isLinkLine = (b: Block) => b.linked && b.kind !== 'heading' && b.text.split(/\s+/).length <= MAX_WORDS;

export function dropLinkLists(blocks: Block[]): Block[] {
  const keep = blocks.map(() => true);
  for (let start = 0; start < blocks.length; ) {
    let end = start;
    while (end < blocks.length && isLinkLine(blocks[end]!)) end++;
    if (end - start >= MIN_RUN) keep.fill(false, start, end);
    start = Math.max(end, start + 1);
  }
  return blocks.filter((_, i) => keep[i]);
}

export const linkLists: CleanupStep = { name: 'link-lists', run: dropLinkLists };
