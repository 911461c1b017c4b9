// The library's data: every story with its articles' summaries (live: the worker's writes show up
// at once), narrowed by the search box (debounced; titles, outlets, authors and text).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { listStories, searchArticles, type SearchResult, type StoryListing } from '@/lib/store/library';
import type { StoryRecord } from '@/lib/store/db';
import { db } from '../db';
import { useLiveQuery } from '../useLiveQuery';

const SEARCH_DELAY_MS = 200;

export interface Library {
  /** undefined while loading. */
  listings: StoryListing[] | undefined;
  /** Every story and article count, whatever the search. */
  stories: StoryRecord[];
  articleCount: number;
  query: string;
  setQuery(query: string): void;
  searching: boolean;
}

export function useLibrary(): Library {
  const all = useLiveQuery(() => listStories(db));
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult>();
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    if (!query.trim()) {
      setResult(undefined);
      setSearching(false);
      return;
    }
    setSearching(true);
    let current = true;
    const timer = setTimeout(async () => {
      const found = await searchArticles(db, query);
      if (!current) return;
      setResult(found);
      setSearching(false);
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, all]);

  const listings = useMemo(() => {
    if (!all || !result) return all;
    const articles = new Set(result.articleIds);
    return all
      .map((listing) => ({ ...listing, articles: listing.articles.filter((a) => articles.has(a.id)) }))
      .filter((listing) => listing.articles.length > 0);
  }, [all, result]);

  const stories = useMemo(() => (all ?? []).map((listing) => listing.story), [all]);
  const articleCount = useMemo(() => (all ?? []).reduce((n, listing) => n + listing.articles.length, 0), [all]);
  return { listings, stories, articleCount, query, setQuery, searching };
}
