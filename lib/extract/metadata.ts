// Article metadata, most reliable source first: JSON-LD (NewsArticle and kin, also inside @graph
// or arrays), then OpenGraph / article:* / author, parsely and Dublin Core meta tags, then what
// Readability found. Publishers fill JSON-LD for search engines, so it is the most often right;
// Readability's guesses from the page text come last.
import { canonicalUrl } from './canonical-url';
import { indexTags, type TagIndex } from './dom';

export interface Metadata {
  title?: string;
  authors: string[];
  siteName?: string;
  published?: string;
  modified?: string;
  lang?: string;
  excerpt?: string;
  url: string;
  /** The JSON-LD / og:type says this is a page of another kind (home page, video, search). */
  declaredNonArticle: boolean;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting|DiscussionForumPosting|Review|OpinionNewsArticle)$/;
/** Page types that say "not an article". WebSite is not one: SEO plugins add it to every page's @graph. */
const NON_ARTICLE_TYPES = /^(?:SearchResultsPage|CollectionPage|VideoObject|ItemList|ProfilePage|Product)$/;
const NON_ARTICLE_OG = /^(?:website|video(?:\.\w+)?|music\.\w+|profile|product|book)$/i;

function jsonLdNodes(tags: TagIndex): Json[] {
  const nodes: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as Json;
      nodes.push(node);
      if (node['@graph']) visit(node['@graph']);
    }
  };
  for (const script of tags('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse((script.textContent ?? '').trim()));
    } catch {
      // publishers' JSON-LD is often broken; the meta tags still count
    }
  }
  return nodes;
}

const types = (node: Json) => [node['@type']].flat().filter((t): t is string => typeof t === 'string');

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as Json).name ?? (value as Json)['@value']);
  return undefined;
}

function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  const name = text(value);
  return name ? [name] : [];
}

/** Every <meta> tag's content by lower-cased name / property / itemprop, read in one pass. */
type MetaTags = Map<string, string[]>;

function metaTags(elements: TagIndex): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of elements('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = tags.get(key);
      if (list) list.push(content);
      else tags.set(key, [content]);
    }
  }
  return tags;
}

function meta(tags: MetaTags, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key.toLowerCase())?.[0];
    if (value) return value;
  }
  return undefined;
}

function metaAll(tags: MetaTags, ...keys: string[]): string[] {
  return keys.flatMap((key) => tags.get(key.toLowerCase()) ?? []);
}

/** parsely-metadata / parsely-page carry JSON with authors and a pub_date. */
function parsely(tags: MetaTags): { authors?: string[]; date?: string } {
  const raw = meta(tags, 'parsely-metadata', 'parsely-page');
  if (!raw) return {};
  try {
    const data = JSON.parse(raw) as Json;
    return { authors: names(data.authors ?? data.author), date: text(data.pub_date) };
  } catch {
    return {};
  }
}

/** "By Elena Marsh and Josh Penhale" -> ["Elena Marsh", "Josh Penhale"]; URLs and handles go. */
export function splitAuthors(raw: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const entry of raw) {
    if (/^(?:https?:|www\.)/i.test(entry)) continue;
    const parts = entry
      .replace(/^\s*(?:posted\s+|written\s+|words\s+)?by[:\s]+/i, '')
      .split(/\s*(?:,|;|\||\band\b|&)\s*/i)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p && p.length <= 60 && /\p{L}/u.test(p) && !/^@/.test(p));
    for (const name of parts) {
      const key = name.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        out.push(name);
      }
    }
  }
  return out;
}

/** ISO 8601 strings are kept as written (the outlet's own offset matters for "Thursday"). */
export function isoDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const value = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    return Number.isNaN(Date.parse(value.replace(' ', 'T'))) ? undefined : value.replace(' ', 'T');
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** "en_GB" (og:locale) -> "en-GB". */
function bcp47(raw: string | undefined): string | undefined {
  const value = raw?.trim().replace(/_/g, '-');
  return value && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(value) ? value : undefined;
}

export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  excerpt?: string | null;
}

/** `elements`: the page's tag index when the caller already has one (extractArticle does). */
export function readMetadata(doc: Document, pageUrl: string, found: ReadabilityMeta = {}, elements: TagIndex = indexTags(doc)): Metadata {
  const nodes = jsonLdNodes(elements);
  const tags = metaTags(elements);
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  const first = <T>(...values: (T | undefined | null | '')[]): T | undefined => values.find((v): v is T => !!v);
  const ogType = meta(tags, 'og:type');
  const declaredNonArticle =
    !article &&
    ogType?.toLowerCase() !== 'article' &&
    ((!!ogType && NON_ARTICLE_OG.test(ogType)) || nodes.some((n) => types(n).some((t) => NON_ARTICLE_TYPES.test(t))));

  const ldAuthors = article ? names(article.author ?? article.creator) : [];
  const metaAuthors = metaAll(tags, 'article:author', 'author', 'sailthru.author', 'dc.creator', 'parsely-author', 'byl');
  const authors = splitAuthors(ldAuthors.length ? ldAuthors : metaAuthors.length ? metaAuthors : (parsely(tags).authors ?? (found.byline ? [found.byline] : [])));

  const publisher = article?.publisher;
  const siteName = first(text(publisher), meta(tags, 'og:site_name', 'application-name', 'publisher'), found.siteName ?? undefined);

  const canonical = first(
    elements('link')
      .find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''))
      ?.getAttribute('href') ?? undefined,
    meta(tags, 'og:url'),
    text(article?.url),
  );

  return {
    title: first(text(article?.headline), meta(tags, 'og:title', 'twitter:title', 'parsely-title', 'dc.title'), found.title ?? undefined),
    authors,
    siteName,
    published: first(
      isoDate(text(article?.datePublished) ?? text(article?.dateCreated)),
      isoDate(meta(tags, 'article:published_time', 'og:article:published_time', 'datePublished', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'date', 'pubdate')),
      isoDate(parsely(tags).date),
      isoDate(found.publishedTime ?? undefined),
    ) ?? isoDate(elements('time')[0]?.getAttribute('datetime') ?? undefined),
    modified: first(
      isoDate(text(article?.dateModified)),
      isoDate(meta(tags, 'article:modified_time', 'og:updated_time', 'dateModified', 'last-modified')),
    ),
    lang: first(bcp47(text(article?.inLanguage)), bcp47(doc.documentElement?.getAttribute('lang') ?? undefined), bcp47(meta(tags, 'og:locale', 'content-language', 'language', 'dc.language')), bcp47(found.lang ?? undefined)),
    excerpt: first(text(article?.description), meta(tags, 'og:description', 'description'), found.excerpt ?? undefined),
    url: canonicalUrl(canonical, pageUrl),
    declaredNonArticle,
  };
}

/** "Port Brennick fire ... | The Daily Compass" -> "Port Brennick fire ..."; also "Site: Title". */
export function stripSiteSuffix(title: string, siteName: string | undefined): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const site = siteName?.trim().toLowerCase();
  if (!site) return clean;
  const separators = Array.from(clean.matchAll(/\s[|–—·•:-]{1,2}\s/g));
  const last = separators[separators.length - 1];
  if (last?.index !== undefined) {
    const tail = clean.slice(last.index + last[0].length).toLowerCase();
    if (tail === site || site.includes(tail) || tail.includes(site)) return clean.slice(0, last.index).trim();
  }
  const head = separators[0];
  if (head?.index !== undefined && clean.slice(0, head.index).toLowerCase() === site) return clean.slice(head.index + head[0].length).trim();
  return clean;
}
