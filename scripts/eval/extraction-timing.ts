// Time ratio of our extraction against Readability alone, made robust against a noisy shared
// machine (2 cores, other jobs, garbage collection landing in whichever run happens to be going):
// one timing of each page swung the total ratio between 1.10 and 1.46 from run to run. Here every
// page is run several times, the two sides interleaved and their order swapped each round, and
// each side keeps its fastest run of the page: noise only ever adds time, so the minimum is the
// closest to the work done. The ratio is the sum of those minima, ours over theirs. A warm-up over
// the first pages lets the JIT compile both sides before anything is timed. Both sides get the
// same parsed page and clone it inside the timed part (Readability changes the document it reads).

export interface TimingPlan {
  /** Timed runs of each side per page; each side keeps its fastest. */
  rounds: number;
  /** Pages run untimed first, both sides, to warm the JIT. */
  warmup: number;
}

export interface Timing<A, B> {
  /** Each side's output on each page (from its first timed run), for scoring. */
  ours: A[];
  theirs: B[];
  /** Sum over pages of each side's fastest run, in ms. */
  ourTotal: number;
  theirTotal: number;
  ratio: number;
  /** Median over pages of the per-page ratio of fastest runs. */
  medianRatio: number;
  plan: TimingPlan;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

/**
 * `load` turns an item into the page both sides read (parsing it): called once per item, outside
 * the timed part, and only one page is held at a time so the heap (and its collections) stays small.
 */
export function timeInterleaved<I, P, A, B>(
  items: I[],
  load: (item: I) => P,
  ours: (page: P) => A,
  theirs: (page: P) => B,
  plan: TimingPlan,
): Timing<A, B> {
  for (const item of items.slice(0, plan.warmup)) {
    const page = load(item);
    ours(page);
    theirs(page);
  }
  const result: Timing<A, B> = { ours: [], theirs: [], ourTotal: 0, theirTotal: 0, ratio: 0, medianRatio: 0, plan };
  const ratios: number[] = [];
  items.forEach((item, i) => {
    const page = load(item);
    let ourBest = Infinity;
    let theirBest = Infinity;
    for (let round = 0; round < plan.rounds; round++) {
      const runOurs = () => {
        const [out, ms] = timed(() => ours(page));
        if (round === 0) result.ours.push(out);
        ourBest = Math.min(ourBest, ms);
      };
      const runTheirs = () => {
        const [out, ms] = timed(() => theirs(page));
        if (round === 0) result.theirs.push(out);
        theirBest = Math.min(theirBest, ms);
      };
      // swap which side goes first every round (and every page), so warm caches favour neither
      if ((i + round) % 2) {
        runTheirs();
        runOurs();
      } else {
        runOurs();
        runTheirs();
      }
    }
    result.ourTotal += ourBest;
    result.theirTotal += theirBest;
    ratios.push(ourBest / theirBest);
  });
  result.ratio = result.ourTotal / result.theirTotal;
  result.medianRatio = median(ratios);
  return result;
}
