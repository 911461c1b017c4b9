// One quotation, two speakers: "“We were lucky the wind was blowing out to sea,” said Lena Marsh"
// (p01) vs "Mayor Tomasz Reyes told reporters: “We were lucky ...”" (p03). Quotes count as the
// same when most words of the shorter one occur in the longer one. An outlet that names the other's
// speaker too is not read as disagreeing: "Marlins President David Samson said" and "The Marlins
// said" (MSRP), or a speaker found at the wrong name of a sentence naming both, say one source.
import { foldAccents } from '../../text/entities';
import type { Rule } from './types';

const SAME_QUOTE = 0.7;

/** The capitalised words of a name, folded: what tells whether a sentence names that speaker. */
const nameWords = (name: string): string[] =>
  (foldAccents(name).match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase());

/**
 * Does `text` name the speaker `name` by its last word, a person's surname ("Samson")? Asked both
 * ways, so "Merrill said" and "a Merrill Lynch spokesman said" meet on "Merrill". A shared first
 * name is no sign ("Junya Tanase", "Junya Sato").
 */
function names(text: string, name: string): boolean {
  const surname = nameWords(name).at(-1);
  return surname !== undefined && nameWords(text).includes(surname);
}

function overlap(a: string[], b: string[]): number {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const words = new Set(long);
  return short.length >= 4 ? short.filter((w) => words.has(w)).length / short.length : 0;
}

export const attribution: Rule = {
  kind: 'attribution',
  check({ a, b }) {
    for (const x of a.features.quotes) {
      for (const y of b.features.quotes) {
        if (!x.speaker || !y.speaker || x.speaker === y.speaker || overlap(x.words, y.words) < SAME_QUOTE) continue;
        const who = (q: typeof x, text: string) => (q.speakerStart !== undefined ? text.slice(q.speakerStart, q.speakerEnd) : q.speaker!);
        if (names(b.text, who(x, a.text)) || names(a.text, who(y, b.text))) continue;
        return {
          strength: 'hard',
          why: `the same quote attributed to ${who(x, a.text)} vs ${who(y, b.text)}`,
          aParts: x.speakerStart !== undefined ? [[x.speakerStart, x.speakerEnd!]] : [[x.start, x.end]],
          bParts: y.speakerStart !== undefined ? [[y.speakerStart, y.speakerEnd!]] : [[y.start, y.end]],
        };
      }
    }
    return null;
  },
};
