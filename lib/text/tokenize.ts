// Words with their offsets. A token keeps internal hyphens, apostrophes, dots and commas between
// letters or digits (and colons between digits), so "4,600", "3.40am", "6:40", "30-day", "U.S" and "Witkoff's" stay one token each.
export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened, possessive 's removed. */
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}£$€%]+(?:(?:['’.,\-–]|(?<=\d):(?=\d))[\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    tokens.push({ text: m[0], lower, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return tokens;
}

/** True when the token starts with a capital letter. */
export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
