// Who holds which office, as each outlet puts it: "Graham Pell, Castellan's operations director"
// (p00) against "Castellan's chief executive, Graham Pell" (p01); "Trump's Middle East envoy
// Steve Witkoff" (002) against "who previously served as ... Trump's Middle East envoy" (004).
import { FORMER_MARKERS, TITLES } from './data/roles';
import type { Mention } from './entities';
import { isCapitalised, type Token } from './tokenize';

export interface Role {
  person: string;
  /** Folded title ("chief executive", "envoy"). */
  title: string;
  /** Lower-case words before the title in the phrase ("middle", "east"). */
  modifiers: string[];
  former: boolean;
  /** The role phrase, offsets into the sentence. */
  start: number;
  end: number;
}

const BOUNDARY = /^(a|an|the|and|or|of|for|by|as|with|who|was|is|said|told|,)$/;

function titleKey(tokens: Token[], head: number): string | undefined {
  const title = TITLES[tokens[head]!.lower];
  if (!title) return undefined;
  if (tokens[head]!.lower === 'executive' && tokens[head - 1]?.lower !== 'chief') return undefined;
  return title;
}

/** The role phrase ending at token `head`: modifiers back to a determiner, possessive or punctuation. */
function phrase(tokens: Token[], head: number, sentence: string, offset: number): { from: number; modifiers: string[] } {
  let from = head;
  while (from > 0) {
    const prev = tokens[from - 1]!;
    const between = sentence.slice(prev.end - offset, tokens[from]!.start - offset);
    if (between.trim() || BOUNDARY.test(prev.lower) || /['’]s$/.test(prev.text)) break;
    from--;
  }
  return { from, modifiers: tokens.slice(from, head).map((t) => t.lower) };
}

export function findRoles(tokens: Token[], mentions: Mention[], sentence: string, offset: number): Role[] {
  const roles: Role[] = [];
  const people = mentions.filter((m) => m.person || isCapitalised(tokens[m.from]!));
  const gap = (a: number, b: number) => sentence.slice(tokens[a]!.end - offset, tokens[b]!.start - offset);
  for (const person of people) {
    // "chief fire officer Lena Marsh", "Castellan's chief executive, Graham Pell"
    const before = person.from - 1;
    if (before >= 0 && /^,?\s*$/.test(gap(before, person.from))) {
      const title = titleKey(tokens, before);
      if (title) {
        const { from, modifiers } = phrase(tokens, before, sentence, offset);
        roles.push({ person: person.key, title, modifiers, former: FORMER_MARKERS.test(sentence.slice(Math.max(0, tokens[from]!.start - offset - 12), tokens[before]!.end - offset)), start: tokens[from]!.start - offset, end: tokens[before]!.end - offset });
        continue;
      }
    }
    // "Graham Pell, Castellan's operations director", "Witkoff, who previously served as ... envoy"
    if (person.to < tokens.length && /^\s*,\s*$/.test(gap(person.to - 1, person.to))) {
      const clauseEnd = sentence.slice(tokens[person.to]!.start - offset).search(/[,;.—–]|\s-\s/);
      const limit = clauseEnd < 0 ? sentence.length : tokens[person.to]!.start - offset + clauseEnd;
      for (let k = person.to; k < tokens.length && tokens[k]!.end - offset <= limit; k++) {
        const title = titleKey(tokens, k);
        const nextIsName = tokens[k + 1]! && isCapitalised(tokens[k + 1]!) && tokens[k + 1]!.end - offset <= limit;
        if (!title || nextIsName) continue;
        const { from, modifiers } = phrase(tokens, k, sentence, offset);
        const clause = sentence.slice(tokens[person.to]!.start - offset, limit);
        roles.push({ person: person.key, title, modifiers, former: FORMER_MARKERS.test(clause), start: tokens[from]!.start - offset, end: tokens[k]!.end - offset });
        break;
      }
    }
  }
  return roles;
}
