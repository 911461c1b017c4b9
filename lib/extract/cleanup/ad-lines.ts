// Advertising copy that survives as a line of text: "email hosting office 365 subscription -
// starting at" (seed 003's in-text ad) and "Sponsored: Smoke alarms from just £9.99 – free delivery
// this week only" (story p03). An ad line names a price or a deal and, unlike a sentence, has no
// final punctuation; two commercial words are required so a heading such as "Oil prices" stays.
import { REGEXPS } from '../patterns';
import type { CleanupStep } from './types';

const MAX_WORDS = 25;
const MIN_COMMERCIAL_WORDS = 2;

export function isAdLine(line: string): boolean {
  if (REGEXPS.sponsoredPrefix.test(line) && line.split(/\s+/).length <= MAX_WORDS) return true;
  if (REGEXPS.finalPunctuation.test(line) || line.split(/\s+/).length > MAX_WORDS) return false;
  return (line.match(REGEXPS.commercial)?.length ?? 0) >= MIN_COMMERCIAL_WORDS;
}

export const adLines: CleanupStep = {
  name: 'ad-lines',
  run: (blocks) => blocks.filter((b) => !isAdLine(b.text)),
};
