// Story grouping on real coverage: pairwise precision / recall / F1 of groupStories against the
// gold stories of BASIL (300 articles, 100 events, three outlets each) and ECB+ (982 texts, 86
// events in 43 topics, two events of the same kind per topic: the hard negatives). The story
// threshold, the conflict penalties, the split cut (lib/compare/story-index.ts) and the key weights
// (lib/text/profile.ts) were chosen on these two sets, so they are tuned-on figures. Goals: BASIL
// F1 >= 0.95, ECB+ F1 >= 0.85. Prints the time analysis and grouping took, and for ECB+ how many
// wrong pairs join the two events of one topic (another earthquake) rather than unrelated stories.
// Also, for reference, what the extension itself reaches: saving one article at a time, oldest
// first, each joining the best story so far (StoryIndex.find, as lib/store/save.ts does), alone,
// with every split the library suggests (StoryIndex.split) accepted as soon as it appears, and then
// with every move it suggests (StoryIndex.betterStory) accepted too, until it suggests none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, groupStories, StoryIndex } from '../../lib/compare/index';
import type { AnalyzedArticle, ExtractedArticle } from '../../lib/model';
import { sharedDir, type EvalReport } from './common';

interface Labelled {
  article: AnalyzedArticle;
  story: string;
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);

function articleOf(title: string, paragraphs: string[], published?: string): ExtractedArticle {
  return { url: '', pageUrl: '', title, authors: [], siteName: 'eval', published, paragraphs, text: paragraphs.join('\n\n') };
}

function labelled(id: string, story: string, article: ExtractedArticle): Labelled {
  return { story, article: { id, article, ...analyzeArticle(article) } };
}

export function basil(): Labelled[] {
  type Row = { source: string; triplet_id: string; date: string; title: string; sentences: string[]; paragraph_of_sentence: number[] };
  return readJsonl<Row>(join(sharedDir, 'data/basil/articles.jsonl')).map((r) => {
    const paragraphs: string[] = [];
    r.sentences.forEach((s, i) => {
      const p = r.paragraph_of_sentence[i] ?? 0;
      paragraphs[p] = paragraphs[p] ? `${paragraphs[p]} ${s}` : s;
    });
    // Not article_id: four HuffPost articles share the id "empty", which made them one article.
    return labelled(`${r.triplet_id}/${r.source}`, r.triplet_id, articleOf(r.title, paragraphs.filter(Boolean), r.date));
  });
}

export function ecbplus(): Labelled[] {
  type Row = { doc_id: string; subtopic: string; corpus_part: string; sentences: string[]; first_text_sentence: number };
  return readJsonl<Row>(join(sharedDir, 'data/ecbplus/documents.jsonl')).map((r) => {
    const text = r.sentences.slice(r.first_text_sentence);
    // ECB+ pages carry their headline as the first text sentence; ECB texts have none.
    const [title, body] = r.corpus_part === 'ecbplus' ? [text[0] ?? '', text.slice(1)] : ['', text];
    return labelled(r.doc_id, r.subtopic, articleOf(title, body));
  });
}

/** Rounds of accepted moves at most: the suggestions settle within a few. */
const MOVE_ROUNDS = 5;

/**
 * Groups as the extension makes them on save, one article at a time. `accepting`: the reader takes
 * no suggestion, every suggested split as it appears, or every split and then every suggested move.
 */
function savedOneByOne(articles: AnalyzedArticle[], accepting: 'nothing' | 'splits' | 'moves'): string[][] {
  const acceptSplits = accepting !== 'nothing';
  const index = new StoryIndex();
  const storyOf = new Map<string, string>();
  const byId = new Map(articles.map((a) => [a.id, a]));
  let splits = 0;
  for (const a of [...articles].sort((x, y) => x.profile.time - y.profile.time)) {
    const storyId = index.find(a.profile)?.storyId ?? a.id;
    index.add(a.id, storyId, a.profile);
    storyOf.set(a.id, storyId);
    for (const pending = acceptSplits ? [storyId] : []; pending.length; ) {
      const splitting = pending.pop()!;
      const apart = [...(index.split(splitting) ?? [])].sort((x, y) => x.length - y.length)[0];
      if (!apart) continue;
      const newId = `split ${++splits}`;
      for (const id of apart) {
        index.add(id, newId, byId.get(id)!.profile);
        storyOf.set(id, newId);
      }
      pending.push(splitting, newId);
    }
  }
  for (let round = 0, moved = accepting === 'moves'; moved && round < MOVE_ROUNDS; round++) {
    moved = false;
    for (const a of articles) {
      const better = index.betterStory(a.id);
      if (!better) continue;
      index.add(a.id, better.storyId, a.profile);
      storyOf.set(a.id, better.storyId);
      moved = true;
    }
  }
  const groups = new Map<string, string[]>();
  for (const [id, storyId] of storyOf) groups.set(storyId, [...(groups.get(storyId) ?? []), id]);
  return [...groups.values()];
}

