// The fallback extractor, for pages where Readability returns nothing or fails the quality gates:
// the element that holds the most paragraph text (densest text block), the way the old
// boilerplate removers did. A page that declares its body (itemprop=articleBody, a single
// <article>) gets that element when it holds enough text.
import { REGEXPS } from './patterns';

/** Paragraph-like elements shorter than this are captions or labels, not body text. */
const MIN_PARAGRAPH_CHARS = 40;
/** Containers that are never the article, whatever their text. */
const NOT_BODY = /(?:^|\s|-|_)(?:comments?|related|sidebar|footer|nav|menu|share|social|newsletter|promo|widget|cookie|banner|breadcrumbs?|most-?(?:read|viewed|popular)|trending)(?:$|\s|-|_)/i;

function ownText(el: Element): number {
  let linkText = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linkText += (a.textContent ?? '').length;
  return Math.max(0, (el.textContent ?? '').trim().length - linkText);
}

function excluded(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.tagName;
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE' || tag === 'FORM') return true;
    const label = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (NOT_BODY.test(label) || REGEXPS.visuallyHidden.test(label)) return true;
  }
  return false;
}

/** Removes the furniture containers inside the chosen element (a comments list inside <article>). */
function prune(root: Element): Element {
  for (const el of Array.from(root.querySelectorAll('nav, footer, aside, form, script, style, [class], [id]'))) {
    if (el === root) continue;
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (['NAV', 'FOOTER', 'ASIDE', 'FORM', 'SCRIPT', 'STYLE'].includes(el.tagName) || NOT_BODY.test(label)) el.remove();
  }
  return root;
}

export function densestBlock(doc: Document): Element | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const declared = Array.from(doc.querySelectorAll('[itemprop="articleBody"], article')).filter((el) => !excluded(el));
  const [only] = declared;
  if (declared.length === 1 && only && ownText(only) >= 500) return prune(only);

  const scores = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p, pre, blockquote, li'))) {
    const chars = ownText(p);
    if (chars < MIN_PARAGRAPH_CHARS || excluded(p)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + chars);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + chars / 2);
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best && prune(best);
}
