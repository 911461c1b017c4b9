// `npm run compare -- <html or txt files or folders> [--json]`: the extension's pipeline on files.
// Reads pages (extracted as the extension would) and text files (first line the headline, then
// paragraphs separated by blank lines), groups them into stories, compares every article with the
// others of its story and prints Markdown, or with --json the run file the shared scorer reads
// (contract in ../shared/corpus/README.md). With no file it runs on the project's sample story.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from './extract/index';
import { parseHtml } from './extract/parse-html';
import type { AnalyzedArticle, Comparison, ExtractedArticle } from './model';
import { analyzeArticle, compareArticle, groupStories, labelStory } from './compare/index';
import { storyToMarkdown } from './export/markdown';

export interface Run {
  articles: AnalyzedArticle[];
  sources: Map<string, string>;
  stories: { label: string; ids: string[] }[];
  comparisons: Comparison[];
  errors: { source: string; message: string }[];
}

const SAMPLE_STORY = resolve(import.meta.dirname, '../test/fixtures/sample-story');

/** Files named on the command line, folders expanded to their .html and .txt files, in name order. */
export function inputFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!statSync(p, { throwIfNoEntry: false })?.isDirectory()) return [p];
    return readdirSync(p)
      .filter((f) => /\.(html?|txt)$/i.test(f))
      .sort()
      .map((f) => join(p, f));
  });
}

/** A plain-text article: the first line is the headline, then paragraphs separated by blank lines. */
export function articleFromText(text: string, source: string): ExtractedArticle {
  const [title = '', ...rest] = text.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs = rest.join('\n').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const url = pathToFileURL(resolve(source)).href;
  return { url, pageUrl: url, title: title.trim(), authors: [], siteName: basename(source, extname(source)), paragraphs, text: paragraphs.join('\n\n') };
}

/** Reads one input file into an article, or says why it could not. */
export function readInput(source: string): ExtractedArticle | string {
  try {
    const content = readFileSync(source, 'utf8');
    if (/\.txt$/i.test(source)) {
      const article = articleFromText(content, source);
      return article.paragraphs.length ? article : 'empty text file';
    }
    const url = pathToFileURL(resolve(source)).href;
    const outcome = extractArticle(parseHtml(content, url), url);
    return outcome.ok ? outcome.article : outcome.message;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The whole pipeline on files: read, analyse, group, compare each article with the rest of its story. */
export function runFiles(files: string[]): Run {
  const run: Run = { articles: [], sources: new Map(), stories: [], comparisons: [], errors: [] };
  for (const source of files) {
    const read = readInput(source);
    if (typeof read === 'string') {
      run.errors.push({ source, message: read });
      continue;
    }
    const id = `a${run.articles.length + 1}`;
    run.articles.push({ id, article: read, ...analyzeArticle(read) });
    run.sources.set(id, source);
  }
  const byId = new Map(run.articles.map((a) => [a.id, a]));
  for (const ids of groupStories(run.articles)) {
    const story = ids.map((id) => byId.get(id)!);
    run.stories.push({ label: labelStory(story), ids });
    for (const target of story) {
      run.comparisons.push(compareArticle(target, story.filter((a) => a !== target)));
    }
  }
  run.comparisons.sort((a, b) => Number(a.articleId.slice(1)) - Number(b.articleId.slice(1)));
  return run;
}

/** The run file of the contract in ../shared/corpus/README.md. */
export function runToJson(run: Run) {
  return {
    articles: run.articles.map((a) => ({
      id: a.id,
      source: run.sources.get(a.id),
      site: a.article.siteName,
      title: a.article.title,
      url: a.article.url,
      published: a.article.published ?? null,
      text: a.article.text,
    })),
    stories: run.stories,
    comparisons: run.comparisons.map((c) => ({
      article: c.articleId,
      against: c.against,
      unique: c.unique.map((u) => ({ text: u.text, start: u.start, end: u.end })),
      missing: c.missing.map((m) => ({ text: m.claim.text, article: m.claim.articleId, outlets: m.outlets })),
      corroborated: c.corroborated.map((m) => ({ text: m.claim.text, outlets: m.outlets })),
      conflicts: c.conflicts.map((x) => ({
        kind: x.kind,
        strength: x.strength,
        this: { text: x.this.text },
        other: { article: x.other.articleId, text: x.other.text },
        why: x.why,
        thisParts: x.thisParts,
        otherParts: x.otherParts,
      })),
    })),
    errors: run.errors,
  };
}

/** Markdown of every story, through the same export the extension uses. */
function markdownOf(run: Run): string {
  const byId = new Map(run.articles.map((a) => [a.id, { ...a.article, id: a.id }]));
  return run.stories
    .map((story) =>
      storyToMarkdown({
        story,
        articles: story.ids.map((id) => byId.get(id)!),
        comparisons: run.comparisons.filter((c) => story.ids.includes(c.articleId)),
      }),
    )
    .join('\n\n');
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const paths = args.filter((a) => !a.startsWith('--'));
  const run = runFiles(inputFiles(paths.length ? paths : [SAMPLE_STORY]));
  for (const e of run.errors) console.error(`compare: ${e.source}: ${e.message}`);
  console.log(json ? JSON.stringify(runToJson(run), null, 2) : markdownOf(run));
  if (!run.articles.length) {
    console.error('compare: nothing could be read.');
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