/** Pairwise precision, recall and F1 of predicted groups against gold stories. */
export function pairwise(items: Labelled[], groups: string[][]): { precision: number; recall: number; f1: number } {
  const storyOf = new Map(items.map((x) => [x.article.id, x.story]));
  let tp = 0;
  let predicted = 0;
  for (const g of groups) {
    predicted += (g.length * (g.length - 1)) / 2;
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) if (storyOf.get(g[i]!) === storyOf.get(g[j]!)) tp++;
  }
  const sizes = new Map<string, number>();
  for (const x of items) sizes.set(x.story, (sizes.get(x.story) ?? 0) + 1);
  const gold = [...sizes.values()].reduce((n, s) => n + (s * (s - 1)) / 2, 0);
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Wrong pairs of a grouping of ECB+, by kind: the other event of the same topic, or another topic. */
function wrongPairs(items: Labelled[], groups: string[][]): string {
  const storyOf = new Map(items.map((x) => [x.article.id, x.story]));
  const topicOf = (story: string) => story.split('_')[0];
  let sibling = 0;
  let other = 0;
  for (const g of groups) {
    const stories = g.map((id) => storyOf.get(id)!);
    for (let i = 0; i < stories.length; i++) {
      for (let j = i + 1; j < stories.length; j++) {
        if (stories[i] === stories[j]) continue;
        if (topicOf(stories[i]!) === topicOf(stories[j]!)) sibling++;
        else other++;
      }
    }
  }
  return `${sibling} with the other event of the same topic, ${other} across topics`;
}

export default async function grouping(): Promise<EvalReport> {
  const lines: string[] = [];
  const figures: Record<string, number> = {};
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  for (const [name, load] of [['basil', basil], ['ecbplus', ecbplus]] as const) {
    const loading = performance.now();
    const items = load();
    const started = performance.now();
    const groups = groupStories(items.map((x) => x.article));
    const ms = performance.now() - started;
    const { precision, recall, f1 } = pairwise(items, groups);
    lines.push(`${name}: ${items.length} articles -> ${groups.length} stories, pairwise P=${r3(precision)} R=${r3(recall)} F1=${r3(f1)} (analysed in ${Math.round(started - loading)} ms, grouped in ${Math.round(ms)} ms)`);
    if (name === 'ecbplus') lines.push(`ecbplus wrong pairs: ${wrongPairs(items, groups)}`);
    const articles = items.map((x) => x.article);
    const [alone, withSplits, withMoves] = (['nothing', 'splits', 'moves'] as const).map((accepting) => r3(pairwise(items, savedOneByOne(articles, accepting)).f1));
    lines.push(`${name}, saved one at a time as the extension does: F1=${alone}; with the library's suggested splits accepted: ${withSplits}; and its suggested moves: ${withMoves}`);
    Object.assign(figures, { [`${name}_saved_f1`]: alone, [`${name}_saved_split_f1`]: withSplits, [`${name}_saved_suggestions_f1`]: withMoves });
    Object.assign(figures, { [`${name}_precision`]: r3(precision), [`${name}_recall`]: r3(recall), [`${name}_f1`]: r3(f1) });
  }
  // A little under the figures reached (BASIL F1 0.963, ECB+ F1 0.874, and 0.871 for the extension
  // with its suggestions accepted; tuned on both).
  const floors = { basil_f1: { min: 0.95 }, ecbplus_f1: { min: 0.86 }, ecbplus_saved_suggestions_f1: { min: 0.86 } };
  return { name: 'grouping', lines, figures, floors };
}
