// Blocks of other stories that Readability keeps inside the article: a label ("DON'T MISS" on
// express.co.uk, "More from UK" on news.sky.com, "RECENT ARTICLES", "You may also like...") and
// the teaser headlines under it ("China furious at Macron for Hong Kong protest jibe [INSIGHT]").
// The teasers are plain text, often with their links outside the headline, so the link-list step
// misses them; what gives them away is the label and that none of them ends like a sentence. The
// label goes with every headline-like line after it, up to the first line of prose.
// Try: express.co.uk and news.sky.com articles, any blog with a "Recent posts" box in the body.
import type { Block } from '../blocks';
import { REGEXPS } from '../patterns';
import type { CleanupStep } from './types';

/** A label is a few words; a teaser headline is short and unpunctuated. */
const LABEL_MAX_WORDS = 8;
const TEASER_MAX_WORDS = 25;

const wordCount = (text: string) => text.split(/\s+/).length;
const isLabel = (b: Block) => wordCount(b.text) <= LABEL_MAX_WORDS && REGEXPS.moreStories.test(b.text);
const isTeaser = (b: Block) => wordCount(b.text) <= TEASER_MAX_WORDS && !REGEXPS.sentenceEnd.test(b.text);

export function dropRelatedStories(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!isLabel(blocks[i]!)) {
      out.push(blocks[i]!);
      continue;
    }
    while (i + 1 < blocks.length && isTeaser(blocks[i + 1]!)) i++;
  }
  return out;
}

export const relatedStories: CleanupStep = { name: 'related-stories', run: dropRelatedStories };
