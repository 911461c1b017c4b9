import { describe, expect, it } from 'vitest';
import { allElements } from '../dom';
import { parseHtml } from '../parse-html';
import { hiddenElements } from './hidden-elements';
import { lazyImages } from './lazy-images';

const page = (body: string) => parseHtml(`<html><head></head><body>${body}</body></html>`, 'https://x.example/a');

describe('preparation steps', () => {
  it('drops hidden elements but not a hidden container holding most of the page', () => {
    const doc = page(
      `<div aria-hidden="true"><p>${'Article text the reader sees behind a dialog. '.repeat(20)}</p></div>
       <p hidden>gone1</p><span aria-hidden="true">gone2</span><p style="color:red; display: none">gone3</p>
       <p style="visibility:hidden">gone4</p><span class="visually-hidden">gone5</span><p class="hidden md:block">Shown on desktop</p>`,
    );
    hiddenElements.run(doc, doc, {}, allElements(doc.body));
    const text = doc.body.textContent ?? '';
    expect(text).toContain('Article text the reader sees');
    expect(text).toContain('Shown on desktop');
    expect(text).not.toContain('gone');
  });

  it('resolves lazy images and noscript fallbacks', () => {
    const doc = page(
      `<img id="one" src="data:image/gif;base64,R0l" data-src="/real.jpg" data-srcset="/real-2x.jpg 2x">
       <img class="lazy" src="/placeholder.gif"><noscript><img id="two" src="/fallback.jpg"></noscript>`,
    );
    lazyImages.run(doc, doc, {}, allElements(doc.body));
    expect(doc.getElementById('one')?.getAttribute('src')).toBe('/real.jpg');
    expect(doc.getElementById('one')?.getAttribute('srcset')).toBe('/real-2x.jpg 2x');
    expect(Array.from(doc.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['/real.jpg', '/fallback.jpg']);
  });
});
