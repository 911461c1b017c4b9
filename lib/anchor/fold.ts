// Folding text for matching: runs of whitespace become one space, case and accents go, typographic
// quotes and dashes become plain ones. A page's DOM text and the extracted article text differ in
// exactly these ways (line breaks between paragraphs, "smart" quotes restored by a CMS).
// Keeps a map back to the original offsets so that a match in folded text points into the page.

export interface FoldedText {
  text: string;
  /** The original span of folded `start..end`. */
  span(start: number, end: number): { start: number; end: number };
}

const CHARACTERS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '.',
};

export function foldText(original: string): FoldedText {
  let text = '';
  const origins: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < original.length; i++) {
    const char = original[i]!;
    if (/\s/.test(char)) {
      if (!lastWasSpace) {
        text += ' ';
        origins.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    const folded = (CHARACTERS[char] ?? char).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    // One folded character per original one keeps the map simple; a rare expansion keeps its first.
    text += folded[0] ?? char;
    origins.push(i);
  }
  return {
    text,
    span(start, end) {
      const from = origins[start] ?? original.length;
      const last = origins[Math.max(start, end - 1)];
      return { start: from, end: last === undefined ? original.length : last + 1 };
    },
  };
}
