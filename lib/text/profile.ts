// Article -> StoryProfile: what story matching (lib/compare/story-index.ts) needs of an article,
// computed once at save time and stored beside it.
import type { Claim, ExtractedArticle, StoryProfile } from '../model';
import type { Features } from './features';
import { termsOf } from './terms';
import { tokenize } from './tokenize';

/** How many keys a story profile keeps: enough to tell two earthquakes apart, few enough to index. */
const PROFILE_KEYS = 40;

/** Entity keys count double, title words triple: they name the event ("Port Brennick fire"). */
export function profileOf(article: ExtractedArticle, claims: Claim[]): StoryProfile {
  const weight = new Map<string, number>();
  const add = (key: string, w: number) => weight.set(key, (weight.get(key) ?? 0) + w);
  for (const claim of claims) {
    const f = claim.features as Features;
    for (const t of f.terms) add(t, 1);
    for (const e of f.entities) add(`@${e}`, 2);
    for (const d of f.dates) if (d.value.startsWith('date') || d.value.startsWith('year')) add(`#${d.value}`, 1);
  }
  for (const t of termsOf(tokenize(article.title))) add(t, 3);
  const keys = [...weight.entries()].sort((a, b) => b[1] - a[1]).slice(0, PROFILE_KEYS).map(([k]) => k);
  const published = article.published ? Date.parse(article.published) : NaN;
  return { keys, time: Number.isFinite(published) ? published : Date.now() };
}
