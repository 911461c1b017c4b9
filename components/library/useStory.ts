// One story opened in the library: its articles with their stored claims, and every article's
// comparison with the others (the matrix and the per-outlet sections are drawn from these).
import { useEffect, useState } from 'preact/hooks';
import { compareArticle } from '@/lib/compare';
import type { Comparison } from '@/lib/model';
import type { StoryRecord } from '@/lib/store/db';
import { storyArticles, withClaims, type SavedArticle } from '@/lib/store/read';
import { getSettings, type Settings } from '@/lib/store/settings';
import { db } from '../db';
import { useLiveQuery } from '../useLiveQuery';

/** Beyond this many articles the matrix and the comparisons use the most recent ones. */
export const MAX_COMPARED = 40;

export interface OpenStory {
  story: StoryRecord;
  articles: SavedArticle[];
  comparisons: Map<string, Comparison>;
  settings: Settings;
}

export function useStory(storyId: string | undefined): OpenStory | null | undefined {
  const loaded = useLiveQuery(async () => {
    if (!storyId) return null;
    const story = await db.stories.get(storyId);
    if (!story) return null;
    const [records, settings] = await Promise.all([storyArticles(db, storyId), getSettings(db)]);
    return { story, articles: await withClaims(db, records.slice(-MAX_COMPARED)), settings };
  }, [storyId]);
  const [open, setOpen] = useState<OpenStory | null>();
  useEffect(() => {
    if (!loaded) return setOpen(loaded);
    const { articles, settings } = loaded;
    const comparisons = new Map(
      articles.map((article) => [
        article.id,
        compareArticle(
          article,
          articles.filter((other) => other.id !== article.id),
          { sensitivity: settings.sensitivity },
        ),
      ]),
    );
    setOpen({ ...loaded, comparisons });
  }, [loaded]);
  return open;
}
