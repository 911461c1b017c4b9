// A comparison as a Markdown document the reader can keep, share or paste into notes: YAML front
// matter (story, date, outlets, URLs, when captured), then what only this outlet reports, where
// outlets disagree, what it leaves out and what others confirm. Quotes are the outlets' own words,
// never rewritten; they are only escaped, because page text is untrusted: a sentence must never
// turn into a link, an image, HTML, a heading, a list or the end of the front matter.
import { CONFLICT_KIND_LABELS, type ClaimRef, type Comparison, type Conflict, type ExtractedArticle, type SharedClaim } from '../model';
import { withEllipsis } from './partial';

export type ExportArticle = ExtractedArticle & { id: string };

export interface ComparisonExport {
  story: { label: string };
  target: ExportArticle;
  others: ExportArticle[];
  comparison: Comparison;
  /** ISO 8601; defaults to now. */
  capturedAt?: string;
  /** Include soft conflicts (hedging, stance), hidden by default like in the popup. */
  showSoft?: boolean;
}

export interface StoryExport {
  story: { label: string };
  articles: ExportArticle[];
  /** One comparison per article, each against the others; articles without one are listed only. */
  comparisons: Comparison[];
  capturedAt?: string;
  showSoft?: boolean;
}

/** Characters CommonMark or GitHub give a meaning to anywhere in a line ($ is GitHub math). */
const INLINE_SPECIALS = /[\\`*_[\]<>#|&~$]/g;

/**
 * Page text made inert for Markdown. Whitespace runs become one space, so a claim spanning two
 * paragraphs cannot end a list item or a quote and start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_SPECIALS, '\\$&')
    // GitHub turns bare "http://..." and "www...." into links; a broken trigger keeps them text.
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1\\://')
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}\\.`);
  // At the start of a line these open a list, a nested list or a setext heading.
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A YAML double-quoted scalar. JSON strings are valid YAML; the few characters JSON leaves raw
 * that YAML calls line breaks or non-printable are escaped as well.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Only web addresses become links: a page could claim a javascript: or data: canonical URL. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    // Parentheses and brackets would end or confuse a Markdown link destination.
    return parsed.href.replace(/[()[\]\s<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  } catch {
    return undefined;
  }
}

/**
 * A link straight to the quoted sentence on the outlet's page (a text fragment: Chromium scrolls
 * to and highlights it; other browsers just open the page). Long quotes are matched by their
 * first and last words.
 */
function quoteUrl(url: string | undefined, quote: string): string | undefined {
  const base = safeUrl(url);
  if (!base) return undefined;
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  // The text-fragment syntax reserves "-", "," and "&"; encodeURIComponent leaves "-" alone.
  const encode = (part: string[]) => encodeURIComponent(part.join(' ')).replace(/-/g, '%2D');
  const directive = words.length <= 10 ? encode(words) : `${encode(words.slice(0, 5))},${encode(words.slice(-5))}`;
  return `${base.replace(/#.*$/, '')}#:~:text=${directive}`;
}

function link(text: string, url: string | undefined): string {
  const safe = safeUrl(url);
  return safe ? `[${escapeMarkdown(text)}](${safe})` : escapeMarkdown(text);
}

function listOfNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The shared parts of one article's report, written once for both exports. */
class Report {
  private readonly byId: Map<string, ExportArticle>;

  constructor(articles: ExportArticle[]) {
    this.byId = new Map(articles.map((article) => [article.id, article]));
  }

  outletName(id: string): string {
    return this.byId.get(id)?.siteName ?? id;
  }

  outletLink(id: string): string {
    const article = this.byId.get(id);
    return article ? link(article.siteName, article.url) : escapeMarkdown(id);
  }

  /** The outlets stating a shared claim, the claim's own article first, never the target itself. */
  outletsOf(shared: SharedClaim, targetId: string): string[] {
    return [...new Set([shared.claim.articleId, ...shared.outlets])].filter((id) => id !== targetId);
  }

