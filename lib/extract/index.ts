// Document -> article. Works on a clone of the page (the live DOM the reader sees, or a parsed
// file in Node): prepares the clone (hidden elements out, lazy images resolved), runs Readability,
// checks the result against quality gates and falls back to the densest text block when it fails,
// cleans the surviving furniture out of the text, and reads the metadata most reliable source
// first. Returns the article, or a reason a reader can understand why there is none.
import { Readability } from '@mozilla/readability';
import type { ExtractedArticle, ExtractFailure, ExtractOutcome } from '../model';
import { collectBlocks, type Block } from './blocks';
import { cleanupSteps } from './cleanup';
import type { CleanupContext } from './cleanup/types';
import { allElements, indexTags, type TagIndex } from './dom';
import { densestBlock } from './fallback';
import { GATES, judge, linkChars, type Verdict } from './gates';
import { readMetadata, stripSiteSuffix, type Metadata } from './metadata';
import { DEFAULTS, type ExtractOptions } from './options';
import { REGEXPS } from './patterns';
import { prepareSteps } from './prepare';
import { findStandfirst, withStandfirst } from './standfirst';

export type { ExtractOptions } from './options';

const MESSAGES: Record<ExtractFailure, string> = {
  empty: 'This page has no text to read yet. If it is still loading, wait for it and try again.',
  'not-article':
    'This page does not look like a news article (it may be a home page, a list of stories, search results or a video). Open a single article and try again.',
  'too-large': 'This page is too large to read as one article.',
  unreadable: 'Something on this page stopped the article from being read. Try reloading the page.',
};

/** A declared non-article page (og:type website, a home page, an error page) needs this many words to count anyway. */
const NON_ARTICLE_MIN_WORDS = 300;
/**
 * Less text than this (characters, spaces left out, so Japanese and English count alike) is a
 * notice, not an article: "The requested URL was not found on this server." The shortest article
 * of the benchmark's 181 pages has 301.
 */
const MIN_ARTICLE_CHARS = 150;

function fail(reason: ExtractFailure, detail?: string, message = MESSAGES[reason]): ExtractOutcome {
  return { ok: false, reason, message: detail ? `${message} ${detail}` : message };
}

function preparedClone(doc: Document, options: ExtractOptions): Document {
  const clone = doc.cloneNode(true) as Document;
  const elements = clone.body ? allElements(clone.body) : [];
  for (const step of prepareSteps) step.run(clone, doc, options, elements);
  return clone;
}

interface Candidate {
  blocks: Block[];
  verdict: Verdict;
}

function candidateFrom(root: Element | undefined): Candidate | undefined {
  if (!root) return undefined;
  const blocks = collectBlocks(root);
  return { blocks, verdict: judge(blocks, linkChars(root)) };
}

function readability(doc: Document, options: ExtractOptions) {
  try {
    // serializer: hand back the element itself, so the article is walked, not re-parsed
    const parsed = new Readability(preparedClone(doc, options), { serializer: (el: Node) => el }).parse();
    return parsed && { ...parsed, root: parsed.content as unknown as Element };
  } catch {
    return null;
  }
}

/** The page's own name for itself in every form it gives, so a repeat of it in the text is found. */
function titles(doc: Document, elements: TagIndex, meta: Metadata, title: string, readabilityTitle: string | null | undefined): string[] {
  const h1 = elements('h1')[0]?.textContent ?? '';
  return [title, meta.title ?? '', readabilityTitle ?? '', doc.title, h1].filter(Boolean);
}

/** Text a reader would see anywhere on the page (script and style contents are not). */
function hasReadableText(doc: Document): boolean {
  return !!doc.body && collectBlocks(doc.body).length > 0;
}

function isHomePage(url: string): boolean {
  try {
    return new URL(url).pathname.replace(/\/(?:index\.\w+)?$/, '') === '';
  } catch {
    return false;
  }
}

export function extractArticle(doc: Document, pageUrl: string, options: ExtractOptions = {}): ExtractOutcome {
  const pageText = doc.body?.textContent ?? '';
  if (!pageText.trim()) return fail('empty');
  const maxChars = options.maxChars ?? DEFAULTS.maxChars;
  if (pageText.length > maxChars) return fail('too-large', `It has over ${Math.round(maxChars / 1e6)} million characters of text.`);

  const parsed = readability(doc, options);
  let chosen = candidateFrom(parsed?.root);
  if (!chosen?.verdict.passed) {
    const fallback = candidateFrom(densestBlock(preparedClone(doc, options)));
    if (fallback && (!chosen || fallback.verdict.score > chosen.verdict.score)) chosen = fallback;
  }

  const elements = indexTags(doc);
  const meta = readMetadata(doc, pageUrl, parsed ?? {}, elements);
  const siteName = meta.siteName || new URL(pageUrl).hostname.replace(/^www\./, '');
  const title = stripSiteSuffix(meta.title || parsed?.title || doc.title || '', siteName);
  const context: CleanupContext = {
    titles: titles(doc, elements, meta, title, parsed?.title),
    authors: meta.authors,
    urls: [pageUrl, meta.url],
  };
  const body = withStandfirst(chosen?.blocks ?? [], findStandfirst(doc, elements));
  const blocks = cleanupSteps.reduce((current, step) => step.run(current, context), body);
  const paragraphs = blocks.map((b) => b.text);
  const final = judge(blocks, 0);

  // a page of scripts and empty containers is still loading (or renders in a way we cannot read)
  if (!paragraphs.length) return fail(hasReadableText(doc) ? 'not-article' : 'empty');
  const errorTitle = context.titles.find((t) => REGEXPS.errorPage.test(t));
  if (errorTitle && final.words < NON_ARTICLE_MIN_WORDS) {
    const notice = `This page looks like an error page ("${errorTitle}"), not an article. Check the address, or open the article again from the site.`;
    return fail('not-article', undefined, notice);
  }
  if (paragraphs.join('').replace(/\s+/g, '').length < MIN_ARTICLE_CHARS) return fail('not-article', 'It has only a few words of text.');
  const declaredElsewhere = meta.declaredNonArticle || isHomePage(meta.url);
  if (declaredElsewhere && final.words < NON_ARTICLE_MIN_WORDS) return fail('not-article');
  // a link list that even the fallback could not turn into prose: a section front or search results
  if (chosen && !chosen.verdict.passed && chosen.verdict.linkShare > GATES.maxLinkShare) return fail('not-article');
  const maxWords = options.maxWords ?? DEFAULTS.maxWords;
  if (final.words > maxWords) return fail('too-large', `The article has over ${maxWords.toLocaleString('en')} words.`);

  const article: ExtractedArticle = {
    url: meta.url,
    pageUrl,
    title,
    authors: meta.authors,
    siteName,
    published: meta.published,
    modified: meta.modified,
    lang: meta.lang,
    excerpt: meta.excerpt,
    paragraphs,
    text: paragraphs.join('\n\n'),
  };
  return { ok: true, article };
}
