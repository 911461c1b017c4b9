import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { indexTextNodes } from './dom-text';

function body(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
}

describe('indexTextNodes', () => {
  test('joins inline text as it reads and separates paragraphs by a blank line', () => {
    const index = indexTextNodes(body('<p>By <a href="#">Aino</a> Laakso.</p><p>Second <em>one</em>.</p><script>x()</script>'));
    expect(index.text).toBe('By Aino Laakso.\n\nSecond one.');
  });

  test('maps a span back to the text nodes it covers', () => {
    const index = indexTextNodes(body('<p>By <a href="#">Aino</a> Laakso.</p>'));
    const start = index.text.indexOf('Aino');
    const pieces = index.pieces(start - 1, start + 'Aino La'.length);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual([' ', 'Aino', ' La']);
  });

  test('leaves out what `skip` rejects', () => {
    const index = indexTextNodes(body('<p>Kept.</p><div hidden>Hidden.</div>'), (e) => e.hasAttribute('hidden'));
    expect(index.text).toBe('Kept.');
  });
});
