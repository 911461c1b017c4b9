// The orders the library can list its stories in, and the sort itself. Pure, so the library page,
// listStories and the tests share one definition of each order. Works on the listings already in
// memory (summaries only): sorting never reads claims or article text.
import type { StoryListing } from './library';

export const STORY_ORDERS = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  outlets: 'Most outlets',
  title: 'Title A–Z',
} as const;

export type StoryOrder = keyof typeof STORY_ORDERS;

export function isStoryOrder(value: unknown): value is StoryOrder {
  return typeof value === 'string' && Object.hasOwn(STORY_ORDERS, value);
}

// Numeric, so that "Storm 9" comes before "Storm 10"; base sensitivity, so that case and accents
// do not split "Élysée" from "elysee".
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

type Compare = (a: Keyed, b: Keyed) => number;

interface Keyed {
  listing: StoryListing;
  outlets: number;
}

const newest: Compare = (a, b) => b.listing.story.updatedAt - a.listing.story.updatedAt;
const byLabel: Compare = (a, b) => collator.compare(a.listing.story.label, b.listing.story.label);
const byId: Compare = (a, b) => (a.listing.story.id < b.listing.story.id ? -1 : a.listing.story.id > b.listing.story.id ? 1 : 0);

/**
 * The first order that tells two stories apart decides. Each order ends on the story id, so that
 * stories equal in every shown respect keep one place instead of swapping on each refresh.
 */
const ORDERS: Record<StoryOrder, Compare[]> = {
  // A story is as new as its latest coverage (its record's updatedAt moves with every save into it).
  newest: [newest, byLabel, byId],
  oldest: [(a, b) => -newest(a, b), byLabel, byId],
  outlets: [(a, b) => b.outlets - a.outlets, (a, b) => b.listing.articles.length - a.listing.articles.length, newest, byId],
  title: [byLabel, newest, byId],
};

/** A sorted copy of `listings`. Outlets are counted among the articles listed (those the search left). */
export function sortListings(listings: StoryListing[], order: StoryOrder): StoryListing[] {
  const compares = ORDERS[order];
  const keyed = listings.map((listing) => ({ listing, outlets: new Set(listing.articles.map((a) => a.siteName)).size }));
  keyed.sort((a, b) => {
    for (const compare of compares) {
      const difference = compare(a, b);
      if (difference) return difference;
    }
    return 0;
  });
  return keyed.map(({ listing }) => listing);
}
