// Article extraction, measured: on the 181 pages of ../shared/data/article-extraction, our pipeline
// against Readability alone (same parser, same run) with the benchmark's metric and the time ratio
// (fastest of several interleaved runs per page, see extraction-timing.ts); then the nine gold-labelled pages of ../shared/corpus (every body sentence
// present once, no furniture). EXTRACTION_DUMP=run.jsonl writes our texts in the form
// ../shared/scripts/score-extraction.mjs reads, to cross-check the metric.
import { Readability } from '@mozilla/readability';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../../lib/extract';
import { parseHtml } from '../../lib/extract/parse-html';
import { sharedDir, type EvalReport } from './common';
import { checkCorpus } from './extraction-corpus';
import { timeInterleaved, type TimingPlan } from './extraction-timing';
import { scorePage, summarise } from './extraction-metric';

interface GoldPage {
  id: string;
  url: string;
  html_file: string;
  article_body: string;
}

/** Timed runs per page (each side keeps its fastest) and untimed warm-up pages; see extraction-timing.ts. */
const TIMING: TimingPlan = { rounds: Number(process.env.EXTRACTION_TIMING_ROUNDS) || 3, warmup: 20 };

async function benchmark() {
  const dir = join(sharedDir, 'data/article-extraction');
  const gold: GoldPage[] = readFileSync(join(dir, 'ground_truth.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const timing = timeInterleaved(
    gold,
    // parsed once per page, outside the timed part: both sides read the same Document
    (page) => ({ page, doc: parseHtml(gunzipSync(readFileSync(join(dir, page.html_file))).toString('utf8'), page.url) }),
    ({ page, doc }) => extractArticle(doc, page.url),
    ({ doc }) => new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '',
    TIMING,
  );
  const ourTexts = timing.ours.map((outcome) => (outcome.ok ? outcome.article.text : ''));
  const ours = gold.map((page, i) => scorePage(ourTexts[i]!, page.article_body));
  const theirs = gold.map((page, i) => scorePage(timing.theirs[i]!, page.article_body));
  const failures = timing.ours.filter((outcome) => !outcome.ok).length;
  if (process.env.EXTRACTION_DUMP) {
    writeFileSync(process.env.EXTRACTION_DUMP, gold.map((page, i) => JSON.stringify({ id: page.id, article_body: ourTexts[i] })).join('\n') + '\n');
  }
  return { pages: gold.length, ours: summarise(ours), theirs: summarise(theirs), failures, timing };
}

export default async function extraction(): Promise<EvalReport> {
  const b = await benchmark();
  const c = checkCorpus();
  const t = b.timing;
  const f = (x: number) => x.toFixed(3);
  const figures = {
    f1: +f(b.ours.f1),
    precision: +f(b.ours.p),
    recall: +f(b.ours.r),
    readabilityF1: +f(b.theirs.f1),
    timeRatio: +b.timing.ratio.toFixed(2),
    medianTimeRatio: +b.timing.medianRatio.toFixed(2),
    failedPages: b.failures,
    corpusBodyPresent: c.bodyPresent,
    corpusBodyTotal: c.bodyTotal,
    corpusBoilerplateLeaked: c.boilerplateLeaked,
    corpusBoilerplateTotal: c.boilerplateTotal,
    corpusRepeated: c.repeated,
    corpusTitleInText: c.titleInText,
  };
  return {
    name: 'extraction',
    lines: [
      `benchmark (${b.pages} pages, word 4-shingles, F1 of averaged P and R):`,
      `  ours         P=${f(b.ours.p)} R=${f(b.ours.r)} F1=${f(b.ours.f1)}  (${b.failures} pages refused)`,
      `  Readability  P=${f(b.theirs.p)} R=${f(b.theirs.r)} F1=${f(b.theirs.f1)}`,
      `  time ours/Readability: ${t.ratio.toFixed(2)} (${t.ourTotal.toFixed(0)} vs ${t.theirTotal.toFixed(0)} ms), median per page ${t.medianRatio.toFixed(2)}`,
      `    = sum over pages of each side's fastest of ${t.plan.rounds} interleaved runs, after ${t.plan.warmup} warm-up pages;`,
      `      both clone the same parsed page inside the timed run (EXTRACTION_TIMING_ROUNDS=n to change)`,
      `corpus (9 pages, gold sentences):`,
      `  body sentences present ${c.bodyPresent}/${c.bodyTotal}, boilerplate leaked ${c.boilerplateLeaked}/${c.boilerplateTotal}, repeated ${c.repeated}, title in text ${c.titleInText}`,
      ...c.problems.map((p) => `  ${p}`),
    ],
    figures,
    // a little under the figures reached (in-sample: the clean-up was tuned on these 181 pages):
    // F1 0.972, P 0.958, R 0.986; time ratio 1.05-1.29 over runs on a loaded 2-core machine, under
    // the 1.5 ceiling; corpus 162/165
    floors: {
      f1: { min: 0.968 },
      precision: { min: 0.953 },
      recall: { min: 0.982 },
      timeRatio: { max: 1.5 },
      failedPages: { max: 0 },
      corpusBodyPresent: { min: 161 },
      corpusBoilerplateLeaked: { max: 0 },
      corpusRepeated: { max: 0 },
      corpusTitleInText: { max: 0 },
    },
  };
}
