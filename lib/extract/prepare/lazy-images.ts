// Lazy-loaded images: the real URL sits in data-src / data-srcset or in a <noscript> fallback while
// src holds a placeholder. Putting the real URL back keeps figures whole for Readability, which
// weighs images when it scores containers (and keeps them for anyone rendering the article HTML).
// Try: any WordPress site with a lazy-load plugin, The Guardian's <picture> elements.
import { REGEXPS } from '../patterns';
import type { PrepareStep } from './types';

const PLACEHOLDER = /^data:|blank|placeholder|spacer|pixel|lazy|loading|1x1|transparent/i;

function realSource(img: Element, kind: 'src' | 'srcset'): string | undefined {
  for (const attr of Array.from(img.attributes)) {
    if (!REGEXPS.lazySrc.test(attr.name) || !attr.value.trim()) continue;
    const isSet = attr.name.endsWith('set');
    if ((kind === 'srcset') === isSet) return attr.value.trim();
  }
  return undefined;
}

function fixImage(img: Element): void {
  const src = img.getAttribute('src') ?? '';
  const lazy = realSource(img, 'src');
  if (lazy && (!src || PLACEHOLDER.test(src))) img.setAttribute('src', lazy);
  const lazySet = realSource(img, 'srcset');
  if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
}

/** A <noscript> right after a placeholder image holds the real <img>: use it instead. */
function useNoscriptFallback(clone: Document, noscript: Element): void {
  let inner = noscript.querySelector('img');
  if (!inner && /<img\b/i.test(noscript.textContent ?? '')) {
    // in a browser with scripting on, <noscript> content is raw text: parse it
    const holder = clone.createElement('div');
    holder.innerHTML = noscript.textContent ?? '';
    inner = holder.querySelector('img');
  }
  if (!inner) return;
  const previous = noscript.previousElementSibling;
  const placeholder = previous?.tagName === 'IMG' ? previous : undefined;
  if (placeholder && !PLACEHOLDER.test(placeholder.getAttribute('src') ?? '')) return;
  placeholder?.remove();
  noscript.replaceWith(inner);
}

export const lazyImages: PrepareStep = {
  name: 'lazy-images',
  run(clone, _source, _options, elements) {
    // the changes after the walk: replacing nodes while walking would skip some
    const images: Element[] = [];
    const noscripts: Element[] = [];
    for (const el of elements) {
      const tag = el.tagName.toUpperCase();
      if (tag === 'IMG' || tag === 'SOURCE') images.push(el);
      else if (tag === 'NOSCRIPT') noscripts.push(el);
    }
    images.forEach(fixImage);
    for (const noscript of noscripts) useNoscriptFallback(clone, noscript);
  },
};
