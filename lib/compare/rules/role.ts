// One person, two offices: "Graham Pell, Castellan's operations director" (p00) vs "Castellan's
// chief executive, Graham Pell" (p01); or the same office now and in the past: "Trump's Middle
// East envoy Steve Witkoff" (002) vs "who previously served as ... Trump's Middle East envoy"
// (004). A past/present clash needs the same descriptive words ("Middle East"), so "special envoy"
// (004) is not read against a former Middle East envoy. Two offices are no clash when either claim
// names both ("HBO chairman and chief executive Chris Albrecht" / "HBO Chairman Chris Albrecht",
// MSRP), nor when one is just "leader", which any office holder is.
import { TITLES } from '../../text/data/roles';
import type { Role } from '../../text/roles';
import { tokenize } from '../../text/tokenize';
import type { FeaturedClaim, Rule } from './types';

/** Every title a claim names anywhere, as folded titles. */
const titlesIn = (claim: FeaturedClaim): Set<string> =>
  new Set(tokenize(claim.text).flatMap((t) => (TITLES[t.lower] ? [TITLES[t.lower]!] : [])));

function clash(x: Role, y: Role): boolean {
  if (x.person !== y.person) return false;
  if (x.title === 'leader' || y.title === 'leader') return false;
  if (x.title !== y.title) return !x.modifiers.includes(y.title) && !y.modifiers.includes(x.title);
  const shared = x.modifiers.filter((m) => y.modifiers.includes(m)).length;
  return x.former !== y.former && (shared > 0 || (!x.modifiers.length && !y.modifiers.length));
}

export const role: Rule = {
  kind: 'role',
  check({ a, b }) {
    for (const x of a.features.roles) {
      const y = b.features.roles.find((r) => clash(x, r));
      if (!y) continue;
      if (x.title !== y.title && (titlesIn(b).has(x.title) || titlesIn(a).has(y.title))) continue;
      const phrase = (r: Role, text: string) => `${r.former ? 'former ' : ''}${text.slice(r.start, r.end)}`;
      return {
        strength: 'hard',
        why: `${phrase(x, a.text)} vs ${phrase(y, b.text)}`,
        aParts: [[x.start, x.end]],
        bParts: [[y.start, y.end]],
      };
    }
    return null;
  },
};