  quoteBlock(ref: ClaimRef): string[] {
    const article = this.byId.get(ref.articleId);
    const source = quoteUrl(article?.url, ref.text);
    const name = escapeMarkdown(this.outletName(ref.articleId));
    return [`**${name}**${source ? ` ([source](${source}))` : ''}:`, '', `> ${escapeMarkdown(ref.text)}`];
  }

  sections(input: Omit<ComparisonExport, 'story' | 'others' | 'capturedAt'>, level: number): string[] {
    const { target, comparison } = input;
    const h = '#'.repeat(level);
    const out: string[] = [];

    out.push(`${h} Only here`, '');
    if (comparison.unique.length === 0) {
      out.push(`Nothing: every claim in this article is also made by another saved outlet.`);
    } else {
      out.push(`Claims ${escapeMarkdown(target.siteName)} makes that no other saved outlet makes:`, '');
      for (const ref of comparison.unique) out.push(`- ${escapeMarkdown(withEllipsis(ref.text))}`);
    }
    out.push('');

    out.push(...this.conflicts(comparison.conflicts, input.showSoft ?? false, level));

    out.push(`${h} Missing here`, '');
    if (comparison.missing.length === 0) {
      out.push('Nothing: no claim made by two or more other outlets is missing from this article.');
    } else {
      out.push(`Claims other outlets make that ${escapeMarkdown(target.siteName)} does not:`, '');
      for (const shared of comparison.missing) {
        const outlets = this.outletsOf(shared, target.id).map((id) => this.outletLink(id));
        out.push(`- ${escapeMarkdown(withEllipsis(shared.claim.text))}`, `  (${listOfNames(outlets)})`);
      }
    }
    out.push('');

    out.push(`${h} Corroborated`, '');
    if (comparison.corroborated.length === 0) {
      out.push('Nothing: no other saved outlet makes any of the claims in this article.');
    } else {
      for (const shared of comparison.corroborated) {
        const outlets = this.outletsOf(shared, target.id);
        const count = outlets.length === 1 ? '1 other outlet' : `${outlets.length} other outlets`;
        const names = listOfNames(outlets.map((id) => this.outletLink(id)));
        out.push(`- ${escapeMarkdown(withEllipsis(shared.claim.text))}`, `  (${count}: ${names})`);
        // How each outlet that restates it words it: the differences in wording are what a reader checks.
        for (const r of shared.restatements ?? []) out.push(`  - ${this.outletLink(r.articleId)}: “${escapeMarkdown(withEllipsis(r.text))}”`);
      }
    }
    out.push('');
    return out;
  }

  private conflicts(all: Conflict[], showSoft: boolean, level: number): string[] {
    const h = '#'.repeat(level);
    // Hard conflicts first: those are the ones where one outlet must be wrong.
    const shown = all
      .filter((conflict) => showSoft || conflict.strength === 'hard')
      .sort((a, b) => Number(a.strength === 'soft') - Number(b.strength === 'soft'));
    const hidden = all.length - shown.length;
    const out: string[] = [`${h} Conflicts`, ''];
    if (shown.length === 0) {
      out.push('None found: no other saved outlet contradicts this article.', '');
    }
    shown.forEach((conflict, index) => {
      out.push(`${h}# ${index + 1}. ${CONFLICT_KIND_LABELS[conflict.kind]} (${conflict.strength})`, '');
      out.push(...this.quoteBlock(conflict.this), '');
      out.push(...this.quoteBlock(conflict.other), '');
      out.push(`Why: ${escapeMarkdown(conflict.why)}`, '');
    });
    if (hidden > 0) {
      const noun = hidden === 1 ? 'soft conflict (hedging or stance) is' : 'soft conflicts (hedging or stance) are';
      out.push(`${hidden} ${noun} hidden.`, '');
    }
    return out;
  }
}

