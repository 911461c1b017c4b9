// Options of extractArticle. Every field is optional; the defaults are what the extension uses.

export interface ExtractOptions {
  /** Refuse pages whose body text is longer than this many characters (default 5,000,000). */
  maxChars?: number;
  /** Refuse articles longer than this many words (default 200,000). */
  maxWords?: number;
  /**
   * Ask the browser which elements are hidden by style sheets (getComputedStyle on the source
   * page). Default: on when the page has a window with getComputedStyle and at most
   * `computedStyleLimit` elements, so it stays cheap; parsed files in Node have no styles.
   */
  computedStyle?: boolean;
  computedStyleLimit?: number;
}

export const DEFAULTS = {
  maxChars: 5_000_000,
  maxWords: 200_000,
  computedStyleLimit: 5000,
} as const;
