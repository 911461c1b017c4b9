// The library's data: every story with its articles' summaries (live: the worker's writes show up
// at once), narrowed by the search box (debounced; titles, outlets, authors and text) and sorted in
// the reader's chosen order (a setting, so it is the same on the next visit).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { listStories, searchArticles, type SearchResult, type StoryListing } from '@/lib/store/library';
import type { StoryRecord } from '@/lib/store/db';
import { DEFAULT_SETTINGS, getSetting } from '@/lib/store/settings';
import { sortListings, type StoryOrder } from '@/lib/store/story-order';
import { db } from '../db';
import { useLiveQuery } from '../useLiveQuery';
import { askWorker } from '../worker';

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
  order: StoryOrder;
  /** Rejects with the reader-facing message when the choice could not be saved. */
  setOrder(order: StoryOrder): Promise<void>;
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

  const found = useMemo(() => {
    if (!all || !result) return all;
    const articles = new Set(result.articleIds);
    return all
      .map((listing) => ({ ...listing, articles: listing.articles.filter((a) => articles.has(a.id)) }))
      .filter((listing) => listing.articles.length > 0);
  }, [all, result]);

  const { order, setOrder, loaded } = useStoryOrder();
  // Still loading until the order is known too: listing newest first for a moment and then
  // re-sorting would make the list jump and open another story first.
  const listings = useMemo(() => (found && loaded ? sortListings(found, order) : undefined), [found, order, loaded]);

  const stories = useMemo(() => (all ?? []).map((listing) => listing.story), [all]);
  const articleCount = useMemo(() => (all ?? []).reduce((n, listing) => n + listing.articles.length, 0), [all]);
  return { listings, stories, articleCount, query, setQuery, searching, order, setOrder };
}

/**
 * The stored order, live (another library tab's choice shows here too), and the reader's new choice
 * shown at once, before the worker's write comes back through the database.
 */
function useStoryOrder() {
  const stored = useLiveQuery(() => getSetting(db, 'storyOrder'));
  const [chosen, setChosen] = useState<StoryOrder>();
  // Once the stored order changes (this choice saved, or another tab's), it is the one to show.
  useEffect(() => setChosen(undefined), [stored]);

  async function setOrder(next: StoryOrder) {
    setChosen(next);
    try {
      await askWorker('setting', { key: 'storyOrder', value: next });
    } catch (error) {
      setChosen(undefined);
      throw error;
    }
  }

  const order = chosen ?? stored;
  return { order: order ?? DEFAULT_SETTINGS.storyOrder, setOrder, loaded: order !== undefined };
}
