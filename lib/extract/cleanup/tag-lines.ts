// Tag lines under a post: "Putin, Vladimir V,Witkoff, Steven,Ukraine,Russia,Kursk (Russia)" (seed
// 003) and "Tags: Port Brennick, Castellan Polymers, chemical fire, evacuation, breaking news"
// (story p03): four or more short comma-separated items and no sentence punctuation at the end.
import { REGEXPS, TAG_LINE } from '../patterns';
import type { CleanupStep } from './types';

export function isTagLine(line: string): boolean {
  const labelled = REGEXPS.tagLabel.test(line);
  if (!labelled && /[.!?…"”]$/u.test(line)) return false;
  const list = line.replace(REGEXPS.tagLabel, '');
  // "Path C: Scotland, Norway, Serbia, Bulgaria": a labelled list in the text, not tags
  if (list.includes(':')) return false;
  const items = list.split(/\s*[,;|]\s*/).filter(Boolean);
  if (items.length < TAG_LINE.minItems) return false;
  // an item opening with a number is a quantity ("1 cup blueberries, 2 rice cakes"): a recipe, not tags
  return items.every(
    (item) => item.length <= TAG_LINE.maxItemChars && item.split(/\s+/).length <= TAG_LINE.maxItemWords && !/^\d/.test(item),
  );
}

export const tagLines: CleanupStep = {
  name: 'tag-lines',
  run: (blocks) => blocks.filter((b) => !isTagLine(b.text)),
};
