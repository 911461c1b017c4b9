// Hidden elements: text the reader never sees (the hidden attribute, aria-hidden, inline
// display:none / visibility:hidden, screen-reader-only classes, and in the browser whatever the
// style sheets hide) would otherwise end up in the article: duplicated mobile headlines, "Skip to
// content", collapsed menus. An element holding most of the page's text is kept even when marked
// hidden: pages set aria-hidden on the whole page while a cookie dialog is open.
import { allElements } from '../dom';
import { DEFAULTS } from '../options';
import { REGEXPS } from '../patterns';
import type { PrepareStep } from './types';

/** A hidden element holding more than this share of the page's text is not removed. */
const MAX_HIDDEN_SHARE = 0.4;

function markedHidden(el: Element): boolean {
  // most elements have no attributes at all; the class is read as an attribute because linkedom's
  // className builds a token list per element (this walk took twice as long with it)
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && REGEXPS.hiddenStyle.test(style)) return true;
  const cls = el.getAttributeNode('class')?.value;
  return !!cls && REGEXPS.visuallyHidden.test(cls);
}

/** The clone's elements hidden by style sheets, read from the source page in the same order. */
function hiddenByStyle(to: Element[], source: Document, limit: number): Element[] {
  const view = source.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function' || !source.body) return [];
  const from = allElements(source.body);
  if (from.length !== to.length || from.length > limit) return [];
  const hidden: Element[] = [];
  for (let i = 0; i < from.length; i++) {
    const original = from[i]!;
    const style = view.getComputedStyle(original);
    // visibility is inherited and a child may override it: only leaves are safe to drop
    if (style.display === 'none' || (style.visibility === 'hidden' && original.childElementCount === 0)) {
      hidden.push(to[i]!);
    }
  }
  return hidden;
}

export const hiddenElements: PrepareStep = {
  name: 'hidden-elements',
  run(clone, source, options, elements) {
    const body = clone.body;
    if (!body) return;
    const candidates = elements.filter(markedHidden);
    if (options.computedStyle !== false) {
      candidates.push(...hiddenByStyle(elements, source, options.computedStyleLimit ?? DEFAULTS.computedStyleLimit));
    }
    if (!candidates.length) return;
    const pageChars = (body.textContent ?? '').length;
    // (no isConnected check: linkedom reports false for every element of a cloned document, and
    // removing a node inside an already removed subtree is harmless)
    for (const el of candidates) {
      if ((el.textContent ?? '').length <= pageChars * MAX_HIDDEN_SHARE) el.remove();
    }
  },
};
