// The standfirst: the sentence or two under the headline that says what the story is ("U.S.
// officials are set to meet with Russian representatives..." in seed 002's <h2 class="deck">, seed
// 000's <p class="summary">). Readability drops it with the article header, yet it often states
// the story's main facts, so it goes back in front of the body when the page marks it as such.
import type { Block } from './blocks';
import { allElements, indexTags, type TagIndex } from './dom';
import { REGEXPS } from './patterns';

const MIN_WORDS = 8;
const MAX_WORDS = 80;

export function findStandfirst(doc: Document, elements: TagIndex = indexTags(doc)): string | undefined {
  const scope = elements('article')[0] ?? elements('main')[0];
  if (!scope) return undefined;
  for (const el of allElements(scope)) {
    if (!REGEXPS.standfirst.test(el.getAttribute('class') ?? '')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const words = text.split(' ').length;
    if (words >= MIN_WORDS && words <= MAX_WORDS && REGEXPS.sentenceEnd.test(text)) return text;
  }
  return undefined;
}

/** Puts the standfirst first unless the body already has it. */
export function withStandfirst(blocks: Block[], standfirst: string | undefined): Block[] {
  if (!standfirst || blocks.some((b) => b.text.includes(standfirst))) return blocks;
  return [{ text: standfirst, kind: 'paragraph', linked: false }, ...blocks];
}
