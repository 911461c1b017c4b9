// The article-extraction benchmark's metric, the same logic as ../shared/scripts/score-extraction.mjs
// (which is a CLI and cannot be imported): word tokens, counted 4-token shingles, precision and
// recall per page, averaged over pages by the caller, F1 of the two averages.

function shingles(text: string): Map<string, number> {
  const words = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  if (!words.length) return counts;
  // texts shorter than four words make one short shingle, as in the benchmark
  for (let i = 0; i < Math.max(1, words.length - 3); i++) {
    const key = words.slice(i, i + 4).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** Precision and recall of one extracted text against its gold text. */
export function scorePage(got: string, want: string): { precision: number; recall: number } {
  const g = shingles(got);
  const w = shingles(want);
  let tp = 0;
  for (const [k, c] of g) tp += Math.min(c, w.get(k) ?? 0);
  const fp = total(g) - tp;
  const fn = total(w) - tp;
  return {
    precision: tp + fp ? tp / (tp + fp) : w.size ? 0 : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
  };
}

/** Averages per-page scores the benchmark's way: F1 of the averaged precision and recall. */
export function summarise(pages: { precision: number; recall: number }[]) {
  const p = pages.reduce((s, x) => s + x.precision, 0) / pages.length;
  const r = pages.reduce((s, x) => s + x.recall, 0) / pages.length;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
