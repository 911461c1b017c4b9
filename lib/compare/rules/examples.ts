// For the rule tests: two one-sentence outlets -> the pair a rule is given.
import { analyzeArticle } from '../../text/analyze';
import type { Finding, Rule } from './types';
import type { FeaturedClaim } from './types';

function claimOf(sentence: string): FeaturedClaim {
  const claim = analyzeArticle({ url: '', pageUrl: '', title: '', authors: [], siteName: 'test', paragraphs: [sentence], text: sentence }).claims[0];
  if (!claim) throw new Error(`no claim in "${sentence}"`);
  return claim as FeaturedClaim;
}

/** Runs `rule` on two sentences from two outlets, as if they were aligned with `similarity`. */
export function check(rule: Rule, a: string, b: string, similarity = 0.5): Finding | null {
  return rule.check({ a: claimOf(a), b: claimOf(b), similarity });
}
