// What the popup tells the highlight script in the page, and what it answers. The popup injects
// /content-scripts/highlight.js on demand, then calls `pageHighlights.handle(message)` in the
// script's isolated world with browser.scripting.executeScript({ func, args }).
import type { TextQuote } from '@/lib/anchor';

/** 'shared' marks only flash for a moment, when the reader asks to see a corroborated claim. */
export type MarkKind = 'unique' | 'conflict' | 'shared';

export interface MarkSpec {
  /** Stable within one comparison: the claim's order in the article. */
  id: string;
  kind: MarkKind;
  quote: TextQuote;
  /** The tooltip's first line ("Only Northline reports this", "Conflict: 14 vs 12"). */
  title: string;
  /** Other outlets' versions, shown on hover or focus. */
  versions: { outlet: string; text: string }[];
}

export type HighlightMessage =
  | { action: 'mark'; marks: MarkSpec[] }
  /** Scrolls to the claim and flashes it; a claim without a mark is marked for a moment. */
  | { action: 'focus'; id: string; quote: TextQuote }
  | { action: 'clear' };

export interface HighlightReport {
  /** Marks on the page now. */
  placed: number;
  /** Ids of the marks that could not be anchored in the page. */
  unplaced: string[];
  /** For 'focus': whether the mark was found and flashed. */
  focused?: boolean;
}

/** The name the highlight script registers itself under in its isolated world. */
export const PAGE_HIGHLIGHTS = '__triangulateHighlights';
