// Article -> claims with features and the profile story matching uses. Runs once when an article is
// saved; everything the comparison needs later is in the result, so opening the popup never
// re-reads a saved article's text.
import type { Analysis, Claim, ExtractedArticle } from '../model';
import { knownNames } from './entities';
import { sentenceFeatures } from './features';
import { dropRepeats, isFurniture } from './noise';
import { profileOf } from './profile';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';

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
