// Text-quote anchoring, the Hypothesis model: a claim is remembered as its exact words plus a few
// words of context either side, and found again in a page's text by exact match (context picks
// between repeats), then by a whitespace-, case- and punctuation-folded match, then by an
// approximate match that tolerates small edits (a corrected typo, a changed quote mark).
import { approximateMatch } from './approximate';
import { foldText } from './fold';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export type AnchorMethod = 'exact' | 'folded' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** How much context a quote keeps either side: enough to tell repeats apart, short enough to survive edits. */
export const CONTEXT_LENGTH = 32;

/** The quote for `text.slice(start, end)`. */
export function describeQuote(text: string, start: number, end: number, context = CONTEXT_LENGTH): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

/** Where `quote` sits in `text`, or undefined when it cannot be placed. */
export function anchorQuote(text: string, quote: TextQuote): Anchor | undefined {
  if (!quote.exact.trim()) return undefined;
  const exact = bestOccurrence(text, quote.exact, quote);
  if (exact !== undefined) return { start: exact, end: exact + quote.exact.length, method: 'exact' };
  const folded = foldText(text);
  const needle = foldText(quote.exact).text.trim();
  if (!needle) return undefined;
  const at = bestOccurrence(folded.text, needle, { prefix: foldText(quote.prefix).text, suffix: foldText(quote.suffix).text });
  if (at !== undefined) return { ...folded.span(at, at + needle.length), method: 'folded' };
  const fuzzy = approximateMatch(folded.text, needle);
  if (fuzzy) return { ...folded.span(fuzzy.start, fuzzy.end), method: 'fuzzy' };
  return undefined;
}

/** Of every occurrence of `needle`, the one whose surroundings best match the quote's context. */
function bestOccurrence(text: string, needle: string, context: Pick<TextQuote, 'prefix' | 'suffix'>): number | undefined {
  let best: number | undefined;
  let bestScore = -1;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const score =
      commonSuffixLength(text.slice(Math.max(0, at - context.prefix.length), at), context.prefix) +
      commonPrefixLength(text.slice(at + needle.length, at + needle.length + context.suffix.length), context.suffix);
    if (score > bestScore) [best, bestScore] = [at, score];
  }
  return best;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
