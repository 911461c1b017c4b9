// Sentence spans of an article text. Intl.Segmenter alone breaks after initials and
// abbreviations ("Vladimir V. | Putin", seeds 000-002); the repair joins those pieces again using
// the abbreviation list in data/abbreviations.ts. Spans never cross a paragraph break.
import { ALWAYS_CONTINUES, MAY_END } from './data/abbreviations';
import { TITLES } from './data/roles';
import { STOPWORDS } from './data/stopwords';

export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const continues = new Set(ALWAYS_CONTINUES);
const mayEnd = new Set(MAY_END);

/** Does a sentence piece end on an abbreviation that the next piece continues? */
function joinsNext(piece: string, next: string): boolean {
  const last = /(?:^|[\s(“"'])((?:[\p{L}]\.)*[\p{L}]+)\.\s*$/u.exec(piece);
  if (!last) return false;
  const word = last[1]!.toLowerCase();
  if (/^\p{Lu}$/u.test(last[1]!)) return true; // an initial: "Dmitri S. Peskov"
  if (continues.has(word)) return true;
  if (!mayEnd.has(word)) return false;
  // "In parallel, U.S. Secretary of State Marco Rubio ..." (000): a lower-case or title word goes on, and so
  // does any word after a piece too short to be a sentence. So does a capitalised word that is not a
  // function word: "the U.S. Supreme Court", "U.S. District Judge" (MSRP) name one thing, while a new
  // sentence after "U.S." mostly opens with "The", "He" or "But".
  const nextWord = /^\s*([\p{L}\d]+)/u.exec(next)?.[1] ?? '';
  const lower = nextWord.toLowerCase();
  return /^[\p{Ll}\d]/u.test(nextWord) || TITLES[lower] !== undefined || !STOPWORDS.has(lower) || piece.trim().split(/\s+/).length <= 4;
}

/** Sentence spans of one paragraph-free stretch of text, trimmed of surrounding space. */
function splitBlock(text: string, offset: number): Span[] {
  const pieces = [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  const merged: Span[] = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && joinsNext(text.slice(prev.start, prev.end), text.slice(piece.start, piece.end))) prev.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged.flatMap(({ start, end }) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    return body ? [{ start: offset + start + lead, end: offset + start + lead + body.length }] : [];
  });
}

/** A full stop glued to the next sentence ("No one was killed.Police told", text joined from two blocks). */
const GLUED = /(?<=\p{Ll}{2}[.!?][”"’]?)(?=\p{Lu}\p{Ll})/gu;

/** Every sentence of the text, paragraph by paragraph (blank lines and single newlines both end a sentence). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    let from = 0;
    for (const cut of [...line[0].matchAll(GLUED)].map((m) => m.index).concat(line[0].length)) {
      spans.push(...splitBlock(line[0].slice(from, cut), line.index + from));
      from = cut;
    }
  }
  return spans;
}
