// One quotation, two speakers: "“We were lucky the wind was blowing out to sea,” said Lena Marsh"
// (p01) vs "Mayor Tomasz Reyes told reporters: “We were lucky ...”" (p03). Quotes count as the
// same when most words of the shorter one occur in the longer one.
import type { Rule } from './types';

const SAME_QUOTE = 0.7;

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
