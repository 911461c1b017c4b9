// Article -> claims with features and the profile story matching uses. Runs once when an article is
// saved; everything the comparison needs later is in the result, so opening the popup never
// re-reads a saved article's text.
import type { Analysis, Claim, ExtractedArticle } from '../model';
import { splitClauses } from './clauses';
import { knownNames } from './entities';
import { sentenceFeatures } from './features';
import { dropRepeats, isFurniture } from './noise';
import { profileOf } from './profile';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';

/**
 * The version of what analyzeArticle produces. Raise it whenever claims or their features change
 * (2: clause claims, the words before a figure): articles saved under another version are analysed
 * again from their stored text (lib/store/refresh.ts), since the rules expect the current features.
 */
export const ANALYSIS_VERSION = 2;

export function analyzeArticle(article: ExtractedArticle): Analysis {
  const text = article.text;
  const body = splitSentences(text).filter((s) => {
    const line = text.slice(s.start, s.end);
    return !isFurniture(line, article.title) && /\p{L}{2}/u.test(line);
  });
  // Repeats show among whole sentences (an outlet prints a paragraph twice); claims are their clauses.
  const sentences = dropRepeats(body, (s) => text.slice(s.start, s.end));
  const spans = sentences.flatMap((s) => splitClauses(text, s));
  const tokens = spans.map((s) => tokenize(text.slice(s.start, s.end), s.start));
  const known = knownNames(tokens);
  let lastSpeaker: string | undefined;
  const claims: Claim[] = spans.map((s, i) => {
    const claimText = text.slice(s.start, s.end);
    const features = sentenceFeatures(claimText, tokens[i]!, known, s.start, lastSpeaker);
    lastSpeaker = features.quotes.at(-1)?.speaker ?? features.people.at(-1)?.key ?? lastSpeaker;
    return { order: i, text: claimText, start: s.start, end: s.end, features };
  });
  return { claims, profile: profileOf(article, sentences, claims) };
}
