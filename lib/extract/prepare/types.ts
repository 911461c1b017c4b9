// The shape of a preparation step: something done to the page's clone before Readability sees it.
import type { ExtractOptions } from '../options';

export interface PrepareStep {
  name: string;
  /**
   * `clone` may be changed freely; `source` is the reader's page and must never be touched.
   * `elements`: the clone's body elements in document order, walked once for every step (an
   * element an earlier step removed may still be listed: changing it is harmless).
   */
  run(clone: Document, source: Document, options: ExtractOptions, elements: Element[]): void;
}
