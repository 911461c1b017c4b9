// "Same claim or not" on the MSRP test pairs (1,725 news sentence pairs, 66.5% paraphrases): the
// engine's own analysis and similarity (TF-IDF fitted on all the test sentences, as the engine
// fits it on a story's claims), a pair counting as the same claim from matchThreshold() at the
// default sensitivity (0.3). The threshold was set on the two gold stories, not on MSRP, so this is
// an unseen check. Goal: accuracy >= 0.74 (always-paraphrase 0.665), not reached: the story
// threshold is set low to catch paraphrases with few shared words, which MSRP's hard negatives
// (same event, extra details) punish; word-overlap and order features reached ~0.71 on a held-out
// half of MSRP only at the cost of stricter matching inside stories, so none is in the engine yet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, matchThreshold, tfidf } from '../../lib/compare/index';
import type { Claim } from '../../lib/model';
import { sharedDir, type EvalReport } from './common';

/** One sentence analysed as a one-sentence article: its first claim. */
function claimOf(sentence: string): Claim | undefined {
  return analyzeArticle({ url: '', pageUrl: '', title: '', authors: [], siteName: 'eval', paragraphs: [sentence], text: sentence }).claims[0];
}

export default async function alignment(): Promise<EvalReport> {
  type Row = { sent1: string; sent2: string; paraphrase: number };
  const rows = readFileSync(join(sharedDir, 'data/news-claim-pairs/msrp_test.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row);
  const pairs = rows.flatMap((r) => {
    const a = claimOf(r.sent1);
    const b = claimOf(r.sent2);
    return a && b ? [{ a, b, gold: r.paraphrase === 1 }] : [];
  });
  const sim = tfidf.fit(pairs.flatMap((p) => [p.a, p.b]));
  const threshold = matchThreshold();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  for (const p of pairs) {
    const same = sim.score(p.a, p.b) >= threshold;
    if (same === p.gold) correct++;
    if (same && p.gold) tp++;
    else if (same) fp++;
    else if (p.gold) fn++;
  }
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const accuracy = correct / pairs.length;
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return {
    name: 'alignment',
    lines: [`msrp (unseen): ${pairs.length} pairs, threshold ${r3(threshold)}: accuracy=${r3(accuracy)} P=${r3(precision)} R=${r3(recall)} F1=${r3(f1)}`],
    figures: { msrp_accuracy: r3(accuracy), msrp_precision: r3(precision), msrp_recall: r3(recall), msrp_f1: r3(f1) },
    // A little under the accuracy reached (0.693).
    floors: { msrp_accuracy: { min: 0.66 } },
  };
}
