// The shape of a clean-up step: blocks in, blocks out, after Readability (or the fallback) chose
// the article. Each step is one module with the example it fixes and a test file beside it.
import type { Block } from '../blocks';

export interface CleanupContext {
  /** The article's headline, and other titles the page gives (og:title, <title>), for repeats. */
  titles: string[];
  /** Authors found in the metadata, to recognise byline lines. */
  authors: string[];
  /** The page's address and canonical URL, which some templates print under the article. */
  urls: string[];
}

export interface CleanupStep {
  name: string;
  run(blocks: Block[], context: CleanupContext): Block[];
}
