// The headline repeated inside the body: seed 003 prints its title again as an <h2> at the top of
// the post, and many templates keep the <h1> inside the article element. The title is metadata;
// in the text it would become a "claim" of its own.
import type { CleanupStep } from './types';
import { comparable } from './words';

export const repeatedHeadline: CleanupStep = {
  name: 'repeated-headline',
  run(blocks, context) {
    const titles = new Set(context.titles.map(comparable).filter(Boolean));
    const longest = Math.max(0, ...context.titles.map((t) => t.length));
    // only blocks about as short as a title can be one: skips the work on every paragraph
    return blocks.filter((b) => b.text.length > longest * 2 || !titles.has(comparable(b.text)));
  },
};
