// Whole lines that are page furniture, not reporting: "Admin" and "Updated on:" (seed 003's blog
// template), "Source link" (seed 003), "Read more: ..." and "Posted by TrendPulse Staff | October
// 15, 2025" (story p03), "Advertisement" labels (every seed page), share rows, newsletter and cookie
// prompts, the reader call-out "Do you have photos or a story about the fire?" (story p02), photo
// credits and gallery controls ("Photo: Meg Kinnard, AP", "Image 1 of / 5", "Close": Hearst sites
// in the benchmark, e.g. ctpost.com), bare photo counts; and from the benchmark's news pages:
// picture credits closing a caption ("(Image: GETTY)"), wire credits ("Tom Krisher, Ap Auto
// Writer"), "Additional reporting by ...", copyright and contact lines, timestamps in any layout,
// subscription and "click here" prompts. Each pattern's examples are in patterns.ts.
// Try: seeds 003, p02, p03; any WordPress blog with a post-meta row; express.co.uk, nbcnews.com.
import { REGEXPS } from '../patterns';
import type { CleanupStep } from './types';
import { comparable } from './words';

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

/** Anchored to a whole line: furniture at any length. */
const WHOLE_LINE = [
  REGEXPS.adminLine,
  REGEXPS.dateLine,
  REGEXPS.bareDate,
  REGEXPS.sourceLine,
  REGEXPS.readMore,
  REGEXPS.advertisement,
  REGEXPS.share,
  REGEXPS.photoCredit,
  REGEXPS.galleryControl,
  REGEXPS.callout,
  REGEXPS.calloutContact,
  REGEXPS.agencyLine,
  REGEXPS.staffLine,
  REGEXPS.mediaPlaceholder,
];
/** Prompts (newsletter, cookies, "click here") are short; a long paragraph mentioning cookies is reporting. */
const PROMPT_MAX_WORDS = 30;
const PROMPTS = [REGEXPS.newsletter, REGEXPS.cookie, REGEXPS.subscribePrompt, REGEXPS.clickHere];
/** Credits, copyright and contact lines run to a caption's length, not an article paragraph's. */
const CREDITS = [REGEXPS.pictureCredit, REGEXPS.agencyCredit, REGEXPS.reportingCredit, REGEXPS.copyright, REGEXPS.contact];
const CREDIT_MAX_WORDS = 60;
/** A timestamp line is short: "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM" is 11 words, 46
 *  characters; checking the length first spares tokenising every paragraph. */
const TIMESTAMP_MAX_WORDS = 16;
const TIMESTAMP_MAX_CHARS = 100;

/**
 * Nothing but date and time words, with a number and a word among them ("November 20, 2019 /
 * 1:07 AM"); numbers alone are a phone number or a score ("02-751-1500"), not a timestamp.
 */
export function isTimestamp(line: string): boolean {
  if (line.length > TIMESTAMP_MAX_CHARS) return false;
  const tokens = line.match(/\p{L}+|\p{N}+/gu) ?? [];
  return (
    tokens.length <= TIMESTAMP_MAX_WORDS &&
    tokens.some((t) => /\d/.test(t)) &&
    tokens.some((t) => /\p{L}/u.test(t)) &&
    tokens.every((t) => REGEXPS.dateWord.test(t))
  );
}

export function isFurniture(line: string, authors: string[] = []): boolean {
  const wordCount = line.split(/\s+/).length;
  if (WHOLE_LINE.some((re) => re.test(line))) return true;
  if (wordCount <= PROMPT_MAX_WORDS && PROMPTS.some((re) => re.test(line))) return true;
  if (wordCount <= CREDIT_MAX_WORDS && CREDITS.some((re) => re.test(line))) return true;
  return isByline(line, wordCount) || isAuthorLine(line, wordCount, authors);
}

/** Lines that are furniture between paragraphs but data in a table: "6" (a gallery's photo
 *  count), "Nov 19, 2019", "___" and zero-width spaces (jeongdongtheater.com) that hold no word. */
function isFiller(text: string): boolean {
  return REGEXPS.counter.test(text) || REGEXPS.noWords.test(text) || isTimestamp(text);
}

/** "https://www.chron.com/business/article/New-car-sales-plunge-...php": Hearst templates print the
 *  article's own address under it. Other addresses stay: a deals post's links are its content. */
const address = (url: string) => url.replace(/^https?:\/\/(?:www\.)?|\/$/g, '');

export const furnitureLines: CleanupStep = {
  name: 'furniture-lines',
  run(blocks, context) {
    const own = new Set(context.urls.map(address));
    return blocks.filter(
      (b) => !isFurniture(b.text, context.authors) && !(b.kind !== 'cell' && isFiller(b.text)) && !own.has(address(b.text)),
    );
  },
};
