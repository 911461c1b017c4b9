// Advertising copy that survives as a line of text: "email hosting office 365 subscription -
// starting at" (seed 003's in-text ad) and "Sponsored: Smoke alarms from just £9.99 – free delivery
// this week only" (story p03). An ad line is a link that names a price or a deal and, unlike a
// sentence, has no final punctuation. Headings and plain text stay: a deals article's "Amazon
// discounts MacBook models from $700" and "...But The Price Tag Isn't Cheap" are its content.
import { REGEXPS } from '../patterns';
import type { Block } from '../blocks';
import type { CleanupStep } from './types';

const MAX_WORDS = 25;
const MIN_COMMERCIAL_WORDS = 2;

export function isAdLine({ text, kind, linked }: Block): boolean {
  const short = text.split(/\s+/).length <= MAX_WORDS;
  if (REGEXPS.sponsoredPrefix.test(text) && short) return true;
  if (kind === 'heading' || !linked || !short || REGEXPS.finalPunctuation.test(text)) return false;
  return (text.match(REGEXPS.commercial)?.length ?? 0) >= MIN_COMMERCIAL_WORDS;
}

export const adLines: CleanupStep = {
  name: 'ad-lines',
  run: (blocks) => blocks.filter((b) => !isAdLine(b)),
};
