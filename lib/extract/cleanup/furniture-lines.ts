// Whole lines that are page furniture, not reporting: "Admin" and "Updated on:" (seed 003's blog
// template), "Source link" (seed 003), "Read more: ..." and "Posted by TrendPulse Staff | October
// 15, 2025" (story p03), "Advertisement" labels (every seed page), share rows, newsletter and cookie
// prompts, the reader call-out "Do you have photos or a story about the fire?" (story p02), photo
// credits and gallery controls ("Photo: Meg Kinnard, AP", "Image 1 of / 5", "Close": Hearst sites
// in the benchmark, e.g. ctpost.com), bare photo counts.
// Try: seeds 003, p02, p03; any WordPress blog with a post-meta row.
import { REGEXPS } from '../patterns';
import type { CleanupStep } from './types';
import { comparable } from './words';

/** Newsletter and cookie prompts are short; a long paragraph mentioning cookies is reporting. */
const PROMPT_MAX_WORDS = 30;
/** A byline or an author's line is short. */
const BYLINE_MAX_WORDS = 20;
/** "By the time..." is a sentence; "By Elena Marsh" is a byline: the name is capitalised. */
const NOT_A_NAME = new Set(['the', 'then', 'this', 'that', 'now', 'contrast', 'comparison', 'far', 'law', 'default', 'design', 'day', 'night', 'noon', 'midnight', 'all', 'some', 'most', 'early', 'late', 'mid']);

function isByline(line: string, wordCount: number): boolean {
  if (wordCount > BYLINE_MAX_WORDS || !REGEXPS.byline.test(line)) return false;
  const name = line.replace(/^.*?\bby\s+/iu, '');
  const first = name.split(/\s+/)[0] ?? '';
  return /^\p{Lu}/u.test(first) && !NOT_A_NAME.has(first.toLowerCase()) && !/[.!?]$/u.test(line);
}

/** "Harriet Vance Industry correspondent": a known author's name opening a short unpunctuated line. */
function isAuthorLine(line: string, wordCount: number, authors: string[]): boolean {
  if (wordCount > 8 || REGEXPS.finalPunctuation.test(line)) return false;
  const flat = comparable(line);
  return authors.some((a) => {
    const name = comparable(a);
    return !!name && (flat === name || flat.startsWith(name + ' '));
  });
}

export function isFurniture(line: string, authors: string[] = []): boolean {
  const wordCount = line.split(/\s+/).length;
  if (
    REGEXPS.adminLine.test(line) ||
    REGEXPS.dateLine.test(line) ||
    REGEXPS.bareDate.test(line) ||
    REGEXPS.sourceLine.test(line) ||
    REGEXPS.readMore.test(line) ||
    REGEXPS.advertisement.test(line) ||
    REGEXPS.share.test(line) ||
    REGEXPS.photoCredit.test(line) ||
    REGEXPS.galleryControl.test(line) ||
    REGEXPS.callout.test(line) ||
    REGEXPS.calloutContact.test(line)
  ) {
    return true;
  }
  if (wordCount <= PROMPT_MAX_WORDS && (REGEXPS.newsletter.test(line) || REGEXPS.cookie.test(line))) return true;
  return isByline(line, wordCount) || isAuthorLine(line, wordCount, authors);
}

export const furnitureLines: CleanupStep = {
  name: 'furniture-lines',
  run: (blocks, context) =>
    blocks.filter((b) => !isFurniture(b.text, context.authors) && !(b.kind !== 'cell' && REGEXPS.counter.test(b.text))),
};
