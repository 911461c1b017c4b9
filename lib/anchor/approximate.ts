// Approximate substring search (Sellers' algorithm): the place in `text` where `pattern` matches
// with the fewest edits, accepted when the edits are at most a fifth of the pattern. This is the
// fallback for a claim the page has since edited slightly ("12 passengers" became "14 passengers").
// O(text x pattern), so long patterns are matched by their two ends.

export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

export const MAX_ERROR_RATE = 0.2;
/** Longer patterns are anchored by their first and last this-many characters. */
const MAX_PATTERN = 160;

export function approximateMatch(text: string, pattern: string, maxErrorRate = MAX_ERROR_RATE): ApproximateMatch | undefined {
  if (!pattern) return undefined;
  if (pattern.length > MAX_PATTERN) return matchByEnds(text, pattern, maxErrorRate);
  const end = bestEnd(text, pattern);
  if (!end || end.errors > Math.floor(pattern.length * maxErrorRate)) return undefined;
  // The start is where the reversed pattern best matches the reversed text ending there.
  const windowStart = Math.max(0, end.at - pattern.length - end.errors);
  const reversedWindow = [...text.slice(windowStart, end.at)].reverse().join('');
  const start = bestEnd(reversedWindow, [...pattern].reverse().join(''))!;
  return { start: end.at - start.at, end: end.at, errors: end.errors };
}

function matchByEnds(text: string, pattern: string, maxErrorRate: number): ApproximateMatch | undefined {
  const head = approximateMatch(text, pattern.slice(0, MAX_PATTERN / 2), maxErrorRate);
  if (!head) return undefined;
  const tail = approximateMatch(text.slice(head.start), pattern.slice(-MAX_PATTERN / 2), maxErrorRate);
  if (!tail) return undefined;
  const end = head.start + tail.end;
  const length = end - head.start;
  if (Math.abs(length - pattern.length) > pattern.length * maxErrorRate) return undefined;
  return { start: head.start, end, errors: head.errors + tail.errors };
}

/** The end offset (exclusive) in `text` of the least-cost match of `pattern`, first one on ties. */
function bestEnd(text: string, pattern: string): { at: number; errors: number } | undefined {
  const m = pattern.length;
  let previous = Array.from({ length: m + 1 }, (_, i) => i);
  let current = new Array<number>(m + 1);
  let best: { at: number; errors: number } | undefined;
  for (let j = 1; j <= text.length; j++) {
    current[0] = 0;
    const char = text[j - 1];
    for (let i = 1; i <= m; i++) {
      const substitution = previous[i - 1]! + (pattern[i - 1] === char ? 0 : 1);
      current[i] = Math.min(substitution, previous[i]! + 1, current[i - 1]! + 1);
    }
    if (!best || current[m]! < best.errors) best = { at: j, errors: current[m]! };
    [previous, current] = [current, previous];
  }
  return best;
}
