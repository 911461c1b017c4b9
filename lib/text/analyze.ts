// Article -> claims with features and the profile story matching uses. Runs once when an article is
// saved; everything the comparison needs later is in the result, so opening the popup never
// re-reads a saved article's text.
import type { Analysis, Claim, ExtractedArticle, StoryProfile } from '../model';
import { knownNames } from './entities';
import { sentenceFeatures, type Features } from './features';
import { dropRepeats, isFurniture } from './noise';
import { splitSentences } from './sentences';
import { termsOf } from './terms';
import { tokenize } from './tokenize';

/** How many keys a story profile keeps: enough to tell two earthquakes apart, few enough to index. */
const PROFILE_KEYS = 40;

export function analyzeArticle(article: ExtractedArticle): Analysis {
  const text = article.text;
  const spans = splitSentences(text).filter((s) => {
    const line = text.slice(s.start, s.end);
    return !isFurniture(line, article.title) && /\p{L}{2}/u.test(line);
  });
  const unique = dropRepeats(spans, (s) => text.slice(s.start, s.end));
  const tokens = unique.map((s) => tokenize(text.slice(s.start, s.end), s.start));
  const known = knownNames(tokens);
  let lastSpeaker: string | undefined;
  const claims: Claim[] = unique.map((s, i) => {
    const sentence = text.slice(s.start, s.end);
    const features = sentenceFeatures(sentence, tokens[i]!, known, s.start, lastSpeaker);
    lastSpeaker = features.quotes.at(-1)?.speaker ?? features.people.at(-1)?.key ?? lastSpeaker;
    return { order: i, text: sentence, start: s.start, end: s.end, features };
  });
  return { claims, profile: profileOf(article, claims) };
}

/** Entity keys count double, title words triple: they name the event ("Port Brennick fire"). */
function profileOf(article: ExtractedArticle, claims: Claim[]): StoryProfile {
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