function outletYaml(article: ExportArticle, extra: string[] = []): string[] {
  const lines = [`  - name: ${yamlString(article.siteName)}`, `    title: ${yamlString(article.title)}`];
  lines.push(`    url: ${yamlString(article.url)}`);
  if (article.published) lines.push(`    published: ${yamlString(article.published)}`);
  return lines.concat(extra);
}

/** The day of an ISO timestamp as the page wrote it, not shifted into the exporter's time zone. */
function dayOf(iso: string | undefined): string | undefined {
  return iso?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
}

function articleLine(article: ExportArticle): string {
  const parts = [link(article.siteName, article.url)];
  if (article.authors.length > 0) parts.push(`by ${listOfNames(article.authors.map(escapeMarkdown))}`);
  if (article.published) parts.push(`published ${escapeMarkdown(article.published)}`);
  return parts.join(', ');
}

/** One article compared with the rest of its story, as a Markdown document. */
export function comparisonToMarkdown(input: ComparisonExport): string {
  const { story, target, others, comparison } = input;
  const capturedAt = input.capturedAt ?? new Date().toISOString();
  const compared = others.filter((other) => other.id !== target.id);
  const report = new Report([target, ...compared]);
  const date = dayOf(target.published) ?? dayOf(capturedAt);

  const out = ['---', `story: ${yamlString(story.label)}`];
  if (date) out.push(`date: ${yamlString(date)}`);
  out.push('outlets:');
  out.push(...outletYaml(target, ['    role: "this article"']));
  for (const other of compared) out.push(...outletYaml(other, ['    role: "compared"']));
  out.push(`captured_at: ${yamlString(capturedAt)}`, 'generator: "Triangulate"', '---', '');

  out.push(`# ${escapeMarkdown(target.title)}`, '');
  out.push(`${articleLine(target)}. Story: ${escapeMarkdown(story.label)}.`, '');
  if (compared.length === 0) {
    out.push('No other saved coverage of this story yet: save articles from other outlets to compare.', '');
  } else {
    const names = compared.map((other) => report.outletLink(other.id));
    out.push(`Compared with ${listOfNames(names)}.`, '');
  }
  out.push(...report.sections({ target, comparison, showSoft: input.showSoft }, 2));
  return `${out.join('\n').trimEnd()}\n`;
}

/** A whole story: every article's comparison with the others, under one front matter. */
export function storyToMarkdown(input: StoryExport): string {
  const { story, articles } = input;
  const capturedAt = input.capturedAt ?? new Date().toISOString();
  const report = new Report(articles);
  const comparisonOf = new Map(input.comparisons.map((comparison) => [comparison.articleId, comparison]));
  const days = articles.map((article) => dayOf(article.published)).filter((day): day is string => !!day).sort();

  const out = ['---', `story: ${yamlString(story.label)}`];
  const [first, last] = [days[0], days.at(-1)];
  if (first) out.push(`date: ${yamlString(first)}`);
  if (last && last !== first) out.push(`date_end: ${yamlString(last)}`);
  out.push('outlets:');
  for (const article of articles) out.push(...outletYaml(article));
  out.push(`captured_at: ${yamlString(capturedAt)}`, 'generator: "Triangulate"', '---', '');

  out.push(`# ${escapeMarkdown(story.label)}`, '');
  const count = articles.length === 1 ? '1 outlet' : `${articles.length} outlets`;
  out.push(`Coverage from ${count}: ${listOfNames(articles.map((article) => report.outletLink(article.id)))}.`, '');

  for (const article of articles) {
    out.push(`## ${escapeMarkdown(article.siteName)}: ${escapeMarkdown(article.title)}`, '');
    out.push(`${articleLine(article)}.`, '');
    const comparison = comparisonOf.get(article.id);
    if (!comparison) {
      out.push('Not compared yet.', '');
      continue;
    }
    out.push(...report.sections({ target: article, comparison, showSoft: input.showSoft }, 3));
  }
  return `${out.join('\n').trimEnd()}\n`;
}
