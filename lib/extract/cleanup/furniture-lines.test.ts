import { describe, expect, it } from 'vitest';
import { furnitureLines, isFurniture } from './furniture-lines';
import { block, texts } from './test-helpers';

describe('furniture lines', () => {
  it.each([
    'Admin',
    'Updated on:',
    'Source link',
    'Read more: The chemical sites hiding in plain sight across the region',
    'Posted by TrendPulse Staff | October 15, 2025',
    'By Josh Penhale, Chief reporter | 15 October 2025 07:15',
    'ADVERTISEMENT',
    'Sign up for our morning newsletter',
    'We and our partners use cookies to personalise content and ads.',
    'Do you have photos or a story about the fire?',
    'Email the Mercury newsroom at news@brennickmercury.example or call 01632 960 417.',
    'Photo: Meg Kinnard, AP',
    'Image 1 of / 5',
    'Wed 15 Oct 2025 05.30 BST',
    'Share this: Facebook X Email',
  ])('drops %j', (line) => expect(isFurniture(line)).toBe(true));

  it.each([
    'By the time flames were visible from the harbour wall, more than 80 firefighters had been sent.',
    'Sixteen people were injured, three of them firefighters, but there were no deaths.',
    'Related charges were filed against two managers on Friday.',
    'The council said cookies and tea were served at the rest centre.',
  ])('keeps %j', (line) => expect(isFurniture(line)).toBe(false));

  it('drops a line naming a known author, keeps table numbers', () => {
    const out = furnitureLines.run(
      [block('Harriet Vance Industry correspondent'), block('6'), block('12', 'cell'), block('Fire crews stayed overnight.')],
      { titles: [], authors: ['Harriet Vance'] },
    );
    expect(texts(out)).toEqual(['12', 'Fire crews stayed overnight.']);
  });
});
