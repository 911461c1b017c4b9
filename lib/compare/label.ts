// A short name for a story: the earliest headline, without "Breaking:" style prefixes, cut to
// ten words. A headline is what the reader recognised the story by.
import type { AnalyzedArticle } from '../model';

const MAX_WORDS = 10;

export function labelStory(articles: AnalyzedArticle[]): string {
  const sorted = [...articles].sort((a, b) => a.profile.time - b.profile.time);
  const title = sorted.map((a) => a.article.title.replace(/^\s*(breaking( news)?|update|live|exclusive)\s*[:|-]\s*/i, '').replace(/\*+/g, '').trim()).find(Boolean);
  if (title) {
    const words = title.split(/\s+/);
    return words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(' ')}…` : title;
  }
  const keys = sorted[0]?.profile.keys.filter((k) => k.startsWith('@')).slice(0, 3).map((k) => k.slice(1)) ?? [];
  return keys.join(', ') || 'Untitled story';
}
