// `npm run bench` (`-- --json` for one object): speed and size of the comparison engine, medians
// of several runs in one process. Texts come from ../shared (story P, the seeds, BASIL, ECB+) when
// it is there, else from the project's sample story; the output says which. Goals: compare vs 50
// < 50 ms, story lookup among 10,000 < 20 ms, engine < 30 KB gzip. tokenize_baseline_ms is the
// cost of only splitting the same article into words: the floor analyze_article_ms is read against.
// compare_vs_N_ms is the next article of an open story (warm), compare_vs_N_cold_ms a story's first.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeArticle, compareArticle, StoryIndex } from '../lib/compare/index';
import { articleFromText, inputFiles, readInput } from '../lib/cli';
import type { AnalyzedArticle, ExtractedArticle } from '../lib/model';
import { tokenize } from '../lib/text/tokenize';
import { sharedDir } from './eval/common';

// Each warm or cold run compares another article, so the median needs enough of them to be stable.
const RUNS = 15;
const root = resolve(import.meta.dirname, '..');

function median(fn: () => void, runs = RUNS): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}

/** Realistic articles: ../shared texts and data sets, else the sample story's pages. */
function corpus(): { source: string; articles: ExtractedArticle[] } {
  if (!existsSync(sharedDir)) {
    const pages = inputFiles([join(root, 'test/fixtures/sample-story')]).map(readInput);
    return { source: `${sharedDir} missing: sample story only`, articles: pages.filter((p): p is ExtractedArticle => typeof p !== 'string') };
  }
  const texts = join(sharedDir, 'corpus/texts');
  const articles = readdirSync(texts).map((f) => articleFromText(readFileSync(join(texts, f), 'utf8'), join(texts, f)));
  const basil = readFileSync(join(sharedDir, 'data/basil/articles.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const line of basil) {
    const r = JSON.parse(line) as { title: string; sentences: string[]; date: string };
    articles.push({ url: '', pageUrl: '', title: r.title, authors: [], siteName: 'basil', published: r.date, paragraphs: r.sentences, text: r.sentences.join('\n\n') });
  }
  return { source: `${sharedDir} (story P, BASIL)`, articles };
}

async function engineGzipKb(): Promise<number> {
  const out = await build({ entryPoints: [join(root, 'lib/compare/index.ts')], bundle: true, minify: true, write: false, format: 'esm', platform: 'neutral' });
  return Math.round((gzipSync(out.outputFiles[0]!.contents).length / 1024) * 10) / 10;
}

async function main() {
  const json = process.argv.includes('--json');
  const { source, articles } = corpus();
  const analyzed: AnalyzedArticle[] = articles.map((article, i) => ({ id: `b${i}`, article, ...analyzeArticle(article) }));
  const target = analyzed[0]!;
  const story = (n: number) => Array.from({ length: n + 1 }, (_, i) => analyzed[i % analyzed.length]!);
  // compareArticle keeps a story's work for the story's next article. Cold: a story never seen
  // (fresh copies of its articles each run). Warm: the reader moving from one article of an open
  // story to the next (each run a different article of the same story, so nothing per-article is reused).
  const cold = (n: number) => () => {
    const copies = story(n).map((a) => ({ ...a }));
    compareArticle(copies[0]!, copies.slice(1));
  };
  const warm = (n: number) => {
    const members = story(n);
    compareArticle(members[0]!, members.slice(1));
    let next = 0;
    return () => {
      const t = members[++next % members.length]!;
      compareArticle(t, members.filter((a) => a !== t));
    };
  };
  const figures: Record<string, number> = {
    analyze_article_ms: median(() => analyzeArticle(target.article), 21),
    tokenize_baseline_ms: median(() => tokenize(target.article.text), 21),
    compare_vs_10_ms: median(warm(10)),
    compare_vs_50_ms: median(warm(50)),
    compare_vs_200_ms: median(warm(200), 3),
    compare_vs_10_cold_ms: median(cold(10)),
    compare_vs_50_cold_ms: median(cold(50)),
    compare_vs_200_cold_ms: median(cold(200), 3),
  };
  // 10,000 saved articles: the real profiles repeated, spread over two years of saving.
  const index = new StoryIndex();
  for (let i = 0; i < 10_000; i++) {
    const a = analyzed[i % analyzed.length]!;
    index.add(`s${i}`, `story${Math.floor(i / 3)}`, { ...a.profile, time: a.profile.time + (i % 700) * 86_400_000 });
  }
  let q = 0;
  figures.story_lookup_10k_ms = median(() => index.find(analyzed[q++ % analyzed.length]!.profile), 21);
  figures.engine_gzip_kb = await engineGzipKb();
  if (json) console.log(JSON.stringify({ source, ...figures }, null, 2));
  else {
    console.log(`texts: ${source}; ${analyzed.length} articles`);
    for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(24)} ${v}`);
    console.log('goals: compare_vs_50_ms < 50, story_lookup_10k_ms < 20, engine_gzip_kb < 30');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
