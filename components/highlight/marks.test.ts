// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { indexTextNodes } from '@/lib/anchor';
import { MARK_TAG, unwrapMarks, wrapPieces } from './marks';

describe('wrapPieces and unwrapMarks', () => {
  test('marks a span across inline elements without changing the text, and unwrapping restores the markup', () => {
    document.body.innerHTML = '<p>In all, <b>14 passengers</b> were taken to hospital. None was hurt.</p><p>Next.</p>';
    const before = document.body.innerHTML;
    const index = indexTextNodes(document.body);
    const start = index.text.indexOf('14 passengers');
    const marks = wrapPieces(index.pieces(start, index.text.indexOf(' None')), '3', 'conflict');
    expect(marks).toHaveLength(2);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(2);
    expect([...marks].map((m) => m.textContent).join('')).toBe('14 passengers were taken to hospital.');
    expect(document.body.textContent).toBe('In all, 14 passengers were taken to hospital. None was hurt.Next.');
    expect(marks[0]!.tabIndex).toBe(0);
    expect(marks[1]!.hasAttribute('tabindex')).toBe(false);
    unwrapMarks(marks);
    expect(document.body.innerHTML).toBe(before);
  });

  test('styles marks inline and only with properties that do not move text', () => {
    document.body.innerHTML = '<p>Only here.</p>';
    const index = indexTextNodes(document.body);
    const [mark] = wrapPieces(index.pieces(0, index.text.length), '0', 'unique');
    const properties = [...mark!.style].sort();
    expect(properties).toEqual(['background-color', 'border-radius', 'box-shadow', 'color', 'cursor', 'outline'].sort());
    expect(mark!.style.getPropertyPriority('background-color')).toBe('important');
  });
});
